/**
 * One instanced mesh for a list of placements: one draw call however many
 * bones or muscle rods. Matrices and colours are written when the list
 * changes (once per model result), never per frame.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { useThree } from '@react-three/fiber';
import { Color, Matrix4, SRGBColorSpace, type BufferGeometry, type InstancedMesh } from 'three';
import type { Rgb } from '../lib/colour-scales.ts';
import { isDrawable, type Placement } from './placement.ts';

const _matrix = new Matrix4();
const _colour = new Color();

interface Props {
  readonly name: string;
  readonly geometry: BufferGeometry;
  readonly placements: readonly Placement[];
  /** sRGB colour per placement; the material colour should then be white. */
  readonly colours?: readonly Rgb[];
  /** Drawn after lower values (overlays use a high value with depthTest off). */
  readonly renderOrder?: number;
  /** The material. */
  readonly children: ReactNode;
}

/** Capacity grows in powers of two so a slightly longer list does not rebuild the mesh. */
function capacityFor(n: number): number {
  return 2 ** Math.ceil(Math.log2(Math.max(4, n)));
}

export function PlacedInstances({ name, geometry, placements, colours, renderOrder = 0, children }: Props) {
  const ref = useRef<InstancedMesh>(null);
  const invalidate = useThree((s) => s.invalidate);
  const capacity = capacityFor(placements.length);

  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    let n = 0;
    placements.forEach((p, i) => {
      // a degenerate placement (NaN, zero length) would poison the bounding volume: skip it
      if (!isDrawable(p)) return;
      const { centre: c, x, y, z } = p;
      _matrix.set(x.x, y.x, z.x, c.x, x.y, y.y, z.y, c.y, x.z, y.z, z.z, c.z, 0, 0, 0, 1);
      mesh.setMatrixAt(n, _matrix);
      const rgb = colours?.[i];
      if (rgb) mesh.setColorAt(n, _colour.setRGB(rgb[0], rgb[1], rgb[2], SRGBColorSpace));
      n++;
    });
    mesh.count = n;
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    invalidate();
  }, [placements, colours, capacity, invalidate]);

  return (
    <instancedMesh key={capacity} name={name} ref={ref} args={[geometry, undefined, capacity]} frustumCulled={false} renderOrder={renderOrder}>
      {children}
    </instancedMesh>
  );
}
