/**
 * Muscle paths as rods coloured by activation and as thick as √(max force),
 * plus a blue outline sheath on tight or high-tone muscles (back faces of a
 * wider rod, so the sheath reads as an outline around the red rod). Groups
 * in the store's `highlight` are drawn thicker and the others greyed.
 */
import { useCallback, useMemo } from 'react';
import { BackSide } from 'three';
import type { FigureModel } from './motion/figure-model.ts';
import { muscleEmphasis, writeMuscleRods, writeMuscleSheaths } from './motion/muscle-layout.ts';
import type { MotionSampler } from './motion/sampler.ts';
import { useViewer } from '../store/use-viewer.ts';
import { InstancedPart } from './animation/InstancedPart.tsx';
import { TENSION } from './palette.ts';
import { UNIT_CYLINDER } from './unit-geometries.ts';

export function MuscleRods({ model }: { model: FigureModel }) {
  const layout = model.muscles;
  const highlight = useViewer((s) => s.highlight);
  // once per highlight or answer; the writers only read it per frame
  const emphasis = useMemo(() => muscleEmphasis(layout, model.motion, highlight), [layout, model.motion, highlight]);
  const rods = useCallback(
    (s: MotionSampler, m: Float32Array, c: Float32Array | null) => writeMuscleRods(layout, s, m, c, emphasis),
    [layout, emphasis],
  );
  const sheaths = useCallback((s: MotionSampler, m: Float32Array) => writeMuscleSheaths(layout, s, m, emphasis), [layout, emphasis]);
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
