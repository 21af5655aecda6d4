/**
 * The iliac wings as triangle fans around each loop's centroid, built in
 * frame-0 world coordinates and carried by the pelvis every frame (the
 * mesh's own matrix, so no vertex is rewritten during playback).
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { BufferGeometry, Float32BufferAttribute, type Mesh } from 'three';
import type { FigureModel } from './motion/figure-model.ts';
import { bodyDelta } from './motion/rigid.ts';
import { useFigurePart } from './animation/context.ts';
import type { Vec3 } from '../lib/vec.ts';

function fanGeometry(loops: readonly (readonly Vec3[])[]): BufferGeometry {
  const positions: number[] = [];
  for (const loop of loops) {
    const n = loop.length;
    if (n < 3) continue;
    const c = loop.reduce((acc, p) => ({ x: acc.x + p.x / n, y: acc.y + p.y / n, z: acc.z + p.z / n }), { x: 0, y: 0, z: 0 });
    for (let i = 0; i < n; i++) {
      const a = loop[i]!;
      const b = loop[(i + 1) % n]!;
      positions.push(c.x, c.y, c.z, a.x, a.y, a.z, b.x, b.y, b.z);
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(positions, 3));
  g.computeVertexNormals();
  return g;
}

export function IliacWings({ model, name, children }: { model: FigureModel; name: string; children: ReactNode }) {
  const ref = useRef<Mesh>(null);
  // rebuilt once per model answer (a few dozen vertices); the old one is disposed
  const geometry = useMemo(() => fanGeometry(model.bones.wings), [model]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  useFigurePart(
    (sampler) => {
      const mesh = ref.current;
      if (!mesh || model.bones.pelvisIndex < 0) return;
      bodyDelta(model.bones.pelvisIndex, model.motion, sampler, mesh.matrix.elements);
      mesh.matrixWorldNeedsUpdate = true;
    },
    [model],
  );
  return (
    <mesh ref={ref} name={name} geometry={geometry} frustumCulled={false} matrixAutoUpdate={false}>
      {children}
    </mesh>
  );
}
