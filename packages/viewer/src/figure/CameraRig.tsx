/**
 * Applies the chosen camera preset: frames the given box (the figure with the
 * compare figure, or the lumbopelvic region down to the knees) on a change of view, focus, task
 * kind, window size, or when the first figure appears. In free view it leaves
 * the camera to the user.
 */
import { useLayoutEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import type { PerspectiveCamera, Vector3 } from 'three';
import type { Box } from './motion/bounds.ts';
import { useViewer } from '../store/use-viewer.ts';
import { taskShapeKey } from '../lib/viewer-task.ts';
import { CLOSE_UP_MARGIN, frameBox, MARGIN } from './camera-framing.ts';

/** The part of OrbitControls the rig needs. */
interface Orbit {
  target: Vector3;
  update(): void;
}

export function CameraRig({ bounds, reserveKey }: { bounds: Box | null; reserveKey: string }) {
  const view = useViewer((s) => s.view);
  const focus = useViewer((s) => s.focus);
  // re-frame when an answer for another kind of task arrives (its figure has the new shape), not when the task is picked
  const taskKind = useViewer((s) => (s.shown ? taskShapeKey(s.shown.task) : 'none'));
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const controls = useThree((s) => s.controls) as unknown as Orbit | null;
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const invalidate = useThree((s) => s.invalidate);
  // latest bounds without re-framing on every slider move
  const boundsRef = useRef(bounds);
  boundsRef.current = bounds;
  const hasBounds = bounds !== null;

  useLayoutEffect(() => {
    const b = boundsRef.current;
    if (view === 'free' || !b) return;
    const { position, target } = frameBox(b, view, camera.fov, width / height, focus === 'spine' ? CLOSE_UP_MARGIN : MARGIN);
    camera.position.set(position.x, position.y, position.z);
    camera.up.set(0, 1, 0);
    camera.lookAt(target.x, target.y, target.z);
    camera.updateProjectionMatrix();
    if (controls) {
      controls.target.set(target.x, target.y, target.z);
      controls.update();
    }
    invalidate();
  }, [view, focus, taskKind, reserveKey, width, height, hasBounds, camera, controls, invalidate]);
  return null;
}
