/**
 * three's own OrbitControls, wired to the on-demand renderer: a camera move
 * requests a frame; the first drag or wheel turn switches the view to
 * "free". Registered as the root's `controls` so the camera rig can retarget it.
 * (drei's wrapper would pull three-stdlib into the bundle for the same class.)
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

export function OrbitRig({ onUserMove }: { onUserMove: () => void }) {
  const camera = useThree((s) => s.camera);
  const element = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const set = useThree((s) => s.set);
  useEffect(() => {
    const controls = new OrbitControls(camera, element);
    controls.enableDamping = false;
    const onChange = () => invalidate();
    controls.addEventListener('change', onChange);
    controls.addEventListener('start', onUserMove);
    set({ controls });
    return () => {
      controls.removeEventListener('change', onChange);
      controls.removeEventListener('start', onUserMove);
      controls.dispose();
      set({ controls: null });
    };
  }, [camera, element, invalidate, set, onUserMove]);
  return null;
}
