/** Runs the real `lumbo` executable (node packages/scenarios/bin/lumbo.mjs) and captures its output. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const LUMBO_BIN = fileURLToPath(new URL('../../../packages/scenarios/bin/lumbo.mjs', import.meta.url));

export interface LumboRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** `env` replaces the environment (LUMBO_DEBUG is always cleared, so errors are the user's one line). */
export function runLumbo(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<LumboRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [LUMBO_BIN, ...args],
      { cwd: REPO_ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...env, LUMBO_DEBUG: '' } },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Lines that look like a JavaScript stack frame. */
export const STACK_FRAME = /^\s+at /m;
