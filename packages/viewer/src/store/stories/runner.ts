/**
 * The story runner: a pure state machine over a story's steps, and what the
 * viewer must show in each state. The store calls these and applies the
 * result (store.ts: openStory, storyNext, storyBack, storyReveal).
 *
 * States walk one line, forward and back:
 *   (0, shown) → (1, predict) → (1, shown) → (2, predict) → …
 * A step without a question has no predict state. While a step is in
 * `predict`, the screen still shows the step before it (the "before" of the
 * comparison) with the new step's camera and highlight, so the class looks
 * at the right place while it predicts; revealing applies the step's
 * parameters and task. Going back re-applies the earlier state's
 * parameters, which restores its numbers.
 */
import { DEFAULT_PARAMS, type ModelParams, type MuscleGroup } from '@lumbo/model';
import { mergeParams, setNumberAt } from '../../lib/params-path.ts';
import { findPreset } from '../../lib/presets.ts';
import type { CameraFocus, CameraView, Shown } from '../store.ts';
import { sameTask, type ViewerTask } from '../../lib/viewer-task.ts';
import type { Story, StoryStep } from './types.ts';

export type StoryPhase = 'predict' | 'shown';

/**
 * Where a story is (the part a URL can carry): its id, the step index, the
 * phase, and the answer the class chose in this step (index into the
 * question's choices; null when the educator revealed without a choice or
 * the step has no question).
 */
export interface StoryState {
  readonly id: string;
  readonly step: number;
  readonly phase: StoryPhase;
  readonly choice: number | null;
}

/** What the viewer shows in a story state. */
export interface StoryScreen {
  /** Index of the step whose parameters and task are on screen. */
  readonly screenStep: number;
  readonly params: ModelParams;
  readonly presetId: string;
  readonly presetLabel: string;
  readonly task: ViewerTask;
  readonly view: CameraView;
  readonly focus: CameraFocus;
  readonly highlight: readonly MuscleGroup[];
}

function enter(story: Story, step: number): StoryState {
  return { id: story.id, step, phase: story.steps[step]?.predict ? 'predict' : 'shown', choice: null };
}

export function startStory(story: Story): StoryState {
  return enter(story, 0);
}

/** Forward: reveal the current question (no choice), or go to the next step. At the end: unchanged. */
export function storyForward(story: Story, s: StoryState): StoryState {
  if (s.phase === 'predict') return { ...s, phase: 'shown', choice: null };
  return s.step < story.steps.length - 1 ? enter(story, s.step + 1) : s;
}

/** Reveal the current question with the class's choice (or null for the educator's "Show"). */
export function storyReveal(story: Story, s: StoryState, choice: number | null): StoryState {
  if (s.phase !== 'predict') return s;
  const n = story.steps[s.step]?.predict?.choices.length ?? 0;
  return { ...s, phase: 'shown', choice: choice !== null && choice >= 0 && choice < n ? choice : null };
}

/** Back one state: a revealed question returns to its prediction, otherwise to the step before. At the start: unchanged. */
export function storyBackward(story: Story, s: StoryState): StoryState {
  if (s.phase === 'shown' && story.steps[s.step]?.predict) return { ...s, phase: 'predict', choice: null };
  return s.step > 0 ? { id: s.id, step: s.step - 1, phase: 'shown', choice: null } : s;
}

export function isAtStart(s: StoryState): boolean {
  return s.step === 0 && s.phase === 'shown';
}

export function isAtEnd(story: Story, s: StoryState): boolean {
  return s.step === story.steps.length - 1 && s.phase === 'shown';
}

/** The step whose setup is on screen: the step itself once shown, the one before while its question is open. */
export function screenStepOf(s: StoryState): number {
  return s.phase === 'predict' ? Math.max(0, s.step - 1) : s.step;
}

// one parameter object per story step, so repeated visits send identical requests
const paramsCache = new Map<string, ModelParams>();

/** The complete parameter set of a step: the model defaults, the step's preset, then its overrides. */
export function stepParams(story: Story, index: number): ModelParams {
  const key = `${story.id}#${index}`;
  const cached = paramsCache.get(key);
  if (cached) return cached;
  const step = story.steps[index];
  if (!step) throw new Error(`story ${story.id} has no step ${index}`);
  const preset = findPreset(step.preset);
  if (!preset) throw new Error(`story ${story.id} step ${index}: no preset "${step.preset}"`);
  let params = mergeParams(DEFAULT_PARAMS, preset.params);
  for (const [path, value] of Object.entries(step.overrides ?? {})) params = setNumberAt(params, path, value);
  paramsCache.set(key, params);
  return params;
}

/** How the header names a step's parameters: the preset, plus the step's title when it changes the preset. */
export function stepLabel(step: StoryStep, presetLabel: string): string {
  return step.overrides && Object.keys(step.overrides).length > 0 ? `${presetLabel} + ${step.title.toLowerCase()}` : presetLabel;
}

export function storyScreen(story: Story, s: StoryState): StoryScreen {
  const screenStep = screenStepOf(s);
  const onScreen = story.steps[screenStep]!;
  const current = story.steps[s.step]!;
  return {
    screenStep,
    params: stepParams(story, screenStep),
    presetId: onScreen.preset,
    presetLabel: stepLabel(onScreen, findPreset(onScreen.preset)?.label ?? onScreen.preset),
    task: onScreen.task,
    view: current.view,
    focus: current.focus,
    highlight: current.highlight,
  };
}

/** Structural equality of two parameter trees (numbers and nested objects). */
export function sameParams(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => sameParams((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Model answers per step index, for the before/after comparison. */
export type StoryAnswers = Readonly<Record<number, Shown>>;

/**
 * Files an answer under every step of the story whose parameters and task
 * it answers exactly (not a slider moved since), usually the step on
 * screen; a late answer for the step before still lands where the
 * comparison needs it. Returns the same object when nothing changes.
 */
export function recordStoryAnswer(story: Story, s: StoryState, answers: StoryAnswers, shown: Shown | null): StoryAnswers {
  if (!shown || s.id !== story.id) return answers;
  let out = answers;
  story.steps.forEach((step, k) => {
    if (out[k] === shown || !sameTask(shown.task, step.task) || !sameParams(shown.params, stepParams(story, k))) return;
    out = { ...out, [k]: shown };
  });
  return out;
}
