/**
 * Between the store and the link: what of the viewer's state a link carries
 * (snapshot), putting a decoded link into the store (apply), and keeping
 * the address bar in step with the store (sync) so "copy the address" always
 * shares the exact view.
 */
import { DEFAULT_PARAMS } from '@lumbo/model';
import { mergeParams } from '../../lib/params-path.ts';
import { findPreset } from '../../lib/presets.ts';
import { DEFAULT_PRESET_LABEL, type CompareSet, type ViewerState, type ViewerStoreApi } from '../../store/store.ts';
import { findStory, STORIES } from '../../store/stories/index.ts';
import { sameParams } from '../../store/stories/runner.ts';
import { decodeSharedState, encodeSharedState, type ParamSet, type SharedState } from './url-state.ts';

/** Steps per story, for the link reader. */
export const STORY_STEPS: ReadonlyMap<string, number> = new Map(STORIES.map((s) => [s.id, s.steps.length]));

/**
 * The part of the state a link carries. A lab's own trial does not go in: its files stay on this computer, and the
 * link opens the built-in gait cycle (docs/viewer.md, "Your own trial").
 */
export function snapshotSharedState(s: ViewerState): SharedState {
  return {
    current: { presetId: s.presetId, params: s.params },
    task: s.task.kind === 'gait' ? { kind: 'gait' } : s.task,
    view: s.view,
    focus: s.focus,
    compare: s.compareSet && { presetId: s.compareSet.presetId, params: s.compareSet.params },
    compareLayout: s.compareLayout,
    lecture: s.lecture,
    story: s.story && { id: s.story.id, step: s.story.step, phase: s.story.phase },
  };
}

function presetBase(presetId: string | null): { params: ReturnType<typeof mergeParams>; label: string } {
  const preset = presetId === null ? undefined : findPreset(presetId);
  return { params: mergeParams(DEFAULT_PARAMS, preset?.params ?? {}), label: preset?.label ?? DEFAULT_PRESET_LABEL };
}

function compareSetOf(set: ParamSet): CompareSet {
  const base = presetBase(set.presetId);
  const changed = !sameParams(set.params, base.params);
  const label = set.presetId === null ? 'Custom (from a link)' : changed ? `${base.label} (modified)` : base.label;
  return { params: set.params, label, presetId: changed ? null : set.presetId };
}

/** Puts a decoded link into the store: a story link opens the story at its step (the story sets parameters and camera). */
export function applySharedState(store: ViewerStoreApi, state: SharedState): void {
  const base = presetBase(state.current.presetId);
  store.setState({
    params: state.current.params,
    baseParams: base.params,
    presetId: state.current.presetId,
    presetLabel: base.label,
    modified: !sameParams(state.current.params, base.params),
    task: state.task,
    view: state.view,
    focus: state.focus,
    compareSet: state.compare && compareSetOf(state.compare),
    compareShown: null,
    compareLayout: state.compareLayout,
  });
  const actions = store.getState();
  actions.setLecture(state.lecture);
  if (state.story && findStory(state.story.id)) {
    actions.openStory(state.story.id);
    // walk forward to the linked step and phase (bounded: two states per step)
    const target = state.story;
    for (let i = 0; i < 2 * (STORY_STEPS.get(target.id) ?? 0); i++) {
      const now = store.getState().story;
      if (!now || (now.step === target.step && now.phase === target.phase)) break;
      store.getState().storyNext();
    }
  }
}

/** Reads the page's link into the store; returns the messages of a refused link (the defaults stay). */
export function loadLink(store: ViewerStoreApi, hash: string): readonly string[] {
  if (hash === '' || hash === '#') return [];
  const decoded = decodeSharedState(hash, STORY_STEPS);
  if (!decoded.ok) return decoded.errors;
  applySharedState(store, decoded.state);
  return [];
}

/** How long the address bar waits after the last change (a slider drag writes once at the end). */
const WRITE_DELAY_MS = 250;

/**
 * Keeps `location.hash` equal to the store's link (replaceState: no history
 * entry per slider step), and applies a link pasted into the address bar of
 * the open page. Returns the function that stops both.
 */
export function startLinkSync(store: ViewerStoreApi, onRefused: (errors: readonly string[]) => void): () => void {
  let written = location.hash;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    const hash = encodeSharedState(snapshotSharedState(store.getState()));
    if (hash !== written) {
      written = hash;
      history.replaceState(history.state, '', hash);
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (
      s.params !== prev.params || s.presetId !== prev.presetId || s.task !== prev.task || s.view !== prev.view || s.focus !== prev.focus ||
      s.compareSet !== prev.compareSet || s.compareLayout !== prev.compareLayout || s.lecture !== prev.lecture || s.story !== prev.story
    ) {
      clearTimeout(timer);
      timer = setTimeout(write, WRITE_DELAY_MS);
    }
  });
  const onHashChange = () => {
    if (location.hash === written) return;
    written = location.hash;
    const errors = loadLink(store, location.hash);
    if (errors.length) onRefused(errors);
  };
  window.addEventListener('hashchange', onHashChange);
  write();
  return () => {
    clearTimeout(timer);
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}

/** The full address of the current view (for the Copy link button). */
export function currentLink(store: ViewerStoreApi): string {
  return `${location.origin}${location.pathname}${encodeSharedState(snapshotSharedState(store.getState()))}`;
}
