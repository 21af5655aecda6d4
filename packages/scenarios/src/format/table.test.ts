import { describe, expect, it } from 'vitest';
import { LEVELS, type TaskResult } from '@lumbo/model';
import { DISCLAIMER, describeTask, formatTable } from './table.ts';

/** A hand-made result with round, recognisable numbers: this tests layout, not biomechanics. */
function sampleResult(overrides: Partial<TaskResult> = {}): TaskResult {
  const zero = { x: 0, y: 0, z: 0 };
  return {
    task: { kind: 'single-leg-stance', side: 'right' },
    pelvis: { anteriorTiltDeg: 12.34, pelvicTiltDeg: 11, sacralSlopeDeg: 42, pelvicIncidenceDeg: 53, obliquityDeg: -0.01, axialRotationDeg: 0.5 },
    lumbar: {
      lordosisDeg: 44.5,
      lateralCurveDeg: -1.2,
      levels: LEVELS.map((level, i) => ({
        level,
        angleDeg: 8 + i,
        lateralBendDeg: 0.1 * i,
        axialRotationDeg: -0.2,
        compressionN: 1000 + 100 * i,
        apShearN: 50,
        mlShearN: -20,
        lateralMomentNm: 1,
        axialMomentNm: 0.5,
        leftCompressionN: 450,
        rightCompressionN: 550 + 100 * i,
        asymmetryIndex: 0.1,
        intradiscalPressureMPa: 0.789,
        facetShare: 0.1,
        leftFacetForceN: 40,
        rightFacetForceN: 60,
        discCompressionN: 900,
      })),
    },
    trunk: { forwardLeanDeg: 2, lateralLeanDeg: 3.25 },
    hips: {
      left: { flexionDeg: 0, adductionDeg: 0, contactForceN: 0, abductorDemandNm: 0, abductorCapacityNm: 0, abductorVoluntaryCapacityNm: 0 },
      right: { flexionDeg: 1, adductionDeg: 4, contactForceN: 2000, abductorDemandNm: 60, abductorCapacityNm: 80, abductorVoluntaryCapacityNm: 90 },
    },
    muscles: [
      { group: 'gluteusMedius', side: 'left', activation: 0.0123, forceN: 12, passiveForceN: 0 },
      { group: 'gluteusMedius', side: 'right', activation: 0.75, forceN: 987.6, passiveForceN: 10 },
    ],
    reserves: [],
    converged: true,
    feasible: true,
    warnings: [],
    pose: { landmarks: {}, bodies: [], discs: [], muscles: [], centreOfMass: zero, hipAxisMidpoint: zero },
    bodyWeightN: 1000,
    ...overrides,
  } as TaskResult;
}

function lineStartingWith(text: string, start: string): string {
  const line = text.split('\n').find((l) => l.trimStart().startsWith(start));
  if (line === undefined) throw new Error(`no line starts with ${JSON.stringify(start)}`);
  return line;
}

describe('formatTable', () => {
  const text = formatTable(sampleResult());

  it('names the task in the first line', () => {
    expect(text.split('\n')[0]).toContain('single-leg stance on the right leg');
  });

  it('shows the pelvis angles with one decimal and degree signs', () => {
    expect(lineStartingWith(text, 'pelvis anterior tilt')).toContain('12.3°');
    expect(lineStartingWith(text, 'sacral slope SS')).toContain('42.0°');
  });

  it('never prints a negative zero', () => {
    expect(lineStartingWith(text, 'pelvic obliquity')).toContain(' 0.0°');
    expect(text).not.toMatch(/-0\.0\b/);
  });

  it('gives one row per lumbar level with compression in newtons and body weights', () => {
    for (const level of LEVELS) expect(text).toContain(level);
    const l5s1 = lineStartingWith(text, 'L5/S1').split(/\s+/).filter(Boolean);
    expect(l5s1.slice(0, 6)).toEqual(['L5/S1', '12.0', '0.4', '-0.2', '1400', '1.40']);
    expect(l5s1.slice(-3)).toEqual(['40', '60', '0.79']);
    expect(l5s1.at(-1)).toBe('0.79');
  });

  it('shows hip contact force as ×BW and the abductor demand as a share of capacity', () => {
    const right = lineStartingWith(text, 'right').split(/\s+/).filter(Boolean);
    expect(right).toEqual(['right', '1.0', '4.0', '2000', '2.00', '60.0', '80.0', '75%']);
    expect(lineStartingWith(text, 'left')).toContain('—');
  });

  it('says NOT FEASIBLE above the tables when reserves were needed, and nothing when they were not', () => {
    expect(text).not.toContain('NOT FEASIBLE');
    const infeasible = formatTable(sampleResult({ feasible: false }));
    expect(infeasible.split('\n').slice(0, 4).join('\n')).toContain('NOT FEASIBLE');
  });

  it('gives each muscle group one row with left and right side by side', () => {
    expect(lineStartingWith(text, 'Gluteus medius').split(/\s+/).filter(Boolean).slice(2)).toEqual(['0.012', '0.750', '12', '988']);
  });

  it('says so when there are no reserves and no warnings', () => {
    expect(text).toContain('none: the muscles supplied every moment');
    expect(text).toMatch(/Warnings\n {2}none/);
  });

  it('lists reserves and warnings when present', () => {
    const loaded = formatTable(
      sampleResult({ reserves: [{ dof: 'hip_r.abduction', momentNm: 12.345 }], warnings: ['abductor capacity exceeded'], converged: false }),
    );
    expect(lineStartingWith(loaded, 'hip_r.abduction')).toContain('12.3');
    expect(loaded).toContain('  - abductor capacity exceeded');
    expect(loaded.split('\n')[1]).toContain('DID NOT CONVERGE');
  });

  it('lists the parameter overrides it was given', () => {
    const withSettings = formatTable(sampleResult(), { settings: [{ path: 'subject.massKg', value: 90 }] });
    expect(withSettings.split('\n')[1]).toContain('parameters: subject.massKg=90');
    expect(text.split('\n')[1]).toContain('parameters: defaults');
  });

  it('ends with the not-a-diagnostic-device line', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe(DISCLAIMER);
    expect(DISCLAIMER).toContain('education and research tool, not a diagnostic device');
  });
});

describe('describeTask', () => {
  it('reads each task as words', () => {
    expect(describeTask({ kind: 'standing' })).toBe('standing');
    expect(describeTask({ kind: 'trunk-flexion', angleDeg: 30 })).toBe('trunk flexion 30.0°');
    expect(describeTask({ kind: 'single-leg-stance', side: 'left' })).toBe('single-leg stance on the left leg');
  });
});
