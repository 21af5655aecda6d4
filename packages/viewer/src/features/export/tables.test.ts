import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, LEVELS, simulateGait, solveTask, type GaitLevelSeries, type GaitResult, type TaskResult } from '@lumbo/model';
import { mergeParams } from '../../lib/params-path.ts';
import { answerCsv, answerJson, EXPORT_DISCLAIMER, gaitCsv, staticResultCsv, type ExportContext } from './tables.ts';

/** Splits our CSV (numbers and level names only, so no quoted cells) into a header and rows of cells. */
function parseCsv(text: string): { header: string[]; rows: string[][] } {
  expect(text.endsWith('\n')).toBe(true);
  expect(text).not.toContain('"');
  const [header, ...rows] = text.trimEnd().split('\n').map((line) => line.split(','));
  return { header: header!, rows };
}

/** Columns that are labels, indices or 0/1 flags; every other column must name its unit. */
const UNITLESS = new Set(['level', 'frame', 'stance.left', 'stance.right', 'feasible']);
/** A unit (or, for a ratio, what kind of number it is) ending one dotted word of the name (M: metres, centreOfPressureM). */
const UNIT_WORD = /(Deg|N|Nm|MPa|M|S|Percent|Index|Share)$/;

function carriesUnit(name: string): boolean {
  return name.split('.').some((word) => UNIT_WORD.test(word));
}

// a weak right gluteus medius in right single-leg stance: asymmetric loads, non-zero abductor demand
const weakParams = mergeParams(DEFAULT_PARAMS, { muscles: { gluteusMedius: { right: { strength: 0.4 } } } });
const stance: TaskResult = solveTask(compileModel(weakParams), { kind: 'single-leg-stance', side: 'right' });
const gait: GaitResult = simulateGait(compileModel(weakParams));

describe('static task CSV', () => {
  const { header, rows } = parseCsv(staticResultCsv(stance));
  const col = (name: string) => {
    const i = header.indexOf(name);
    expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('has one row per lumbar level, in the model order', () => {
    expect(rows.map((r) => r[col('level')])).toEqual([...LEVELS]);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('names a unit in every column name', () => {
    const missing = header.filter((name) => !UNITLESS.has(name) && !carriesUnit(name));
    expect(missing).toEqual([]);
    expect(new Set(header).size).toBe(header.length);
  });

  it('writes every per-level number so that it parses back to the same double', () => {
    stance.lumbar.levels.forEach((level, i) => {
      for (const field of ['angleDeg', 'compressionN', 'leftCompressionN', 'rightCompressionN', 'asymmetryIndex', 'apShearN', 'intradiscalPressureMPa', 'facetShare'] as const) {
        expect(Number(rows[i]![col(field)])).toBe(level[field]);
      }
    });
  });

  it('repeats the posture and hip scalars on every row', () => {
    for (const row of rows) {
      expect(Number(row[col('pelvis.obliquityDeg')])).toBe(stance.pelvis.obliquityDeg);
      expect(Number(row[col('pelvis.anteriorTiltDeg')])).toBe(stance.pelvis.anteriorTiltDeg);
      expect(Number(row[col('lumbar.lordosisDeg')])).toBe(stance.lumbar.lordosisDeg);
      expect(Number(row[col('trunk.lateralLeanDeg')])).toBe(stance.trunk.lateralLeanDeg);
      expect(Number(row[col('hips.right.abductorDemandNm')])).toBe(stance.hips.right.abductorDemandNm);
      expect(Number(row[col('hips.right.abductorCapacityNm')])).toBe(stance.hips.right.abductorCapacityNm);
    }
    // the stance side carries the abductor demand: the column is not a zero placeholder
    expect(Number(rows[0]![col('hips.right.abductorDemandNm')])).toBeGreaterThan(0);
  });
});

/** The gait CSV's header before the pelvic rotation, ground reactions, joint moments and residuals were added (scripts may read by position). */
const COLUMNS_BEFORE_DYNAMICS = [
  'frame', 'timeS', 'cyclePercent', 'pelvicObliquityDeg', 'anteriorPelvicTiltDeg', 'pelvicTiltDeg', 'sacralSlopeDeg', 'trunkLateralLeanDeg',
  'trunkForwardLeanDeg', 'trunkForwardCompensationDeg', 'lordosisDeg', 'stance.left', 'stance.right', 'levels.L1/L2.compressionN',
  'levels.L1/L2.leftCompressionN', 'levels.L1/L2.rightCompressionN', 'levels.L1/L2.asymmetryIndex', 'levels.L1/L2.lateralBendDeg',
  'levels.L1/L2.axialRotationDeg', 'levels.L1/L2.leftFacetForceN', 'levels.L1/L2.rightFacetForceN', 'levels.L2/L3.compressionN',
  'levels.L2/L3.leftCompressionN', 'levels.L2/L3.rightCompressionN', 'levels.L2/L3.asymmetryIndex', 'levels.L2/L3.lateralBendDeg',
  'levels.L2/L3.axialRotationDeg', 'levels.L2/L3.leftFacetForceN', 'levels.L2/L3.rightFacetForceN', 'levels.L3/L4.compressionN',
  'levels.L3/L4.leftCompressionN', 'levels.L3/L4.rightCompressionN', 'levels.L3/L4.asymmetryIndex', 'levels.L3/L4.lateralBendDeg',
  'levels.L3/L4.axialRotationDeg', 'levels.L3/L4.leftFacetForceN', 'levels.L3/L4.rightFacetForceN', 'levels.L4/L5.compressionN',
  'levels.L4/L5.leftCompressionN', 'levels.L4/L5.rightCompressionN', 'levels.L4/L5.asymmetryIndex', 'levels.L4/L5.lateralBendDeg',
  'levels.L4/L5.axialRotationDeg', 'levels.L4/L5.leftFacetForceN', 'levels.L4/L5.rightFacetForceN', 'levels.L5/S1.compressionN',
  'levels.L5/S1.leftCompressionN', 'levels.L5/S1.rightCompressionN', 'levels.L5/S1.asymmetryIndex', 'levels.L5/S1.lateralBendDeg',
  'levels.L5/S1.axialRotationDeg', 'levels.L5/S1.leftFacetForceN', 'levels.L5/S1.rightFacetForceN', 'hipAbductorDemandNm.left',
  'hipAbductorDemandNm.right', 'hipAbductorCapacityNm.left', 'hipAbductorCapacityNm.right', 'hipContactForceN.left', 'hipContactForceN.right',
  'pelvicDropDeg.left', 'pelvicDropDeg.right', 'trunkLeanCompensationDeg.left', 'trunkLeanCompensationDeg.right', 'trunkLurchDeg.left',
  'trunkLurchDeg.right', 'hipFlexorDemandNm.left', 'hipFlexorDemandNm.right', 'hipFlexorCapacityNm.left', 'hipFlexorCapacityNm.right',
  'hipFlexorDeficitNm.left', 'hipFlexorDeficitNm.right', 'hipRotationPiriformisDeg.left', 'hipRotationPiriformisDeg.right', 'maxReserveNm',
];

const SIDES = ['left', 'right'] as const;
const AXES = ['x', 'y', 'z'] as const;

/** The columns added after COLUMNS_BEFORE_DYNAMICS, in file order: name, the unit its name must carry (null: a 0/1 flag), the model's series. */
const newGaitSeries: [string, string | null, ArrayLike<number>][] = [
  ['pelvicRotationDeg', 'Deg', gait.pelvicRotationDeg],
  ...LEVELS.flatMap((level) =>
    (
      [
        ['apShearN', 'N'],
        ['mlShearN', 'N'],
        ['lateralMomentNm', 'Nm'],
        ['intradiscalPressureMPa', 'MPa'],
        ['axialMomentNm', 'Nm'],
      ] as const
    ).map(([key, unit]): [string, string, ArrayLike<number>] => [`levels.${level}.${key}`, unit, gait.levels[level][key]]),
  ),
  ...SIDES.flatMap((side) => AXES.map((axis): [string, string, ArrayLike<number>] => [`groundReactionForceN.${side}.${axis}`, 'N', gait.groundReactionForceN[side][axis]])),
  ...SIDES.flatMap((side) => AXES.map((axis): [string, string, ArrayLike<number>] => [`centreOfPressureM.${side}.${axis}`, 'M', gait.centreOfPressureM[side][axis]])),
  ...SIDES.flatMap((side) => AXES.map((axis): [string, string, ArrayLike<number>] => [`groundReactionTorqueNm.${side}.${axis}`, 'Nm', gait.groundReactionTorqueNm[side][axis]])),
  ...SIDES.flatMap((side) =>
    (['flexionNm', 'adductionNm', 'rotationNm'] as const).map((key): [string, string, ArrayLike<number>] => [`hipMomentNm.${side}.${key}`, 'Nm', gait.hipMomentNm[side][key]]),
  ),
  ['kneeMomentNm.left', 'Nm', gait.kneeMomentNm.left],
  ['kneeMomentNm.right', 'Nm', gait.kneeMomentNm.right],
  ['lumbosacralMomentNm.extensionNm', 'Nm', gait.lumbosacralMomentNm.extensionNm],
  ['lumbosacralMomentNm.bendingNm', 'Nm', gait.lumbosacralMomentNm.bendingNm],
  ['lumbosacralMomentNm.rotationNm', 'Nm', gait.lumbosacralMomentNm.rotationNm],
  ['feasible', null, gait.feasible],
  ...AXES.map((axis): [string, string, ArrayLike<number>] => [`residualForceN.${axis}`, 'N', gait.residualForceN[axis]]),
  ...AXES.map((axis): [string, string, ArrayLike<number>] => [`residualMomentNm.${axis}`, 'Nm', gait.residualMomentNm[axis]]),
  ...(['left', 'right'] as const).map((side): [string, string, ArrayLike<number>] => [`hipFlexorPassiveNm.${side}`, 'Nm', gait.hipFlexorPassiveNm[side]]),
  ...LEVELS.map((level): [string, string, ArrayLike<number>] => [`levels.${level}.angleDeg`, 'Deg', gait.levels[level].angleDeg]),
];

describe('gait CSV', () => {
  const { header, rows } = parseCsv(gaitCsv(gait));
  const col = (name: string) => {
    const i = header.indexOf(name);
    expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('has one row per model frame with the frame index', () => {
    expect(rows).toHaveLength(gait.frames);
    expect(rows.map((r) => Number(r[col('frame')]))).toEqual(Array.from({ length: gait.frames }, (_, i) => i));
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('names a unit in every column name', () => {
    const missing = header.filter((name) => !UNITLESS.has(name) && !carriesUnit(name));
    expect(missing).toEqual([]);
    expect(new Set(header).size).toBe(header.length);
  });

  it('holds the main series exactly (parse → the model double)', () => {
    const series: [string, ArrayLike<number>][] = [
      ['timeS', gait.timeS],
      ['cyclePercent', gait.cyclePercent],
      ['pelvicObliquityDeg', gait.pelvicObliquityDeg],
      ['anteriorPelvicTiltDeg', gait.anteriorPelvicTiltDeg],
      ['trunkLateralLeanDeg', gait.trunkLateralLeanDeg],
      ['lordosisDeg', gait.lordosisDeg],
      ['levels.L4/L5.leftCompressionN', gait.levels['L4/L5'].leftCompressionN],
      ['levels.L4/L5.rightCompressionN', gait.levels['L4/L5'].rightCompressionN],
      ['levels.L5/S1.leftCompressionN', gait.levels['L5/S1'].leftCompressionN],
      ['levels.L5/S1.rightCompressionN', gait.levels['L5/S1'].rightCompressionN],
      ['hipAbductorDemandNm.left', gait.hipAbductorDemandNm.left],
      ['hipAbductorDemandNm.right', gait.hipAbductorDemandNm.right],
      ['hipAbductorCapacityNm.left', gait.hipAbductorCapacityNm.left],
      ['hipAbductorCapacityNm.right', gait.hipAbductorCapacityNm.right],
      ['stance.right', gait.stance.right],
      ['maxReserveNm', gait.maxReserveNm],
    ];
    for (const [name, values] of series) {
      const c = col(name);
      expect(
        rows.map((r) => Number(r[c])),
        name,
      ).toEqual(Array.from(values));
    }
    // a weak right gluteus medius: the obliquity moves through the cycle (not a constant column)
    const obliquity = rows.map((r) => Number(r[col('pelvicObliquityDeg')]));
    expect(Math.max(...obliquity) - Math.min(...obliquity)).toBeGreaterThan(1);
  });

  it('keeps the columns it had before the dynamics were added first, in the same order', () => {
    expect(header.slice(0, COLUMNS_BEFORE_DYNAMICS.length)).toEqual(COLUMNS_BEFORE_DYNAMICS);
  });

  it('appends each new column exactly once, after the earlier ones, and still one row per frame', () => {
    const names = newGaitSeries.map(([name]) => name);
    expect(names).toHaveLength(69);
    for (const name of names) expect(header.filter((h) => h === name), name).toHaveLength(1);
    expect(header.slice(COLUMNS_BEFORE_DYNAMICS.length)).toEqual(names);
    expect(rows).toHaveLength(gait.frames);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('names the unit of each new column in the word of the model field that carries it', () => {
    for (const [name, unit] of newGaitSeries) {
      if (unit === null) {
        expect(UNITLESS.has(name), name).toBe(true);
        continue;
      }
      const words = name.split('.');
      const unitWords = words.filter((word) => UNIT_WORD.test(word));
      expect(unitWords.length, name).toBeGreaterThan(0);
      // every word that names a unit names this one (hipMomentNm.left.flexionNm, not …flexionDeg)
      for (const word of unitWords) expect(UNIT_WORD.exec(word)![1], name).toBe(unit);
      // the name ends in its unit, or only a side or a vector component follows it (groundReactionForceN.left.x)
      const last = words.findLastIndex((word) => UNIT_WORD.test(word));
      expect(words.slice(last + 1).every((word) => ['left', 'right', 'x', 'y', 'z'].includes(word)), name).toBe(true);
    }
  });

  it('holds each new series exactly at sampled frames (parse → the model double)', () => {
    const frames = [0, 7, Math.floor(gait.frames / 2), 63, gait.frames - 1];
    for (const [name, , values] of newGaitSeries) {
      expect(values, name).toHaveLength(gait.frames);
      const c = col(name);
      for (const i of frames) expect(Number(rows[i]![c]), `${name} at frame ${i}`).toBe(values[i]);
    }
    // not placeholders: the standing foot carries body weight upward, the hip and L5/S1 moments and the rotation move through the cycle
    const stanceFrame = gait.stance.right.indexOf(1, 5);
    expect(Number(rows[stanceFrame]![col('groundReactionForceN.right.y')])).toBeGreaterThan(100);
    for (const name of ['pelvicRotationDeg', 'hipMomentNm.right.adductionNm', 'lumbosacralMomentNm.extensionNm', 'centreOfPressureM.right.x']) {
      const values = rows.map((r) => Number(r[col(name)]));
      expect(Math.max(...values) - Math.min(...values), name).toBeGreaterThan(0);
    }
    expect(rows.every((r) => ['0', '1'].includes(r[col('feasible')]!))).toBe(true);
  });

  it('has every per-level series of the model at every level, each equal to the model at every frame', () => {
    for (const level of LEVELS) {
      const series = gait.levels[level];
      for (const key of Object.keys(series) as (keyof GaitLevelSeries)[]) {
        const name = `levels.${level}.${key}`;
        expect(header.filter((h) => h === name), name).toHaveLength(1);
        const c = col(name);
        expect(
          rows.map((r) => Number(r[c])),
          name,
        ).toEqual(Array.from(series[key]));
      }
    }
  });

  it('answerCsv picks the table by the kind of answer', () => {
    expect(answerCsv({ kind: 'gait', gait })).toBe(gaitCsv(gait));
    expect(answerCsv({ kind: 'static', result: stance })).toBe(staticResultCsv(stance));
  });
});

describe('JSON', () => {
  const context: ExportContext = {
    presetId: null,
    presetLabel: 'Model defaults',
    modified: true,
    params: weakParams,
    task: { kind: 'single-leg-stance', side: 'right' },
    changedParameters: [{ path: 'muscles.gluteusMedius.right.strength', value: 0.4, base: 1 }],
    exportedAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)),
  };

  it('holds a static TaskResult exactly as the model returned it, with what was asked and the disclaimer', () => {
    const doc = JSON.parse(answerJson({ kind: 'static', result: stance }, context)) as Record<string, unknown>;
    expect(doc.result).toEqual(JSON.parse(JSON.stringify(stance)));
    expect((doc.result as TaskResult).lumbar.levels[3]!.compressionN).toBe(stance.lumbar.levels[3]!.compressionN);
    expect(doc.params).toEqual(weakParams);
    expect(doc.task).toEqual({ kind: 'single-leg-stance', side: 'right' });
    expect(doc.disclaimer).toBe(EXPORT_DISCLAIMER);
    expect(doc.exportedAt).toBe('2026-01-02T03:04:05.000Z');
    expect(doc.changedParameters).toEqual(context.changedParameters);
    expect(doc.preset).toEqual({ id: null, label: 'Model defaults', modified: true });
  });

  it('holds a gait cycle as the summary and the per-frame series (arrays), without the drawing geometry', () => {
    const doc = JSON.parse(answerJson({ kind: 'gait', gait }, { ...context, task: { kind: 'gait' } })) as { result: Record<string, unknown> };
    const result = doc.result as { summary: unknown; frames: number; pelvicObliquityDeg: number[]; levels: Record<string, { rightCompressionN: number[] }> };
    expect(result.summary).toEqual(gait.summary);
    expect(result.frames).toBe(gait.frames);
    expect(result.pelvicObliquityDeg).toEqual(Array.from(gait.pelvicObliquityDeg));
    expect(result.levels['L5/S1']!.rightCompressionN).toEqual(Array.from(gait.levels['L5/S1'].rightCompressionN));
    expect(doc.result).not.toHaveProperty('animation');
  });
});
