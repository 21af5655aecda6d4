/**
 * The muscle label's content and place, shared between the 3-D scene (which
 * knows what the pointer is over) and a plain DOM overlay beside the canvas
 * (which draws it): a tiny external store, changed on hover or tap only,
 * never per frame.
 */
import { useSyncExternalStore } from 'react';
import { setLabelledMuscle } from '../anatomy-probe.ts';

export interface MuscleLabelState {
  readonly text: string;
  /** Where to draw it, in CSS pixels from the canvas's top-left corner. */
  readonly x: number;
  readonly y: number;
}

let state: MuscleLabelState | null = null;
const listeners = new Set<() => void>();

export function setMuscleLabel(next: MuscleLabelState | null): void {
  if (next === state || (next && state && next.text === state.text && next.x === state.x && next.y === state.y)) return;
  state = next;
  setLabelledMuscle(next?.text ?? null);
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const get = () => state;

export function useMuscleLabel(): MuscleLabelState | null {
  return useSyncExternalStore(subscribe, get, get);
}
