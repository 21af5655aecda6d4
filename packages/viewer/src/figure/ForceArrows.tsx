/** Compression and shear arrows at L4/L5 and L5/S1, drawn over the figure (depth test off) so the bones never hide them. */
import { useCallback, useMemo } from 'react';
import { Color, SRGBColorSpace } from 'three';
import type { FigureModel } from './motion/figure-model.ts';
import { ARROW_COUNT, writeArrows } from './motion/force-arrows.ts';
import type { MotionSampler } from './motion/sampler.ts';
import { InstancedPart } from './animation/InstancedPart.tsx';
import { COMPRESSION_ARROW, SHEAR_ARROW } from './palette.ts';
import { UNIT_CONE, UNIT_CYLINDER } from './unit-geometries.ts';

/** Linear RGB per arrow: compression, shear, compression, shear. */
function arrowColours(): Float32Array {
  const c = new Color();
  const out = new Float32Array(ARROW_COUNT * 3);
  for (let i = 0; i < ARROW_COUNT; i++) {
    c.setStyle(i % 2 === 0 ? COMPRESSION_ARROW : SHEAR_ARROW, SRGBColorSpace);
    out.set([c.r, c.g, c.b], i * 3);
  }
  return out;
}

export function ForceArrows({ model }: { model: FigureModel }) {
  const colours = useMemo(arrowColours, []);
  // the heads are written with the shafts (one pass), then copied by the head mesh's writer
  const heads = useMemo(() => new Float32Array(ARROW_COUNT * 16), []);
  const shaftWriter = useCallback(
    (s: MotionSampler, m: Float32Array, c: Float32Array | null) => {
      writeArrows(s, model.discDepths, m, heads);
      c?.set(colours);
    },
    [model, heads, colours],
  );
  const headWriter = useCallback(
    (_s: MotionSampler, m: Float32Array, c: Float32Array | null) => {
      m.set(heads);
      c?.set(colours);
    },
    [model, heads, colours],
  );
  return (
    <group name="force-arrows">
      <InstancedPart name="force-arrow-shafts" geometry={UNIT_CYLINDER} count={ARROW_COUNT} write={shaftWriter} coloured renderOrder={12}>
        <meshBasicMaterial color="#ffffff" depthTest={false} />
      </InstancedPart>
      <InstancedPart name="force-arrow-heads" geometry={UNIT_CONE} count={ARROW_COUNT} write={headWriter} coloured renderOrder={12}>
        <meshBasicMaterial color="#ffffff" depthTest={false} />
      </InstancedPart>
    </group>
  );
}
