/** Registers the main figure's scene, camera and belly layouts with the anatomy probe (anatomy-probe.ts) while it is mounted. */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { FigureModel } from '../motion/figure-model.ts';
import { setAnatomyMount } from '../anatomy-probe.ts';
import type { TubeLayout } from './tube-layout.ts';

export function AnatomyProbe({ model, layouts }: { model: FigureModel; layouts: ReadonlyMap<string, TubeLayout> }) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useEffect(() => {
    setAnatomyMount({ scene, camera, canvas: gl.domElement, muscleNames: model.motion.pose.muscles.map((m) => m.name), layouts });
    return () => setAnatomyMount(null);
  }, [model, layouts, camera, gl, scene]);
  return null;
}
