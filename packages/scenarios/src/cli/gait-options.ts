/** `--frames` and `--mot` for gait, checked with messages that name the option, the range and the value. */
import { readFile } from 'node:fs/promises';
import { kinematicsFromMot, StorageFormatError, TaskError, type GaitOptions } from '@lumbo/model';
import { parseDecimal } from './parse-number.ts';
import { CliUsageError } from './usage-error.ts';

export async function gaitOptionsFrom(options: { side?: string; angle?: string; frames?: string; mot?: string }): Promise<GaitOptions> {
  if (options.side !== undefined) throw new CliUsageError('--side applies to --task single-leg-stance only (gait uses both legs)');
  if (options.angle !== undefined) throw new CliUsageError('--angle applies to --task trunk-flexion only');
  const out: GaitOptions = {};
  if (options.frames !== undefined) {
    const n = parseDecimal(options.frames);
    if (n === undefined || !Number.isInteger(n) || n < 21 || n > 1001) {
      throw new CliUsageError(`--frames must be an integer within [21, 1001], got ${JSON.stringify(options.frames)}`);
    }
    out.framesPerCycle = n;
  }
  if (options.mot !== undefined) {
    let text: string;
    try {
      text = await readFile(options.mot, 'utf8');
    } catch {
      throw new CliUsageError(`--mot ${options.mot}: cannot read the file`);
    }
    try {
      out.kinematics = kinematicsFromMot(text);
    } catch (error) {
      if (error instanceof StorageFormatError || error instanceof TaskError) throw new CliUsageError(`--mot ${options.mot}: ${error.message}`);
      throw error;
    }
  }
  return out;
}
