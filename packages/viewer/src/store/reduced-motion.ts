/**
 * The reduced-motion setting: starts from the system's
 * `prefers-reduced-motion`, and once the user flips the toggle their choice
 * is kept in localStorage. Storage is untrusted (another version of the page,
 * a hand edit, a browser that throws on access in private mode), so reading
 * accepts exactly "true" or "false" and anything else falls back to the
 * system preference.
 */

export const REDUCED_MOTION_KEY = 'lumbo.reducedMotion';

/** The part of `Storage` this needs (tests pass a Map-backed fake). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** A stored value: true/false, or null when missing or not exactly "true"/"false". */
export function parseReducedMotion(raw: string | null | undefined): boolean | null {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  return null;
}

/** The setting to start with: the stored choice if there is a valid one, else the system preference. */
export function loadReducedMotion(storage: KeyValueStorage | null, systemPrefersReduced: boolean): boolean {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(REDUCED_MOTION_KEY) ?? null;
  } catch {
    // storage disabled (private mode, sandboxed iframe): the system preference decides
  }
  return parseReducedMotion(raw) ?? systemPrefersReduced;
}

/** Stores the user's choice; false when the storage refused it (the setting then lasts for this page only). */
export function saveReducedMotion(storage: KeyValueStorage | null, on: boolean): boolean {
  try {
    storage?.setItem(REDUCED_MOTION_KEY, String(on));
    return storage !== null;
  } catch {
    return false;
  }
}

/** localStorage, or null where touching it throws. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Marks the document so styles.css turns every transition and animation off
 * (`html[data-reduced-motion='true']`), whatever the system says.
 */
export function applyReducedMotionToDocument(root: { dataset: DOMStringMap }, on: boolean): void {
  root.dataset.reducedMotion = String(on);
}

/** The slice of the viewer store this needs. */
interface ReducedMotionStore {
  getState(): { reducedMotion: boolean };
  subscribe(listener: (state: { reducedMotion: boolean }, previous: { reducedMotion: boolean }) => void): () => void;
}

/**
 * Keeps the document mark in step with the store and stores the user's
 * changes (only changes: a system preference nobody overrode is not written
 * down, so changing it later still takes effect).
 */
export function syncReducedMotion(store: ReducedMotionStore, storage: KeyValueStorage | null, root: { dataset: DOMStringMap }): () => void {
  applyReducedMotionToDocument(root, store.getState().reducedMotion);
  return store.subscribe((state, previous) => {
    if (state.reducedMotion === previous.reducedMotion) return;
    applyReducedMotionToDocument(root, state.reducedMotion);
    saveReducedMotion(storage, state.reducedMotion);
  });
}
