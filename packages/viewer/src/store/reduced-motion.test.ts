import { describe, expect, it } from 'vitest';
import { applyReducedMotionToDocument, loadReducedMotion, parseReducedMotion, REDUCED_MOTION_KEY, saveReducedMotion, syncReducedMotion, type KeyValueStorage } from './reduced-motion.ts';
import { createViewerStore } from './store.ts';

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const throwing: KeyValueStorage = {
  getItem() {
    throw new Error('SecurityError: storage disabled');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
};

describe('parsing the stored reduced-motion setting', () => {
  it('accepts exactly "true" and "false"', () => {
    expect(parseReducedMotion('true')).toBe(true);
    expect(parseReducedMotion('false')).toBe(false);
  });

  it('rejects anything else (missing, other spellings, JSON of other types, junk)', () => {
    for (const raw of [null, undefined, '', 'TRUE', ' true', '1', '0', 'yes', '"true"', '{"on":true}', 'null', 'undefined']) {
      expect(parseReducedMotion(raw), String(raw)).toBeNull();
    }
  });
});

describe('loading and saving the setting', () => {
  it('uses a valid stored choice over the system preference, both ways', () => {
    expect(loadReducedMotion(memoryStorage({ [REDUCED_MOTION_KEY]: 'false' }), true)).toBe(false);
    expect(loadReducedMotion(memoryStorage({ [REDUCED_MOTION_KEY]: 'true' }), false)).toBe(true);
  });

  it('falls back to the system preference when nothing valid is stored or storage throws', () => {
    for (const system of [true, false]) {
      expect(loadReducedMotion(memoryStorage(), system)).toBe(system);
      expect(loadReducedMotion(memoryStorage({ [REDUCED_MOTION_KEY]: 'garbage' }), system)).toBe(system);
      expect(loadReducedMotion(throwing, system)).toBe(system);
      expect(loadReducedMotion(null, system)).toBe(system);
    }
  });

  it('saves the choice so the next load reads it back, and reports a storage that refuses', () => {
    const storage = memoryStorage();
    expect(saveReducedMotion(storage, true)).toBe(true);
    expect(storage.data.get(REDUCED_MOTION_KEY)).toBe('true');
    expect(loadReducedMotion(storage, false)).toBe(true);
    expect(saveReducedMotion(storage, false)).toBe(true);
    expect(loadReducedMotion(storage, true)).toBe(false);
    expect(saveReducedMotion(throwing, true)).toBe(false);
    expect(saveReducedMotion(null, true)).toBe(false);
  });

  it('marks the document for the stylesheet', () => {
    const root = { dataset: {} as DOMStringMap };
    applyReducedMotionToDocument(root, true);
    expect(root.dataset.reducedMotion).toBe('true');
    applyReducedMotionToDocument(root, false);
    expect(root.dataset.reducedMotion).toBe('false');
  });
});

describe('the store setting', () => {
  it('starts from the given setting, and gait does not autoplay when it is on', () => {
    const on = createViewerStore({ reducedMotion: true });
    expect(on.getState().reducedMotion).toBe(true);
    expect(on.getState().playback.playing).toBe(false);
    const off = createViewerStore({ reducedMotion: false });
    expect(off.getState().reducedMotion).toBe(false);
    expect(off.getState().playback.playing).toBe(true);
  });

  it('turning it on pauses playback; turning it off does not start it again', () => {
    const store = createViewerStore({ reducedMotion: false });
    expect(store.getState().playback.playing).toBe(true);
    store.getState().setReducedMotion(true);
    expect(store.getState().reducedMotion).toBe(true);
    expect(store.getState().playback.playing).toBe(false);
    store.getState().setReducedMotion(false);
    expect(store.getState().reducedMotion).toBe(false);
    expect(store.getState().playback.playing).toBe(false);
  });

  it('still lets the user press Play with it on (only autoplay stops)', () => {
    const store = createViewerStore({ reducedMotion: true });
    store.getState().setPlayback({ playing: true });
    expect(store.getState().playback.playing).toBe(true);
  });
});

describe('syncing the store with the document and storage', () => {
  it('marks the document at once, stores only changes the user makes, and stops on unsubscribe', () => {
    const store = createViewerStore({ reducedMotion: true });
    const storage = memoryStorage();
    const root = { dataset: {} as DOMStringMap };
    const stop = syncReducedMotion(store, storage, root);
    expect(root.dataset.reducedMotion).toBe('true');
    // the system preference alone is not written down
    expect(storage.data.has(REDUCED_MOTION_KEY)).toBe(false);
    store.getState().setPlayback({ speed: 2 });
    expect(storage.data.has(REDUCED_MOTION_KEY)).toBe(false);
    store.getState().setReducedMotion(false);
    expect(root.dataset.reducedMotion).toBe('false');
    expect(storage.data.get(REDUCED_MOTION_KEY)).toBe('false');
    stop();
    store.getState().setReducedMotion(true);
    expect(storage.data.get(REDUCED_MOTION_KEY)).toBe('false');
  });
});
