/**
 * One merged mesh of muscle bellies: its geometry (positions, normals,
 * colours) is built once per layout and rewritten in place when the frame
 * moves; disposed when the layout changes or the figure unmounts.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { BufferAttribute, BufferGeometry, DynamicDrawUsage, type Mesh } from 'three';
import type { ThreeEvent } from '@react-three/fiber';
import type { MotionSampler } from '../motion/sampler.ts';
import { useFigurePart } from '../animation/context.ts';
import { tubeScratch, writeTubes, type TubeLayout } from './tube-layout.ts';

interface Props {
  readonly name: string;
  readonly layout: TubeLayout;
  /** Radius multiplier of tube k (emphasis, zoom). */
  readonly radiusOf: (k: number) => number;
  /** Writes per-vertex colours (linear RGB); omitted = the material's colour. */
  readonly colour?: ((sampler: MotionSampler, colours: Float32Array) => void) | undefined;
  readonly renderOrder?: number;
  readonly onPointerMove?: ((e: ThreeEvent<PointerEvent>) => void) | undefined;
  readonly onPointerOut?: ((e: ThreeEvent<PointerEvent>) => void) | undefined;
  readonly onClick?: ((e: ThreeEvent<MouseEvent>) => void) | undefined;
  readonly children: ReactNode;
}

export function TubeMesh({ name, layout, radiusOf, colour, renderOrder = 0, onPointerMove, onPointerOut, onClick, children }: Props) {
  const ref = useRef<Mesh>(null);
  const coloured = colour !== undefined;
  // one geometry per vertex count: a new answer with the same muscles (every slider move) reuses
  // its buffers instead of uploading new ones; the index depends only on the number of tubes
  const vertexCount = layout.vertexCount;
  const geometry = useMemo(() => {
    const g = new BufferGeometry();
    const dynamic = (itemSize: number) => new BufferAttribute(new Float32Array(vertexCount * itemSize), itemSize).setUsage(DynamicDrawUsage);
    g.setAttribute('position', dynamic(3));
    g.setAttribute('normal', dynamic(3));
    if (coloured) g.setAttribute('color', dynamic(3));
    return g;
  }, [vertexCount, coloured]);
  if (geometry.index?.array !== layout.index) geometry.setIndex(new BufferAttribute(layout.index, 1));
  useEffect(() => () => geometry.dispose(), [geometry]);
  const scratch = useMemo(() => tubeScratch(layout), [layout]);

  useFigurePart(
    (sampler) => {
      const position = geometry.getAttribute('position') as BufferAttribute;
      const normal = geometry.getAttribute('normal') as BufferAttribute;
      writeTubes(layout, sampler, scratch, position.array as Float32Array, normal.array as Float32Array, radiusOf);
      position.needsUpdate = true;
      normal.needsUpdate = true;
      const colourAttribute = geometry.getAttribute('color') as BufferAttribute | undefined;
      if (colour && colourAttribute) {
        colour(sampler, colourAttribute.array as Float32Array);
        colourAttribute.needsUpdate = true;
      }
      // raycasting tests the bounding sphere first: keep it around the bellies where they are now
      geometry.computeBoundingSphere();
    },
    [geometry, layout, scratch, radiusOf, colour],
  );

  // only pass the handlers that exist: a mesh with any handler is raycast on every pointer move
  const handlers = { ...(onPointerMove && { onPointerMove }), ...(onPointerOut && { onPointerOut }), ...(onClick && { onClick }) };
  return (
    <mesh ref={ref} name={name} geometry={geometry} frustumCulled={false} renderOrder={renderOrder} {...handlers}>
      {children}
    </mesh>
  );
}
