/**
 * What the anatomy layer tells tests and scripts (window.__lumbo.anatomy,
 * docs/viewer.md "Testability contract"): the bone asset's state, how many
 * bone meshes and vertebrae the main figure draws, where a muscle's belly is
 * on screen (so an end-to-end test can hover it) and which muscle the label
 * names. Filled by the mounted main figure (AnatomyProbe.tsx); plain module
 * state, read on demand, never per frame.
 */
import { Vector3, type Camera, type InstancedMesh, type Mesh, type Object3D } from 'three';
import { boneAssetStatus, type BoneAssetStatus } from './bones/load-bones.ts';
import { RINGS, SIDES, VERTICES_PER_TUBE, type TubeLayout } from './muscles/tube-layout.ts';

interface Mounted {
  readonly scene: Object3D;
  readonly camera: Camera;
  readonly canvas: HTMLCanvasElement;
  /** Element names of pose.muscles, and the tube layouts of the belly meshes by mesh name. */
  readonly muscleNames: readonly string[];
  readonly layouts: ReadonlyMap<string, TubeLayout>;
}

let mounted: Mounted | null = null;
let labelled: string | null = null;

export function setAnatomyMount(m: Mounted | null): void {
  mounted = m;
}

export function setLabelledMuscle(text: string | null): void {
  labelled = text;
}

export interface AnatomyDebug {
  bones(): BoneAssetStatus;
  /** Bone meshes of the main figure in the scene (6 once the asset is drawn). */
  drawnBoneMeshes(): number;
  /** Lumbar vertebrae drawn by the main figure. */
  vertebrae(): number;
  /** Client-pixel position of the middle of a belly ("piri_r"), or null when not drawn or off screen. */
  muscleScreenPoint(element: string): { x: number; y: number } | null;
  /** The muscle label's text (hover or tap), or null. */
  muscleLabel(): string | null;
}

function mainFigure(): Object3D | undefined {
  return mounted?.scene.getObjectByName('figure');
}

export const anatomyDebug: AnatomyDebug = {
  bones: boneAssetStatus,
  drawnBoneMeshes() {
    let n = 0;
    mainFigure()?.traverseVisible((o) => {
      if (/^bone-mesh-/.test(o.name)) n++;
    });
    return n;
  },
  vertebrae() {
    const mesh = mainFigure()?.getObjectByName('vertebrae') as InstancedMesh | undefined;
    return mesh?.visible ? mesh.count : 0;
  },
  muscleScreenPoint(element) {
    if (!mounted) return null;
    const e = mounted.muscleNames.indexOf(element);
    for (const [name, layout] of mounted.layouts) {
      const k = layout.elements.indexOf(e);
      const mesh = mainFigure()?.getObjectByName(name) as Mesh | undefined;
      if (k < 0 || !mesh) continue;
      const positions = mesh.geometry.getAttribute('position');
      const p = new Vector3();
      const ring = Math.floor(RINGS / 2);
      for (let s = 0; s < SIDES; s++) {
        const v = k * VERTICES_PER_TUBE + ring * SIDES + s;
        p.x += positions.getX(v) / SIDES;
        p.y += positions.getY(v) / SIDES;
        p.z += positions.getZ(v) / SIDES;
      }
      mesh.localToWorld(p).project(mounted.camera);
      if (Math.abs(p.x) > 1 || Math.abs(p.y) > 1) return null;
      const rect = mounted.canvas.getBoundingClientRect();
      return { x: rect.left + ((p.x + 1) / 2) * rect.width, y: rect.top + ((1 - p.y) / 2) * rect.height };
    }
    return null;
  },
  muscleLabel: () => labelled,
};
