import { describe, expect, it } from 'vitest';
import { CLOSE_UP_MARGIN, frameBox } from './camera-framing.ts';
import { lectureLinePx, rodDiameterPx, setRodRadii } from './line-thickness.ts';
import { v } from '../lib/vec.ts';

// the viewer's camera (app/Viewport.tsx) and the boxes it frames: the standing figure, and the close-up (pelvis to knees)
const FOV_DEG = 24;
const WHOLE_BODY = { min: v(-0.25, 0, -0.3), max: v(0.3, 1.85, 0.3) };
const CLOSE_UP = { min: v(-0.2, 0.45, -0.2), max: v(0.2, 1.3, 0.2) };
// annotation rods (overlay-shapes.ts): 2 mm (side view), 2.5 mm (back view)
const SIDE_ROD_M = 0.002;

/** One rod along y at the box centre, 4×4 column-major. */
function rodAt(centre: { x: number; y: number; z: number }, r: number): Float32Array {
  return Float32Array.from([r, 0, 0, 0, 0, 0.1, 0, 0, 0, 0, r, 0, centre.x, centre.y, centre.z, 1]);
}

function drawnPx(box: typeof WHOLE_BODY, width: number, height: number, lecture: boolean, margin?: number): number {
  const cam = frameBox(box, 'side', FOV_DEG, width / height, margin);
  const m = rodAt(cam.target, SIDE_ROD_M);
  setRodRadii(m, 1, [SIDE_ROD_M], { camera: cam.position, fovDeg: FOV_DEG, viewHeightPx: height, minPx: lecture ? lectureLinePx(height) : 0 });
  const d = Math.hypot(cam.position.x - cam.target.x, cam.position.y - cam.target.y, cam.position.z - cam.target.z);
  return rodDiameterPx(Math.hypot(m[0]!, m[1]!, m[2]!), d, FOV_DEG, height);
}

describe('overlay rods on screen', () => {
  it('are 1–2 px in whole-body framing at their world radius (too thin for a lecture hall)', () => {
    const px = drawnPx(WHOLE_BODY, 1920, 1080, false);
    expect(px).toBeGreaterThan(1);
    expect(px).toBeLessThan(2.5);
  });

  it('are at least 6.7 px at 1920×1080 in lecture mode, in whole-body framing and in the close-up', () => {
    expect(drawnPx(WHOLE_BODY, 1920, 1080, true)).toBeGreaterThanOrEqual(6.74);
    expect(drawnPx(CLOSE_UP, 1920, 1080, true, CLOSE_UP_MARGIN)).toBeGreaterThanOrEqual(6.74);
  });

  it('are proportionally thicker in lecture mode at 1080 than on a 1366×768 laptop, in both framings', () => {
    for (const [box, margin] of [[WHOLE_BODY, undefined], [CLOSE_UP, CLOSE_UP_MARGIN]] as const) {
      const laptop = drawnPx(box, 1366, 768, false, margin);
      const lecture = drawnPx(box, 1920, 1080, true, margin);
      expect(lecture / 1080).toBeGreaterThanOrEqual(laptop / 768);
    }
  });

  it('never get thinner than their world radius, and setting the radii twice gives the same matrices', () => {
    const cam = frameBox(CLOSE_UP, 'back', FOV_DEG, 16 / 9, CLOSE_UP_MARGIN);
    const m = rodAt(cam.target, 0.01);
    const view = { camera: cam.position, fovDeg: FOV_DEG, viewHeightPx: 1080, minPx: lectureLinePx(1080) };
    setRodRadii(m, 1, [0.01], view);
    expect(Math.hypot(m[0]!, m[1]!, m[2]!)).toBeCloseTo(0.01, 6);
    const thin = rodAt(cam.target, 0.0005);
    setRodRadii(thin, 1, [0.0005], view);
    const once = Float32Array.from(thin);
    setRodRadii(thin, 1, [0.0005], view);
    expect(Array.from(thin)).toEqual(Array.from(once));
    expect(thin[10]).toBeCloseTo(thin[0]!, 6);
    expect(thin[0]).toBeGreaterThan(0.0005);
    // the rod's length (its y axis) and position are untouched
    expect(thin[5]).toBeCloseTo(0.1, 6);
  });
});
