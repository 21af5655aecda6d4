import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// A real Slurm array job on a one-node cluster started on this machine
// (slurm-array.test.ts; needs root: it installs slurm-wlm and munge with
// apt-get when missing). Its own config so `pnpm test` stays quick;
// scripts/test-all.mjs runs it as a counted suite. Installing takes ~3 min,
// the sweeps a minute or two on a busy two-core machine: the timeouts are
// far above both.
export default defineConfig({
  test: {
    name: 'slurm',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 1_800_000,
    hookTimeout: 1_800_000,
  },
});
