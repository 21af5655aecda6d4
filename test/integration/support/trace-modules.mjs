// Lists every module a Node process loads, for tests that check what a
// command does NOT load (mathjs without expressions, the Parquet writer for
// CSV…), never for timing. Use: node --import <this file> … with
// LUMBO_TRACE_MODULES=<output file>; one URL or path per line.
//  - ES modules: a resolve hook (module.register; it runs on the hooks thread);
//  - CommonJS (what createRequire loads, e.g. mathjs's bundle): require.cache at exit.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const out = process.env.LUMBO_TRACE_MODULES;

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (out) appendFileSync(out, `${resolved.url}\n`);
  return resolved;
}

if (isMainThread && out) {
  register(import.meta.url);
  const require = createRequire(import.meta.url);
  process.on('exit', () => appendFileSync(out, Object.keys(require.cache).map((p) => `${p}\n`).join('')));
}
