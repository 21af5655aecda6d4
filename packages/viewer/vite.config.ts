import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { earlyModelWorker } from './scripts/early-worker-plugin.ts';

/**
 * Cross-origin isolation, so the page may share memory with the model worker: a static answer is then read
 * from a shared buffer the moment the worker rings, instead of from a reply message Chromium holds back until
 * the frame after a key press is drawn (src/worker/model-client.ts; docs/viewer.md, "Answers through shared memory").
 * Every file the viewer loads is its own, so requiring CORP of cross-origin resources costs nothing. A host that
 * does not send these headers gets the same viewer with reply messages only.
 */
const crossOriginIsolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [
    react(),
    earlyModelWorker(),
    // offline use (docs/viewer.md "Offline use"): a Workbox service worker that precaches every built
    // file, the model worker chunk included. Registered by src/offline/register.ts, production only.
    VitePWA({
      injectRegister: false,
      // the aim is offline use, not an installable app: no manifest, so no icons to ship
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{html,js,mjs,css,wasm,woff,woff2,ttf,otf,svg,png,jpg,webp,ico,json,glb,bin}'],
        // the three/react chunk is ~1.3 MB; never drop a file from the precache for its size
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // control the first page at once (no reload needed to work offline); an update still
        // waits until every Lumbo tab is closed, so a running lecture never swaps code mid-way
        clientsClaim: true,
        skipWaiting: false,
      },
    }),
  ],
  // the model worker is an ES module (it imports @lumbo/model's TypeScript source)
  worker: { format: 'es' },
  optimizeDeps: {
    // zod is imported only inside the worker: pre-bundle it up front, or the dev
    // server finds it late and reloads the page mid-session (toolchain pitfall 7)
    include: ['comlink', '@lumbo/model > zod'],
  },
  // three, react-dom and r3f make one ~1.3 MB chunk (~370 kB gzip); there is nothing smaller to split off yet
  build: { target: 'es2022', chunkSizeWarningLimit: 1400 },
  server: { headers: crossOriginIsolation },
  preview: { port: 4173, strictPort: true, headers: crossOriginIsolation },
});
