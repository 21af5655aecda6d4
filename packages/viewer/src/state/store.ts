/**
 * The viewer's slow state (zustand, vanilla so non-React code can use it):
 * what the user asked for (params, task, view) and what the model last
 * answered. Per-frame data never goes through here.
 */
import { createStore } from 'zustand/vanilla';
import {
  DEFAULT_PARAMS,
  MUSCLE_FIELDS,
  MUSCLE_GROUPS,
  type ModelParams,
  type MuscleGroup,
  type PartialModelParams,
  type Task,
  type TaskResult,
} from '@lumbo/model';
import { mergeParams, setNumberAt } from './params-path.ts';

export type CameraView = 'side' | 'back' | 'front' | 'free';
/** What the camera presets frame: the whole figure or the lumbopelvic region. */
export type CameraFocus = 'body' | 'spine';

/** Parts of the scene that can be hidden (muscles hide the discs from behind, for instance). */
export interface Layers {
  muscles: boolean;
  gravityLine: boolean;
  angles: boolean;
}

export interface WorkerNotice {
  /** restarting: a new worker is on its way; recovered: it answered; failed: gave up until the next change. */
  readonly kind: 'restarting' | 'recovered' | 'failed';
  readonly message: string;
}

export interface ViewerState {
  /** The complete parameter set the sliders show (defaults merged with any preset). */
  params: ModelParams;
  /** Name of the preset the parameters started from, and whether a slider has moved since. */
  presetLabel: string;
  modified: boolean;
  task: Task;
  /** The last good result; kept while a newer request is solving or failed. */
  result: TaskResult | null;
  /** The parameters `result` was solved with (the figure draws muscle thickness from them). */
  resultParams: ModelParams | null;
  /** Id of the latest request sent, and of the request `result` answers (equal when up to date). */
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
  /** Worker round trip of the last result, and when (ms since navigation) the first result arrived. */
  lastSolveMs: number | null;
  firstResultAtMs: number | null;
}

export interface ViewerActions {
  setField(path: string, value: number): void;
  setTask(task: Task): void;
  applyPreset(preset: PartialModelParams, label: string): void;
  reset(): void;
  setLinked(group: MuscleGroup, linked: boolean): void;
  setView(view: CameraView): void;
  setFocus(focus: CameraFocus): void;
  setLayer(layer: keyof Layers, visible: boolean): void;
}

export type ViewerStore = ViewerState & ViewerActions;

const FIELD_BY_PATH = new Map(MUSCLE_FIELDS.map((f) => [f.path, f]));
const OTHER_SIDE = { left: 'right', right: 'left' } as const;

function unlinkedGroups(): Record<MuscleGroup, boolean> {
  return Object.fromEntries(MUSCLE_GROUPS.map((g) => [g, false])) as Record<MuscleGroup, boolean>;
}

export const DEFAULT_PRESET_LABEL = 'Healthy (default parameters)';

export function createViewerStore(initial: { preset?: PartialModelParams; presetLabel?: string } = {}) {
  return createStore<ViewerStore>()((set, get) => ({
    params: mergeParams(DEFAULT_PARAMS, initial.preset ?? {}),
    presetLabel: initial.presetLabel ?? DEFAULT_PRESET_LABEL,
    modified: false,
    task: { kind: 'standing' },
    result: null,
    resultParams: null,
    requestId: 0,
    resultRequestId: 0,
    busy: false,
    inputError: null,
    workerNotice: null,
    workerRestarts: 0,
    linked: unlinkedGroups(),
    view: 'side',
    focus: 'body',
    layers: { muscles: true, gravityLine: true, angles: true },
    lastSolveMs: null,
    firstResultAtMs: null,

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
    applyPreset(preset, label) {
      set({ params: mergeParams(DEFAULT_PARAMS, preset), presetLabel: label, modified: false });
    },
    reset() {
      set({ params: mergeParams(DEFAULT_PARAMS, {}), presetLabel: DEFAULT_PRESET_LABEL, modified: false, linked: unlinkedGroups() });
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
  }));
}

export type ViewerStoreApi = ReturnType<typeof createViewerStore>;
