import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, simulateGait } from '@lumbo/model';
import { outputSpecs, solvePoint } from '../sweep/point-solver.ts';
import { ScenarioFileError } from './errors.ts';
import { parseScenario } from './load.ts';
import { defaultVector, fieldIndex } from './param-vector.ts';
import { DEFAULT_GAIT_OUTPUT_PATHS, DEFAULT_OUTPUT_PATHS } from './outputs.ts';

describe('the gait task in scenario files', () => {
  it('reads `gait` alone or with its options, and keeps the gait defaults when no outputs are named', async () => {
    const s = await parseScenario('lumbo: 1\ntasks:\n  - gait\n  - { kind: gait, frames: 51, cycleDurationS: 1.1 }\n', 'g.yaml');
    expect(s.tasks).toEqual([{ kind: 'gait' }, { kind: 'gait', frames: 51, cycleDurationS: 1.1 }]);
    expect(s.outputs.map((o) => o.path)).toEqual(DEFAULT_GAIT_OUTPUT_PATHS);
  });

  it('keeps static and gait defaults together when a file runs both kinds', async () => {
    const s = await parseScenario('lumbo: 1\ntasks: [standing, gait]\n', 'both.yaml');
    expect(s.outputs.map((o) => o.path)).toEqual([...DEFAULT_OUTPUT_PATHS, ...DEFAULT_GAIT_OUTPUT_PATHS]);
  });

  it('refuses an option gait does not take, naming the field', async () => {
    await expect(parseScenario('lumbo: 1\ntasks:\n  - { kind: gait, side: left }\n', 'bad.yaml')).rejects.toThrow(/tasks\[0\]\.side.*gait takes only frames, cycleDurationS/);
    await expect(parseScenario('lumbo: 1\ntasks:\n  - { kind: gait, cycleDurationS: 9 }\n', 'bad.yaml')).rejects.toBeInstanceOf(ScenarioFileError);
  });

  it('keeps only the outputs of the tasks the file runs when a pattern spans both scopes', async () => {
    const s = await parseScenario('lumbo: 1\ntasks: [gait]\noutputs:\n  - "*.levels.L4/L5.*"\n', 'p.yaml');
    expect(s.outputs.length).toBeGreaterThan(0);
    expect(s.outputs.every((o) => o.scope === 'gait')).toBe(true);
  });
});

describe('solving a design point with a gait task', () => {
  it('fills gait outputs from the cycle summary and leaves static outputs empty, and the other way round', () => {
    const outputs = outputSpecs(['gait.rightStance.peakContralateralDropDeg', 'gait.levels.L4/L5.peakCompressionN', 'pelvis.anteriorTiltDeg']);
    const [gaitRow, standingRow] = solvePoint(defaultVector(), [{ kind: 'gait' }, { kind: 'standing' }], outputs);
    const gait = simulateGait(compileModel(DEFAULT_PARAMS));
    expect(gaitRow![0]).toBe(gait.summary.rightStance.peakContralateralDropDeg);
    expect(gaitRow![1]).toBe(Math.max(...gait.levels['L4/L5'].compressionN.subarray(0, gait.frames - 1)));
    expect(gaitRow![2]).toBeNull();
    expect(standingRow!.slice(0, 2)).toEqual([null, null]);
    expect(standingRow![2]).toBeTypeOf('number');
  });

  it('passes the frame count to the simulation', () => {
    const outputs = outputSpecs(['gait.meanAnteriorPelvicTiltDeg']);
    const [coarse] = solvePoint(defaultVector(), [{ kind: 'gait', frames: 51 }], outputs);
    const gait = simulateGait(compileModel(DEFAULT_PARAMS), { framesPerCycle: 51 });
    expect(coarse![0]).toBe(gait.summary.meanAnteriorPelvicTiltDeg);
  });

  it('reads the per-side hip-flexor deficit and the piriformis turn of the hip (docs/model.md §9.3) with their units', () => {
    const paths = ['gait.right.peakHipFlexorDeficitNm', 'gait.right.meanStanceHipRotationPiriformisDeg', 'gait.left.meanStanceHipRotationPiriformisDeg'];
    const outputs = outputSpecs(paths);
    expect(outputs.map((o) => o.unit)).toEqual(['N·m', 'deg', 'deg']);
    const vector = defaultVector();
    vector[fieldIndex('muscles.piriformis.right.stiffness')] = 3;
    const [row] = solvePoint(vector, [{ kind: 'gait' }], outputs);
    const gait = simulateGait(compileModel({ muscles: { piriformis: { right: { stiffness: 3 } } } }));
    expect(row).toEqual([gait.summary.peakHipFlexorDeficitNm.right, gait.summary.meanStanceHipRotationPiriformisDeg.right, 0]);
    expect(row![1]).toBeLessThan(-2); // the stiff right piriformis turns the right hip out
  });
});
