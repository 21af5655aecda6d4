import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The packed packages, installed with plain npm into an empty folder
// (install-tarballs.test.ts). Its own config: it packs and installs (tens of
// seconds, the npm registry for third-party dependencies), so `pnpm test`
// stays quick; scripts/test-all.mjs runs it as a counted suite. Timeouts are
// ten times the work's own duration on a busy two-core machine.
export default defineConfig({
  test: {
    name: 'packaging',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 1_200_000,
  },
});
