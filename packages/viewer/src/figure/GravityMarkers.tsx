/**
 * Whole-body centre of mass with its plumb line to the floor, and the
 * hip-axis midpoint (the midpoint of the model's two hip centres), following
 * the frame.
 */
import { useCallback, useMemo, useRef } from 'react';
import type { Mesh } from 'three';
import type { FigureModel } from './motion/figure-model.ts';
import { useFigurePart } from './animation/context.ts';
import { GRAVITY } from './palette.ts';
import { FollowingDashes } from './FollowingDashes.tsx';
import type { MotionSampler } from './motion/sampler.ts';

export function GravityMarkers({ model }: { model: FigureModel }) {
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
  // the plumb line hangs from the centre of mass to the floor
  const follow = useCallback((s: MotionSampler, out: Float64Array) => {
    out[0] = s.value(s.motion.centreOfMass, 3, 0);
    out[1] = 0;
    out[2] = s.value(s.motion.centreOfMass, 3, 2);
  }, []);
  const diamondScale = useMemo(() => [0.012, 0.012, 0.012] as const, []);
  return (
    <group name="gravity-line">
      <FollowingDashes name="gravity-dashes" dashes={dashes} follow={follow}>
        <meshBasicMaterial color={GRAVITY} />
      </FollowingDashes>
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
