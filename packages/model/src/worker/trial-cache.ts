/**
 * The worker's copy of a lab's own trial (docs/model.md §9.1, "Your own trial's force plates"), parsed once with the
 * model's trial readers (gait/lab-trial.ts). Two ways in: `setTrial(texts)` parses a trial and keeps it under an id
 * that gait requests then name (`trialId`), so a slider step sends a few bytes, not the files' megabytes (the
 * viewer); or the texts themselves with each request (`motText`, `groundReactionsText`…), kept while the same texts
 * keep coming, so a step re-parses nothing. Each parsed trial gets a new id, which names its gait continuations: a
 * continuation does not notice other kinematics (it holds multipliers per frame count), so one trial's cycles never
 * start from another's.
 */
import { StorageFormatError } from '../io/storage.ts';
import { TaskError } from '../engine/task.ts';
import { trialCycle, trialKinematics, withTrialGroundReactions, type LabTrial } from '../gait/lab-trial.ts';
import { SUBJECT_MASS_RANGE_KG } from '../gait/measured-reactions.ts';
import { footPrefixesFromExternalLoads, type FootPrefixes } from '../gait/external-loads.ts';

/** A trial as it crosses the worker boundary: the files' texts and the measured subject. */
export interface TrialTexts {
  /**
   * OpenSim kinematics .mot: one cycle from right heel strike, or a whole trial whose cycle the plates or the
   * events below find (docs/model.md §9.1, "One cycle of a whole trial").
   */
  motText?: string | undefined;
  /** The same trial's force plates (.mot); needs `subjectMassKg`. */
  groundReactionsText?: string | undefined;
  /** The measured subject's mass, kg (SUBJECT_MASS_RANGE_KG); required with `groundReactionsText`. */
  subjectMassKg?: number | undefined;
  /** The measured subject's height, m (SUBJECT_HEIGHT_RANGE_M; default the built-in subject's). */
  subjectHeightM?: number | undefined;
  /** Column prefixes of each foot in the plates (default `ground_` right, `1_ground_` left). */
  rightPrefix?: string | undefined;
  leftPrefix?: string | undefined;
  /** Or the trial's OpenSim ExternalLoads .xml, which says the prefixes itself (gait/external-loads.ts); not with them. */
  externalLoadsText?: string | undefined;
  /** The lab's own events: the cycle's right heel strikes on the trial's clock (s), both or neither. */
  cycleStartS?: number | undefined;
  cycleEndS?: number | undefined;
}

const TRIAL_KEYS = ['motText', 'groundReactionsText', 'subjectMassKg', 'subjectHeightM', 'rightPrefix', 'leftPrefix', 'externalLoadsText', 'cycleStartS', 'cycleEndS'] as const;

/** A parsed trial and the id its continuations are kept under. */
export interface CachedTrial {
  readonly id: string;
  readonly trial: LabTrial;
}

/** Prefixes a reader's error with the option that carried the bad text (the class and its fields stay). */
function labelled<T>(option: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof StorageFormatError || error instanceof TaskError) error.message = `${option}: ${error.message}`;
    throw error;
  }
}

/** Parses a trial (throws StorageFormatError or TaskError naming the option). */
export function parseTrial(texts: TrialTexts): LabTrial {
  const { motText, groundReactionsText, subjectMassKg, externalLoadsText } = texts;
  if (externalLoadsText !== undefined && groundReactionsText === undefined) {
    throw new TaskError('externalLoadsText says which columns of groundReactionsText act on which foot: it needs groundReactionsText', 'externalLoadsText', 'without groundReactionsText');
  }
  if (externalLoadsText !== undefined && (texts.rightPrefix !== undefined || texts.leftPrefix !== undefined)) {
    const given = { rightPrefix: texts.rightPrefix, leftPrefix: texts.leftPrefix };
    throw new TaskError(`externalLoadsText names each foot's columns itself: give it or rightPrefix/leftPrefix, not both, got ${JSON.stringify(given)}`, 'externalLoadsText', given);
  }
  if (motText === undefined) {
    if (groundReactionsText !== undefined) {
      throw new TaskError('groundReactionsText needs motText of the same trial (the forces act where that motion puts the feet)', 'groundReactionsText', 'without motText');
    }
    throw new TaskError('a trial needs motText', 'motText', undefined);
  }
  const whole = labelled('motText', () => trialKinematics(motText, texts.subjectHeightM));
  // the lab's events cut the cycle (their errors name them); without them a file read without plates must be one
  const events = { cycleStartS: texts.cycleStartS, cycleEndS: texts.cycleEndS };
  const eventsGiven = events.cycleStartS !== undefined || events.cycleEndS !== undefined;
  const kinematics = labelled(eventsGiven ? 'cycleStartS/cycleEndS' : 'motText', () => trialCycle(whole, events, groundReactionsText !== undefined));
  if (groundReactionsText === undefined) return { kinematics };
  const [lo, hi] = SUBJECT_MASS_RANGE_KG;
  if (typeof subjectMassKg !== 'number' || !Number.isFinite(subjectMassKg) || subjectMassKg < lo || subjectMassKg > hi) {
    throw new TaskError(`subjectMassKg (the measured subject's mass, which the forces are scaled from) must be a number within [${lo}, ${hi}] kg, got ${String(subjectMassKg)}`, 'subjectMassKg', subjectMassKg);
  }
  const prefixes: Partial<FootPrefixes> =
    externalLoadsText === undefined
      ? {
          ...(texts.rightPrefix !== undefined && { rightPrefix: texts.rightPrefix }),
          ...(texts.leftPrefix !== undefined && { leftPrefix: texts.leftPrefix }),
        }
      : labelled('externalLoadsText', () => footPrefixesFromExternalLoads(externalLoadsText));
  return labelled('groundReactionsText', () => withTrialGroundReactions(kinematics, groundReactionsText, { subjectMassKg, ...prefixes, eventsGiven }));
}

/** True when the options carry a trial (any of its fields). */
export function hasTrial(texts: TrialTexts): boolean {
  return TRIAL_KEYS.some((k) => texts[k] !== undefined);
}

/**
 * Trials kept by id after `put` (the most recent KEPT_TRIALS: a caller setting trials without end cannot grow the
 * worker without bound; the viewer needs two, the trial on screen and a newly chosen one) [E].
 */
export const KEPT_TRIALS = 4;

export interface TrialCache {
  /** The last trial of these texts (compared by value), parsed again only when they change. */
  ofTexts(texts: TrialTexts): CachedTrial;
  /** Parses the trial and keeps it under a new id (throws as parseTrial). */
  put(texts: TrialTexts): CachedTrial;
  /** The trial kept under `id` (TaskError naming `trialId` when it is not kept). */
  get(id: string): CachedTrial;
}

export function createTrialCache(): TrialCache {
  let last: { texts: TrialTexts; cached: CachedTrial } | null = null;
  const kept = new Map<string, CachedTrial>();
  let count = 0;
  const parsed = (texts: TrialTexts): CachedTrial => ({ id: `trial-${++count}`, trial: parseTrial(texts) });
  return {
    ofTexts(texts) {
      if (last && TRIAL_KEYS.every((k) => last!.texts[k] === texts[k])) return last.cached;
      const cached = parsed(texts);
      last = { texts: Object.fromEntries(TRIAL_KEYS.map((k) => [k, texts[k]])) as TrialTexts, cached };
      return cached;
    },
    put(texts) {
      const cached = parsed(texts);
      kept.set(cached.id, cached);
      // a Map iterates in insertion order: its first key is the oldest trial set
      if (kept.size > KEPT_TRIALS) kept.delete(kept.keys().next().value!);
      return cached;
    },
    get(id) {
      const cached = kept.get(id);
      if (!cached) {
        throw new TaskError(`trialId must name a trial set with setTrial and still kept (the last ${KEPT_TRIALS}: ${[...kept.keys()].join(', ') || 'none'}), got ${JSON.stringify(id)}`, 'trialId', id);
      }
      return cached;
    },
  };
}
