/**
 * The scene's single useFrame: hands the frame to the driver with the
 * playback settings read transiently from the store (no React state per
 * frame), and keeps the on-demand loop running while a cycle plays.
 */
import { useEffect, useMemo } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import type { Playhead } from '../../store/playhead.ts';
import { useViewerStoreApi } from '../../store/use-viewer.ts';
import type { FrameDriver } from './frame-driver.ts';

export function FrameLoop({ driver, playhead }: { driver: FrameDriver; playhead: Playhead }) {
  const store = useViewerStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const onEnded = useMemo(() => () => store.getState().setPlayback({ playing: false }), [store]);
  useEffect(() => {
    playhead.setFrameRequester(() => invalidate());
    return () => playhead.setFrameRequester(null);
  }, [playhead, invalidate]);
  // pressing play (or loading a cycle) must start the on-demand loop
  useEffect(() => store.subscribe((s, prev) => s.playback !== prev.playback && invalidate()), [store, invalidate]);
  useFrame((state, delta) => {
    if (driver.tick(delta, store.getState().playback, onEnded)) state.invalidate();
  });
  return null;
}
