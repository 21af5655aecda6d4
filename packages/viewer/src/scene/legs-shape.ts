/** Femurs, shanks, feet and the joint balls, from the hip, knee and ankle points. */
import { SIDE_KEYS, SIDE_SIGN, type Anatomy } from './anatomy.ts';
import { ball, oriented, segment, type Placement } from './placement.ts';
import { combine, length, mid, normalize, reject, scale, sub } from './vec.ts';

export interface LegShapes {
  readonly shafts: Placement[];
  readonly joints: Placement[];
  readonly feet: Placement[];
}

export function legShapes(a: Anatomy): LegShapes {
  const { s } = a;
  const shafts: Placement[] = [];
  const joints: Placement[] = [];
  const feet: Placement[] = [];
  for (const k of SIDE_KEYS) {
    const { hip, knee, ankle, heel, toe, shank } = a.legs[k];
    const lateral = scale(a.pelvis.z, SIDE_SIGN[k]);
    const down = normalize(sub(knee, hip));
    // [E] the femoral neck runs 5 cm lateral and 3 cm down from the head to the shaft
    const neckBase = combine(hip, [lateral, 0.05 * s], [down, 0.035 * s]);
    shafts.push(segment(hip, neckBase, 0.014 * s));
    shafts.push(segment(neckBase, knee, 0.014 * s));
    shafts.push(segment(knee, ankle, 0.012 * s));
    joints.push(ball(hip, 0.024 * s));
    joints.push(ball(combine(neckBase, [lateral, 0.008 * s], [down, -0.008 * s]), 0.02 * s)); // greater trochanter
    joints.push(oriented(knee, shank.x, shank.y, 0.025 * s, 0.02 * s, 0.04 * s));
    joints.push(ball(ankle, 0.018 * s));
    // foot: a block on the sole from heel to toe, 5 cm high [E]
    const heelToToe = sub(toe, heel);
    const up = normalize(reject(shank.y, normalize(heelToToe)));
    const centre = combine(mid(heel, toe), [up, 0.025 * s]);
    feet.push(oriented(centre, heelToToe, up, length(heelToToe) + 0.02 * s, 0.05 * s, 0.085 * s));
    joints.push(ball(combine(ankle, [up, -0.01 * s]), 0.022 * s)); // talus under the ankle
  }
  return { shafts, joints, feet };
}
