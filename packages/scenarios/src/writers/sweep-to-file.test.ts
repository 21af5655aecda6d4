import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, statSync, writeSync, closeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/load.ts';
import { fingerprintOf } from '../sweep/fingerprint.ts';
import { createPlan } from '../sweep/plan.ts';
import { SweepIoError } from './io-error.ts';
import { frame, JOURNAL_FORMAT, JOURNAL_VERSION } from './journal.ts';
import { readPartMeta } from './part-meta.ts';
import { journalPathOf, sweepToFile } from './sweep-to-file.ts';

const FILE = `
lumbo: 1
tasks: [standing]
outputs: [pelvis.anteriorTiltDeg]
design:
  type: random
  samples: SAMPLES
  seed: 4
  factors:
    muscles.iliopsoas.left.tone: [0, 0.2]
`;
const planOf = async (samples: number, shard = { index: 1, count: 1 }) => createPlan(await parseScenario(FILE.replace('SAMPLES', String(samples)), 'sweep.yaml'), shard);
const folder = () => mkdtempSync(join(tmpdir(), 'lumbo-to-file-'));

describe('sweepToFile', () => {
  it('writes the output and its metadata (sweep hash, shard, rows, size and SHA-256), then removes the journal', async () => {
    const plan = await planOf(6);
    const out = join(folder(), 'r.csv');
    await sweepToFile(plan, { out, workers: 0 });
    const meta = readPartMeta(out);
    const bytes = readFileSync(out);
    expect(meta).toMatchObject({ sweep: fingerprintOf(plan), shard: '1/1', rows: 6, points: 6, tasks: 1, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(existsSync(journalPathOf(out))).toBe(false);
  });

  it('gives every shard of a sweep the same hash', async () => {
    expect(fingerprintOf(await planOf(6, { index: 1, count: 3 }))).toBe(fingerprintOf(await planOf(6, { index: 3, count: 3 })));
    expect(fingerprintOf(await planOf(6))).not.toBe(fingerprintOf(await planOf(7)));
  });

  it('keeps the previous output whole when a --force run is interrupted, and finishes it on --resume', async () => {
    const plan = await planOf(40);
    const out = join(folder(), 'r.csv');
    await sweepToFile(plan, { out, workers: 0 });
    const before = readFileSync(out, 'latin1');
    const controller = new AbortController();
    const forced = sweepToFile(plan, {
      out,
      workers: 0,
      force: true,
      signal: controller.signal,
      onProgress: (p) => p.doneRows >= 5 && controller.abort(new Error('stop')),
    });
    await expect(forced).rejects.toThrow('stop');
    expect(readFileSync(out, 'latin1')).toBe(before);
    expect(existsSync(journalPathOf(out))).toBe(true);
    const resumed = await sweepToFile(plan, { out, workers: 0, resume: true });
    expect(resumed.resumedRows).toBeGreaterThanOrEqual(5);
    expect(readFileSync(out, 'latin1')).toBe(before);
  });

  it('refuses the journal of another shard of the same sweep', async () => {
    const out = join(folder(), 'r.csv');
    const controller = new AbortController();
    await expect(
      sweepToFile(await planOf(40, { index: 1, count: 2 }), { out, workers: 0, signal: controller.signal, onProgress: () => controller.abort(new Error('stop')) }),
    ).rejects.toThrow('stop');
    await expect(sweepToFile(await planOf(40, { index: 2, count: 2 }), { out, workers: 0, resume: true })).rejects.toThrow(/belongs to shard 1\/2, not 2\/2/);
  });

  it('reports a directory where the output should go as an I/O failure naming it', async () => {
    const out = join(folder(), 'r.csv');
    mkdirSync(out);
    const run = sweepToFile(await planOf(3), { out, workers: 0, force: true });
    await expect(run).rejects.toThrow(SweepIoError);
    await expect(sweepToFile(await planOf(3), { out, workers: 0, force: true })).rejects.toThrow(`cannot write ${out}: it is a directory (EISDIR)`);
  });

  // streaming by design: the journal is read line by line (line-reader.ts), never as one buffer
  it('resumes and renders a journal of many megabytes (300 000 rows), line by line', async () => {
    const rows = 300_000;
    const plan = await planOf(rows);
    const out = join(folder(), 'big.csv');
    const journal = journalPathOf(out);
    const fd = openSync(journal, 'w');
    writeSync(fd, frame(JSON.stringify({ format: JOURNAL_FORMAT, version: JOURNAL_VERSION, fingerprint: fingerprintOf(plan), columns: plan.columns.map((c) => c.name), shard: '1/1', rows })));
    let chunk = '';
    for (let r = 0; r < rows - 3; r++) {
      chunk += frame(JSON.stringify([r, r, 'standing', plan.pointAt(r).factorValues[0], 10 + (r % 7) / 8]));
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, `${chunk}${frame('[299997,299997,"stand').slice(0, 20)}`); // and a torn last line
    closeSync(fd);
    expect(statSync(journal).size).toBeGreaterThan(15e6);

    const result = await sweepToFile(plan, { out, workers: 0, resume: true });
    expect(result).toEqual({ rows, resumedRows: rows - 3, alreadyComplete: false });
    const lines = readFileSync(out, 'latin1').trimEnd().split('\n');
    expect(lines).toHaveLength(rows + 1);
    expect(lines[1]).toBe(`0,0,standing,${plan.pointAt(0).factorValues[0]},10`);
    // the last three rows were solved by the model, not copied from the journal
    for (const line of lines.slice(-3)) {
      const tilt = Number(line.split(',')[4]);
      expect(tilt).toBeGreaterThan(0);
      expect(tilt).toBeLessThan(40);
    }
    expect(lines.slice(-3).map((l) => Number(l.split(',')[0]))).toEqual([rows - 3, rows - 2, rows - 1]);
  }, 600_000); // ~10 s of work on a quiet machine
});
