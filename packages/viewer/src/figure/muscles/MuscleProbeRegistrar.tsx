/** Registers the muscle probe (muscle-probe.ts) for the mounted main figure: projects a belly's middle ring to client pixels on demand. */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3, type Mesh } from 'three';
import type { FigureModel } from '../../motion/figure-model.ts';
import { setMuscleProbe } from './muscle-probe.ts';
import { RINGS, SIDES, VERTICES_PER_TUBE, type TubeLayout } from './tube-layout.ts';

const MESH_NAMES = ['muscle-bellies', 'muscle-bellies-superficial'];

export function MuscleProbeRegistrar({ model, layouts }: { model: FigureModel; layouts: readonly TubeLayout[] }) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    const names = model.motion.pose.muscles.map((m) => m.name);
    setMuscleProbe({
      elements: () => layouts.flatMap((l) => Array.from(l.elements, (e) => names[e]!)),
      screenPoint(element) {
        const e = names.indexOf(element);
        for (let i = 0; i < layouts.length; i++) {
          const k = layouts[i]!.elements.indexOf(e);
          const mesh = scene.getObjectByName(MESH_NAMES[i]!) as Mesh | undefined;
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
          mesh.localToWorld(p).project(camera);
          if (Math.abs(p.x) > 1 || Math.abs(p.y) > 1) return null;
          const rect = gl.domElement.getBoundingClientRect();
          return { x: rect.left + ((p.x + 1) / 2) * rect.width, y: rect.top + ((1 - p.y) / 2) * rect.height };
        }
        return null;
      },
    });
    return () => setMuscleProbe(null);
  }, [model, layouts, camera, gl, scene]);
  return null;
}
