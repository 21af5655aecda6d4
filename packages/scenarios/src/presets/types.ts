/**
 * A preset: a named clinical picture expressed as model parameter changes,
 * with the description an educator can read aloud, where the picture comes
 * from, and an honest note on what the model does and does not show.
 * Plain data only, so the viewer can import presets in the browser.
 */
import type { PartialModelParams, Task } from '@lumbo/model';

export interface PresetSource {
  /** Short citation, e.g. "Nelson-Wong et al. 2008, Clin Biomech 23:545". */
  readonly citation: string;
  /** The finding or clinical description the preset illustrates, in one sentence. */
  readonly finding: string;
}

export interface PresetHonesty {
  /** What the model shows with this preset (mechanism, not prediction). */
  readonly shows: string;
  /** Where the model simplifies or the evidence is weak. */
  readonly simplifies: string;
}

export interface Preset {
  /** Stable kebab-case id used by `extends:` in scenario files and `--preset`. */
  readonly id: string;
  /** Short human label for menus. */
  readonly label: string;
  /** Two to four sentences an educator can read aloud. */
  readonly description: string;
  /** The parameter changes from the default subject (missing fields keep their defaults). */
  readonly params: PartialModelParams;
  /** The tasks where the preset's effect is visible, for guided stories and the viewer. */
  readonly showcaseTasks: readonly Task[];
  readonly sources: readonly PresetSource[];
  readonly honesty: PresetHonesty;
}
