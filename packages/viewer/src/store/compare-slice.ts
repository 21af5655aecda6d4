/**
 * The compare slice: the compare set (the second parameter set, drawn as the
 * ghost), its last answer and how the two figures stand.
 */
import { DEFAULT_PARAMS } from '@lumbo/model';
import { mergeParams } from '../lib/params-path.ts';
import { DEFAULT_COMPARE_PRESET_ID, findPreset } from '../lib/presets.ts';
import { unlinkedGroups } from './params-slice.ts';
import type { Slice } from './slice.ts';
import type { CompareLayout, CompareSet, Shown } from './types.ts';

export interface CompareState {
  /** The compare set (default: healthy), or null when cleared. */
  compareSet: CompareSet | null;
  /** The compare set's last answer (drawn only while its task matches the shown one). */
  compareShown: Shown | null;
  compareLayout: CompareLayout;
}

export interface CompareActions {
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
}

export type CompareSlice = CompareState & CompareActions;

/** A preset as a compare set (undefined for an unknown id). */
export function presetCompareSet(id: string): CompareSet | undefined {
  const preset = findPreset(id);
  return preset && { params: mergeParams(DEFAULT_PARAMS, preset.params), label: preset.label, presetId: preset.id };
}

export const createCompareSlice: Slice<CompareSlice> = (set, get) => ({
  compareSet: presetCompareSet(DEFAULT_COMPARE_PRESET_ID) ?? null,
  compareShown: null,
  compareLayout: 'overlay',

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
    set({ compareSet: null, compareShown: null });
  },
  toggleCompare() {
    if (get().compareSet) get().clearCompare();
    else get().setComparePreset(DEFAULT_COMPARE_PRESET_ID);
  },
  setCompareLayout(compareLayout) {
    set({ compareLayout });
  },
});
