/** Whole-body centre of mass and its plumb line to the floor, with the hip-axis midpoint for reference. */
import { useMemo } from 'react';
import type { Vec3 } from '@lumbo/model';
import { gravityDashes } from './overlay-shapes.ts';
import { GRAVITY } from './palette.ts';
import { ball } from './placement.ts';
import { PlacedInstances } from './PlacedInstances.tsx';
import { UNIT_BOX, UNIT_CYLINDER, UNIT_SPHERE } from './unit-geometries.ts';

export function GravityLine({ com, hipMid }: { com: Vec3; hipMid: Vec3 }) {
  const line = useMemo(() => gravityDashes(com), [com]);
  const marker = useMemo(() => [ball(com, 0.018)], [com]);
  // the hip-axis midpoint as a small diamond: a cube on its corner
  const hip = useMemo(() => [{ centre: hipMid, x: { x: 0.012, y: 0.012, z: 0 }, y: { x: -0.012, y: 0.012, z: 0 }, z: { x: 0, y: 0, z: 0.017 } }], [hipMid]);
  return (
    <group name="gravity-line">
      <PlacedInstances name="gravity-dashes" geometry={UNIT_CYLINDER} placements={line}>
        <meshBasicMaterial color={GRAVITY} />
      </PlacedInstances>
      <PlacedInstances name="centre-of-mass" geometry={UNIT_SPHERE} placements={marker}>
        <meshBasicMaterial color={GRAVITY} />
      </PlacedInstances>
      <PlacedInstances name="hip-axis-midpoint" geometry={UNIT_BOX} placements={hip}>
        <meshBasicMaterial color={GRAVITY} />
      </PlacedInstances>
    </group>
  );
}
