// Boots a worker_threads Worker on the entry given in workerData.entry. A
// TypeScript entry (the workspace's sources) needs tsx's loader, and
// `--import tsx` is not applied inside workers on Node 20 (toolchain.md
// pitfall 5), so register it here first; a built JavaScript entry (dist/)
// is imported as it is, without loading tsx.
import { workerData } from 'node:worker_threads';

if (/\.[cm]?tsx?$/.test(new URL(workerData.entry).pathname)) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
