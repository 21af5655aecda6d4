/** The view slice: camera view and focus, visible layers, lecture mode and the emphasised muscles. */
import type { MuscleGroup } from '@lumbo/model';
import type { Slice } from './slice.ts';
import type { CameraFocus, CameraView, Layers } from './types.ts';

export interface ViewState {
  view: CameraView;
  focus: CameraFocus;
  layers: Layers;
  /** Lecture mode: projector layout and type (class `app--lecture` on the app root, app/styles.css). */
  lecture: boolean;
  /** Muscle groups emphasised in the scene, the others dimmed; empty: every muscle drawn normally. */
  highlight: readonly MuscleGroup[];
}

export interface ViewActions {
  setView(view: CameraView): void;
  setFocus(focus: CameraFocus): void;
  setLayer(layer: keyof Layers, visible: boolean): void;
  /** On during a story: the camera frames the pelvis region (the story slice keeps it so per step). */
  setLecture(on: boolean): void;
  setHighlight(groups: readonly MuscleGroup[]): void;
}

export type ViewSlice = ViewState & ViewActions;

export const createViewSlice: Slice<ViewSlice> = (set, get) => ({
  view: 'side',
  focus: 'body',
  layers: { muscles: true, gravityLine: true, angles: true, forces: true },
  lecture: false,
  highlight: [],

  setView(view) {
    set({ view });
  },
  setFocus(focus) {
    set({ focus });
  },
  setLayer(layer, visible) {
    set({ layers: { ...get().layers, [layer]: visible } });
  },
  setLecture(lecture) {
    // a story running when lecture mode starts gets the lecture framing (pelvis region large)
    set(lecture && get().story ? { lecture, focus: 'spine' } : { lecture });
  },
  setHighlight(groups) {
    set({ highlight: [...groups] });
  },
});
