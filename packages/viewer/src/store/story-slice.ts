/**
 * The story slice: the open guided story (stories/runner.ts) and the model
 * answers filed per step. Each story state is put on screen in one update
 * (parameters, task, camera, highlight), so one model request follows.
 */
import { sameTask } from '../lib/viewer-task.ts';
import { unlinkedGroups } from './params-slice.ts';
import type { Slice } from './slice.ts';
import { findStory } from './stories/index.ts';
import {
  recordStoryAnswer,
  sameParams,
  startStory,
  storyBackward,
  storyForward,
  storyReveal as revealStory,
  storyScreen,
  type StoryAnswers,
  type StoryState,
} from './stories/runner.ts';
import type { ViewerStore } from './store.ts';

export interface StoryStoreState {
  /**
   * The open guided story: `{ id, step, phase: 'predict' | 'shown', choice }`,
   * or null. `choice` is the index of the answer picked for the step's question (null: none).
   */
  story: StoryState | null;
  /** Model answers filed per story step as they arrive (the card's before → after comparison). */
  storyAnswers: StoryAnswers;
}

export interface StoryActions {
  /** Opens a story at its first step and applies that step (parameters, task, camera, highlight). */
  openStory(id: string): void;
  /** Reveals the open question without a choice, or goes to the next step. */
  storyNext(): void;
  /** Back one state: a revealed question to its prediction, otherwise the previous step (its state re-applied). */
  storyBack(): void;
  /** Reveals the open question with the class's choice (index into its choices; null = the educator's "Show"). */
  storyReveal(choice: number | null): void;
  /** Closes the story and clears the highlight; the parameters on screen stay. */
  closeStory(): void;
}

export type StorySlice = StoryStoreState & StoryActions;

type Set = (partial: Partial<ViewerStore>) => void;

/**
 * Puts a story state on screen in one update (one model request): the
 * parameters and task of the step it shows (kept as they are when already
 * equal, so nothing is re-solved), the step's camera and highlight. Reset
 * then returns to this step's parameters.
 */
function showStory(set: Set, cur: ViewerStore, next: StoryState): void {
  const story = findStory(next.id);
  if (!story) return;
  const screen = storyScreen(story, next);
  const keep = sameParams(cur.params, screen.params);
  const params = keep ? cur.params : screen.params;
  set({
    story: next,
    params,
    baseParams: params,
    presetId: screen.presetId,
    presetLabel: screen.presetLabel,
    modified: false,
    linked: keep ? cur.linked : unlinkedGroups(),
    task: sameTask(cur.task, screen.task) ? cur.task : screen.task,
    view: screen.view,
    // lecture mode frames the pelvis region large in every step (the step's view picks the plane)
    focus: cur.lecture ? 'spine' : screen.focus,
    highlight: screen.highlight,
    storyAnswers: recordStoryAnswer(story, next, cur.story?.id === next.id ? cur.storyAnswers : {}, cur.shown),
  });
}

export const createStorySlice: Slice<StorySlice> = (set, get) => {
  /** Applies `step` to the open story (nothing when none is open). */
  const move = (step: (story: NonNullable<ReturnType<typeof findStory>>, s: StoryState) => StoryState) => {
    const s = get().story;
    const story = s && findStory(s.id);
    if (s && story) showStory(set, get(), step(story, s));
  };
  return {
    story: null,
    storyAnswers: {},

    openStory(id) {
      const story = findStory(id);
      if (story) showStory(set, get(), startStory(story));
    },
    storyNext() {
      move(storyForward);
    },
    storyBack() {
      move(storyBackward);
    },
    storyReveal(choice) {
      move((story, s) => revealStory(story, s, choice));
    },
    closeStory() {
      set({ story: null, storyAnswers: {}, highlight: [] });
    },
  };
};
