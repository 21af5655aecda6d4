import type { HtmlTagDescriptor, Plugin } from 'vite';

/**
 * Starts the model worker from a small classic script at the top of the built page's head (above
 * the stylesheet, which would hold a script below it), so it runs while the page is parsed, before
 * the main bundle has arrived (src/worker/early-worker.ts says why and takes the worker over).
 * Build only: the dev server has no hashed worker file, and there the first connection starts the
 * worker.
 */
export function earlyModelWorker(): Plugin {
  let base = '/';
  return {
    name: 'lumbo-early-worker',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => [earlyWorkerTag(base, Object.keys(ctx.bundle ?? {}))],
    },
  };
}

/** The inline script that starts the build's one model worker file (`files`: the bundle's file names). */
export function earlyWorkerTag(base: string, files: readonly string[]): HtmlTagDescriptor {
  const workers = files.filter((f) => /(^|\/)model\.worker-[\w-]+\.js$/.test(f));
  if (workers.length !== 1) throw new Error(`lumbo-early-worker: expected one model worker file in the build, found ${workers.length} (${workers.join(', ') || 'none'})`);
  const url = JSON.stringify(`${base}${workers[0]}`);
  // a browser without module workers throws here; the page then starts the worker itself and reports why it failed
  const start = `try{self.__lumboModelWorker=new Worker(${url},{type:"module",name:"lumbo-model"})}catch(e){}`;
  return { tag: 'script', children: start, injectTo: 'head-prepend' };
}
