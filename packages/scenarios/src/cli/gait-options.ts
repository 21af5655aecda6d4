/**
 * `--frames`, `--mot` with its subject's height (`--subject-height-m`) and the trial's own force plates (`--forces`,
 * `--forces-mass-kg`, and which columns are which foot's: `--forces-right`, `--forces-left` or the lab's OpenSim
 * ExternalLoads `.xml`, `--external-loads`) for gait, checked with messages that name the option, the
 * range and the value (docs/model.md §9.1); and, for `lumbo run --task gait` and `lumbo export-mot` with
 * `--scenario`, those options on top of the scenario file's own gait task (docs/sweeps.md, "A lab's own trial").
 */
import { readFile } from 'node:fs/promises';
import { footPrefixesFromExternalLoads, SUBJECT_HEIGHT_RANGE_M, SUBJECT_MASS_RANGE_KG, type FootPrefixes, type GaitOptions } from '@lumbo/model';
import { isTrialError, optionFlag, TRIAL_FIELD_OF_OPTION, trialCycle, trialKinematics, withTrialGroundReactions } from '../scenario/lab-trial.ts';
import { gaitOptionsOf, isGaitTask, taskLabel, type GaitTask, type ScenarioTask } from '../scenario/tasks.ts';
import { Option, type Command } from 'commander';
import type { CliIo } from './io.ts';
import { parseDecimal } from './parse-number.ts';
import { CliUsageError } from './usage-error.ts';

export interface GaitCliOptions {
  side?: string;
  angle?: string;
  frames?: string;
  mot?: string;
  forces?: string;
  forcesMassKg?: string;
  forcesRight?: string;
  forcesLeft?: string;
  externalLoads?: string;
  subjectHeightM?: string;
  cycleStartS?: string;
  cycleEndS?: string;
}

/** The options that bring a lab's own trial's subject and force plates (`run` and `export-mot` both take them). */
export function addTrialOptions(command: Command): Command {
  return command
    .addOption(new Option('--forces <file>', 'gait: the same trial\'s force plates (OpenSim .mot, ground_force_v*/p*, ground_torque_*; 1_ground_* the left foot) to drive --mot'))
    .addOption(new Option('--forces-mass-kg <kg>', 'gait: the measured subject\'s mass (kg), which --forces are scaled from'))
    .addOption(new Option('--forces-right <prefix>', 'gait: column prefix of the right foot in --forces (default ground_)'))
    .addOption(new Option('--forces-left <prefix>', 'gait: column prefix of the left foot in --forces (default 1_ground_)'))
    .addOption(new Option('--external-loads <file.xml>', 'gait: the trial\'s OpenSim ExternalLoads .xml, which says which --forces columns act on which foot (its enabled forces on a body ending _r and _l); instead of --forces-right/--forces-left'))
    .addOption(new Option('--cycle-start-s <s>', 'gait: the cycle\'s first right heel strike on --mot\'s clock (s), with --cycle-end-s, to cut one cycle out of a whole trial (default: found on --forces, or --mot is one cycle)'))
    .addOption(new Option('--cycle-end-s <s>', 'gait: the next right heel strike (s), which ends the cycle'))
    .addOption(new Option('--subject-height-m <m>', 'gait: the height (m) of the subject --mot was measured on; its pelvis path and --forces\' positions scale by the model\'s height over it (default 1.75)'));
}

async function readText(option: string, file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new CliUsageError(`${option} ${file}: cannot read the file`);
  }
}

export async function gaitOptionsFrom(options: GaitCliOptions): Promise<GaitOptions> {
  if (options.side !== undefined) throw new CliUsageError('--side applies to --task single-leg-stance only (gait uses both legs)');
  if (options.angle !== undefined) throw new CliUsageError('--angle applies to --task trunk-flexion only');
  const out: GaitOptions = {};
  if (options.frames !== undefined) {
    const n = parseDecimal(options.frames);
    if (n === undefined || !Number.isInteger(n) || n < 21 || n > 1001) {
      throw new CliUsageError(`--frames must be an integer within [21, 1001], got ${JSON.stringify(options.frames)}`);
    }
    out.framesPerCycle = n;
  }
  const forceOptions = options.forcesMassKg !== undefined || options.forcesRight !== undefined || options.forcesLeft !== undefined || options.externalLoads !== undefined;
  if (options.forces === undefined && forceOptions) throw new CliUsageError('--forces-mass-kg, --forces-right, --forces-left and --external-loads apply with --forces only');
  if (options.externalLoads !== undefined && (options.forcesRight !== undefined || options.forcesLeft !== undefined)) {
    throw new CliUsageError(`--external-loads names each foot's columns itself: give it or --forces-right/--forces-left, not both; got --external-loads ${options.externalLoads} with ${[options.forcesRight === undefined ? [] : [`--forces-right ${options.forcesRight}`], options.forcesLeft === undefined ? [] : [`--forces-left ${options.forcesLeft}`]].flat().join(' and ')}`);
  }
  if (options.forces !== undefined && options.mot === undefined) {
    throw new CliUsageError('--forces needs --mot: a trial\'s force plates drive that trial\'s own kinematics (the forces act where its motion puts the feet)');
  }
  if (options.subjectHeightM !== undefined && options.mot === undefined) throw new CliUsageError('--subject-height-m applies with --mot only (the built-in subject\'s data stand for 1.75 m)');
  let subjectHeightM: number | undefined;
  if (options.subjectHeightM !== undefined) {
    const [lo, hi] = SUBJECT_HEIGHT_RANGE_M;
    subjectHeightM = parseDecimal(options.subjectHeightM);
    if (subjectHeightM === undefined || subjectHeightM < lo || subjectHeightM > hi) {
      throw new CliUsageError(`--subject-height-m (the measured subject's height, which --mot's pelvis path and --forces' positions are scaled from) must be a number within [${lo}, ${hi}] m, got ${JSON.stringify(options.subjectHeightM)}`);
    }
  }
  const eventsGiven = options.cycleStartS !== undefined || options.cycleEndS !== undefined;
  if (eventsGiven && options.mot === undefined) throw new CliUsageError('--cycle-start-s and --cycle-end-s apply with --mot only (they cut one cycle out of its trial)');
  if (eventsGiven && (options.cycleStartS === undefined || options.cycleEndS === undefined)) {
    throw new CliUsageError(`--cycle-start-s and --cycle-end-s go together (the cycle's two right heel strikes, s), got ${options.cycleStartS === undefined ? `--cycle-end-s ${options.cycleEndS} alone` : `--cycle-start-s ${options.cycleStartS} alone`}`);
  }
  const event = (flag: string, text: string | undefined): number | undefined => {
    if (text === undefined) return undefined;
    const value = parseDecimal(text);
    if (value === undefined || value < 0) throw new CliUsageError(`${flag} must be a time in seconds on --mot's clock (a number ≥ 0), got ${JSON.stringify(text)}`);
    return value;
  };
  const events = { cycleStartS: event('--cycle-start-s', options.cycleStartS), cycleEndS: event('--cycle-end-s', options.cycleEndS) };
  if (options.mot !== undefined) {
    const text = await readText('--mot', options.mot);
    try {
      out.kinematics = trialKinematics(text, subjectHeightM);
    } catch (error) {
      if (isTrialError(error)) throw new CliUsageError(`--mot ${options.mot}: ${error.message}`);
      throw error;
    }
    // one cycle: cut at the lab's events, or (without --forces) checked to be one; --forces finds it (lab-trial.ts)
    try {
      out.kinematics = trialCycle(out.kinematics, events, options.forces !== undefined);
    } catch (error) {
      if (isTrialError(error)) throw new CliUsageError(eventsGiven ? `--cycle-start-s ${options.cycleStartS} --cycle-end-s ${options.cycleEndS}: ${error.message}` : `--mot ${options.mot}: ${error.message}`);
      throw error;
    }
  }
  if (options.forces !== undefined && out.kinematics) {
    const [lo, hi] = SUBJECT_MASS_RANGE_KG;
    const mass = options.forcesMassKg === undefined ? undefined : parseDecimal(options.forcesMassKg);
    if (mass === undefined || mass < lo || mass > hi) {
      throw new CliUsageError(`--forces-mass-kg (the measured subject's mass, which the forces are scaled from) must be a number within [${lo}, ${hi}] kg, got ${options.forcesMassKg === undefined ? 'nothing' : JSON.stringify(options.forcesMassKg)}`);
    }
    let prefixes: Partial<FootPrefixes> = {
      ...(options.forcesRight !== undefined && { rightPrefix: options.forcesRight }),
      ...(options.forcesLeft !== undefined && { leftPrefix: options.forcesLeft }),
    };
    if (options.externalLoads !== undefined) {
      const xml = await readText('--external-loads', options.externalLoads);
      try {
        prefixes = footPrefixesFromExternalLoads(xml);
      } catch (error) {
        if (isTrialError(error)) throw new CliUsageError(`--external-loads ${options.externalLoads}: ${error.message}`);
        throw error;
      }
    }
    const text = await readText('--forces', options.forces);
    try {
      // the kinematics come back with the plates' own right toe-off (lab-trial.ts, shared with scenario files' trials)
      const trial = withTrialGroundReactions(out.kinematics, text, { subjectMassKg: mass, ...prefixes, eventsGiven });
      out.kinematics = trial.kinematics;
      out.groundReactions = trial.groundReactions;
    } catch (error) {
      if (isTrialError(error)) throw new CliUsageError(`--forces ${options.forces}: ${error.message}`);
      throw error;
    }
  }
  return out;
}

/** Where the gait options of `run --task gait` and `export-mot` may start from: the scenario file and its tasks. */
export interface GaitScenario {
  /** The scenario file as given to `--scenario` (undefined without one). */
  readonly file: string | undefined;
  /** Its tasks (undefined without a scenario). */
  readonly tasks: readonly ScenarioTask[] | undefined;
}

/**
 * simulateGait's options for `lumbo run --task gait` and `lumbo export-mot`. Without a scenario, or with one
 * that has no gait task: the command line's (`gaitOptionsFrom`). With one: the file's first gait task, as
 * `lumbo run --scenario` alone runs it (its frames, cycleDurationS and trial), with the command line on top:
 * `--frames` replaces its frames (the trial is resampled, as a file's own `frames` does), and `--mot` (with
 * `--subject-height-m`, `--forces`…) replaces its trial whole, plates included, since plates belong to their own
 * trial's motion. The trial's other flags need `--mot`: the file's trial says those things in its own fields.
 * A file with several gait tasks gives its first, and a note on stderr says which.
 */
export async function scenarioGaitOptions(options: GaitCliOptions, scenario: GaitScenario, io: CliIo): Promise<GaitOptions> {
  const gaitTasks = (scenario.tasks ?? []).flatMap((task, index) => (isGaitTask(task) ? [{ task, index }] : []));
  const first = gaitTasks[0];
  if (first === undefined) return gaitOptionsFrom(options);
  const where = `${scenario.file ?? 'the scenario'}'s gait task (tasks[${first.index}])`;
  if (first.task.trial !== undefined && options.mot === undefined) {
    const stray = (Object.keys(TRIAL_FIELD_OF_OPTION) as (keyof typeof TRIAL_FIELD_OF_OPTION)[]).find((name) => options[name] !== undefined);
    if (stray !== undefined) {
      throw new CliUsageError(
        `${optionFlag(stray)} applies with --mot only, got ${JSON.stringify(options[stray])}: ${where} runs its own trial (${JSON.stringify(first.task.trial.kinematics)}), which takes this as trial.${TRIAL_FIELD_OF_OPTION[stray]} in the file; or give --mot to replace the trial`,
      );
    }
  }
  const cli = await gaitOptionsFrom(options);
  // --mot replaces the file's trial whole: its plates drove its own kinematics, not --mot's
  const { trial: _replaced, ...withoutTrial }: GaitTask = first.task;
  const fromFile = gaitOptionsOf(cli.kinematics === undefined ? first.task : withoutTrial);
  if (cli.groundReactions !== undefined && fromFile.cycleDurationS !== undefined) {
    throw new CliUsageError(
      `--forces cannot drive ${where}: its cycleDurationS (${fromFile.cycleDurationS} s) changes the cycle's pace, and measured forces keep their own trial's pace; leave cycleDurationS out of the file's gait task, or leave out --forces`,
    );
  }
  if (gaitTasks.length > 1) {
    const listed = gaitTasks.map(({ task, index }) => `tasks[${index}] ${taskLabel(task)}`).join(', ');
    io.err(`lumbo: note: ${scenario.file ?? 'the scenario'} has ${gaitTasks.length} gait tasks (${listed}); this cycle is the first, tasks[${first.index}] (lumbo run --scenario without --task runs them all)\n`);
  }
  return { ...fromFile, ...cli };
}
