/** Closed outlines drawn as triangle fans around their centroids (the iliac wings). */
import { useEffect, useMemo } from 'react';
import { BufferGeometry, DoubleSide, Float32BufferAttribute } from 'three';
import type { Vec3 } from './vec.ts';

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

export function FanMesh({ name, loops, colour }: { name: string; loops: readonly (readonly Vec3[])[]; colour: string }) {
  // rebuilt once per model result (a few dozen vertices); the old one is disposed
  const geometry = useMemo(() => fanGeometry(loops), [loops]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <mesh name={name} geometry={geometry} frustumCulled={false}>
      <meshLambertMaterial color={colour} side={DoubleSide} />
    </mesh>
  );
}
