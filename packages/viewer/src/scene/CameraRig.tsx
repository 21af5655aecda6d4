/**
 * Applies the chosen camera preset: frames the figure (or the lumbopelvic
 * region, by the `bounds` it is given) on a change of view, focus, task kind, window size, or when the
 * first figure appears (or one for another kind of task). In free view it leaves the camera to the user.
 */
import { useLayoutEffect, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import type { PerspectiveCamera, Vector3 } from 'three';
import { useViewer } from '../state/use-viewer.ts';
import { frameBox } from './camera-framing.ts';
import type { Bounds } from './drawing.ts';

/** The part of OrbitControls the rig needs (its class lives in three-stdlib, not a direct dependency). */
interface Orbit {
  target: Vector3;
  update(): void;
}

export function CameraRig({ bounds }: { bounds: Bounds | null }) {
  const view = useViewer((s) => s.view);
  const focus = useViewer((s) => s.focus);
  // re-frame when a result for another kind of task arrives (its figure has the new shape), not when the task is picked
  const taskKind = useViewer((s) => {
    const t = s.result?.task;
    return t ? (t.kind === 'single-leg-stance' ? `${t.kind}-${t.side}` : t.kind) : 'none';
  });
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
    const { position, target } = frameBox(b, view, camera.fov, width / height);
    camera.position.set(position.x, position.y, position.z);
    camera.up.set(0, 1, 0);
    camera.lookAt(target.x, target.y, target.z);
    camera.updateProjectionMatrix();
    if (controls) {
      controls.target.set(target.x, target.y, target.z);
      controls.update();
    }
    invalidate();
  }, [view, focus, taskKind, width, height, hasBounds, camera, controls, invalidate]);
  return null;
}
