import { describe, expect, it } from 'vitest';
import { StorageFormatError } from '../io/storage.ts';
import { compileModel } from '../engine/compile.ts';
import { footPrefixesFromExternalLoads } from './external-loads.ts';
import { trialKinematics, withTrialGroundReactions } from './lab-trial.ts';
import { simulateGait } from './simulate.ts';
import { cycleMotText, externalLoadsXmlText, grfMotText, SUBJECT_MASS_KG } from '../../../../test/fixtures/opensim-subject01/trial.ts';

const xml = externalLoadsXmlText();

/** An ExternalLoads file of the given forces (fields left out are left out of the element). */
function loads(...forces: Record<string, string>[]): string {
  const elements = forces.map(({ name = 'F', ...fields }) => `<ExternalForce name="${name}">${Object.entries(fields).map(([k, v]) => `<${k}> ${v} </${k}>`).join('')}</ExternalForce>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<OpenSimDocument Version="40000"><ExternalLoads name="x"><objects>${elements.join('')}</objects><datafile>p.mot</datafile></ExternalLoads></OpenSimDocument>`;
}

const foot = (name: string, body: string, prefix: string, extra: Record<string, string> = {}) => ({
  name,
  isDisabled: 'false',
  applied_to_body: body,
  force_expressed_in_body: 'ground',
  point_expressed_in_body: 'ground',
  force_identifier: `${prefix}force_v`,
  point_identifier: `${prefix}force_p`,
  torque_identifier: `${prefix}torque_`,
  ...extra,
});

function refusal(text: string): StorageFormatError {
  try {
    footPrefixesFromExternalLoads(text);
  } catch (error) {
    expect(error).toBeInstanceOf(StorageFormatError);
    return error as StorageFormatError;
  }
  throw new Error('expected a refusal');
}

describe('an OpenSim ExternalLoads .xml read for the plates\' foot prefixes (external-loads.ts)', () => {
  it('reads OpenSim\'s subject01 file as ground_ on the right foot and 1_ground_ on the left', () => {
    expect(footPrefixesFromExternalLoads(xml)).toEqual({ rightPrefix: 'ground_', leftPrefix: '1_ground_' });
  });

  it('follows the bodies: the same forces applied to the other feet swap the prefixes', () => {
    const swapped = xml.replace('calcn_r', 'CALCN_TMP').replace('calcn_l', 'calcn_r').replace('CALCN_TMP', 'calcn_l');
    expect(footPrefixesFromExternalLoads(swapped)).toEqual({ rightPrefix: '1_ground_', leftPrefix: 'ground_' });
    expect(footPrefixesFromExternalLoads(loads(foot('a', 'toes_l', 'FP1_'), foot('b', 'foot_r', 'FP2_')))).toEqual({ rightPrefix: 'FP2_', leftPrefix: 'FP1_' });
  });

  it('ignores a disabled force (isDisabled true, or OpenSim 4\'s appliesForce false)', () => {
    const text = loads(foot('old', 'calcn_r', 'p0_', { isDisabled: 'true' }), foot('r', 'calcn_r', 'p1_'), foot('l', 'calcn_l', 'p2_'), foot('off', 'calcn_l', 'p3_', { appliesForce: 'false' }));
    expect(footPrefixesFromExternalLoads(text)).toEqual({ rightPrefix: 'p1_', leftPrefix: 'p2_' });
  });

  it('takes an absent frame or torque identifier as OpenSim does: ground, and no free torque', () => {
    const { force_expressed_in_body: _f, point_expressed_in_body: _p, torque_identifier: _t, ...bare } = foot('r', 'calcn_r', 'ground_');
    expect(footPrefixesFromExternalLoads(loads(bare, foot('l', 'calcn_l', '1_ground_')))).toEqual({ rightPrefix: 'ground_', leftPrefix: '1_ground_' });
  });

  it('refuses a foot without an enabled force, naming the foot, the count and the bodies present', () => {
    const error = refusal(loads(foot('r', 'calcn_r', 'ground_'), foot('l', 'calcn_l', '1_ground_', { isDisabled: 'true' })));
    expect(error.message).toBe('external loads: exactly one enabled ExternalForce must act on the left foot (applied_to_body ending _l, e.g. calcn_l), got 0; enabled forces act on: calcn_r');
  });

  it('refuses two enabled forces on one foot, naming both', () => {
    const error = refusal(loads(foot('heel', 'calcn_r', 'a_'), foot('toe', 'toes_r', 'b_'), foot('l', 'calcn_l', 'c_')));
    expect(error.message).toMatch(/exactly one enabled ExternalForce must act on the right foot .*got 2 \(ExternalForce "heel" on calcn_r, ExternalForce "toe" on toes_r\)/);
  });

  it('refuses a force on a body that is no foot side', () => {
    expect(refusal(loads(foot('r', 'calcn_r', 'a_'), foot('l', 'calcn_l', 'b_'), foot('hand', 'hand', 'c_'))).message).toMatch(/ExternalForce "hand" applied_to_body must be a right or left foot's body \(ending _r or _l.*\), got "hand"/);
  });

  it('refuses a force or point expressed in a body other than ground, naming the field and the value', () => {
    expect(refusal(xml.replace('<force_expressed_in_body> ground', '<force_expressed_in_body> calcn_r')).message).toBe(
      'external loads: ExternalForce "ExternalForce_1" force_expressed_in_body must be ground (the reader takes forces and centres of pressure in the ground frame), got "calcn_r"',
    );
    expect(refusal(loads(foot('r', 'calcn_r', 'a_'), foot('l', 'calcn_l', 'b_', { point_expressed_in_body: 'calcn_l' }))).message).toMatch(/ExternalForce "l" point_expressed_in_body must be ground .*got "calcn_l"/);
  });

  it('refuses identifiers that do not name the reader\'s columns of one prefix', () => {
    expect(refusal(xml.replace('<point_identifier> ground_force_p', '<point_identifier> ground_cop_')).message).toBe(
      'external loads: ExternalForce "ExternalForce_1" point_identifier must be "ground_force_p" (the force_identifier\'s prefix "ground_" followed by force_p), got "ground_cop_"',
    );
    expect(refusal(xml.replace('<torque_identifier> 1_ground_torque_', '<torque_identifier> ground_torque_')).message).toMatch(/ExternalForce "ExternalForce_2" torque_identifier must be "1_ground_torque_" .* or empty, got "ground_torque_"/);
    expect(refusal(xml.replace('<force_identifier> ground_force_v', '<force_identifier> ground_F')).message).toMatch(/force_identifier must be a column prefix followed by force_v .*got "ground_F"/);
  });

  it('refuses malformed XML with the parser\'s message and line, and XML that is no ExternalLoads file', () => {
    const error = refusal(xml.replace('</applied_to_body>', '</applied>'));
    expect(error.line).toBe(8);
    expect(error.message).toMatch(/^line 8: external loads: not well-formed XML: .*applied/);
    expect(refusal('<OpenSimDocument><Model/></OpenSimDocument>').message).toBe('external loads: no <ExternalLoads> element (an OpenSim external loads .xml has one), got elements Model');
    expect(refusal('kinematics\tnot xml').message).toMatch(/not well-formed XML/);
    expect(refusal(xml.replace('<isDisabled> false', '<isDisabled> maybe')).message).toBe('external loads: ExternalForce "ExternalForce_1" isDisabled must be true or false, got "maybe"');
  });

  it('drives the same cycle from plates with a lab\'s own column names as the explicit default prefixes do', () => {
    // the lab's plates and .xml both call the columns FP_R_/FP_L_; the cycle must equal the original file's
    const renamed = grfMotText().replace(/\b1_ground_/g, 'FP_L_').replace(/\bground_/g, 'FP_R_');
    const renamedXml = xml.replace(/> 1_ground_/g, '> FP_L_').replace(/> ground_/g, '> FP_R_');
    const prefixes = footPrefixesFromExternalLoads(renamedXml);
    expect(prefixes).toEqual({ rightPrefix: 'FP_R_', leftPrefix: 'FP_L_' });
    const kinematics = trialKinematics(cycleMotText(), undefined);
    const viaXml = withTrialGroundReactions(kinematics, renamed, { subjectMassKg: SUBJECT_MASS_KG, ...prefixes });
    const explicit = withTrialGroundReactions(kinematics, grfMotText(), { subjectMassKg: SUBJECT_MASS_KG, rightPrefix: 'ground_', leftPrefix: '1_ground_' });
    const model = compileModel({});
    const a = simulateGait(model, { framesPerCycle: 26, ...viaXml });
    const b = simulateGait(model, { framesPerCycle: 26, ...explicit });
    expect(a.summary).toEqual(b.summary);
    expect(Array.from(a.pelvicObliquityDeg)).toEqual(Array.from(b.pelvicObliquityDeg));
  });
});
