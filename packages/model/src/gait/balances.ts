/**
 * Pass 4 on the uncompensated motion, reading pass 3's inputs (docs/model.md §9.3, steps 1–2, 5 and 7):
 * every frame optimised once, and at each solved frame, with the gait solver prepared there, what each hip's
 * muscles can do (capacity.ts) set against what inverse dynamics asks of them: the abductor and extensor
 * balance the compensations are sized from (compensation.ts) and the hip-flexor balance (flexor-balance.ts).
 */
import type { Posture } from '../geometry/posture.ts';
import { hipCapacity, type HipCapacity } from './capacity.ts';
import { createHipBalance, needsCompensationAt, type HipBalance } from './compensation.ts';
import { createFlexorBalance, type FlexorBalance } from './flexor-balance.ts';
import type { GroundReactions } from './ground-reactions.ts';
import { activationCap, optimiseFrames, type FrameSink, type OptimisationInput } from './optimisation.ts';

/** Per frame and leg [left, right]: demand against capacity of the hip abductors and extensors, and of the flexors. */
export interface HipBalances {
  readonly balance: HipBalance;
  readonly flexors: FlexorBalance;
  /**
   * 1 where this pass optimised the frame. Once a frame shows an abductor or extensor deficit, the motion will
   * be compensated (compensation.ts, `compensate`), so the frames after it are only read for their balances
   * (0 here) and are optimised once, on the compensated motion (simulate.ts).
   */
  readonly solved: Uint8Array;
}

/**
 * Solves every frame of `input`, reading the hips' balances at each, then calls `onFrame` (the frame's read-outs);
 * after the first frame with an abductor or extensor deficit, only reads the balances (`solved`;
 * `readOnlyAfterDeficit` false: optimises every frame, as a check that this changes no answer).
 */
export function optimiseReadingBalances(
  input: OptimisationInput,
  grf: GroundReactions,
  onFrame: ((i: number, posture: Posture) => void) | FrameSink,
  readOnlyAfterDeficit = true,
): HipBalances {
  const { model, solver, id } = input;
  const N = input.kin.frames;
  const balance = createHipBalance(N);
  const flexors = createFlexorBalance(N);
  const solved = new Uint8Array(N);
  const cap: HipCapacity = { abductorNm: 0, passiveAbductionNm: 0, extensorNm: 0, flexorNm: 0, passiveFlexionNm: 0 };
  let compensating = false;
  const demand = (k: number, side: number, i: number): void => {
    balance.stance[k] = grf[side]!.forceN[i * 3 + 1]! > 0 ? 1 : 0;
    balance.abductorDemandNm[k] = -id.hipMomentNm[k * 3 + 1]!;
    balance.extensorDemandNm[k] = -id.hipMomentNm[k * 3]!;
  };
  const read = (i: number): void => {
    for (let side = 0; side < 2; side++) {
      const k = i * 2 + side;
      hipCapacity(model, solver, side, (e) => activationCap(input, e, i), cap);
      demand(k, side, i);
      balance.abductorCapacityNm[k] = cap.abductorNm;
      balance.passiveAbductionNm[k] = cap.passiveAbductionNm;
      balance.adductionRad[k] = solver.hip[side * 3 + 1]!;
      balance.extensorCapacityNm[k] = cap.extensorNm;
      flexors.capacityNm[k] = cap.flexorNm;
      flexors.passiveNm[k] = cap.passiveFlexionNm;
    }
    if (!compensating && readOnlyAfterDeficit) compensating = needsCompensationAt(balance, i);
  };
  // a frame whose problem mirrors its twin's: each leg can do what the twin's other leg could (half-cycle-mirror.ts)
  const readMirrored = (i: number, twin: number): void => {
    for (let side = 0; side < 2; side++) {
      const k = i * 2 + side, o = twin * 2 + 1 - side;
      demand(k, side, i);
      balance.abductorCapacityNm[k] = balance.abductorCapacityNm[o]!;
      balance.passiveAbductionNm[k] = balance.passiveAbductionNm[o]!;
      balance.adductionRad[k] = balance.adductionRad[o]!;
      balance.extensorCapacityNm[k] = balance.extensorCapacityNm[o]!;
      flexors.capacityNm[k] = flexors.capacityNm[o]!;
      flexors.passiveNm[k] = flexors.passiveNm[o]!;
    }
    if (!compensating && readOnlyAfterDeficit) compensating = needsCompensationAt(balance, i);
  };
  const whenSolved = (i: number, posture: Posture): void => {
    solved[i] = 1;
    read(i);
    if (typeof onFrame === 'function') onFrame(i, posture);
    else onFrame.solved(i, posture);
  };
  const sink: ((i: number, posture: Posture) => void) | FrameSink =
    typeof onFrame === 'function'
      ? whenSolved
      : {
          solved: whenSolved,
          mirrored: (i, twin, posture) => {
            solved[i] = 1;
            readMirrored(i, twin);
            onFrame.mirrored(i, twin, posture);
          },
        };
  optimiseFrames(input, null, sink, { readOnly: () => compensating, read });
  return { balance, flexors, solved };
}
