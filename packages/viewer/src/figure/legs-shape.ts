/** Femurs, shanks, feet and the joint balls, from the hip, knee and ankle points; each part moves with its femur or tibia. */
import type { Attached } from './motion/rigid.ts';
import { SIDE_KEYS, SIDE_SIGN, type Anatomy } from './anatomy.ts';
import { ball, oriented, segment } from './placement.ts';
import { combine, length, mid, normalize, reject, scale, sub } from '../lib/vec.ts';

export interface LegShapes {
  readonly shafts: Attached[];
  readonly joints: Attached[];
  readonly feet: Attached[];
}

export function legShapes(a: Anatomy): LegShapes {
  const { s } = a;
  const shafts: Attached[] = [];
  const joints: Attached[] = [];
  const feet: Attached[] = [];
  for (const k of SIDE_KEYS) {
    const femur = `femur_${k}`;
    const tibia = `tibia_${k}`;
    const { hip, knee, ankle, heel, toe, shank } = a.legs[k];
    const lateral = scale(a.pelvis.z, SIDE_SIGN[k]);
    const down = normalize(sub(knee, hip));
    // [E] the femoral neck runs 5 cm lateral and 3 cm down from the head to the shaft
    const neckBase = combine(hip, [lateral, 0.05 * s], [down, 0.035 * s]);
    shafts.push({ body: femur, placement: segment(hip, neckBase, 0.014 * s) });
    shafts.push({ body: femur, placement: segment(neckBase, knee, 0.014 * s) });
    shafts.push({ body: tibia, placement: segment(knee, ankle, 0.012 * s) });
    joints.push({ body: femur, placement: ball(hip, 0.024 * s) });
    joints.push({ body: femur, placement: ball(combine(neckBase, [lateral, 0.008 * s], [down, -0.008 * s]), 0.02 * s) }); // greater trochanter
    joints.push({ body: tibia, placement: oriented(knee, shank.x, shank.y, 0.025 * s, 0.02 * s, 0.04 * s) });
    joints.push({ body: tibia, placement: ball(ankle, 0.018 * s) });
    // foot: a block on the sole from heel to toe, 5 cm high [E]
    const heelToToe = sub(toe, heel);
    const up = normalize(reject(shank.y, normalize(heelToToe)));
    const centre = combine(mid(heel, toe), [up, 0.025 * s]);
    feet.push({ body: tibia, placement: oriented(centre, heelToToe, up, length(heelToToe) + 0.02 * s, 0.05 * s, 0.085 * s) });
    joints.push({ body: tibia, placement: ball(combine(ankle, [up, -0.01 * s]), 0.022 * s) }); // talus under the ankle
  }
  return { shafts, joints, feet };
}
