import { describe, expect, it } from 'vitest';
import { compileModel, simulateGait, StorageFormatError, TaskError } from '../index.ts';
import { trialKinematics, withTrialGroundReactions } from '../gait/lab-trial.ts';
import { CYCLE_S, cycleMotText, externalLoadsXmlText, grfMotText, SUBJECT_MASS_KG, wholeIkMotText } from '../../../../test/fixtures/opensim-subject01/trial.ts';
import { createWorkerApi } from './api.ts';
import { KEPT_TRIALS } from './trial-cache.ts';

const FRAMES = 26;
const motText = cycleMotText();
const groundReactionsText = grfMotText();

describe('the worker API with a lab\'s own trial', () => {
  it('gives the same cycle as simulateGait with the trial read by the model\'s trial readers', async () => {
    const viaApi = await createWorkerApi().simulateGait({}, { framesPerCycle: FRAMES, motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    const trial = withTrialGroundReactions(trialKinematics(motText, undefined), groundReactionsText, { subjectMassKg: SUBJECT_MASS_KG });
    const direct = simulateGait(compileModel({}), { framesPerCycle: FRAMES, ...trial });
    expect(viaApi.source).toBe(direct.source);
    expect(viaApi.summary).toEqual(direct.summary);
    expect(Array.from(viaApi.pelvicObliquityDeg)).toEqual(Array.from(direct.pelvicObliquityDeg));
  });

  it('continues a series on a new trial from that trial\'s cycles only, agreeing with a cold cycle', async () => {
    const api = createWorkerApi();
    await api.simulateGait({}, { framesPerCycle: FRAMES, continueFrom: 'main' });
    const continued = await api.simulateGait({}, { framesPerCycle: FRAMES, continueFrom: 'main', motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    const cold = await createWorkerApi().simulateGait({}, { framesPerCycle: FRAMES, motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    // a fresh continuation starts cold: the same cycle bit for bit
    expect(continued.summary).toEqual(cold.summary);
  });

  it('rejects a bad kinematics text with the reader\'s StorageFormatError, prefixed motText', async () => {
    const error = await createWorkerApi().simulateGait({}, { motText: 'not a mot file' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFormatError);
    expect((error as Error).message).toMatch(/^motText: /);
  });

  it('rejects bad force plates with the reader\'s message, prefixed groundReactionsText', async () => {
    const bad = groundReactionsText.replace(/ground_force_vy/g, 'ground_force_qq');
    const error = await createWorkerApi().simulateGait({}, { motText, groundReactionsText: bad, subjectMassKg: SUBJECT_MASS_KG }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFormatError);
    expect((error as Error).message).toMatch(/^groundReactionsText: /);
    let readerMessage = '';
    try {
      withTrialGroundReactions(trialKinematics(motText, undefined), bad, { subjectMassKg: SUBJECT_MASS_KG });
    } catch (e) {
      readerMessage = (e as Error).message;
    }
    expect(readerMessage).not.toBe('');
    expect((error as Error).message).toBe(`groundReactionsText: ${readerMessage}`);
  });

  it('rejects plates without a mass, or a mass out of range, naming subjectMassKg, its range and the value', async () => {
    const api = createWorkerApi();
    await expect(api.simulateGait({}, { motText, groundReactionsText })).rejects.toThrow(/subjectMassKg .* within \[20, 250\] kg, got undefined/);
    const error = await api.simulateGait({}, { motText, groundReactionsText, subjectMassKg: 500 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskError);
    expect((error as Error).message).toMatch(/subjectMassKg .* within \[20, 250\] kg, got 500/);
  });

  it('reads the foot prefixes from externalLoadsText: plates with a lab\'s own column names give the default-named plates\' cycle', async () => {
    const renamed = groundReactionsText.replace(/\b1_ground_/g, 'FP_L_').replace(/\bground_/g, 'FP_R_');
    const xml = externalLoadsXmlText().replace(/> 1_ground_/g, '> FP_L_').replace(/> ground_/g, '> FP_R_');
    const viaXml = await createWorkerApi().simulateGait({}, { framesPerCycle: FRAMES, motText, groundReactionsText: renamed, externalLoadsText: xml, subjectMassKg: SUBJECT_MASS_KG });
    const defaults = await createWorkerApi().simulateGait({}, { framesPerCycle: FRAMES, motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    expect(viaXml.summary).toEqual(defaults.summary);
  });

  it('rejects a bad externalLoadsText with the reader\'s message prefixed externalLoadsText, and one given with prefixes or without plates', async () => {
    const api = createWorkerApi();
    const bad = externalLoadsXmlText().replace('calcn_l', 'calcn_r');
    const error = await api.simulateGait({}, { motText, groundReactionsText, externalLoadsText: bad, subjectMassKg: SUBJECT_MASS_KG }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFormatError);
    expect((error as Error).message).toMatch(/^externalLoadsText: external loads: exactly one enabled ExternalForce must act on the right foot .*got 2/);
    const both = await api.simulateGait({}, { motText, groundReactionsText, externalLoadsText: externalLoadsXmlText(), rightPrefix: 'ground_', subjectMassKg: SUBJECT_MASS_KG }).catch((e: unknown) => e);
    expect(both).toBeInstanceOf(TaskError);
    expect((both as Error).message).toMatch(/externalLoadsText names each foot's columns itself: give it or rightPrefix\/leftPrefix, not both, got \{"rightPrefix":"ground_"\}/);
    await expect(api.simulateGait({}, { motText, externalLoadsText: externalLoadsXmlText() })).rejects.toThrow(/externalLoadsText .* needs groundReactionsText/);
  });

  it('takes a trial once with setTrial: requests naming its id give the cycle of the texts sent with each request', async () => {
    const api = createWorkerApi();
    const trialId = await api.setTrial({ motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    const byId = await api.simulateGait({}, { framesPerCycle: FRAMES, trialId });
    const byTexts = await createWorkerApi().simulateGait({}, { framesPerCycle: FRAMES, motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    expect(byId.source).toBe(byTexts.source);
    expect(byId.summary).toEqual(byTexts.summary);
    // and not the built-in cycle: the id did bring the trial
    expect(byId.summary).not.toEqual((await api.simulateGait({}, { framesPerCycle: FRAMES })).summary);
  });

  it('continues a series only within one trial id: a new id\'s first cycle is a cold cycle', async () => {
    const api = createWorkerApi();
    const first = await api.setTrial({ motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    await api.simulateGait({ strategy: { duchenne: 1 } }, { framesPerCycle: FRAMES, continueFrom: 'main', trialId: first });
    const second = await api.setTrial({ motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    expect(second).not.toBe(first);
    const continued = await api.simulateGait({}, { framesPerCycle: FRAMES, continueFrom: 'main', trialId: second });
    const cold = await createWorkerApi().simulateGait({}, { framesPerCycle: FRAMES, motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    expect(continued.summary).toEqual(cold.summary);
  });

  it('rejects a bad trial at setTrial with the reader\'s message prefixed with its option', async () => {
    const error = await createWorkerApi().setTrial({ motText: 'not a mot file' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFormatError);
    expect((error as Error).message).toMatch(/^motText: /);
  });

  it('keeps the last KEPT_TRIALS trials: an older id, an unknown one, or an id with texts beside it is refused naming trialId', async () => {
    const api = createWorkerApi();
    const ids: string[] = [];
    for (let i = 0; i <= KEPT_TRIALS; i++) ids.push(await api.setTrial({ motText }));
    const gone = await api.simulateGait({}, { framesPerCycle: FRAMES, trialId: ids[0]! }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(TaskError);
    expect((gone as Error).message).toBe(`trialId must name a trial set with setTrial and still kept (the last ${KEPT_TRIALS}: ${ids.slice(1).join(', ')}), got "${ids[0]}"`);
    await expect(api.simulateGait({}, { framesPerCycle: FRAMES, trialId: ids.at(-1)! })).resolves.toMatchObject({ frames: FRAMES });
    await expect(api.simulateGait({}, { trialId: 'nope' })).rejects.toThrow(/trialId must name a trial set with setTrial .*got "nope"/);
    await expect(api.simulateGait({}, { trialId: ids.at(-1)!, motText })).rejects.toThrow(/trialId names a trial given with setTrial: send it without the trial's texts/);
  });
});

describe('a whole trial through the worker API (docs/model.md §9.1, "One cycle of a whole trial")', () => {
  const wholeText = wholeIkMotText();
  const peakRightHipContactBw = (r: { summary: { peakHipContactForceBW: { right: number } } }) => r.summary.peakHipContactForceBW.right;

  it('finds the cycle on the plates: the whole trial gives the cut cycle\'s answer', async () => {
    const api = createWorkerApi();
    const whole = await api.simulateGait({}, { framesPerCycle: FRAMES, motText: wholeText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    const cut = await api.simulateGait({}, { framesPerCycle: FRAMES, motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    // the plates' strikes lie 1.5 and 0.5 ms after the cut file's edges (the samples before the crossings)
    expect(whole.cycleDurationS).toBeCloseTo(cut.cycleDurationS, 2);
    expect(whole.source).toMatch(/0\.618\d–1\.852\d s/);
    expect(Math.abs(peakRightHipContactBw(whole) - peakRightHipContactBw(cut))).toBeLessThan(0.05);
    for (let i = 0; i < FRAMES; i++) expect(whole.pelvicObliquityDeg[i]).toBeCloseTo(cut.pelvicObliquityDeg[i]!, 0);
  });

  it('cuts the cycle at the lab\'s own events when given, with or without plates', async () => {
    const api = createWorkerApi();
    const events = { cycleStartS: CYCLE_S[0], cycleEndS: CYCLE_S[1] };
    const withoutPlates = await api.simulateGait({}, { framesPerCycle: FRAMES, motText: wholeText, ...events });
    expect(withoutPlates.cycleDurationS).toBeCloseTo(CYCLE_S[1] - CYCLE_S[0], 6);
    const withPlates = await api.simulateGait({}, { framesPerCycle: FRAMES, motText: wholeText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG, ...events });
    const cut = await api.simulateGait({}, { framesPerCycle: FRAMES, motText, groundReactionsText, subjectMassKg: SUBJECT_MASS_KG });
    expect(Math.abs(peakRightHipContactBw(withPlates) - peakRightHipContactBw(cut))).toBeLessThan(0.05);
  });

  it('refuses a whole trial without plates or events, prefixed motText and saying what to give', async () => {
    const error = await createWorkerApi().simulateGait({}, { motText: wholeText }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFormatError);
    expect((error as Error).message).toMatch(/^motText: the kinematics \(0\.5000–4\.0000 s\) hold 3 swings of the right hip/);
    expect((error as Error).message).toMatch(/add the same trial's force plates/);
  });

  it('refuses one event without the other, and events outside the file or two steps apart, naming the events', async () => {
    const api = createWorkerApi();
    const one = await api.simulateGait({}, { motText: wholeText, cycleStartS: 0.62 }).catch((e: unknown) => e);
    expect(one).toBeInstanceOf(TaskError);
    expect((one as Error).message).toMatch(/^cycleStartS\/cycleEndS: cycleEndS must be a time in seconds .*got undefined/);
    const outside = await api.simulateGait({}, { motText: wholeText, cycleStartS: 0.2, cycleEndS: 1.4 }).catch((e: unknown) => e);
    expect((outside as Error).message).toMatch(/^cycleStartS\/cycleEndS: the cycle's start and end must lie within the kinematics' 0\.5000–4\.0000 s/);
    const twoCycles = await api.simulateGait({}, { motText: wholeText, cycleStartS: 0.62, cycleEndS: 3.08 }).catch((e: unknown) => e);
    expect((twoCycles as Error).message).toMatch(/^cycleStartS\/cycleEndS: .*(swings of the right hip|a walking cycle lasts)/);
  });
});
