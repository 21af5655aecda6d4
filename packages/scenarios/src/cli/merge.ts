/**
 * `lumbo merge <parts...> --out <file>` and `lumbo verify <parts...>`: the
 * parts of a sharded sweep checked as one sweep (same sweep hash, all N
 * shards, each complete) and written as one file (see src/merge/).
 */
import type { Command } from 'commander';
import { Option } from 'commander';
import type { CliIo } from './io.ts';

export function registerMergeCommands(program: Command, io: CliIo): void {
  program
    .command('merge')
    .description('check the parts of a sharded sweep and write them as one file (CSV, JSONL or Parquet), byte-identical to an unsharded run')
    .argument('<parts...>', 'the parts (each with its <part>.meta.json beside it)')
    .addOption(new Option('--out <path>', 'merged file: .csv, .jsonl or .parquet').makeOptionMandatory())
    .addOption(new Option('--force', 'replace an existing output (only once the merged file is complete)'))
    .action(async (parts: string[], options: { out: string; force?: boolean }) => {
      const { mergeParts } = await import('../merge/merge.ts');
      const result = await mergeParts(parts, { out: options.out, force: options.force ?? false });
      io.err(`lumbo merge: ${result.report.shardCount} parts, ${result.rows} rows → ${options.out}\n`);
    });
  program
    .command('verify')
    .description('check that files are the complete parts of one sweep (missing, foreign, incomplete or damaged parts are listed); writes nothing, exit 5 when not mergeable')
    .argument('<parts...>', 'the parts (each with its <part>.meta.json beside it)')
    .action(async (parts: string[]) => {
      const [{ verifyParts, formatVerifyReport }, { PartsError }] = await Promise.all([import('../merge/verify.ts'), import('../merge/parts-error.ts')]);
      const report = await verifyParts(parts);
      io.out(formatVerifyReport(report));
      if (!report.ok) throw new PartsError(`not mergeable: ${report.problems.join('; ')}`);
    });
}
