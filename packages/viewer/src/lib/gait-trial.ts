/**
 * A gait lab's own walking trial as the viewer holds it (docs/viewer.md, "Your own trial"): the files' names and
 * texts (read once, kept in the store, never in a link) and the measured subject. The worker parses it with the
 * model's trial readers (docs/model.md §9.1, "Your own trial's force plates").
 */
import { SUBJECT_HEIGHT_RANGE_M, SUBJECT_MASS_RANGE_KG } from '@lumbo/model';
import type { TrialTexts } from '@lumbo/model/worker/api';

export interface TrialFile {
  readonly name: string;
  readonly text: string;
}

export interface GaitTrial {
  /** OpenSim kinematics .mot, one cycle from right heel strike. */
  readonly kinematics: TrialFile;
  /** The same trial's force-plate .mot (then `subjectMassKg` is set). */
  readonly forces?: TrialFile;
  /** The measured subject's mass, kg (required with `forces`). */
  readonly subjectMassKg?: number;
  /** The measured subject's height, m (default: the built-in subject's). */
  readonly subjectHeightM?: number;
  /** Column prefixes of each foot in `forces` (the model's default `ground_` right, `1_ground_` left). */
  readonly rightPrefix?: string;
  readonly leftPrefix?: string;
  /** The OpenSim ExternalLoads .xml the prefixes were read from, if any (its name, for the status line). */
  readonly externalLoadsName?: string;
  /** The lab's own events cutting one cycle out of a whole trial: its two right heel strikes (s, the file's clock). */
  readonly cycleStartS?: number;
  readonly cycleEndS?: number;
}

/** The worker API's trial (TrialTexts, given once with setTrial) for a trial. */
export function trialCallOptions(trial: GaitTrial): TrialTexts {
  return {
    motText: trial.kinematics.text,
    ...(trial.forces && { groundReactionsText: trial.forces.text }),
    ...(trial.subjectMassKg !== undefined && { subjectMassKg: trial.subjectMassKg }),
    ...(trial.subjectHeightM !== undefined && { subjectHeightM: trial.subjectHeightM }),
    ...(trial.rightPrefix !== undefined && { rightPrefix: trial.rightPrefix }),
    ...(trial.leftPrefix !== undefined && { leftPrefix: trial.leftPrefix }),
    ...(trial.cycleStartS !== undefined && { cycleStartS: trial.cycleStartS }),
    ...(trial.cycleEndS !== undefined && { cycleEndS: trial.cycleEndS }),
  };
}

/** The worker's message for a bad trial, its option (`motText: …`) replaced by the file it came from. */
export function trialErrorMessage(message: string, trial: GaitTrial): string {
  if (message.startsWith('motText: ')) return `Kinematics file ${trial.kinematics.name}: ${message.slice('motText: '.length)}`;
  if (message.startsWith('groundReactionsText: ')) return `Force-plate file ${trial.forces?.name ?? ''}: ${message.slice('groundReactionsText: '.length)}`;
  const events = 'cycleStartS/cycleEndS: ';
  if (message.startsWith(events)) return `Cycle ${trial.cycleStartS}–${trial.cycleEndS} s of ${trial.kinematics.name}: ${message.slice(events.length)}`;
  return message;
}

/** The model's default column prefixes of each foot (OpenSim's example; measured-reactions.ts). */
export const DEFAULT_PREFIXES = { rightPrefix: 'ground_', leftPrefix: '1_ground_' } as const;

/** The plates' foot columns as the picker's fields hold them, and the .xml they were read from, if they still are its. */
export interface TrialColumns {
  readonly rightPrefix: string;
  readonly leftPrefix: string;
  readonly externalLoadsName?: string | undefined;
}

/**
 * The foot prefixes of a lab's OpenSim ExternalLoads .xml (the model's reader, loaded when a lab chooses one: the
 * page does without the XML parser until then), or the message naming the file and what is wrong with it.
 */
export async function columnsFromExternalLoads(file: TrialFile): Promise<{ ok: true; columns: TrialColumns } | { ok: false; error: string }> {
  const { footPrefixesFromExternalLoads } = await import('@lumbo/model/external-loads');
  try {
    return { ok: true, columns: { ...footPrefixesFromExternalLoads(file.text), externalLoadsName: file.name } };
  } catch (error) {
    return { ok: false, error: `External loads file ${file.name}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** A typed column prefix, or the message naming the field, what it takes and what was typed. */
function checkedPrefix(text: string, label: string, example: string): string | { error: string } {
  // the .mot header's column names are separated by white space: a prefix with a space names no column
  if (text !== '' && !/\s/.test(text)) return text;
  return { error: `${label} must be a column prefix (text without spaces, such as ${example}), got ${text === '' ? 'nothing' : JSON.stringify(text)}` };
}

/** A number typed into a field, in its range; or the message naming the field, its range and what was typed. */
function checkedNumber(text: string, label: string, range: readonly [number, number], unit: string): number | string {
  const value = text.trim() === '' ? NaN : Number(text);
  if (Number.isFinite(value) && value >= range[0] && value <= range[1]) return value;
  return `${label} must be a number within [${range[0]}, ${range[1]}] ${unit}, got ${text.trim() === '' ? 'nothing' : JSON.stringify(text.trim())}`;
}

/** The cycle's two right heel strikes as typed (empty: not given; a whole trial's plates then find its cycle). */
export interface TrialEventTexts {
  readonly startText: string;
  readonly endText: string;
}

const NO_EVENTS: TrialEventTexts = { startText: '', endText: '' };

/** A typed event time (s ≥ 0), or the message naming the field and what was typed. */
function checkedEvent(text: string, label: string): number | string {
  const value = Number(text);
  if (text.trim() !== '' && Number.isFinite(value) && value >= 0) return value;
  return `${label} must be a time in seconds on the trial's clock (a right heel strike, a number ≥ 0), got ${JSON.stringify(text.trim())}`;
}

/**
 * The trial from the chosen files and the typed mass, height and cycle events (empty: not given), or the messages of
 * what is wrong: the mass is required with force plates, and the cycle's start and end go together.
 */
export function buildTrial(
  kinematics: TrialFile,
  forces: TrialFile | null,
  massText: string,
  heightText: string,
  columns: TrialColumns = DEFAULT_PREFIXES,
  events: TrialEventTexts = NO_EVENTS,
): { ok: true; trial: GaitTrial } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const startGiven = events.startText.trim() !== '', endGiven = events.endText.trim() !== '';
  const start = startGiven ? checkedEvent(events.startText, 'Cycle from (cycleStartS)') : undefined;
  const end = endGiven ? checkedEvent(events.endText, 'Cycle to (cycleEndS)') : undefined;
  for (const e of [start, end]) if (typeof e === 'string') errors.push(e);
  if (startGiven !== endGiven) errors.push(`The cycle's start and end (cycleStartS, cycleEndS) go together: give both right heel strikes, or neither (the plates then find the cycle), got only the ${startGiven ? 'start' : 'end'}`);
  // the prefixes name the plates' columns: without plates they are not used
  const right = forces ? checkedPrefix(columns.rightPrefix, 'Right foot columns (rightPrefix)', DEFAULT_PREFIXES.rightPrefix) : undefined;
  const left = forces ? checkedPrefix(columns.leftPrefix, 'Left foot columns (leftPrefix)', DEFAULT_PREFIXES.leftPrefix) : undefined;
  for (const p of [right, left]) if (typeof p === 'object') errors.push(p.error);
  // the mass scales the plates' forces: without plates it is not used
  const mass = forces ? checkedNumber(massText, "Subject mass (subjectMassKg, the measured subject's)", SUBJECT_MASS_RANGE_KG, 'kg') : undefined;
  const height = heightText.trim() !== '' ? checkedNumber(heightText, "Subject height (subjectHeightM, the measured subject's)", SUBJECT_HEIGHT_RANGE_M, 'm') : undefined;
  if (typeof mass === 'string') errors.push(`${mass} (required with force plates)`);
  if (typeof height === 'string') errors.push(height);
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    trial: {
      kinematics,
      ...(forces && { forces }),
      ...(typeof mass === 'number' && { subjectMassKg: mass }),
      ...(typeof height === 'number' && { subjectHeightM: height }),
      ...(typeof right === 'string' && { rightPrefix: right }),
      ...(typeof left === 'string' && { leftPrefix: left }),
      ...(forces && columns.externalLoadsName !== undefined && { externalLoadsName: columns.externalLoadsName }),
      ...(typeof start === 'number' && typeof end === 'number' && { cycleStartS: start, cycleEndS: end }),
    },
  };
}
