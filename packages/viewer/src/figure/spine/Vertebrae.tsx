/**
 * L1–L5 as procedural vertebrae, one instance per level carried by its own
 * model body. The compare figure draws them with the ghost's depth pre-pass
 * and translucent colour (figure/ghost/ghost-passes.tsx), like its bones.
 */
import { useCallback } from 'react';
import type { FigureModel } from '../motion/figure-model.ts';
import { writeRigid } from '../motion/rigid.ts';
import type { MotionSampler } from '../motion/sampler.ts';
import { InstancedPart } from '../animation/InstancedPart.tsx';
import { BONE, REFERENCE } from '../palette.ts';
import { GHOST_FILL_OPACITY, GHOST_OFFSET, GHOST_RENDER_ORDER } from '../ghost/ghost-passes.tsx';
import { UNIT_VERTEBRA } from './vertebra-geometry.ts';

export function Vertebrae({ model, ghost = false }: { model: FigureModel; ghost?: boolean }) {
  const set = model.vertebrae;
  const write = useCallback((s: MotionSampler, m: Float32Array) => writeRigid(set, s, m), [set]);
  if (!ghost) {
    return (
      <InstancedPart name="vertebrae" geometry={UNIT_VERTEBRA} count={set.count} write={write}>
        <meshLambertMaterial color={BONE} />
      </InstancedPart>
    );
  }
  return (
    <>
      <InstancedPart name="reference-vertebrae-depth" geometry={UNIT_VERTEBRA} count={set.count} write={write} renderOrder={GHOST_RENDER_ORDER.depth}>
        <meshBasicMaterial colorWrite={false} transparent {...GHOST_OFFSET} />
      </InstancedPart>
      <InstancedPart name="reference-vertebrae" geometry={UNIT_VERTEBRA} count={set.count} write={write} renderOrder={GHOST_RENDER_ORDER.colour}>
        <meshLambertMaterial color={REFERENCE} transparent opacity={GHOST_FILL_OPACITY} depthWrite={false} {...GHOST_OFFSET} />
      </InstancedPart>
    </>
  );
}
