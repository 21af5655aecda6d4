/**
 * The viewer's slow state (zustand, vanilla so non-React code can use it):
 * one store made of six slices, each in its own file —
 *   params   what the sliders show, the preset, the task, linked sides
 *   compare  the compare set (the ghost's parameters), its answer, its layout
 *   view     camera view and focus, layers, lecture mode, emphasised muscles
 *   playback gait playback settings, reduced motion
 *   story    the open guided story and its answers per step
 *   status   the model's last answer, request ids, worker notices, link notice
 * Per-frame data never goes through here: the gait playhead lives in playhead.ts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { sameTask } from '../lib/viewer-task.ts';
import { createCompareSlice, type CompareSlice } from './compare-slice.ts';
import { createParamsSlice, type ParamsSlice } from './params-slice.ts';
import { createPlaybackSlice, type PlaybackSlice } from './playback-slice.ts';
import { createStatusSlice, type StatusSlice } from './status-slice.ts';
import { recordStoryAnswer } from './stories/runner.ts';
import { findStory } from './stories/index.ts';
import { createStorySlice, type StorySlice } from './story-slice.ts';
import type { Shown, StoreStart } from './types.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';

export type * from './types.ts';
export { SPEED_RANGE } from './types.ts';
export { DEFAULT_PRESET_LABEL } from './params-slice.ts';
export { presetCompareSet } from './compare-slice.ts';
export type { ParamsSlice, CompareSlice, ViewSlice, PlaybackSlice, StorySlice, StatusSlice };

export type ViewerStore = ParamsSlice & CompareSlice & ViewSlice & PlaybackSlice & StorySlice & StatusSlice;
/** The store's data without its actions (what selectors read). */
export type ViewerState = ViewerStore;

export function createViewerStore(start: StoreStart = {}) {
  const store = createStore<ViewerStore>()((...a) => ({
    ...createParamsSlice(start)(...a),
    ...createCompareSlice(...a),
    ...createViewSlice(...a),
    ...createPlaybackSlice(start)(...a),
    ...createStorySlice(...a),
    ...createStatusSlice(...a),
  }));
  fileStoryAnswers(store);
  return store;
}

/** Files each arriving answer under the story step it answers (stories/runner.ts). */
function fileStoryAnswers(store: StoreApi<ViewerStore>): void {
  store.subscribe((state, prev) => {
    if (state.shown === prev.shown || !state.story) return;
    const story = findStory(state.story.id);
    if (!story) return;
    const answers = recordStoryAnswer(story, state.story, state.storyAnswers, state.shown);
    if (answers !== state.storyAnswers) store.setState({ storyAnswers: answers });
  });
}

export type ViewerStoreApi = ReturnType<typeof createViewerStore>;

/** The shown gait cycle, or null. */
export const selectGait = (s: ViewerState) => (s.shown?.answer.kind === 'gait' ? s.shown.answer.gait : null);

/**
 * The compare answer to draw and difference against: only while there is a
 * compare set and its answer is for the same task as the figure.
 */
export const selectVisibleCompare = (s: ViewerState): Shown | null => {
  const { compareShown, shown } = s;
  if (!s.compareSet || !compareShown || !shown) return null;
  return sameTask(compareShown.task, shown.task) ? compareShown : null;
};

/** Whether the camera leaves room beside the figure for the compare figure (before its answer arrives, so the camera holds still). */
export const selectReservesCompare = (s: ViewerState): boolean => s.compareSet !== null && s.compareLayout === 'beside';
