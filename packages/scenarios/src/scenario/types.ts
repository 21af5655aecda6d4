/** A scenario or sweep file after reading: every value a number, every path checked against the model's catalogues. */
import type { ScenarioTask } from './tasks.ts';
import type { Preset } from '../presets/types.ts';
import type { ExpressionScope } from '../expressions/restricted-math.ts';
import type { OutputSpec } from './outputs.ts';
import type { FilePath } from './source.ts';

/** A factor of a grid or one-at-a-time design: the values it takes. */
export interface ListFactor {
  readonly path: string;
  readonly filePath: FilePath;
  readonly values: readonly number[];
}

/** A factor of a random, Latin-hypercube or Saltelli design: sampled uniformly within [min, max]. */
export interface RangeFactor {
  readonly path: string;
  readonly filePath: FilePath;
  readonly min: number;
  readonly max: number;
}

export type DesignSpec =
  | { readonly type: 'grid' | 'one-at-a-time'; readonly factors: readonly ListFactor[] }
  | { readonly type: 'random' | 'latin-hypercube' | 'saltelli'; readonly samples: number; readonly seed: number; readonly factors: readonly RangeFactor[] };

/** A parameter computed from the others at every design point. */
export interface DerivedSpec {
  readonly path: string;
  readonly filePath: FilePath;
  /** The expression as written (or the number, as text). */
  readonly text: string;
  evaluate(scope: ExpressionScope): number;
}

export interface Scenario {
  /** The file as the user named it (for messages). */
  readonly file: string;
  readonly name: string | undefined;
  readonly description: string | undefined;
  /** The preset it extends (`healthy` when the file names none). */
  readonly preset: Preset;
  /** The file's own parameter overrides, in catalogue order. */
  readonly overrides: readonly { readonly path: string; readonly value: number }[];
  /** Defaults + preset + overrides, as a vector over the catalogue (see param-vector.ts). */
  readonly base: Float64Array;
  readonly tasks: readonly ScenarioTask[];
  readonly outputs: readonly OutputSpec[];
  /** Absent for a plain scenario: it is then a single point. */
  readonly design: DesignSpec | undefined;
  readonly derived: readonly DerivedSpec[];
  /** Line lookup into the file, for errors found later (a derived value out of range at some point). */
  lineOf(path: FilePath): number | undefined;
}
