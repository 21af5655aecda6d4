import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, solveTask, type Task } from '@lumbo/model';
import { buildDrawing } from './drawing.ts';
import { sideAnnotationShapes } from './overlay-shapes.ts';
import { isDrawable, type Placement } from './placement.ts';
import { length, normalize, type Vec3 } from './vec.ts';

const model = compileModel();
const tasks: Task[] = [
  { kind: 'standing' },
  { kind: 'single-leg-stance', side: 'right' },
  { kind: 'trunk-flexion', angleDeg: 60 },
  { kind: 'sitting' },
];

function draw(task: Task) {
  const result = solveTask(model, task);
  const drawing = buildDrawing(result, DEFAULT_PARAMS);
  if (!drawing) throw new Error('no drawing');
  return { result, drawing };
}

function allPlacements(d: NonNullable<ReturnType<typeof buildDrawing>>): Placement[] {
  return [
    ...d.legs.shafts,
    ...d.legs.joints,
    ...d.legs.feet,
    ...d.pelvis.rami,
    ...d.pelvis.rims,
    d.pelvis.sacrum,
    ...d.spine.bodies,
    ...d.spine.processes,
    ...d.spine.column,
    ...d.spine.discHalves.map((h) => h.placement),
    ...d.trunk.ribs,
    ...d.trunk.girdle,
    d.trunk.head,
    ...d.muscles.map((m) => m.placement),
  ];
}

describe('the drawing built from a model result', () => {
  it.each(tasks.map((t) => [t.kind, t] as const))('is finite and complete for %s', (_kind, task) => {
    const { drawing, result } = draw(task);
    const placements = allPlacements(drawing);
    expect(placements.every(isDrawable)).toBe(true);
    expect(drawing.spine.discHalves).toHaveLength(10);
    expect(drawing.spine.bodies).toHaveLength(5);
    expect(drawing.muscles.length).toBeGreaterThanOrEqual(result.pose.muscles.length);
    // the figure fits its own framing box
    for (const p of [drawing.anatomy.head, drawing.anatomy.legs.l.ankle, drawing.anatomy.legs.r.toe]) {
      expect(p.y).toBeGreaterThanOrEqual(drawing.bounds.min.y);
      expect(p.y).toBeLessThanOrEqual(drawing.bounds.max.y);
    }
  });

  it('colours each disc half with that half’s own compression', () => {
    const { drawing, result } = draw({ kind: 'single-leg-stance', side: 'right' });
    const l4l5 = result.lumbar.levels.find((l) => l.level === 'L4/L5')!;
    const halves = drawing.spine.discHalves.filter((h) => h.level === 'L4/L5');
    expect(halves.find((h) => h.side === 'left')!.compressionN).toBe(l4l5.leftCompressionN);
    expect(halves.find((h) => h.side === 'right')!.compressionN).toBe(l4l5.rightCompressionN);
  });

  it('puts the right disc half on the right (+z) of its disc', () => {
    const { drawing, result } = draw({ kind: 'standing' });
    const disc = result.pose.discs.find((d) => d.level === 'L3/L4')!;
    const right = drawing.spine.discHalves.find((h) => h.level === 'L3/L4' && h.side === 'right')!;
    // the unit half-disc covers local z ≥ 0, so its world side is the placement's z axis
    expect(right.placement.z.z).toBeGreaterThan(0);
    expect(right.placement.centre.z).toBeGreaterThanOrEqual(disc.centre.z);
  });

  it('draws angle annotations whose angles are the model’s numbers', () => {
    for (const task of tasks.filter((t) => t.kind !== 'single-leg-stance')) {
      const { drawing, result } = draw(task);
      const shapes = sideAnnotationShapes(drawing, result);
      const [tilt, s1, l1] = shapes.solid.map((p) => normalize(p.y));
      const sagittal = (d: Vec3) => Math.atan2(d.y, d.x);
      // ASIS–PSIS line: the ASIS end lower by the anterior tilt
      expect((-sagittal(tilt!) * 180) / Math.PI).toBeCloseTo(result.pelvis.anteriorTiltDeg, 0);
      // L1 and S1 endplate lines meet at the lordosis angle; within 1° because the model adds the
      // discs' compliance to lordosisDeg but not (yet) to the pose it returns for drawing
      const between = (Math.acos(Math.abs(s1!.x * l1!.x + s1!.y * l1!.y) / (length(s1!) * length(l1!))) * 180) / Math.PI;
      expect(Math.abs(between - Math.abs(result.lumbar.lordosisDeg))).toBeLessThan(1);
    }
  });
});
