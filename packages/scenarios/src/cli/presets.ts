/** `lumbo presets [id]`: the presets, or one preset in full (description, parameter changes, sources, honesty notes). */
import type { Command } from 'commander';
import { Option } from 'commander';
import { PRESETS } from '../presets/index.ts';
import type { Preset } from '../presets/types.ts';
import { describeTask } from '../format/table.ts';
import { renderTable } from '../format/text-table.ts';
import { fieldSpec, FIELD_PATHS, writePartial, defaultVector } from '../scenario/param-vector.ts';
import type { CliIo } from './io.ts';
import { presetOrError } from './run-source.ts';

/** Wraps prose at `width` columns; `indent` starts the first line, `hanging` the others. */
function wrap(text: string, indent = '  ', width = 100, hanging = indent): string {
  const lines: string[] = [];
  let line = '';
  const prefix = () => (lines.length === 0 ? indent : hanging);
  for (const word of text.split(/\s+/)) {
    if (line && prefix().length + line.length + 1 + word.length > width) {
      lines.push(prefix() + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(prefix() + line);
  return lines.join('\n');
}

/** The preset's changes from the defaults, as rows path / value / default / unit. */
export function presetChanges(preset: Preset): { path: string; value: number; default: number; unit: string }[] {
  const vector = writePartial(defaultVector(), preset.params);
  return FIELD_PATHS.flatMap((path, i) => {
    const spec = fieldSpec(path)!;
    return vector[i] === spec.default ? [] : [{ path, value: vector[i]!, default: spec.default, unit: spec.unit }];
  });
}

function formatPreset(preset: Preset): string {
  const changes = presetChanges(preset);
  const changeTable = changes.length
    ? renderTable(
        [{ header: 'parameter', align: 'left' }, { header: 'value' }, { header: 'default' }, { header: 'unit', align: 'left' }],
        changes.map((c) => [c.path, String(c.value), String(c.default), c.unit]),
      ).join('\n')
    : '  (none: the default subject)';
  return [
    `${preset.id} — ${preset.label}`,
    '',
    wrap(preset.description),
    '',
    'Parameter changes',
    changeTable,
    '',
    `Try it in: ${preset.showcaseTasks.map(describeTask).join('; ')}`,
    '',
    'Sources',
    ...preset.sources.map((s) => wrap(`${s.citation}: ${s.finding}`, '  - ', 100, '    ')),
    '',
    'What the model shows',
    wrap(preset.honesty.shows),
    'Where it simplifies',
    wrap(preset.honesty.simplifies),
    '',
    `Run it: lumbo run --preset ${preset.id} --task standing    Extend it in a file: extends: ${preset.id}`,
    '',
  ].join('\n');
}

export function registerPresetsCommand(program: Command, io: CliIo): void {
  program
    .command('presets')
    .description('list the clinical presets, or show one with its description, parameter changes, sources and honesty notes')
    .argument('[id]', 'show this preset in full')
    .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action((id: string | undefined, options: { format: 'table' | 'json' }) => {
      const chosen = id === undefined ? PRESETS : [presetOrError(id, 'the preset id')];
      if (options.format === 'json') {
        io.out(`${JSON.stringify(id === undefined ? chosen : chosen[0], null, 2)}\n`);
      } else if (id !== undefined) {
        io.out(formatPreset(chosen[0]!));
      } else {
        const rows = PRESETS.map((p) => [p.id, p.label, String(presetChanges(p).length)]);
        io.out(
          `${renderTable([{ header: 'id', align: 'left' }, { header: 'label', align: 'left' }, { header: 'changes' }], rows).join('\n')}\n\nDetails: lumbo presets <id>    Use: lumbo run --preset <id> --task …, or "extends: <id>" in a scenario file\n`,
        );
      }
    });
}
