/**
 * The 3-D view. Renders on demand only (after a result, a camera move or a
 * resize), which keeps software WebGL cheap: nothing animates between results.
 * Multisampling only on a hardware renderer (render-quality.ts).
 */
import { useCallback } from 'react';
import { Canvas } from '@react-three/fiber';
import { useViewerStoreApi } from '../state/use-viewer.ts';
import { Figure } from './Figure.tsx';
import { FrameProbe } from './FrameProbe.tsx';
import { OrbitRig } from './OrbitRig.tsx';
import { BACKGROUND, FLOOR } from './palette.ts';
import { isSoftwareWebGl } from './render-quality.ts';

// decided once per page: the renderer does not change while it runs
const ANTIALIAS = !isSoftwareWebGl();

export function Viewport() {
  const store = useViewerStoreApi();
  const toFreeView = useCallback(() => store.getState().setView('free'), [store]);
  return (
    <Canvas
      frameloop="demand"
      flat
      dpr={[1, 2]}
      camera={{ fov: 24, near: 0.05, far: 40, position: [0, 1, 6] }}
      gl={{ antialias: ANTIALIAS }}
      aria-label="3-D view of the pelvis, lumbar spine, hips and legs"
      role="img"
    >
      <color attach="background" args={[BACKGROUND]} />
      <hemisphereLight args={['#ffffff', '#8a8f99', 2.2]} />
      <directionalLight position={[2, 3, 2.5]} intensity={1.4} />
      <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, -0.001, 0]}>
        <circleGeometry args={[0.9, 48]} />
        <meshBasicMaterial color={FLOOR} />
      </mesh>
      <Figure />
      <OrbitRig onUserMove={toFreeView} />
      <FrameProbe />
    </Canvas>
  );
}
