/**
 * The browser-safe part of the CLI's formatting (`@lumbo/scenarios/format`):
 * pure functions over model results, no Node modules, so the viewer's export
 * writes the same JSON and CSV cells as `lumbo run`.
 */
export { gaitToJson } from './gait-table.ts';
export { describeTask } from './table.ts';
export { csvField, csvLine } from '../writers/cells.ts';
