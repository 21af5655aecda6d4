/**
 * The OpenSim bone meshes of one figure: one mesh per model body, its
 * matrix rewritten from the body's current transform (scaled by the
 * subject's length scale) whenever the frame moves. The compare figure's
 * bones get a depth pre-pass, so its translucent colour is laid once on its
 * front-most surface: one even tone however many surfaces overlap (skull
 * and jaw, ribs and spine).
 */
import { useRef, type ReactNode } from 'react';
import type { BufferGeometry, Mesh } from 'three';
import type { FigureModel } from '../motion/figure-model.ts';
import { useFigurePart } from '../animation/context.ts';
import type { BoneBody } from './bone-catalogue.ts';
import type { BoneGeometries } from './bone-geometry.ts';

function BoneMesh({ name, geometry, bodyIndex, s, renderOrder, children }: { name: string; geometry: BufferGeometry; bodyIndex: number; s: number; renderOrder: number; children: ReactNode }) {
  const ref = useRef<Mesh>(null);
  useFigurePart(
    (sampler) => {
      const mesh = ref.current;
      if (!mesh) return;
      const m = sampler.bodies;
      const o = bodyIndex * 12;
      const e = mesh.matrix.elements;
      // columns: the body's axes (rows of its row-major rotation, read down) scaled by s; then its origin
      for (let c = 0; c < 3; c++) {
        e[c * 4] = m[o + 3 + c]! * s;
        e[c * 4 + 1] = m[o + 6 + c]! * s;
        e[c * 4 + 2] = m[o + 9 + c]! * s;
        e[c * 4 + 3] = 0;
      }
      e[12] = m[o]!;
      e[13] = m[o + 1]!;
      e[14] = m[o + 2]!;
      e[15] = 1;
      mesh.matrixWorldNeedsUpdate = true;
    },
    [bodyIndex, s],
  );
  return (
    <mesh ref={ref} name={name} geometry={geometry} matrixAutoUpdate={false} frustumCulled={false} renderOrder={renderOrder}>
      {children}
    </mesh>
  );
}

/** One way of drawing the bones: its render order and material (built once per body mesh). */
export interface BonePass {
  readonly key: string;
  readonly renderOrder: number;
  readonly material: () => ReactNode;
}

interface Props {
  readonly model: FigureModel;
  readonly bones: BoneGeometries;
  readonly prefix: string;
  /** Drawn in order; the main figure has one pass, the compare figure a depth pre-pass, its colour and its outline. */
  readonly passes: readonly BonePass[];
}

export function BoneMeshes({ model, bones, prefix, passes }: Props) {
  const s = model.drawing.anatomy.s;
  const meshes: ReactNode[] = [];
  for (const [body, geometry] of bones.byBody as ReadonlyMap<BoneBody, BufferGeometry>) {
    const bodyIndex = model.motion.bodyNames.indexOf(body);
    // a body the answer does not have (never, with the current model) would draw at the origin: skip it
    if (bodyIndex < 0) continue;
    for (const pass of passes) {
      meshes.push(
        <BoneMesh key={`${body}-${pass.key}`} name={`${prefix}bone-mesh-${body}${pass.key === 'colour' ? '' : `-${pass.key}`}`} geometry={geometry} bodyIndex={bodyIndex} s={s} renderOrder={pass.renderOrder}>
          {pass.material()}
        </BoneMesh>,
      );
    }
  }
  return <group name={`${prefix}bone-meshes`}>{meshes}</group>;
}
