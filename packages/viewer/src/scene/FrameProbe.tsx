/** Registers `window.__lumbo.measureFrames`: honest per-frame cost, GPU included (toolchain pitfall 9). */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { registerFrameProbe } from '../debug-handle.ts';

export function FrameProbe() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    const pixel = new Uint8Array(4);
    return registerFrameProbe((n) => {
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
    });
  }, [gl, scene, camera]);
  return null;
}
