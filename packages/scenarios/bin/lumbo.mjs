#!/usr/bin/env node
// The `lumbo` command. Registers tsx so the TypeScript sources run as they
// are (no build step), then hands the arguments to src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
try {
  const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // only a failure to load the CLI itself lands here; main() reports everything else
  process.stderr.write(`lumbo: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.LUMBO_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  process.exitCode = 1;
}
