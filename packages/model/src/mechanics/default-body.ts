/**
 * The default body (75 kg, 1.75 m, PI 53°; docs/model.md §3) and what the model computes for it
 * alone, shipped as data: the abductors' raw capacity behind the voluntary-strength calibration
 * (§4), the body's balance calibration and reference lengths (§3), and its standing reference (§5.1).
 * Every process that solves the default body (the `lumbo` CLI's start-up above all,
 * docs/performance.md "CLI start-up") would otherwise compute them first, cold, before the JIT
 * has warmed up.
 *
 * default-body-data.ts is written by `pnpm --filter @lumbo/model generate:default-body`
 * (scripts/generate-default-body.ts) with everything computed, none of it read from here;
 * default-body.test.ts computes it all again and fails when the data are stale, and checks that
 * the model's results are the same with and without them. Any other body computes its own.
 */
import type { StandingReference } from './posture3d/reference.ts';
import { DEFAULT_BODY_DATA } from './default-body-data.ts';

export interface BodySize {
  readonly massKg: number;
  readonly heightM: number;
  readonly pelvicIncidenceDeg: number;
}

export interface DefaultBodyData {
  readonly body: BodySize;
  /** rawAbductionCapacityNm() (calibration-abductors.ts), N·m. */
  readonly rawAbductionCapacityNm: number;
  /** What compileModel computes per body: element lengths at the reference posture (m) and the thorax COM offset (m). */
  readonly calibration: { readonly referenceLength: Float64Array; readonly thoraxComAnteriorM: number };
  /** computeStandingReference's numbers (posture3d/reference.ts) without the posture itself. */
  readonly standing: Omit<StandingReference, 'base'>;
}

let useShipped = true;

/**
 * The generator and the staleness test only, before anything is compiled in this module graph:
 * compute everything, as for any other body.
 */
export function ignoreShippedDefaultBody(): void {
  useShipped = false;
}

/** The shipped data when `body` is the default body exactly (mass, height and PI are all the calibrations depend on). */
export function shippedDefaultBody(body: BodySize): DefaultBodyData | undefined {
  const d = DEFAULT_BODY_DATA;
  return useShipped && body.massKg === d.body.massKg && body.heightM === d.body.heightM && body.pelvicIncidenceDeg === d.body.pelvicIncidenceDeg ? d : undefined;
}

/** The shipped raw abduction capacity (it does not depend on the subject), unless ignored. */
export function shippedRawAbductionCapacityNm(): number | undefined {
  return useShipped ? DEFAULT_BODY_DATA.rawAbductionCapacityNm : undefined;
}
