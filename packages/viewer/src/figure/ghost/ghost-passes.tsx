/**
 * How the compare figure ("ghost") draws its bone meshes, in four passes
 * after every opaque part of the main figure:
 * 1. depth only: the ghost's front-most surface;
 * 2. its translucent colour, which passes the depth test only on that surface, so the
 *    ghost is one even tone however many of its surfaces overlap (skull and jaw, ribs
 *    and spine): no two-tone head.
 *    Both are pushed back a hair (the same polygon offset), so where the ghost's bone
 *    coincides with the figure's (no difference there) the figure's own colour wins;
 * 3. (in pass 1) a stencil mark of its whole silhouette, written whether or not the
 *    depth test passes, so it covers the ghost even where the figure is in front;
 * 4. a dark outline just outside that silhouette, drawn over everything: where the
 *    ghost stands inside the figure (a small difference), its outline still shows
 *    beside the figure's own edge. The stencil mark and the outline only over the
 *    figure (overlay): side by side the ghost stands apart anyway.
 * The ghost's meshes are a simplified copy (load-bones.ts), so the three passes cost
 * about what the figure's one does.
 */
import { useLayoutEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { AlwaysStencilFunc, MeshBasicMaterial, NotEqualStencilFunc, ReplaceStencilOp, Vector2 } from 'three';
import { REFERENCE } from '../palette.ts';
import type { BonePass } from '../bones/BoneMeshes.tsx';

/**
 * The ghost's fill over bone meshes: lighter than the procedural ghost's 0.5, since the
 * meshes cover more of the figure and the outline now carries the shape.
 */
export const GHOST_FILL_OPACITY = 0.38;

/** Outline colour: a dark slate, apart from the bones, the tension blue and the activation reds. */
export const GHOST_OUTLINE = '#27324a';
/** Outline width in CSS pixels (lecture mode's larger screens still read 2 px lines). */
const OUTLINE_PX = 2;

export const GHOST_RENDER_ORDER = { depth: 1, colour: 2, outline: 6 } as const;

/** Polygon offset of both ghost passes: behind a coincident figure surface, equal to each other. */
export const GHOST_OFFSET = { polygonOffset: true, polygonOffsetFactor: 2, polygonOffsetUnits: 8 } as const;

/** A basic material whose vertices move out along their normals by a fixed number of pixels on screen. */
function OutlineMaterial() {
  const size = useThree((s) => s.size);
  const dpr = useThree((s) => s.viewport.dpr);
  const { material, viewport } = useMemo(() => {
    const viewport = { value: new Vector2(1, 1) };
    const m = new MeshBasicMaterial({
      color: GHOST_OUTLINE,
      transparent: true,
      depthTest: false,
      depthWrite: false,
      stencilWrite: true,
      stencilRef: 1,
      stencilFunc: NotEqualStencilFunc,
    });
    m.onBeforeCompile = (shader) => {
      shader.uniforms.uViewportPx = viewport;
      shader.vertexShader = shader.vertexShader
        .replace('void main() {', `uniform vec2 uViewportPx;\nvoid main() {`)
        .replace(
          '#include <project_vertex>',
          `#include <project_vertex>
  // push the vertex ${OUTLINE_PX} px out along its screen-space normal
  vec4 clipNormal = projectionMatrix * modelViewMatrix * vec4(normal, 0.0);
  vec2 dir = clipNormal.xy;
  if (dot(dir, dir) > 1e-12) gl_Position.xy += normalize(dir) * (2.0 * ${OUTLINE_PX.toFixed(1)} / uViewportPx) * gl_Position.w;`,
        );
    };
    m.customProgramCacheKey = () => 'lumbo-ghost-outline';
    return { material: m, viewport };
  }, []);
  useLayoutEffect(() => {
    viewport.value.set(size.width, size.height);
  }, [size, dpr, viewport]);
  useLayoutEffect(() => () => material.dispose(), [material]);
  return <primitive object={material} attach="material" />;
}

const colourPass: BonePass = {
  key: 'colour',
  renderOrder: GHOST_RENDER_ORDER.colour,
  material: () => <meshLambertMaterial color={REFERENCE} transparent opacity={GHOST_FILL_OPACITY} depthWrite={false} {...GHOST_OFFSET} />,
};

/** Beside the figure (side by side) the ghost needs no outline: depth pre-pass and colour only. */
export const GHOST_PASSES_BESIDE: readonly BonePass[] = [
  {
    key: 'depth',
    renderOrder: GHOST_RENDER_ORDER.depth,
    // transparent, so it is drawn after every opaque part of the main figure and never hides it
    material: () => <meshBasicMaterial colorWrite={false} transparent {...GHOST_OFFSET} />,
  },
  colourPass,
];

/** Over the figure: the depth pre-pass also marks the silhouette in the stencil (even where hidden), then colour and outline. */
export const GHOST_PASSES: readonly BonePass[] = [
  {
    key: 'depth',
    renderOrder: GHOST_RENDER_ORDER.depth,
    material: () => (
      <meshBasicMaterial
        colorWrite={false}
        transparent
        {...GHOST_OFFSET}
        stencilWrite
        stencilRef={1}
        stencilFunc={AlwaysStencilFunc}
        stencilZPass={ReplaceStencilOp}
        stencilZFail={ReplaceStencilOp}
      />
    ),
  },
  colourPass,
  { key: 'outline', renderOrder: GHOST_RENDER_ORDER.outline, material: () => <OutlineMaterial /> },
];
