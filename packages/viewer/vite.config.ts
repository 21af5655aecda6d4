import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // the model worker is an ES module (it imports @lumbo/model's TypeScript source)
  worker: { format: 'es' },
  optimizeDeps: {
    // zod is imported only inside the worker: pre-bundle it up front, or the dev
    // server finds it late and reloads the page mid-session (toolchain pitfall 7)
    include: ['comlink', '@lumbo/model > zod'],
  },
  // three, react-dom and r3f make one ~1.3 MB chunk (~370 kB gzip); there is nothing smaller to split off yet
  build: { target: 'es2022', chunkSizeWarningLimit: 1400 },
  preview: { port: 4173, strictPort: true },
});
