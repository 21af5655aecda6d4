/**
 * One instanced mesh whose matrices (and optionally colours) a `write`
 * function fills for the current frame: one draw call however many parts.
 * Capacity grows in powers of two so a slightly longer list does not
 * rebuild the mesh.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { InstancedBufferAttribute, type BufferGeometry, type InstancedMesh } from 'three';
import type { MotionSampler } from '../motion/sampler.ts';
import { useFigurePart } from './context.ts';

export type InstanceWriter = (sampler: MotionSampler, matrices: Float32Array, colours: Float32Array | null) => void;

interface Props {
  readonly name: string;
  readonly geometry: BufferGeometry;
  readonly count: number;
  readonly write: InstanceWriter;
  /** Per-instance colours (linear RGB written by `write`); the material colour should then be white. */
  readonly coloured?: boolean;
  /** Drawn after lower values (overlays use a high value with depthTest off). */
  readonly renderOrder?: number;
  /** `write` depends on the camera too: rerun it when the camera or the view size changed. */
  readonly viewDependent?: boolean;
  /** The material. */
  readonly children: ReactNode;
}

export function capacityFor(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(4, n)));
}

export function InstancedPart({ name, geometry, count, write, coloured = false, renderOrder = 0, viewDependent = false, children }: Props) {
  const ref = useRef<InstancedMesh>(null);
  const capacity = capacityFor(count);

  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    // set before the first render, so the material is compiled with instance colours
    if (coloured && !mesh.instanceColor) mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(capacity * 3).fill(1), 3);
    mesh.count = count;
  }, [capacity, count, coloured]);

  useFigurePart(
    (sampler) => {
      const mesh = ref.current;
      if (!mesh) return;
      write(sampler, mesh.instanceMatrix.array as Float32Array, (mesh.instanceColor?.array as Float32Array | undefined) ?? null);
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    },
    [write, count, capacity],
    { viewDependent },
  );

  return (
    <instancedMesh key={capacity} name={name} ref={ref} args={[geometry, undefined, capacity]} frustumCulled={false} renderOrder={renderOrder}>
      {children}
    </instancedMesh>
  );
}
