/**
 * Inside the r3f canvas: registers how export code renders the scene on
 * demand (capture.ts). A render moves every figure to the playhead first
 * (the frame driver's own update, paused so the playhead stays put), so a
 * seek followed by a render shows exactly that moment of the cycle.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { FrameDriver } from '../../figure/animation/frame-driver.ts';
import type { PlaybackSettings } from '../../store/store.ts';
import { registerSceneCapture } from './capture.ts';

const HOLD_STILL: PlaybackSettings = { playing: false, speed: 1, loop: true };
const noop = () => undefined;

export function CaptureBridge({ driver }: { driver: FrameDriver }) {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(
    () =>
      registerSceneCapture({
        render() {
          driver.tick(0, HOLD_STILL, noop);
          gl.render(scene, camera);
          return gl.domElement;
        },
        preservesDrawingBuffer: gl.getContext().getContextAttributes()?.preserveDrawingBuffer ?? false,
      }),
    [gl, scene, camera, driver],
  );
  return null;
}
