/**
 * Registers the canvas's probes on `window.__lumbo`: `measureFrames` (honest
 * per-frame render cost, GPU included, toolchain pitfall 9), the frame
 * driver's JavaScript timings, and a stamp of the first frame that shows each
 * new answer (for the slider-to-screen latency), and a projection of world
 * points through the camera (how large the pelvis is on screen). It also tells
 * the store when the first figure with an answer was drawn (work that can
 * wait, such as the offline cache's download, waits for it).
 */
import { useEffect } from 'react';
import { addAfterEffect, useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import { recordPaint, registerProbes, summarise } from '../store/debug-handle.ts';
import { useViewerStoreApi } from '../store/use-viewer.ts';
import type { FrameDriver } from './animation/frame-driver.ts';

/**
 * Which main request the figure on screen answers, and whether with a coarse
 * cycle (refining); set by the stage when it commits a new figure.
 */
export const drawnRequest = { id: 0, refining: false, frames: 1, stamped: 0, stampedRefining: false };

export function FrameProbe({ driver }: { driver: FrameDriver }) {
  const store = useViewerStoreApi();
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const pixel = new Uint8Array(4);
    return registerProbes({
      measureFrames(n) {
        const ctx = gl.getContext();
        const times: number[] = [];
        for (let i = 0; i < n; i++) {
          const t0 = performance.now();
          gl.render(scene, camera);
          // reading a pixel waits for the frame to finish, so software GL is timed fully
          ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, pixel);
          times.push(performance.now() - t0);
        }
        const sorted = [...times].sort((a, b) => a - b);
        return {
          frames: n,
          medianMs: sorted[Math.floor(n / 2)] ?? Number.NaN,
          meanMs: times.reduce((a, b) => a + b, 0) / Math.max(1, n),
          maxMs: sorted[n - 1] ?? Number.NaN,
          drawCalls: gl.info.render.calls,
          triangles: gl.info.render.triangles,
          width: gl.domElement.width,
          height: gl.domElement.height,
        };
      },
      frameWork: () => summarise(driver.timings.samples, driver.timings.count),
      resetFrameWork: () => driver.resetTimings(),
      project(points) {
        const { width, height } = gl.domElement.getBoundingClientRect();
        camera.updateMatrixWorld();
        return {
          width,
          height,
          points: points.map((p) => {
            const ndc = new Vector3(p.x, p.y, p.z).project(camera);
            return { x: ((ndc.x + 1) / 2) * width, y: ((1 - ndc.y) / 2) * height };
          }),
        };
      },
    });
  }, [gl, scene, camera, driver]);
  useEffect(
    () =>
      addAfterEffect(() => {
        if (drawnRequest.id !== drawnRequest.stamped || drawnRequest.refining !== drawnRequest.stampedRefining) {
          drawnRequest.stamped = drawnRequest.id;
          drawnRequest.stampedRefining = drawnRequest.refining;
          const atMs = performance.now();
          recordPaint(drawnRequest.id, atMs, drawnRequest.refining, drawnRequest.frames);
          store.getState().markFirstFrame(atMs);
        }
      }),
    [store],
  );
  return null;
}
