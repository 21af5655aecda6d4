/** `lumbo params [filter]`: the parameter catalogue with unit, range, default and description. */
import { ALL_FIELDS } from '@lumbo/model';
import type { Command } from 'commander';
import { Option } from 'commander';
import { filterFields, formatParamsTable } from '../format/params-table.ts';
import type { CliIo } from './io.ts';

interface ParamsOptions {
  format: 'table' | 'json';
}

export function registerParamsCommand(program: Command, io: CliIo): void {
  program
    .command('params')
    .description('list every parameter --set accepts, with unit, range, default and description')
    .argument('[filter]', 'show only paths containing this text, e.g. gluteusMedius or subject')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((filter: string | undefined, options: ParamsOptions) => {
      if (options.format === 'json') io.out(`${JSON.stringify(filterFields(ALL_FIELDS, filter), null, 2)}\n`);
      else io.out(formatParamsTable(filter));
    });
}
