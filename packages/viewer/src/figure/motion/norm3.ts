/**
 * Length of (x, y, z) for the per-frame drawing code. Not Math.hypot: a call to that variadic builtin is not
 * inlined, so its three doubles are boxed on the heap at every call — in the muscle bellies' per-frame rewrite
 * that was 2.2 MB of garbage per slider step during gait playback, a third of the page's allocation
 * (docs/performance.md). The drawing's lengths are centimetres to metres: no overflow for hypot to guard.
 */
export function norm3(x: number, y: number, z: number): number {
  return Math.sqrt(x * x + y * y + z * z);
}
