/**
 * The 3-D view. Renders on demand (after an answer, a camera move, a resize,
 * a seek) and continuously only while a gait cycle plays, which keeps
 * software WebGL cheap. Multisampling only on a hardware renderer
 * (render-quality.ts).
 */
import { useCallback, useState } from 'react';
import { Canvas } from '@react-three/fiber';
import { MuscleLabelOverlay } from '../figure/muscles/MuscleLabel.tsx';
import { usePlayhead, useViewerStoreApi } from '../store/use-viewer.ts';
import { createFrameDriver } from '../figure/animation/frame-driver.ts';
import { DriverContext } from '../figure/animation/context.ts';
import { FrameProbe } from '../figure/FrameProbe.tsx';
import { CaptureBridge } from '../features/export/CaptureBridge.tsx';
import { OrbitRig } from '../figure/OrbitRig.tsx';
import { BACKGROUND, FLOOR } from '../figure/palette.ts';
import { isSoftwareWebGl } from '../figure/render-quality.ts';
import { Stage } from '../figure/Stage.tsx';
import { anatomyDebug } from '../figure/anatomy-probe.ts';
import { registerAnatomy } from '../store/debug-handle.ts';

// decided once per page: the renderer does not change while it runs
const ANTIALIAS = !isSoftwareWebGl();

// window.__lumbo.anatomy (docs/viewer.md, testability contract) arrives with this chunk
registerAnatomy(anatomyDebug);

export function Viewport() {
  const store = useViewerStoreApi();
  const playhead = usePlayhead();
  const [driver] = useState(() => createFrameDriver(playhead));
  const toFreeView = useCallback(() => store.getState().setView('free'), [store]);
  return (
    <>
      <Canvas
        frameloop="demand"
        flat
        dpr={[1, 2]}
        camera={{ fov: 24, near: 0.05, far: 40, position: [0, 1, 6] }}
        gl={{ antialias: ANTIALIAS, stencil: true }}
        // the scene's own background before its first frame (nothing is drawn until the first answer: FrameLoop.tsx)
        style={{ background: BACKGROUND }}
        aria-label="3-D view of the pelvis, lumbar spine, hips and legs, with the compare set as a translucent figure"
        role="img"
      >
        <DriverContext.Provider value={driver}>
          <color attach="background" args={[BACKGROUND]} />
          <hemisphereLight args={['#ffffff', '#8a8f99', 2.2]} />
          <directionalLight position={[2, 3, 2.5]} intensity={1.4} />
          {/* a fill from behind, so the back views (sacrum, iliac wings, ribs) read as bone, not grey */}
          <directionalLight position={[-1.5, 2, -2.5]} intensity={0.9} />
          <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, -0.001, 0]}>
            <circleGeometry args={[1.6, 48]} />
            <meshBasicMaterial color={FLOOR} />
          </mesh>
          <Stage driver={driver} playhead={playhead} />
          <OrbitRig onUserMove={toFreeView} />
          <FrameProbe driver={driver} />
          <CaptureBridge driver={driver} />
        </DriverContext.Provider>
      </Canvas>
      {/* the muscle named on hover or tap: DOM over the canvas, fed by the scene (figure/muscles/) */}
      <MuscleLabelOverlay />
    </>
  );
}
