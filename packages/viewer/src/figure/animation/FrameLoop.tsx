/**
 * The scene's single useFrame: hands the frame to the driver with the
 * playback settings read transiently from the store (no React state per
 * frame), tells it when the camera moved (view-dependent parts), and keeps the on-demand loop running while a cycle plays.
 * On software WebGL the loop pauses while the model worker solves (the two
 * compete for the CPU: render-quality.ts) and resumes when it is done. The
 * scene is drawn here too (a priority-1 useFrame takes over r3f's render), so
 * that a frame already requested when the solve starts is not drawn either:
 * it would show the same figure again, and on software WebGL the browser
 * reads every drawn frame back before its next commit (60–110 ms with the
 * main thread blocked), so the worker's answer waited for a frame nobody
 * needed (docs/performance.md, "Slider → gait cycle").
 */
import { useEffect, useMemo, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { Playhead } from '../../store/playhead.ts';
import { useViewerStoreApi } from '../../store/use-viewer.ts';
import type { FrameDriver } from './frame-driver.ts';
import { holdPlaybackWhileSolving } from '../render-quality.ts';

export function FrameLoop({ driver, playhead }: { driver: FrameDriver; playhead: Playhead }) {
  const store = useViewerStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const onEnded = useMemo(() => () => store.getState().setPlayback({ playing: false }), [store]);
  useEffect(() => {
    playhead.setFrameRequester(() => invalidate());
    return () => playhead.setFrameRequester(null);
  }, [playhead, invalidate]);
  // pressing play (or loading a cycle) must start the on-demand loop
  useEffect(() => store.subscribe((s, prev) => (s.playback !== prev.playback || (prev.busy && !s.busy)) && invalidate()), [store, invalidate]);
  // decided once per canvas: the renderer does not change while it runs
  const hold = useMemo(() => holdPlaybackWhileSolving(), []);
  // the camera and view size last seen, so view-dependent parts redraw only when they change
  const lastView = useMemo(() => new Float64Array(9).fill(NaN), []);
  const view = useMemo(() => new Float64Array(9), []);
  // whether this frame holds (nothing drawn): set by the driver's callback, read by the render callback after it
  const held = useRef(false);
  useFrame((state, delta) => {
    // position and orientation, not matrixWorld (that is only updated when the frame renders)
    const { position: p, quaternion: q } = state.camera;
    view.set([p.x, p.y, p.z, q.x, q.y, q.z, q.w], 0);
    view[7] = state.size.height;
    view[8] = (state.camera as { fov?: number }).fov ?? 0;
    const moved = view.some((x, i) => x !== lastView[i]);
    if (moved) {
      lastView.set(view);
      driver.viewVersion++;
    }
    const s = store.getState();
    // a playing cycle holds its frame while the worker solves, unless the camera moved (then it draws as usual)
    held.current = hold && s.busy && driver.gait && s.playback.playing && !moved;
    if (held.current) return;
    if (driver.tick(delta, s.playback, onEnded) && !(hold && s.busy)) state.invalidate();
  });
  useFrame((state) => {
    // nothing is drawn before the first answer: on software WebGL the empty stage's first frame (floor, shader
    // compilation, readback) held the page's main thread ~150–250 ms while that answer waited to be read
    if (!held.current && driver.hasFigures()) state.gl.render(state.scene, state.camera);
  }, 1);
  return null;
}
