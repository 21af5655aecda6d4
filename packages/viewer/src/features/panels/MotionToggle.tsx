/**
 * The reduced-motion setting (a checkbox: keyboard operable, named "Reduce
 * motion"). It starts from the system's prefers-reduced-motion and the
 * user's choice is remembered (state/reduced-motion.ts). On: gait does not
 * play by itself (Play still works), no transitions or animations.
 */
import { useViewer } from '../../store/use-viewer.ts';

export function MotionToggle() {
  const reducedMotion = useViewer((s) => s.reducedMotion);
  const setReducedMotion = useViewer((s) => s.setReducedMotion);
  return (
    <label className="motion-toggle" title="No gait autoplay, no animated transitions. Starts from your system setting; your choice is remembered.">
      <input type="checkbox" checked={reducedMotion} onChange={(e) => setReducedMotion(e.currentTarget.checked)} />
      Reduce motion
    </label>
  );
}
