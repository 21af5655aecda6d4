/** `lumbo validate <file>`: reads a scenario or sweep file and prints what it would run, or one error line (exit 2). */
import type { Command } from 'commander';
import { describeTask } from '../format/table.ts';
import { fieldSpec } from '../scenario/param-vector.ts';
import type { DesignSpec } from '../scenario/types.ts';
import { LARGE_SWEEP_ROWS, type SweepPlan } from '../sweep/plan.ts';
import { EXIT_USAGE, type CliIo } from './io.ts';
import { CliExit } from './interrupted.ts';
import { isBadInput } from './report-error.ts';

const unit = (path: string) => fieldSpec(path)?.unit ?? '';

function factorLines(design: DesignSpec): string[] {
  if (!('samples' in design)) {
    return design.factors.map((f) => {
      // a loop, not Math.min(...values): spreading 100 000 arguments overflows the call stack
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (const v of f.values) {
        if (v < lo) lo = v;
        if (v > hi) hi = v;
      }
      return `${f.path}: ${f.values.length} value${f.values.length === 1 ? '' : 's'} in [${lo}, ${hi}] ${unit(f.path)}`;
    });
  }
  return design.factors.map((f) => `${f.path}: uniform in [${f.min}, ${f.max}] ${unit(f.path)}`);
}

function designLine(plan: SweepPlan): string {
  const design = plan.scenario.design;
  const T = plan.tasks.length;
  const rows = `${plan.pointCount} point${plan.pointCount === 1 ? '' : 's'} × ${T} task${T === 1 ? '' : 's'} = ${plan.rowCount} rows`;
  if (!design) return `none (a single scenario): ${rows}`;
  if (design.type === 'random' || design.type === 'latin-hypercube') return `${design.type}, ${design.samples} samples, seed ${design.seed}: ${rows}`;
  if (design.type === 'saltelli') return `saltelli, base sample ${design.samples} × (${design.factors.length} factors + 2), seed ${design.seed}: ${rows}`;
  if (design.type === 'grid') return `grid ${design.factors.map((f) => f.values.length).join(' × ')}: ${rows}`;
  return `one-at-a-time around the baseline: ${rows}`;
}

export function describePlan(plan: SweepPlan): string {
  const s = plan.scenario;
  const pairs: [string, string][] = [
    ['extends', `${s.preset.id} (${s.preset.label})`],
    ['overrides', s.overrides.length ? s.overrides.map((o) => `${o.path} = ${o.value} ${unit(o.path)}`).join('; ') : 'none'],
    ['tasks', s.tasks.map(describeTask).join('; ')],
    ['design', designLine(plan)],
  ];
  if (s.design) factorLines(s.design).forEach((line, i) => pairs.push([i === 0 ? 'factors' : '', line]));
  s.derived.forEach((d, i) => pairs.push([i === 0 ? 'derived' : '', `${d.path} = ${d.text}`]));
  pairs.push(['outputs', s.outputs.map((o) => o.path).join(', ')]);
  pairs.push(['columns', `${plan.columns.length}: ${plan.columns.map((c) => c.name).join(', ')}`]);
  const kind = s.design ? 'sweep' : 'scenario';
  const large = plan.rowCount > LARGE_SWEEP_ROWS ? `\nThis sweep has more than ${LARGE_SWEEP_ROWS} rows: lumbo sweep needs --yes (or run it in shards with --shard K/N).\n` : '';
  const title = `${s.file}: valid ${kind} (lumbo: 1)${s.name ? ` — ${s.name}` : ''}`;
  const width = Math.max(...pairs.map(([label]) => label.length));
  return `${title}\n${pairs.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n')}\n${large}`;
}

export function registerValidateCommand(program: Command, io: CliIo): void {
  program
    .command('validate')
    .description('check scenario or sweep files and show what each would run (rows, columns); a bad file gives one line naming the problem, and exit code 2')
    .argument('<files...>', 'scenario or sweep files (.yaml, .yml or .json)')
    .action(async (files: string[]) => {
      const [{ loadScenarioFile }, { createPlan }] = await Promise.all([import('../scenario/load.ts'), import('../sweep/plan.ts')]);
      let bad = 0;
      for (const file of files) {
        try {
          io.out(describePlan(createPlan(await loadScenarioFile(file))));
        } catch (error) {
          // one bad file does not hide the verdict on the others (e.g. validating every example in CI)
          if (files.length === 1 || !isBadInput(error)) throw error;
          io.err(`lumbo: ${error.message}\n`);
          bad += 1;
        }
      }
      if (bad > 0) throw new CliExit(EXIT_USAGE);
    });
}
