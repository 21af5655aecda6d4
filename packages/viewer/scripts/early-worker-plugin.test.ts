import { describe, expect, it } from 'vitest';
import { earlyWorkerTag } from './early-worker-plugin.ts';

describe('the built page starts the model worker from its head', () => {
  it('writes a classic script at the top of the head that starts the one model worker file under the base path', () => {
    const tag = earlyWorkerTag('/lumbo/', ['assets/index-abc.js', 'assets/model.worker-6OZlxxT5.js', 'sw.js']);
    expect(tag.tag).toBe('script');
    expect(tag.injectTo).toBe('head-prepend');
    expect(tag.attrs).toBeUndefined();
    expect(tag.children).toContain('new Worker("/lumbo/assets/model.worker-6OZlxxT5.js",{type:"module",name:"lumbo-model"})');
    expect(tag.children).toContain('self.__lumboModelWorker=');
  });

  it('refuses a build with no model worker, or with two, and names what it found', () => {
    expect(() => earlyWorkerTag('/', ['assets/index-abc.js'])).toThrow(/expected one model worker file in the build, found 0 \(none\)/);
    expect(() => earlyWorkerTag('/', ['assets/model.worker-a.js', 'assets/model.worker-b.js'])).toThrow(/found 2 \(assets\/model.worker-a.js, assets\/model.worker-b.js\)/);
  });
});
