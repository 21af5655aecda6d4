/**
 * Whole-body centre of mass with its plumb line to the floor, and the
 * hip-axis midpoint (the midpoint of the model's two hip centres), following
 * the frame.
 */
import { useMemo, useRef } from 'react';
import type { Group, Mesh } from 'three';
import type { FigureModel } from './motion/figure-model.ts';
import { useFigurePart } from './animation/context.ts';
import { GRAVITY } from './palette.ts';
import { PlacedInstances } from './PlacedInstances.tsx';
import { UNIT_CYLINDER } from './unit-geometries.ts';

export function GravityMarkers({ model }: { model: FigureModel }) {
  const line = useRef<Group>(null);
  const com = useRef<Mesh>(null);
  const hip = useRef<Mesh>(null);
  const dashes = model.gravityDashes;
  const [hl, hr] = model.hipIndices;
  useFigurePart(
    (s) => {
      const m = s.motion;
      const x = s.value(m.centreOfMass, 3, 0);
      const y = s.value(m.centreOfMass, 3, 1);
      const z = s.value(m.centreOfMass, 3, 2);
      line.current?.position.set(x, 0, z);
      com.current?.position.set(x, y, z);
      if (hl >= 0 && hr >= 0 && hip.current) {
        const stride = m.landmarkNames.length * 3;
        hip.current.position.set(
          (s.value(m.landmarks, stride, hl * 3) + s.value(m.landmarks, stride, hr * 3)) / 2,
          (s.value(m.landmarks, stride, hl * 3 + 1) + s.value(m.landmarks, stride, hr * 3 + 1)) / 2,
          (s.value(m.landmarks, stride, hl * 3 + 2) + s.value(m.landmarks, stride, hr * 3 + 2)) / 2,
        );
      }
    },
    [model],
  );
  const diamondScale = useMemo(() => [0.012, 0.012, 0.012] as const, []);
  return (
    <group name="gravity-line">
      <group ref={line}>
        <PlacedInstances name="gravity-dashes" geometry={UNIT_CYLINDER} placements={dashes}>
          <meshBasicMaterial color={GRAVITY} />
        </PlacedInstances>
      </group>
      <mesh ref={com} name="centre-of-mass" scale={0.018}>
        <sphereGeometry args={[1, 16, 12]} />
        <meshBasicMaterial color={GRAVITY} />
      </mesh>
      {/* the hip-axis midpoint as a small diamond: a cube on its corner */}
      <mesh ref={hip} name="hip-axis-midpoint" scale={[...diamondScale]} rotation={[0, 0, Math.PI / 4]}>
        <boxGeometry args={[1.2, 1.2, 1.4]} />
        <meshBasicMaterial color={GRAVITY} />
      </mesh>
    </group>
  );
}
