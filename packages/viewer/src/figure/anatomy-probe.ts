/**
 * What the anatomy layer tells tests and scripts (window.__lumbo.anatomy,
 * docs/viewer.md "Testability contract"): the bone asset's state, how many
 * bone meshes and vertebrae the main figure draws, where a muscle's belly is
 * on screen (so an end-to-end test can hover it) and which muscle the label
 * names. Filled by the mounted main figure (AnatomyProbe.tsx); plain module
 * state, read on demand, never per frame.
 */
import { Vector3, type Camera, type InstancedMesh, type Mesh, type Object3D } from 'three';
import type { AnatomyDebug } from '../store/debug-handle.ts';
import { boneAssetStatus } from './bones/load-bones.ts';
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
  muscleScreenPoints(element) {
    if (!mounted) return [];
    const e = mounted.muscleNames.indexOf(element);
    for (const [name, layout] of mounted.layouts) {
      const k = layout.elements.indexOf(e);
      const mesh = mainFigure()?.getObjectByName(name) as Mesh | undefined;
      if (k < 0 || !mesh) continue;
      const positions = mesh.geometry.getAttribute('position');
      const rect = mounted.canvas.getBoundingClientRect();
      const middle = Math.floor(RINGS / 2);
      // the middle ring first, then outward toward both tendons
      const rings = Array.from({ length: RINGS - 2 }, (_, i) => middle + (i % 2 ? -1 : 1) * Math.ceil(i / 2)).filter((r) => r > 0 && r < RINGS - 1);
      const out: { x: number; y: number }[] = [];
      for (const ring of rings) {
        const p = new Vector3();
        for (let s = 0; s < SIDES; s++) {
          const v = k * VERTICES_PER_TUBE + ring * SIDES + s;
          p.x += positions.getX(v) / SIDES;
          p.y += positions.getY(v) / SIDES;
          p.z += positions.getZ(v) / SIDES;
        }
        mesh.localToWorld(p).project(mounted.camera);
        if (Math.abs(p.x) < 0.98 && Math.abs(p.y) < 0.98) out.push({ x: rect.left + ((p.x + 1) / 2) * rect.width, y: rect.top + ((1 - p.y) / 2) * rect.height });
      }
      return out;
    }
    return [];
  },
  muscleLabel: () => labelled,
};
