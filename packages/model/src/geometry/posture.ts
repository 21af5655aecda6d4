/**
 * The posture state (generalised coordinates, rad) and its constructors.
 * Lumbar level arrays are indexed 0 = L1/L2 … 4 = L5/S1 and hold absolute
 * segmental angles (extension + = lordotic, bending + = to the right).
 */
export const ANCHOR_MID = 0;
export const ANCHOR_LEFT = 1;
export const ANCHOR_RIGHT = 2;
/** The pelvis origin is placed at `pelvisTranslation` (gait: OpenSim pelvis_tx/ty/tz). */
export const ANCHOR_ORIGIN = 3;

export interface Posture {
  /** OpenSim pelvis_tilt (+ = posterior tilt). */
  pelvisTilt: number;
  /** OpenSim pelvis_list (+ = right side down). */
  pelvisList: number;
  pelvisRotation: number;
  levelExtension: Float64Array;
  levelBending: Float64Array;
  levelRotation: Float64Array;
  /** Thigh orientation in the world: flexion (+ = distal end forward) and adduction (+ = distal end medial), [left, right]. */
  thighFlexion: Float64Array;
  thighAdduction: Float64Array;
  /** Knee flexion [left, right] (+ = flexed; the shank swings back relative to the thigh). */
  kneeFlexion: Float64Array;
  /**
   * When true the thighs follow the pelvis through OpenSim hip angles (gait) instead of
   * their world orientation: hip_flexion, hip_adduction, hip_rotation, [left, right].
   */
  legsFromHipAngles: boolean;
  hipFlexion: Float64Array;
  hipAdduction: Float64Array;
  hipRotation: Float64Array;
  /** Pelvis origin in the world (m), used with ANCHOR_ORIGIN. */
  pelvisTranslation: Float64Array;
  /** Which point stays fixed in the world: the hip midpoint (bilateral support) or one hip (single-leg stance). */
  anchor: number;
}

export function createPosture(): Posture {
  return {
    pelvisTilt: 0,
    pelvisList: 0,
    pelvisRotation: 0,
    levelExtension: new Float64Array(5),
    levelBending: new Float64Array(5),
    levelRotation: new Float64Array(5),
    thighFlexion: new Float64Array(2),
    thighAdduction: new Float64Array(2),
    kneeFlexion: new Float64Array(2),
    legsFromHipAngles: false,
    hipFlexion: new Float64Array(2),
    hipAdduction: new Float64Array(2),
    hipRotation: new Float64Array(2),
    pelvisTranslation: new Float64Array(3),
    anchor: ANCHOR_MID,
  };
}

/** Doubles in a posture key (postureKey): every number of a posture, the flag and the anchor included. */
export const POSTURE_KEY_LENGTH = 35;

/** Posture p's numbers, packed at out[at …) in a fixed order (for a later samePosture). */
export function postureKey(p: Posture, out: Float64Array, at: number): void {
  out[at] = p.pelvisTilt;
  out[at + 1] = p.pelvisList;
  out[at + 2] = p.pelvisRotation;
  for (let k = 0; k < 5; k++) {
    out[at + 3 + k] = p.levelExtension[k]!;
    out[at + 8 + k] = p.levelBending[k]!;
    out[at + 13 + k] = p.levelRotation[k]!;
  }
  for (let s = 0; s < 2; s++) {
    out[at + 18 + s] = p.thighFlexion[s]!;
    out[at + 20 + s] = p.thighAdduction[s]!;
    out[at + 22 + s] = p.kneeFlexion[s]!;
    out[at + 24 + s] = p.hipFlexion[s]!;
    out[at + 26 + s] = p.hipAdduction[s]!;
    out[at + 28 + s] = p.hipRotation[s]!;
  }
  out[at + 30] = p.pelvisTranslation[0]!;
  out[at + 31] = p.pelvisTranslation[1]!;
  out[at + 32] = p.pelvisTranslation[2]!;
  out[at + 33] = p.legsFromHipAngles ? 1 : 0;
  out[at + 34] = p.anchor;
}

const _key = new Float64Array(POSTURE_KEY_LENGTH);

/** Whether p's numbers are those packed at key[at …), each the same double (Object.is: −0 is not 0). */
export function samePosture(p: Posture, key: Float64Array, at: number): boolean {
  postureKey(p, _key, 0);
  for (let k = 0; k < POSTURE_KEY_LENGTH; k++) if (!Object.is(_key[k], key[at + k])) return false;
  return true;
}

export function copyPosture(out: Posture, p: Posture): Posture {
  out.pelvisTilt = p.pelvisTilt;
  out.pelvisList = p.pelvisList;
  out.pelvisRotation = p.pelvisRotation;
  out.levelExtension.set(p.levelExtension);
  out.levelBending.set(p.levelBending);
  out.levelRotation.set(p.levelRotation);
  out.thighFlexion.set(p.thighFlexion);
  out.thighAdduction.set(p.thighAdduction);
  out.kneeFlexion.set(p.kneeFlexion);
  out.legsFromHipAngles = p.legsFromHipAngles;
  out.hipFlexion.set(p.hipFlexion);
  out.hipAdduction.set(p.hipAdduction);
  out.hipRotation.set(p.hipRotation);
  out.pelvisTranslation.set(p.pelvisTranslation);
  out.anchor = p.anchor;
  return out;
}
