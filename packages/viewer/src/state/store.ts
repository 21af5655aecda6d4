/**
 * The viewer's slow state (zustand, vanilla so non-React code can use it):
 * what the user asked for (preset, params, task, view, playback settings) and
 * what the model last answered. Per-frame data never goes through here: the
 * gait playhead lives in playhead.ts.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { DEFAULT_PARAMS, MUSCLE_FIELDS, MUSCLE_GROUPS, type ModelParams, type MuscleGroup, type PartialModelParams } from '@lumbo/model';
import { mergeParams, setNumberAt } from './params-path.ts';
import { findPreset, REFERENCE_PRESET_ID } from './presets.ts';
import { sameTask, type Answer, type ViewerTask } from './viewer-task.ts';
import { findStory } from '../stories/index.ts';
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
} from '../stories/runner.ts';

export type CameraView = 'side' | 'back' | 'front' | 'free';
/** What the camera presets frame: the whole figure or the lumbopelvic region. */
export type CameraFocus = 'body' | 'spine';

/** Parts of the scene that can be hidden (muscles hide the discs from behind, for instance). */
export interface Layers {
  muscles: boolean;
  gravityLine: boolean;
  angles: boolean;
  forces: boolean;
}

/**
 * The second parameter set drawn as a translucent ghost over (or beside) the
 * figure, with difference read-outs. Its subject (mass, height, pelvic
 * morphology) is always the current one, so the two differ only in muscles
 * and strategy.
 */
export interface CompareSet {
  readonly params: ModelParams;
  readonly label: string;
  /** The preset it came from (null: a snapshot of custom parameters). */
  readonly presetId: string | null;
}

/** overlay: the ghost stands where the figure stands; beside: next to it, each with its own discs and angles. */
export type CompareLayout = 'overlay' | 'beside';

export interface PlaybackSettings {
  playing: boolean;
  /** Multiple of real time, 0.25–2. */
  speed: number;
  loop: boolean;
}

export const SPEED_RANGE = { min: 0.25, max: 2, step: 0.25 } as const;

export interface WorkerNotice {
  /** restarting: a new worker is on its way; recovered: it answered; failed: gave up until the next change. */
  readonly kind: 'restarting' | 'recovered' | 'failed';
  readonly message: string;
}

/** A model answer together with what was asked. */
export interface Shown {
  readonly answer: Answer;
  readonly params: ModelParams;
  readonly task: ViewerTask;
  readonly requestId: number;
}

export interface ViewerState {
  /** The complete parameter set the sliders show (defaults merged with the preset's changes). */
  params: ModelParams;
  /** The preset the parameters started from (null: the model defaults), its label, and whether a slider moved since. */
  presetId: string | null;
  presetLabel: string;
  modified: boolean;
  task: ViewerTask;
  /** The last good answer for the figure; kept while a newer request is solving or failed. */
  shown: Shown | null;
  /** The parameters "Reset" returns to: the chosen preset's (or a swapped-in compare set's). */
  baseParams: ModelParams;
  /** The compare set (default: healthy), or null when cleared. */
  compareSet: CompareSet | null;
  /** The compare set's last answer (drawn only while its task matches the shown one). */
  compare: Shown | null;
  compareLayout: CompareLayout;
  /** Why the link the page was opened with (or pasted into it) was refused; null when it was fine. */
  linkNotice: readonly string[] | null;
  /** Id of the latest main request sent, and of the request `shown` answers (equal when up to date). */
  requestId: number;
  resultRequestId: number;
  busy: boolean;
  /** The model's message when it rejected the latest input. */
  inputError: string | null;
  workerNotice: WorkerNotice | null;
  workerRestarts: number;
  /** Per muscle group: a slider moves the left and right side together. */
  linked: Record<MuscleGroup, boolean>;
  view: CameraView;
  focus: CameraFocus;
  layers: Layers;
  playback: PlaybackSettings;
  /** Worker round trip of the last main result, and when (ms since navigation) the first result arrived. */
  lastSolveMs: number | null;
  firstResultAtMs: number | null;
  /** Reduced motion (system preference or the user's stored choice): no gait autoplay, no transitions. */
  reducedMotion: boolean;
  /** Lecture mode: projector layout and type (class `app--lecture` on the app root, styles.css). */
  lecture: boolean;
  /**
   * The open guided story (stories/runner.ts): `{ id, step, phase: 'predict' | 'shown', choice }`,
   * or null. `choice` is the index of the answer picked for the step's question (null: none).
   */
  story: StoryState | null;
  /** Model answers filed per story step as they arrive (the card's before → after comparison). */
  storyAnswers: StoryAnswers;
  /** Muscle groups emphasised in the scene, the others dimmed; empty: every muscle drawn normally. */
  highlight: readonly MuscleGroup[];
}

export interface ViewerActions {
  setField(path: string, value: number): void;
  setTask(task: ViewerTask): void;
  /** A preset from @lumbo/scenarios/presets by id (its changes over the defaults; links off). */
  choosePreset(id: string): void;
  /** Any parameter changes over the defaults under a label (id null when it is not a named preset). */
  applyPreset(preset: PartialModelParams, label: string, id?: string | null): void;
  /** Back to the current preset's parameters (the defaults without one), links off. */
  reset(): void;
  setLinked(group: MuscleGroup, linked: boolean): void;
  setView(view: CameraView): void;
  setFocus(focus: CameraFocus): void;
  setLayer(layer: keyof Layers, visible: boolean): void;
  setPlayback(change: Partial<PlaybackSettings>): void;
  /** Turning it on also pauses gait playback; Play still works when pressed. */
  setReducedMotion(on: boolean): void;
  /** Compare with a preset (over the defaults). */
  setComparePreset(id: string): void;
  /** Compare with a snapshot of the current parameters (then move sliders to see the change). */
  compareWithCurrent(): void;
  /** The figure takes the compare set's parameters and the compare set the figure's. */
  swapCompare(): void;
  clearCompare(): void;
  /** Clear when there is a compare set, otherwise compare with the healthy preset (key C). */
  toggleCompare(): void;
  setCompareLayout(layout: CompareLayout): void;
  setLinkNotice(errors: readonly string[] | null): void;
  setLecture(on: boolean): void;
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
  setHighlight(groups: readonly MuscleGroup[]): void;
}

export type ViewerStore = ViewerState & ViewerActions;

const FIELD_BY_PATH = new Map(MUSCLE_FIELDS.map((f) => [f.path, f]));
const OTHER_SIDE = { left: 'right', right: 'left' } as const;

function unlinkedGroups(): Record<MuscleGroup, boolean> {
  return Object.fromEntries(MUSCLE_GROUPS.map((g) => [g, false])) as Record<MuscleGroup, boolean>;
}

export const DEFAULT_PRESET_LABEL = 'Model defaults';

function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(SPEED_RANGE.max, Math.max(SPEED_RANGE.min, speed));
}

/** A preset as a compare set (undefined for an unknown id). */
export function presetCompareSet(id: string): CompareSet | undefined {
  const preset = findPreset(id);
  return preset && { params: mergeParams(DEFAULT_PARAMS, preset.params), label: preset.label, presetId: preset.id };
}

export function createViewerStore(initial: { presetId?: string; task?: ViewerTask; autoplay?: boolean; reducedMotion?: boolean } = {}) {
  const start = initial.presetId === undefined ? undefined : findPreset(initial.presetId);
  const startParams = mergeParams(DEFAULT_PARAMS, start?.params ?? {});
  const store = createStore<ViewerStore>()((set, get) => ({
    params: startParams,
    baseParams: startParams,
    presetId: start?.id ?? null,
    presetLabel: start?.label ?? DEFAULT_PRESET_LABEL,
    modified: false,
    task: initial.task ?? { kind: 'standing' },
    shown: null,
    compareSet: presetCompareSet(REFERENCE_PRESET_ID) ?? null,
    compare: null,
    compareLayout: 'overlay',
    linkNotice: null,
    requestId: 0,
    resultRequestId: 0,
    busy: false,
    inputError: null,
    workerNotice: null,
    workerRestarts: 0,
    linked: unlinkedGroups(),
    view: 'side',
    focus: 'body',
    layers: { muscles: true, gravityLine: true, angles: true, forces: true },
    playback: { playing: (initial.autoplay ?? true) && !initial.reducedMotion, speed: 1, loop: true },
    lastSolveMs: null,
    firstResultAtMs: null,
    reducedMotion: initial.reducedMotion ?? false,

    setField(path, value) {
      let params = setNumberAt(get().params, path, value);
      const field = FIELD_BY_PATH.get(path);
      if (field && get().linked[field.group]) {
        params = setNumberAt(params, `muscles.${field.group}.${OTHER_SIDE[field.side]}.${field.knob}`, value);
      }
      set({ params, modified: true });
    },
    setTask(task) {
      set({ task });
    },
    choosePreset(id) {
      const preset = findPreset(id);
      if (preset) get().applyPreset(preset.params, preset.label, preset.id);
    },
    applyPreset(preset, label, id = null) {
      const params = mergeParams(DEFAULT_PARAMS, preset);
      set({ params, baseParams: params, presetId: id, presetLabel: label, modified: false, linked: unlinkedGroups() });
    },
    reset() {
      set({ params: get().baseParams, modified: false, linked: unlinkedGroups() });
    },
    setLinked(group, linked) {
      set({ linked: { ...get().linked, [group]: linked } });
    },
    setView(view) {
      set({ view });
    },
    setFocus(focus) {
      set({ focus });
    },
    setLayer(layer, visible) {
      set({ layers: { ...get().layers, [layer]: visible } });
    },
    setPlayback(change) {
      const next = { ...get().playback, ...change };
      next.speed = clampSpeed(next.speed);
      set({ playback: next });
    },
    setReducedMotion(on) {
      set(on ? { reducedMotion: true, playback: { ...get().playback, playing: false } } : { reducedMotion: false });
    },
    setComparePreset(id) {
      const compareSet = presetCompareSet(id);
      if (compareSet) set({ compareSet });
    },
    compareWithCurrent() {
      const { params, presetId, presetLabel, modified } = get();
      set({ compareSet: { params, label: modified ? `${presetLabel} (snapshot)` : presetLabel, presetId: modified ? null : presetId } });
    },
    swapCompare() {
      const { compareSet, params, presetId, presetLabel, modified } = get();
      if (!compareSet) return;
      // the subject stays the person on screen (the compare set never had its own)
      const incoming = mergeParams(compareSet.params, { subject: params.subject });
      set({
        params: incoming,
        baseParams: incoming,
        presetId: compareSet.presetId,
        presetLabel: compareSet.label,
        modified: false,
        linked: unlinkedGroups(),
        compareSet: { params, label: modified ? `${presetLabel} (modified)` : presetLabel, presetId: modified ? null : presetId },
      });
    },
    clearCompare() {
      set({ compareSet: null, compare: null });
    },
    toggleCompare() {
      if (get().compareSet) get().clearCompare();
      else get().setComparePreset(REFERENCE_PRESET_ID);
    },
    setCompareLayout(compareLayout) {
      set({ compareLayout });
    },
    setLinkNotice(linkNotice) {
      set({ linkNotice });
    },
    lecture: false,
    story: null,
    storyAnswers: {},
    highlight: [],
    setLecture(lecture) {
      set({ lecture });
    },
    openStory(id) {
      const story = findStory(id);
      if (story) showStory(set, get, startStory(story));
    },
    storyNext() {
      const s = get().story;
      const story = s && findStory(s.id);
      if (s && story) showStory(set, get, storyForward(story, s));
    },
    storyBack() {
      const s = get().story;
      const story = s && findStory(s.id);
      if (s && story) showStory(set, get, storyBackward(story, s));
    },
    storyReveal(choice) {
      const s = get().story;
      const story = s && findStory(s.id);
      if (s && story) showStory(set, get, revealStory(story, s, choice));
    },
    closeStory() {
      set({ story: null, storyAnswers: {}, highlight: [] });
    },
    setHighlight(groups) {
      set({ highlight: [...groups] });
    },
  }));
  fileStoryAnswers(store);
  return store;
}

type Set = StoreApi<ViewerStore>['setState'];
type Get = StoreApi<ViewerStore>['getState'];

/**
 * Puts a story state on screen in one update (one model request): the
 * parameters and task of the step it shows (kept as they are when already
 * equal, so nothing is re-solved), the step's camera and highlight. Reset
 * then returns to this step's parameters.
 */
function showStory(set: Set, get: Get, next: StoryState): void {
  const story = findStory(next.id);
  if (!story) return;
  const screen = storyScreen(story, next);
  const cur = get();
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
    focus: screen.focus,
    highlight: screen.highlight,
    storyAnswers: recordStoryAnswer(story, next, cur.story?.id === next.id ? cur.storyAnswers : {}, cur.shown),
  });
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
  const { compare, shown } = s;
  if (!s.compareSet || !compare || !shown) return null;
  return sameTask(compare.task, shown.task) ? compare : null;
};

/** Whether the camera leaves room beside the figure for the compare figure (before its answer arrives, so the camera holds still). */
export const selectReservesCompare = (s: ViewerState): boolean => s.compareSet !== null && s.compareLayout === 'beside';
