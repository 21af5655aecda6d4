/**
 * Hip abductor demand, capacity and passive resistance (docs/model.md §4, §5.4) from
 * a prepared free-body state. "Abductor capacity" is that of the primary hip
 * abductors, gluteus medius and minimus, as in docs/model.md §4's calibration (its
 * 1.3 N·m/kg target and ≈0.55 activation cap refer to them); other muscles
 * with abduction arms (TFL, piriformis, upper gluteus maximus) still help in
 * static optimisation. Abduction of the right hip pulls the right side
 * of the pelvis down: a moment about +x (pelvis frame) on the pelvis; the left
 * hip mirrors it.
 */
import type { GroupLoads, ElementState } from './equilibrium.ts';
import type { ElementTable } from '../geometry/elements.ts';
import { MUSCLE_GROUPS, type MuscleGroup } from '../params/fields.ts';

/** The muscles whose capacity defines "hip abductor capacity" (docs/model.md §4). */
export const PRIMARY_ABDUCTORS: readonly MuscleGroup[] = ['gluteusMedius', 'gluteusMinimus'];
const PRIMARY = new Set(PRIMARY_ABDUCTORS.map((g) => MUSCLE_GROUPS.indexOf(g)));

export function isPrimaryAbductor(t: ElementTable, i: number): boolean {
  return PRIMARY.has(t.groupIndex[i]!);
}

export interface AbductorBalance {
  /** External moment the abductors must supply (N·m, ≥ 0). */
  demandNm: number;
  /** Isometric capacity of the muscles with an abduction moment arm (N·m). */
  capacityNm: number;
  /** Passive abduction moment of stretched muscles and joint soft limits (N·m). */
  passiveNm: number;
}

/** Balance of group g (a hip group whose free body holds the pelvis) for hip `side`. */
export function abductorBalance(
  t: ElementTable,
  state: ElementState,
  loads: GroupLoads,
  g: number,
  side: number,
  jointPassiveX: number,
  out: AbductorBalance,
): AbductorBalance {
  const sgn = side === 1 ? 1 : -1;
  const E = t.count;
  let capacity = 0;
  let passive = sgn * jointPassiveX;
  for (let i = 0; i < E; i++) {
    if (!loads.crosses[g * E + i]) continue;
    const arm = sgn * loads.unitMoment[(g * E + i) * 3]!;
    passive += arm * state.passiveForce[i]!;
    if (arm > 0 && PRIMARY.has(t.groupIndex[i]!)) capacity += arm * state.activeForce[i]! * t.maxActivation[i]!;
  }
  out.demandNm = Math.max(0, -sgn * loads.gravityMoment[g * 3]!);
  out.capacityNm = capacity;
  out.passiveNm = passive;
  return out;
}
