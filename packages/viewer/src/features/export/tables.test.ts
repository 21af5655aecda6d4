import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, LEVELS, simulateGait, solveTask, type GaitResult, type TaskResult } from '@lumbo/model';
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
const UNITLESS = new Set(['level', 'frame', 'stance.left', 'stance.right']);
/** A unit (or, for a ratio, what kind of number it is) ending one dotted word of the name. */
const UNIT_WORD = /(Deg|N|Nm|MPa|S|Percent|Index|Share)$/;

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
