import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real Chromium against the built viewer (run `pnpm build` first). One file at
// a time: every test drives a software-WebGL page and two cores are shared.
export default defineConfig({
  test: {
    name: 'e2e',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['./preview-server.ts'],
    fileParallelism: false,
    testTimeout: 900_000,
    hookTimeout: 300_000,
  },
});
