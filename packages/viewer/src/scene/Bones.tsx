/** The skeleton: a handful of instanced meshes (one draw call per primitive kind). */
import { useMemo } from 'react';
import type { Drawing } from './drawing.ts';
import { FanMesh } from './FanMesh.tsx';
import { BONE, BONE_DARK, PROP } from './palette.ts';
import { PlacedInstances } from './PlacedInstances.tsx';
import { UNIT_BOX, UNIT_CONE, UNIT_CYLINDER, UNIT_RING, UNIT_SPHERE } from './unit-geometries.ts';

export function Bones({ drawing }: { drawing: Drawing }) {
  const { legs, pelvis, spine, trunk } = drawing;
  const rods = useMemo(
    () => [...legs.shafts, ...pelvis.rami, ...spine.bodies, ...spine.column, ...trunk.girdle.slice(0, 1)],
    [legs, pelvis, spine, trunk],
  );
  const balls = useMemo(() => [...legs.joints, ...trunk.girdle.slice(1), trunk.head], [legs, trunk]);
  const blocks = useMemo(() => [...legs.feet, ...spine.processes], [legs, spine]);
  const seat = useMemo(() => (drawing.seat ? [drawing.seat] : []), [drawing.seat]);
  const sacrum = useMemo(() => [pelvis.sacrum], [pelvis]);
  return (
    <group name="skeleton">
      <PlacedInstances name="bone-rods" geometry={UNIT_CYLINDER} placements={rods}>
        <meshLambertMaterial color={BONE} />
      </PlacedInstances>
      <PlacedInstances name="bone-balls" geometry={UNIT_SPHERE} placements={balls}>
        <meshLambertMaterial color={BONE} />
      </PlacedInstances>
      <PlacedInstances name="bone-blocks" geometry={UNIT_BOX} placements={blocks}>
        <meshLambertMaterial color={BONE_DARK} />
      </PlacedInstances>
      <PlacedInstances name="seat" geometry={UNIT_BOX} placements={seat}>
        <meshLambertMaterial color={PROP} />
      </PlacedInstances>
      <PlacedInstances name="sacrum" geometry={UNIT_CONE} placements={sacrum}>
        <meshLambertMaterial color={BONE_DARK} />
      </PlacedInstances>
      <PlacedInstances name="ribs" geometry={UNIT_RING} placements={trunk.ribs}>
        <meshLambertMaterial color={BONE} />
      </PlacedInstances>
      <PlacedInstances name="iliac-rims" geometry={UNIT_CYLINDER} placements={pelvis.rims}>
        <meshLambertMaterial color={BONE_DARK} />
      </PlacedInstances>
      <FanMesh name="iliac-wings" loops={pelvis.wings} colour={BONE} />
    </group>
  );
}
