import { describe, expect, it } from 'vitest';
import { compileModel, DEFAULT_PARAMS, simulateGait, solveTask, type PartialModelParams } from '@lumbo/model';
import { findPreset } from '@lumbo/scenarios/presets';
import { mergeParams } from '../../lib/params-path.ts';
import type { Answer } from '../../lib/viewer-task.ts';
import { compareDeltas } from './deltas.ts';

const params = (id: string) => mergeParams(DEFAULT_PARAMS, findPreset(id)!.params as PartialModelParams);
const standing = (id: string): Answer => ({ kind: 'static', result: solveTask(compileModel(params(id)), { kind: 'standing' }) });

describe('compare deltas', () => {
  it('are current minus compare: the lower crossed syndrome tilts the pelvis forward of healthy', () => {
    const groups = compareDeltas(standing('lower-crossed-syndrome'), standing('healthy'))!;
    const tilt = groups[0]!.rows.find((r) => r.id === 'pelvis.anteriorTiltDeg')!;
    expect(tilt.delta).toBeCloseTo(tilt.current - tilt.compare, 12);
    expect(tilt.delta).toBeGreaterThan(2);
    expect(groups[1]!.rows.map((r) => r.label)).toEqual(['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1']);
  });

  it('are zero against the same parameters and change sign on swap', () => {
    const lcs = standing('lower-crossed-syndrome');
    const healthy = standing('healthy');
    for (const group of compareDeltas(lcs, lcs)!) for (const r of group.rows) expect(r.delta).toBe(0);
    const forward = compareDeltas(lcs, healthy)!.flatMap((g) => g.rows);
    const swapped = compareDeltas(healthy, lcs)!.flatMap((g) => g.rows);
    forward.forEach((r, i) => expect(swapped[i]!.delta).toBeCloseTo(-r.delta, 9));
  });

  it('compare gait cycles by their summaries: weak right gluteus medius and minimus drop the pelvis in right stance more than healthy', () => {
    const weak = mergeParams(DEFAULT_PARAMS, { muscles: { gluteusMedius: { right: { strength: 0.25 } }, gluteusMinimus: { right: { strength: 0.25 } } }, strategy: { duchenne: 0 } });
    const current: Answer = { kind: 'gait', gait: simulateGait(compileModel(weak)) };
    const compare: Answer = { kind: 'gait', gait: simulateGait(compileModel(DEFAULT_PARAMS)) };
    const rows = compareDeltas(current, compare)!.flatMap((g) => g.rows);
    const drop = rows.find((r) => r.id === 'gait.rightStance.peakContralateralDropDeg')!;
    expect(drop.delta).toBeGreaterThan(3);
    const other = rows.find((r) => r.id === 'gait.leftStance.peakContralateralDropDeg')!;
    expect(Math.abs(other.delta)).toBeLessThan(drop.delta);
  }, 120_000); // two gait cycles: generous on a busy CI box

  it('compare the sagittal trunk over the cycle: weak right hip flexors walk inclined forward of healthy', () => {
    const k = { right: { strength: 0.3 } };
    const weak = mergeParams(DEFAULT_PARAMS, { muscles: { iliopsoas: k, rectusFemoris: k, tensorFasciaeLatae: k } });
    const current: Answer = { kind: 'gait', gait: simulateGait(compileModel(weak)) };
    const compare: Answer = { kind: 'gait', gait: simulateGait(compileModel(DEFAULT_PARAMS)) };
    const lean = compareDeltas(current, compare)!.flatMap((g) => g.rows).find((r) => r.id === 'gait.meanTrunkForwardLeanDeg')!;
    expect(lean.label).toBe('Mean trunk forward lean');
    expect(lean.delta).toBeGreaterThan(0.9 * (current.kind === 'gait' ? current.gait.summary.trunkForwardCompensationDeg : 0));
    expect(lean.delta).toBeGreaterThan(10);
  }, 120_000); // two gait cycles: generous on a busy CI box

  it('refuses to difference a gait cycle against a static result', () => {
    const gait: Answer = { kind: 'gait', gait: simulateGait(compileModel(DEFAULT_PARAMS)) };
    expect(compareDeltas(standing('healthy'), gait)).toBeNull();
  });
});
