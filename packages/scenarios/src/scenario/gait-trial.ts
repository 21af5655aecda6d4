/**
 * A gait task's `trial:` map (docs/sweeps.md, "Tasks"): a gait lab's own cycle, as `lumbo run --mot … --forces …`
 * takes it, named in a scenario or sweep file:
 *
 *   - kind: gait
 *     trial:
 *       kinematics: trials/s01_walk.mot     # relative to the scenario file's folder
 *       subjectHeightM: 1.68                # optional
 *       groundReactions: trials/s01_grf.mot # optional; then subjectMassKg is required
 *       subjectMassKg: 72.6
 *       rightPrefix: ground_                # optional column prefixes, as the model takes them
 *       leftPrefix: 1_ground_
 *       externalLoads: trials/s01_grf.xml   # or, instead of the prefixes, the lab's OpenSim ExternalLoads .xml
 *       cycleStartS: 0.62                   # optional: the lab's own events (s) that cut one cycle out of a
 *       cycleEndS: 1.85                     # whole trial; without them the plates find it (docs/model.md §9.1)
 *
 * The fields are the model's own option names (kinematicsFromMot, groundReactionsFromMot, simulateGait). The
 * files are read and parsed here, once, when the scenario is loaded: a malformed trial stops the sweep before
 * any row is written, and the workers receive the parsed trial with the task (tasks.ts).
 */
import { createHash } from 'node:crypto';
import { dirname, isAbsolute, resolve } from 'node:path';
import { SUBJECT_HEIGHT_RANGE_M, SUBJECT_MASS_RANGE_KG, type FootPrefixes, type GaitKinematics } from '@lumbo/model';
import { describeValue, ScenarioFileError } from './errors.ts';
import { footPrefixesFromExternalLoads, isTrialError, optionFlag, TRIAL_FIELD_OF_OPTION, trialCycle, trialKinematics, withTrialGroundReactions, type LabTrial } from './lab-trial.ts';
import { readCappedText } from './read-capped.ts';
import type { GaitTrial } from './tasks.ts';

/** The fields a trial takes, in the order the docs list them. */
export const TRIAL_FIELDS = ['kinematics', 'subjectHeightM', 'groundReactions', 'subjectMassKg', 'rightPrefix', 'leftPrefix', 'externalLoads', 'cycleStartS', 'cycleEndS'] as const;
type TrialField = (typeof TRIAL_FIELDS)[number];

/**
 * A trial file may be far larger than a scenario file (a plate file of a long trial at 1–2 kHz runs to
 * megabytes), but it is parsed whole: beyond this it is not one walking trial.
 */
export const MAX_TRIAL_FILE_BYTES = 50_000_000;

/** Reports a bad field of the trial: its name, what was expected and what was received. */
export type TrialFail = (field: TrialField | undefined, detail: string) => ScenarioFileError;

/** The trial's fields as written, checked; the files not read yet. */
export type TrialFields = Omit<GaitTrial, 'sha256' | 'parsed'>;

const PATH_EXPECTED = 'a path to an OpenSim .mot file (relative to the scenario file\'s folder)';
const XML_PATH_EXPECTED = 'a path to an OpenSim external loads .xml file (relative to the scenario file\'s folder)';

/** Checks the `trial:` map's fields (types, ranges, which go together), without touching the files. */
export function checkTrialFields(raw: unknown, fail: TrialFail): TrialFields {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw fail(undefined, `expected a map with kinematics (and optionally ${TRIAL_FIELDS.slice(1).join(', ')}), got ${describeValue(raw)}`);
  }
  const map = raw as Record<string, unknown>;
  for (const key of Object.keys(map)) {
    if (!(TRIAL_FIELDS as readonly string[]).includes(key)) {
      // a user of `lumbo run --mot/--forces` might write the options as fields: the error names the field
      const hint = Object.hasOwn(TRIAL_FIELD_OF_OPTION, key) ? ` (the CLI's ${optionFlag(key)} is ${TRIAL_FIELD_OF_OPTION[key as keyof typeof TRIAL_FIELD_OF_OPTION]} here)` : '';
      throw fail(undefined, `a trial takes only ${TRIAL_FIELDS.join(', ')}, got "${key}"${hint}`);
    }
  }
  const path = (field: 'kinematics' | 'groundReactions' | 'externalLoads'): string | undefined => {
    const value = map[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') throw fail(field, `expected ${field === 'externalLoads' ? XML_PATH_EXPECTED : PATH_EXPECTED}, got ${describeValue(value)}`);
    return value;
  };
  const within = (field: 'subjectHeightM' | 'subjectMassKg', [lo, hi]: readonly [number, number], unit: string, what: string): number | undefined => {
    const value = map[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < lo || value > hi) {
      throw fail(field, `expected ${what}: a number within [${lo}, ${hi}] ${unit}, got ${describeValue(value)}`);
    }
    return value;
  };
  const prefix = (field: 'rightPrefix' | 'leftPrefix'): string | undefined => {
    const value = map[field];
    if (value === undefined) return undefined;
    // the .mot header's column names are separated by white space: a prefix with a space names no column
    if (typeof value !== 'string' || /\s/.test(value)) {
      throw fail(field, `expected a column prefix (text without spaces, such as ${field === 'rightPrefix' ? 'ground_' : '1_ground_'}), got ${describeValue(value)}`);
    }
    return value;
  };

  const event = (field: 'cycleStartS' | 'cycleEndS'): number | undefined => {
    const value = map[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw fail(field, `expected a time in seconds on the trial's clock (a right heel strike: a number ≥ 0), got ${describeValue(value)}`);
    }
    return value;
  };

  const kinematics = path('kinematics');
  if (kinematics === undefined) throw fail('kinematics', `expected ${PATH_EXPECTED}: a trial needs its kinematics, got nothing`);
  const cycleStartS = event('cycleStartS');
  const cycleEndS = event('cycleEndS');
  if ((cycleStartS === undefined) !== (cycleEndS === undefined)) {
    const missing = cycleStartS === undefined ? 'cycleStartS' : 'cycleEndS';
    throw fail(missing, `expected with ${missing === 'cycleStartS' ? 'cycleEndS' : 'cycleStartS'}: the cycle's two right heel strikes (s) are given together, got nothing`);
  }
  const subjectHeightM = within('subjectHeightM', SUBJECT_HEIGHT_RANGE_M, 'm', "the measured subject's height");
  const groundReactions = path('groundReactions');
  const subjectMassKg = within('subjectMassKg', SUBJECT_MASS_RANGE_KG, 'kg', "the measured subject's mass, which the plates' forces are scaled from");
  const rightPrefix = prefix('rightPrefix');
  const leftPrefix = prefix('leftPrefix');
  const externalLoads = path('externalLoads');
  if (externalLoads !== undefined && (rightPrefix !== undefined || leftPrefix !== undefined)) {
    // as `--external-loads` with `--forces-right`/`--forces-left`: two statements of the same columns
    throw fail('externalLoads', `names each foot's columns itself: give it or rightPrefix/leftPrefix, not both, got ${describeValue(externalLoads)} with ${rightPrefix === undefined ? '' : `rightPrefix ${describeValue(rightPrefix)}`}${rightPrefix !== undefined && leftPrefix !== undefined ? ' and ' : ''}${leftPrefix === undefined ? '' : `leftPrefix ${describeValue(leftPrefix)}`}`);
  }
  if (groundReactions === undefined) {
    // as `--forces-mass-kg`, `--forces-right`, `--forces-left` and `--external-loads` apply with `--forces` only
    const stray = (['subjectMassKg', 'rightPrefix', 'leftPrefix', 'externalLoads'] as const).find((f) => map[f] !== undefined);
    if (stray) throw fail(stray, `applies with groundReactions only (the trial's force plates), got ${describeValue(map[stray])}`);
  } else if (subjectMassKg === undefined) {
    const [lo, hi] = SUBJECT_MASS_RANGE_KG;
    throw fail('subjectMassKg', `expected the measured subject's mass, which the plates' forces are scaled from: a number within [${lo}, ${hi}] kg, required with groundReactions, got nothing`);
  }
  return {
    kinematics,
    ...(subjectHeightM === undefined ? {} : { subjectHeightM }),
    ...(groundReactions === undefined ? {} : { groundReactions }),
    ...(subjectMassKg === undefined ? {} : { subjectMassKg }),
    ...(rightPrefix === undefined ? {} : { rightPrefix }),
    ...(leftPrefix === undefined ? {} : { leftPrefix }),
    ...(externalLoads === undefined ? {} : { externalLoads }),
    ...(cycleStartS === undefined ? {} : { cycleStartS }),
    ...(cycleEndS === undefined ? {} : { cycleEndS }),
  };
}

/** Texts of the trial files of one scenario, by resolved path: a file several tasks name is read once. */
export type TrialTexts = Map<string, Promise<string>>;

async function readTrialText(written: string, field: 'kinematics' | 'groundReactions' | 'externalLoads', scenarioFile: string, texts: TrialTexts, fail: TrialFail): Promise<string> {
  const file = resolve(dirname(scenarioFile), written);
  const where = isAbsolute(written) ? describeValue(written) : `${describeValue(written)} (${file})`;
  let text = texts.get(file);
  if (!text) {
    text = readCappedText(file, {
      maxBytes: MAX_TRIAL_FILE_BYTES,
      expected: field === 'externalLoads' ? 'a regular OpenSim .xml file' : 'a regular OpenSim .mot file',
      what: 'a trial file',
      fail: (detail) => fail(field, `${where}: ${detail}`),
    });
    texts.set(file, text);
  }
  return text;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Reads and parses the trial's files with the model's readers; their errors are reported on the field that named the file. */
export async function loadTrial(fields: TrialFields, scenarioFile: string, texts: TrialTexts, fail: TrialFail): Promise<GaitTrial> {
  const parsing = <T>(field: 'kinematics' | 'groundReactions' | 'externalLoads' | 'cycleStartS', parse: () => T): T => {
    try {
      return parse();
    } catch (error) {
      if (isTrialError(error)) throw fail(field, `${describeValue(fields[field])}: ${error.message}`);
      throw error;
    }
  };
  const kinematicsText = await readTrialText(fields.kinematics, 'kinematics', scenarioFile, texts, fail);
  const whole: GaitKinematics = parsing('kinematics', () => trialKinematics(kinematicsText, fields.subjectHeightM));
  // one cycle: cut at the lab's events, or (without plates) checked to be one; with plates they find it (§9.1)
  const eventsGiven = fields.cycleStartS !== undefined;
  const withPlates = fields.groundReactions !== undefined && fields.subjectMassKg !== undefined;
  const kinematics = parsing(eventsGiven ? 'cycleStartS' : 'kinematics', () => trialCycle(whole, { cycleStartS: fields.cycleStartS, cycleEndS: fields.cycleEndS }, withPlates));
  if (fields.groundReactions === undefined || fields.subjectMassKg === undefined) {
    return { ...fields, sha256: { kinematics: sha256(kinematicsText) }, parsed: { kinematics } };
  }
  const { groundReactions: written, subjectMassKg } = fields;
  let prefixes: Partial<FootPrefixes> = {
    ...(fields.rightPrefix === undefined ? {} : { rightPrefix: fields.rightPrefix }),
    ...(fields.leftPrefix === undefined ? {} : { leftPrefix: fields.leftPrefix }),
  };
  let externalLoadsHash: { externalLoads: string } | Record<string, never> = {};
  if (fields.externalLoads !== undefined) {
    const xml = await readTrialText(fields.externalLoads, 'externalLoads', scenarioFile, texts, fail);
    prefixes = parsing('externalLoads', () => footPrefixesFromExternalLoads(xml));
    externalLoadsHash = { externalLoads: sha256(xml) };
  }
  const groundReactionsText = await readTrialText(written, 'groundReactions', scenarioFile, texts, fail);
  const parsed: LabTrial = parsing('groundReactions', () => withTrialGroundReactions(kinematics, groundReactionsText, { subjectMassKg, ...prefixes, eventsGiven }));
  return { ...fields, sha256: { kinematics: sha256(kinematicsText), groundReactions: sha256(groundReactionsText), ...externalLoadsHash }, parsed };
}
