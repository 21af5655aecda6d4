/**
 * Muscle paths as rods coloured by activation and as thick as √(max force),
 * plus a blue outline sheath on tight or high-tone muscles (back faces of a
 * wider rod, so the sheath reads as an outline around the red rod).
 */
import { useCallback } from 'react';
import { BackSide } from 'three';
import type { FigureModel } from '../motion/figure-model.ts';
import { writeMuscleRods, writeMuscleSheaths } from '../motion/muscle-layout.ts';
import type { MotionSampler } from '../motion/sampler.ts';
import { InstancedPart } from './animation/InstancedPart.tsx';
import { TENSION } from './palette.ts';
import { UNIT_CYLINDER } from './unit-geometries.ts';

export function MuscleRods({ model }: { model: FigureModel }) {
  const layout = model.muscles;
  const rods = useCallback((s: MotionSampler, m: Float32Array, c: Float32Array | null) => writeMuscleRods(layout, s, m, c), [layout]);
  const sheaths = useCallback((s: MotionSampler, m: Float32Array) => writeMuscleSheaths(layout, s, m), [layout]);
  return (
    <group name="muscles">
      <InstancedPart name="muscle-rods" geometry={UNIT_CYLINDER} count={layout.count} write={rods} coloured>
        <meshLambertMaterial color="#ffffff" />
      </InstancedPart>
      {layout.sheathCount > 0 && (
        <InstancedPart name="muscle-tension-sheaths" geometry={UNIT_CYLINDER} count={layout.sheathCount} write={sheaths}>
          <meshBasicMaterial color={TENSION} side={BackSide} />
        </InstancedPart>
      )}
    </group>
  );
}
