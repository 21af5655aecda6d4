/** `lumbo outputs [filter]`: every output path a scenario or sweep can keep, with its unit; defaults marked. */
import type { Command } from 'commander';
import { Option } from 'commander';
import { renderTable } from '../format/text-table.ts';
import { DEFAULT_GAIT_OUTPUT_PATHS, DEFAULT_OUTPUT_PATHS, OUTPUT_CATALOGUE } from '../scenario/outputs.ts';
import type { CliIo } from './io.ts';

export function registerOutputsCommand(program: Command, io: CliIo): void {
  program
    .command('outputs')
    .description('list the output paths a scenario or sweep file may keep (outputs: …), with units')
    .argument('[filter]', 'show only paths containing this text, e.g. L4/L5 or gluteusMedius')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((filter: string | undefined, options: { format: 'table' | 'json' }) => {
      const needle = filter?.toLowerCase() ?? '';
      const chosen = OUTPUT_CATALOGUE.filter((o) => o.path.toLowerCase().includes(needle)).map((o) => ({
        path: o.path,
        unit: o.unit,
        // static outputs come from standing, sitting, single-leg stance, trunk flexion; gait outputs from a gait task
        task: o.scope,
        default: (o.scope === 'gait' ? DEFAULT_GAIT_OUTPUT_PATHS : DEFAULT_OUTPUT_PATHS).includes(o.path),
      }));
      if (options.format === 'json') {
        io.out(`${JSON.stringify(chosen, null, 2)}\n`);
        return;
      }
      const rows = chosen.map((o) => [o.path, o.unit, o.task, o.default ? 'yes' : '']);
      io.out(
        `${renderTable([{ header: 'output path', align: 'left' }, { header: 'unit', align: 'left' }, { header: 'task', align: 'left' }, { header: 'default', align: 'left' }], rows).join('\n')}\n` +
          `\n${chosen.length} outputs. task: static outputs need a static task, gait outputs (gait.*) a gait task; in a row of the other kind they are empty.\n` +
          `"*" matches within one segment: lumbar.levels.*.compressionN. Contract and sign conventions: packages/model/src/result/types.ts, gait/types.ts\n`,
      );
    });
}
