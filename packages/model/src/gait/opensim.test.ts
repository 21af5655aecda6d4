/**
 * OpenSim export of a gait cycle (opensim.ts): the .mot carries every driven coordinate, the .sto the net joint
 * moments under OpenSim's inverse-dynamics names, and each column holds the GaitResult's own series.
 */
import { describe, expect, it } from 'vitest';
import { compileModel } from '../engine/compile.ts';
import { LEVELS } from '../data/spine.ts';
import { parseStorage } from '../io/storage.ts';
import { simulateGait } from './simulate.ts';
import { GAIT_COORDINATES } from './kinematics.ts';
import { gaitGroundReactionsToMot, gaitToMot, gaitToSto } from './opensim.ts';

// a one-sided model, so that the left and right columns differ and a swapped pair would show
const r = simulateGait(compileModel({ muscles: { gluteusMedius: { right: { strength: 0.5 } }, piriformis: { right: { stiffness: 3 } } } }), { framesPerCycle: 41 });
const ROWS = [0, 7, 20, 33, 40];

/** The named column of a parsed table, failing the test if it is missing. */
function columnOf(table: ReturnType<typeof parseStorage>, name: string): Float64Array {
  expect(table.columns).toContain(name);
  return table.data[table.columns.indexOf(name)]!;
}
/** The column equals the series at ROWS, to the files' 10 decimals. */
function expectColumn(table: ReturnType<typeof parseStorage>, name: string, series: ArrayLike<number>): void {
  const column = columnOf(table, name);
  expect(column.length).toBe(r.frames);
  for (const i of ROWS) expect(Math.abs(column[i]! - series[i]!)).toBeLessThan(1e-9);
}
const sumOverLevels = (key: 'lateralBendDeg' | 'axialRotationDeg') => Float64Array.from(r.timeS, (_, i) => LEVELS.reduce((a, level) => a + r.levels[level][key][i]!, 0));

describe('OpenSim export of a gait cycle', { timeout: 300_000 }, () => {
  it('the model is one-sided: its left and right hip moments differ (else the column checks could not catch a swap)', () => {
    for (const k of ['flexionNm', 'adductionNm', 'rotationNm'] as const) {
      expect(Math.max(...ROWS.map((i) => Math.abs(r.hipMomentNm.left[k][i]! - r.hipMomentNm.right[k][i]!)))).toBeGreaterThan(0.1);
    }
  });

  it('the .mot has time and every driven coordinate, in degrees, each column the cycle’s own series', () => {
    const mot = parseStorage(gaitToMot(r));
    expect(mot.inDegrees).toBe(true);
    expect(mot.columns).toEqual(['time', ...GAIT_COORDINATES]);
    expectColumn(mot, 'time', r.timeS);
    for (const c of GAIT_COORDINATES) expectColumn(mot, c, r.coordinates[c]);
  });

  it('the .mot’s pelvis and lumbar columns are the result’s 3-D series: pelvis_list the obliquity, pelvis_rotation the pelvic rotation, lumbar_bending and lumbar_rotation the sums over the levels', () => {
    const mot = parseStorage(gaitToMot(r));
    expectColumn(mot, 'pelvis_list', r.pelvicObliquityDeg);
    expectColumn(mot, 'pelvis_rotation', r.pelvicRotationDeg);
    expectColumn(mot, 'lumbar_bending', sumOverLevels('lateralBendDeg'));
    expectColumn(mot, 'lumbar_rotation', sumOverLevels('axialRotationDeg'));
  });

  it('the .sto has both hips’ flexion, adduction and rotation moments, both knees’, and the lumbar extension, bending and rotation moments, each the result’s series', () => {
    const sto = parseStorage(gaitToSto(r));
    expect(sto.inDegrees).toBe(false);
    for (const [side, t] of [['right', 'r'], ['left', 'l']] as const) {
      expectColumn(sto, `hip_flexion_${t}_moment`, r.hipMomentNm[side].flexionNm);
      expectColumn(sto, `hip_adduction_${t}_moment`, r.hipMomentNm[side].adductionNm);
      expectColumn(sto, `hip_rotation_${t}_moment`, r.hipMomentNm[side].rotationNm);
      expectColumn(sto, `knee_angle_${t}_moment`, r.kneeMomentNm[side]);
    }
    expectColumn(sto, 'lumbar_extension_moment', r.lumbosacralMomentNm.extensionNm);
    expectColumn(sto, 'lumbar_bending_moment', r.lumbosacralMomentNm.bendingNm);
    expectColumn(sto, 'lumbar_rotation_moment', r.lumbosacralMomentNm.rotationNm);
  });

  it('the .sto has the pelvic rotation and each level’s segmental angle, lateral bend, axial rotation and facet forces, each the result’s series', () => {
    const sto = parseStorage(gaitToSto(r));
    expectColumn(sto, 'pelvic_obliquity_deg', r.pelvicObliquityDeg);
    expectColumn(sto, 'pelvic_rotation_deg', r.pelvicRotationDeg);
    for (const level of LEVELS) {
      const tag = level.replace('/', '_');
      expectColumn(sto, `${tag}_angle_deg`, r.levels[level].angleDeg);
      expectColumn(sto, `${tag}_lateral_bend_deg`, r.levels[level].lateralBendDeg);
      expectColumn(sto, `${tag}_axial_rotation_deg`, r.levels[level].axialRotationDeg);
      expectColumn(sto, `${tag}_left_facet_force_N`, r.levels[level].leftFacetForceN);
      expectColumn(sto, `${tag}_right_facet_force_N`, r.levels[level].rightFacetForceN);
    }
  });

  it('the ground-reaction .mot has each foot’s force, centre of pressure and free torque under the external-loads names (right plain, left 1_), each the result’s series, and claims no angles', () => {
    const grf = parseStorage(gaitGroundReactionsToMot(r));
    for (const [side, prefix] of [['right', ''], ['left', '1_']] as const) {
      for (const axis of ['x', 'y', 'z'] as const) {
        expectColumn(grf, `${prefix}ground_force_v${axis}`, r.groundReactionForceN[side][axis]);
        expectColumn(grf, `${prefix}ground_force_p${axis}`, r.centreOfPressureM[side][axis]);
        // the trial's external-loads .xml names torque_identifier ground_torque_ / 1_ground_torque_
        expectColumn(grf, `${prefix}ground_torque_${axis}`, r.groundReactionTorqueNm[side][axis]);
      }
    }
    // the measured free torque is about the vertical: not a column of zeros
    expect(Math.max(...Array.from(r.groundReactionTorqueNm.right.y, Math.abs))).toBeGreaterThan(0.5);
    // newtons, metres and newton-metres only
    expect(grf.inDegrees).toBe(false);
  });
});
