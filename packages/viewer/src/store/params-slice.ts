/**
 * The params slice: the parameter set the sliders show, the preset it came
 * from, the task, and which muscle groups move both sides together.
 */
import { DEFAULT_PARAMS, MUSCLE_FIELDS, MUSCLE_GROUPS, type ModelParams, type MuscleGroup, type PartialModelParams } from '@lumbo/model';
import { mergeParams, setNumberAt } from '../lib/params-path.ts';
import { findPreset } from '../lib/presets.ts';
import type { ViewerTask } from '../lib/viewer-task.ts';
import type { GaitTrial } from '../lib/gait-trial.ts';
import type { Slice } from './slice.ts';
import type { StoreStart } from './types.ts';

export interface ParamsState {
  /** The complete parameter set the sliders show (defaults merged with the preset's changes). */
  params: ModelParams;
  /** The preset the parameters started from (null: the model defaults), its label, and whether a slider moved since. */
  presetId: string | null;
  presetLabel: string;
  modified: boolean;
  task: ViewerTask;
  /** The parameters "Reset" returns to: the chosen preset's (or a swapped-in compare set's). */
  baseParams: ModelParams;
  /** Per muscle group: a slider moves the left and right side together. */
  linked: Record<MuscleGroup, boolean>;
}

export interface ParamsActions {
  setField(path: string, value: number): void;
  setTask(task: ViewerTask): void;
  /** The gait cycle of a lab's own trial (null: the built-in cycle); clears the last trial's error. */
  setTrial(trial: GaitTrial | null): void;
  /** A preset from @lumbo/scenarios/presets by id (its changes over the defaults; links off). */
  choosePreset(id: string): void;
  /** Any parameter changes over the defaults under a label (id null when it is not a named preset). */
  applyPreset(preset: PartialModelParams, label: string, id?: string | null): void;
  /** Back to the current preset's parameters (the defaults without one), links off. */
  reset(): void;
  setLinked(group: MuscleGroup, linked: boolean): void;
}

export type ParamsSlice = ParamsState & ParamsActions;

export const DEFAULT_PRESET_LABEL = 'Model defaults';

const FIELD_BY_PATH = new Map(MUSCLE_FIELDS.map((f) => [f.path, f]));
const OTHER_SIDE = { left: 'right', right: 'left' } as const;

export function unlinkedGroups(): Record<MuscleGroup, boolean> {
  return Object.fromEntries(MUSCLE_GROUPS.map((g) => [g, false])) as Record<MuscleGroup, boolean>;
}

export const createParamsSlice =
  (start: StoreStart): Slice<ParamsSlice> =>
  (set, get) => {
    const preset = start.presetId === undefined ? undefined : findPreset(start.presetId);
    const startParams = mergeParams(DEFAULT_PARAMS, preset?.params ?? {});
    return {
      params: startParams,
      baseParams: startParams,
      presetId: preset?.id ?? null,
      presetLabel: preset?.label ?? DEFAULT_PRESET_LABEL,
      modified: false,
      task: start.task ?? { kind: 'standing' },
      linked: unlinkedGroups(),

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
      setTrial(trial) {
        set({ task: trial ? { kind: 'gait', trial } : { kind: 'gait' }, trialError: null });
      },
      choosePreset(id) {
        const found = findPreset(id);
        if (found) get().applyPreset(found.params, found.label, found.id);
      },
      applyPreset(changes, label, id = null) {
        const params = mergeParams(DEFAULT_PARAMS, changes);
        set({ params, baseParams: params, presetId: id, presetLabel: label, modified: false, linked: unlinkedGroups() });
      },
      reset() {
        set({ params: get().baseParams, modified: false, linked: unlinkedGroups() });
      },
      setLinked(group, linked) {
        set({ linked: { ...get().linked, [group]: linked } });
      },
    };
  };
