import { describe, expect, it } from 'vitest';
import { buildTrial, columnsFromExternalLoads, DEFAULT_PREFIXES, trialCallOptions, trialErrorMessage } from './gait-trial.ts';

const kinematics = { name: 'walk.mot', text: 'kinematics' };
const forces = { name: 'grf.mot', text: 'plates' };

/** An OpenSim ExternalLoads file (as subject01's, trimmed) with a force on each of the given bodies and prefixes. */
function externalLoads(...feet: [body: string, prefix: string][]): string {
  const force = ([body, prefix]: [string, string], i: number) =>
    `<ExternalForce name="ExternalForce_${i + 1}"><isDisabled> false </isDisabled><applied_to_body> ${body} </applied_to_body>` +
    `<force_expressed_in_body> ground </force_expressed_in_body><point_expressed_in_body> ground </point_expressed_in_body>` +
    `<force_identifier> ${prefix}force_v </force_identifier><point_identifier> ${prefix}force_p </point_identifier><torque_identifier> ${prefix}torque_ </torque_identifier></ExternalForce>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<OpenSimDocument Version="20302"><ExternalLoads name="Ex2"><objects>${feet.map(force).join('')}</objects><datafile> grf.mot </datafile></ExternalLoads></OpenSimDocument>`;
}

describe('the plates\' foot columns in "Your own trial"', () => {
  it('reads a lab\'s ExternalLoads .xml into the two prefixes, naming the file they came from', async () => {
    const read = await columnsFromExternalLoads({ name: 'walk1_grf.xml', text: externalLoads(['calcn_l', 'FP2_'], ['calcn_r', 'FP1_']) });
    expect(read).toEqual({ ok: true, columns: { rightPrefix: 'FP1_', leftPrefix: 'FP2_', externalLoadsName: 'walk1_grf.xml' } });
  });

  it('refuses a bad .xml with the model reader\'s message, naming the file', async () => {
    const read = await columnsFromExternalLoads({ name: 'bad.xml', text: externalLoads(['calcn_r', 'ground_'], ['calcn_r', '1_ground_']) });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatch(/^External loads file bad\.xml: external loads: exactly one enabled ExternalForce must act on the right foot .*got 2/);
  });

  it('gives the typed prefixes to the worker with the plates, and the .xml\'s name to the status line', () => {
    const built = buildTrial(kinematics, forces, '72.6', '', { rightPrefix: 'FP1_', leftPrefix: 'FP2_', externalLoadsName: 'walk1_grf.xml' });
    expect(built).toEqual({ ok: true, trial: { kinematics, forces, subjectMassKg: 72.6, rightPrefix: 'FP1_', leftPrefix: 'FP2_', externalLoadsName: 'walk1_grf.xml' } });
    if (built.ok) expect(trialCallOptions(built.trial)).toEqual({ motText: 'kinematics', groundReactionsText: 'plates', subjectMassKg: 72.6, rightPrefix: 'FP1_', leftPrefix: 'FP2_' });
    // without plates the columns name nothing: left out
    expect(buildTrial(kinematics, null, '', '', { rightPrefix: 'x y', leftPrefix: '' })).toEqual({ ok: true, trial: { kinematics } });
  });

  it('refuses an empty prefix or one with a space, naming the field, what it takes and what was typed', () => {
    const built = buildTrial(kinematics, forces, '72.6', '', { rightPrefix: 'plate 1', leftPrefix: '' });
    expect(built).toEqual({
      ok: false,
      errors: [
        'Right foot columns (rightPrefix) must be a column prefix (text without spaces, such as ground_), got "plate 1"',
        'Left foot columns (leftPrefix) must be a column prefix (text without spaces, such as 1_ground_), got nothing',
      ],
    });
  });
});

describe('the cycle\'s events in "Your own trial" (a whole trial without plates)', () => {
  it('gives both typed heel strikes to the worker, and neither when both are empty', () => {
    const built = buildTrial(kinematics, null, '', '', DEFAULT_PREFIXES, { startText: '0.6167', endText: ' 1.8517 ' });
    expect(built).toEqual({ ok: true, trial: { kinematics, cycleStartS: 0.6167, cycleEndS: 1.8517 } });
    if (built.ok) expect(trialCallOptions(built.trial)).toEqual({ motText: 'kinematics', cycleStartS: 0.6167, cycleEndS: 1.8517 });
    expect(buildTrial(kinematics, null, '', '', DEFAULT_PREFIXES, { startText: ' ', endText: '' })).toEqual({ ok: true, trial: { kinematics } });
  });

  it('refuses one event without the other, or a time that is not a number ≥ 0, naming the field and what was typed', () => {
    expect(buildTrial(kinematics, null, '', '', DEFAULT_PREFIXES, { startText: '0.6', endText: '' })).toEqual({
      ok: false,
      errors: ["The cycle's start and end (cycleStartS, cycleEndS) go together: give both right heel strikes, or neither (the plates then find the cycle), got only the start"],
    });
    const bad = buildTrial(kinematics, null, '', '', DEFAULT_PREFIXES, { startText: '-1', endText: 'soon' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors[0]).toBe('Cycle from (cycleStartS) must be a time in seconds on the trial\'s clock (a right heel strike, a number ≥ 0), got "-1"');
      expect(bad.errors[1]).toMatch(/^Cycle to \(cycleEndS\) must be .*got "soon"$/);
    }
  });

  it('names the events and the file in the worker\'s refusal of them', () => {
    const trial = { kinematics, cycleStartS: 0.2, cycleEndS: 1.4 };
    expect(trialErrorMessage("cycleStartS/cycleEndS: the cycle's start and end must lie within the kinematics' 0.5000–4.0000 s", trial)).toBe(
      "Cycle 0.2–1.4 s of walk.mot: the cycle's start and end must lie within the kinematics' 0.5000–4.0000 s",
    );
  });
});
