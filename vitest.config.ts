import { defineConfig } from 'vitest/config';

// One vitest run covers every Node-side suite; the browser end-to-end suite
// (test/e2e) needs a built viewer and Chromium, so it has its own config.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'model',
          root: './packages/model',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'scenarios',
          root: './packages/scenarios',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          // CI runs on a busy 2-core machine: no test or hook may fail because another process runs;
          // these bounds are far above any single test's work (seconds), not a measure of speed
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'viewer-unit',
          root: './packages/viewer',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // several tests solve the real model or build the bone meshes (a gait cycle takes seconds on a busy 2-core box)
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'test',
          root: './test',
          include: ['validation/**/*.test.ts', 'integration/**/*.test.ts', 'property/**/*.test.ts'],
          environment: 'node',
          // see the scenarios project: generous bounds, far above the work, for a loaded CI machine
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
    ],
    benchmark: { include: ['**/*.bench.ts'], exclude: ['**/node_modules/**'] },
  },
});
