/**
 * The current camera and the lecture-mode minimum rod thickness
 * (line-thickness.ts), read by a rod part whenever it redraws (view-dependent
 * parts redraw when the camera moves).
 */
import { useCallback } from 'react';
import { useThree } from '@react-three/fiber';
import type { PerspectiveCamera } from 'three';
import { useViewer } from '../store/use-viewer.ts';
import { lectureLinePx, type RodView } from './line-thickness.ts';

export function useRodView(): () => RodView {
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const height = useThree((s) => s.size.height);
  const lecture = useViewer((s) => s.lecture);
  return useCallback(
    () => ({ camera: camera.position, fovDeg: camera.fov, viewHeightPx: height, minPx: lecture ? lectureLinePx(height) : 0 }),
    [camera, height, lecture],
  );
}
