/** Merges one test file's measurements into artifacts/e2e-measurements.json (files run in any order). */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const artifacts = fileURLToPath(new URL('../../artifacts/', import.meta.url));
const file = `${artifacts}e2e-measurements.json`;

export function recordMeasurements(section: string, data: Record<string, unknown>): void {
  mkdirSync(artifacts, { recursive: true });
  let previous: Record<string, unknown> = {};
  try {
    previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  } catch {
    // a broken file from an interrupted run: start again
  }
  writeFileSync(file, `${JSON.stringify({ ...previous, [section]: data }, null, 2)}\n`);
}
