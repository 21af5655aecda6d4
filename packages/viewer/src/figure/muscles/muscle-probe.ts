/**
 * What the muscle layer tells tests and scripts (window.__lumbo.anatomy):
 * which muscle the label names, and where a muscle's belly is on screen, so
 * an end-to-end test can hover it. Filled by the mounted figure; plain
 * module state, read on demand, never per frame.
 */
export interface MuscleProbe {
  /** Client-pixel position of the middle of the named element's belly (e.g. "piri_r"), or null when not drawn or off screen. */
  screenPoint(element: string): { x: number; y: number } | null;
  /** Element names of the drawn bellies. */
  elements(): string[];
}

let probe: MuscleProbe | null = null;
let labelled: string | null = null;

export function setMuscleProbe(p: MuscleProbe | null): void {
  probe = p;
}

export function muscleProbe(): MuscleProbe | null {
  return probe;
}

export function setLabelledMuscle(text: string | null): void {
  labelled = text;
}

/** The text of the muscle label now shown (hover or tap), or null. */
export function labelledMuscle(): string | null {
  return labelled;
}
