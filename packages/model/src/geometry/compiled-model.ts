/**
 * The read-only compiled model (docs/model.md §1): what compileModel() (engine/compile.ts) returns and
 * every solver reads. A type only, so geometry and mechanics can name it without importing the engine.
 */
import type { ModelParams } from '../params/schema.ts';
import type { ScaledGeometry } from './scaled-geometry.ts';
import type { ElementTable } from './elements.ts';

export interface CompiledModel {
  /** The validated, complete parameter set the model was compiled from. */
  readonly params: Readonly<ModelParams>;
  readonly geometry: ScaledGeometry;
  readonly elements: ElementTable;
  /** Hip strength calibration × isometric factor applied to the hip muscles' Fmax (docs/model.md §4). */
  readonly hipStrengthScale: number;
  readonly bodyMassKg: number;
  readonly bodyWeightN: number;
  readonly pelvicIncidenceRad: number;
  /** Clinical ASIS–PSIS inclination at the neutral standing posture (rad). */
  readonly asisPsisNeutralRad: number;
  /** Disc height loss 0 (healthy) … 1: raises the facets' largest share of compression (docs/model.md §6.2). */
  readonly discHeightLoss: number;
  /** Strategy mix s: 0 = Trendelenburg, 1 = Duchenne. */
  readonly duchenne: number;
  /** Calibrated anterior offset of the thorax COM (m) so neutral standing meets the Vaz 2002 gravity line. */
  readonly thoraxComAnteriorM: number;
}
