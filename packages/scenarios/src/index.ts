/**
 * @lumbo/scenarios — public entry. For now: the text report of a result and
 * the parsing of `path=value` overrides; presets, scenario files and sweeps
 * will join here.
 */
export { formatTable, describeTask, DISCLAIMER, type TableOptions } from './format/table.ts';
export { formatParamsTable } from './format/params-table.ts';
export { parseAssignment, parseAssignments, settingsToParams, type Setting } from './cli/set-assignments.ts';
export { main } from './cli/main.ts';
