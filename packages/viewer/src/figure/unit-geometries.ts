/**
 * Shared unit primitives that every instanced part scales into place. Built
 * once at module load and never disposed: they live as long as the page.
 */
import { BoxGeometry, ConeGeometry, CylinderGeometry, PlaneGeometry, SphereGeometry, TorusGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';

export const UNIT_CYLINDER = new CylinderGeometry(1, 1, 1, 10, 1);
export const UNIT_SPHERE = new SphereGeometry(1, 16, 12);
export const UNIT_BOX = new BoxGeometry(1, 1, 1);
/** Apex at +y/2, base at −y/2. */
export const UNIT_CONE = new ConeGeometry(1, 1, 14);
/** Ring of radius 1 in the xy plane; tube 0.06 of the radius before scaling. */
export const UNIT_RING = new TorusGeometry(1, 0.06, 4, 36);

/** The z ≥ 0 half of a unit cylinder, its cut face closed (a disc half). */
export const UNIT_HALF_DISC = (() => {
  // CylinderGeometry puts a vertex at (sin θ, ·, cos θ): θ ∈ [−π/2, π/2] is the z ≥ 0 half
  const shell = new CylinderGeometry(1, 1, 1, 16, 1, false, -Math.PI / 2, Math.PI);
  const cut = new PlaneGeometry(2, 1);
  cut.rotateY(Math.PI); // face −z, away from the half it closes
  const merged = mergeGeometries([shell.toNonIndexed(), cut.toNonIndexed()]);
  if (!merged) throw new Error('could not build the disc-half geometry');
  return merged;
})();
