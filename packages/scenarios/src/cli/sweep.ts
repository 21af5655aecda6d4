/**
 * `lumbo sweep <file> --out results.{csv|jsonl|parquet}`: runs a sweep file
 * over worker threads, writes the rows safely (journal, then an atomic
 * rename; see writers/sweep-to-file.ts), and optionally prints which inputs
 * move the outputs most. Ctrl-C stops cleanly; --resume continues.
 */
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import { Option } from 'commander';
import { LARGE_SWEEP_ROWS, type SweepPlan } from '../sweep/plan.ts';
import { WHOLE } from '../sweep/shard.ts';
import type { CliIo } from './io.ts';
import { parseShard } from './shard-option.ts';
import { createProgressReporter, formatDuration, type ProgressMode } from './sweep-progress.ts';
import { CliInterrupted } from './interrupted.ts';
import { CliUsageError } from './usage-error.ts';

interface SweepOptions {
  out?: string;
  workers?: string;
  shard?: string;
  resume?: boolean;
  force?: boolean;
  yes?: boolean;
  summary?: boolean;
  summaryOutput?: string[];
  progress: 'auto' | ProgressMode;
  progressEvery: string;
}

const DEFAULT_SUMMARY_OUTPUT = 'lumbar.levels.L4/L5.compressionN';

function parseWorkers(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n > 256) throw new CliUsageError(`--workers expects an integer within [0, 256] (0 = solve in the main thread), got ${JSON.stringify(text)}`);
  return n;
}

/** Seconds between progress lines: a positive number, at most a day. */
export function parseProgressEvery(text: string): number {
  const seconds = Number(text);
  if (!/^\s*\d*\.?\d+\s*$/.test(text) || !(seconds > 0) || seconds > 86_400) {
    throw new CliUsageError(`--progress-every expects seconds, a number within (0, 86400], got ${JSON.stringify(text)}`);
  }
  return seconds;
}

function summaryOutputs(plan: SweepPlan, requested: string[] | undefined): string[] {
  const numeric = plan.columns.filter((c) => c.role === 'output' && c.type === 'number').map((c) => c.name);
  const wanted = requested ?? [numeric.includes(DEFAULT_SUMMARY_OUTPUT) ? DEFAULT_SUMMARY_OUTPUT : (numeric[0] ?? '')];
  for (const name of wanted) {
    if (!numeric.includes(name)) {
      throw new CliUsageError(`--summary-output must be one of the sweep's numeric outputs (${numeric.join(', ')}), got ${JSON.stringify(name)}`);
    }
  }
  if (!plan.columns.some((c) => c.role === 'factor')) throw new CliUsageError('--summary needs a design with factors to vary; this file has none');
  return wanted;
}

function checkSize(plan: SweepPlan, yes: boolean | undefined): void {
  if (plan.shardRowCount <= LARGE_SWEEP_ROWS || yes) return;
  const shard = plan.shard.count > 1 ? ` in shard ${plan.shard.index}/${plan.shard.count}` : '';
  throw new CliUsageError(
    `this sweep has ${plan.shardRowCount} rows${shard} (${plan.pointCount} points × ${plan.tasks.length} tasks in the whole design); ` +
      `sweeps over ${LARGE_SWEEP_ROWS} rows need --yes, or split them with --shard K/N`,
  );
}

export function registerSweepCommand(program: Command, io: CliIo): void {
  program
    .command('sweep')
    .description('run a sweep file in parallel and write one row per design point and task (CSV, JSONL or Parquet)')
    .argument('<file>', 'sweep file (.yaml, .yml or .json; see docs/sweeps.md)')
    .addOption(new Option('--out <path>', 'results file: .csv, .jsonl or .parquet').makeOptionMandatory())
    .addOption(new Option('--workers <n>', 'worker threads (default: number of cores; 0 solves in the main thread)'))
    .addOption(new Option('--shard <K/N|auto|auto/N>', 'run only design points with index mod N = K−1 (K from 1), for array jobs; auto reads Slurm (SLURM_ARRAY_TASK_ID/COUNT) or Kubernetes (JOB_COMPLETION_INDEX + auto/N or LUMBO_SHARD_COUNT)'))
    .addOption(new Option('--resume', 'continue an interrupted run from its journal (<out>.journal)'))
    .addOption(new Option('--force', 'overwrite an existing output and discard an existing journal'))
    .addOption(new Option('--yes', `allow sweeps of more than ${LARGE_SWEEP_ROWS} rows`))
    .addOption(new Option('--summary', 'after the run, print which inputs move the output most (standardised regression coefficients, Spearman ρ)'))
    .addOption(new Option('--summary-output <path...>', `outputs to summarise (default ${DEFAULT_SUMMARY_OUTPUT})`))
    .addOption(new Option('--progress <mode>', 'progress on stderr: a bar on a terminal, lines otherwise').choices(['auto', 'bar', 'lines', 'none']).default('auto'))
    .addOption(new Option('--progress-every <seconds>', 'seconds between progress lines').default('5'))
    .action(async (file: string, options: SweepOptions) => {
      const out = options.out as string; // mandatory option
      // the sweep machinery loads on demand, so `lumbo run` and `lumbo --help` start fast
      const [{ loadScenarioFile }, { createPlan }, { createSummary, formatSummary }, { journalPathOf, sweepToFile }] = await Promise.all([
        import('../scenario/load.ts'),
        import('../sweep/plan.ts'),
        import('../summary/summary.ts'),
        import('../writers/sweep-to-file.ts'),
      ]);
      const workers = parseWorkers(options.workers);
      const progressEvery = parseProgressEvery(options.progressEvery);
      const plan = createPlan(await loadScenarioFile(file), options.shard === undefined ? WHOLE : parseShard(options.shard));
      checkSize(plan, options.yes);
      const summarised = options.summary ? summaryOutputs(plan, options.summaryOutput) : [];
      const summary = options.summary ? createSummary(plan.columns, summarised, { saltelli: plan.design.type === 'saltelli' }) : undefined;

      const mode: ProgressMode = options.progress === 'auto' ? (process.stderr.isTTY ? 'bar' : 'lines') : options.progress;
      const progress = createProgressReporter(mode, io, progressEvery);
      const controller = new AbortController();
      let stoppedBy = 'SIGINT';
      const onSignal = (signal: NodeJS.Signals) => {
        // a second Ctrl-C falls through to Node's default and ends the process at once; the journal stays valid
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        stoppedBy = signal;
        controller.abort(new Error(`stopped by ${signal}`));
      };
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
      let done = 0;
      let startupS = 0;
      let solvingStart = performance.now();
      try {
        const result = await sweepToFile(plan, {
          out,
          workers,
          resume: options.resume ?? false,
          force: options.force ?? false,
          signal: controller.signal,
          onStarted: (info) => {
            startupS = info.startupS;
            solvingStart = performance.now();
          },
          onProgress: (p) => {
            done = p.doneRows;
            progress.update(p);
          },
          onResume: (rows) => {
            done = rows;
            io.err(`lumbo sweep: resuming after ${rows} of ${plan.shardRowCount} rows from ${journalPathOf(out)}\n`);
          },
          ...(summary ? { onRow: (cells: Parameters<typeof summary.add>[0]) => summary.add(cells) } : {}),
        });
        progress.stop();
        if (result.alreadyComplete) {
          io.err(`lumbo sweep: ${out} is already complete (no journal to resume); use --force to run it again\n`);
          return;
        }
        const seconds = (performance.now() - solvingStart) / 1000;
        const fresh = result.rows - result.resumedRows;
        io.err(
          `lumbo sweep: done, ${result.rows} rows → ${out} (${fresh} solved in ${formatDuration(seconds)}, ${(fresh / seconds).toFixed(0)} rows/s, after ${formatDuration(startupS)} of worker start-up)\n`,
        );
        if (summary) io.out(formatSummary(summary.results()));
      } catch (error) {
        progress.stop();
        if (!controller.signal.aborted) throw error;
        throw new CliInterrupted(
          `sweep interrupted (${stoppedBy}) after ${done} of ${plan.shardRowCount} rows; the journal ${journalPathOf(out)} keeps them. Continue with the same command and --resume`,
          stoppedBy,
        );
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
