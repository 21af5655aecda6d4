/**
 * Short names of the parameter paths in a shared link, so a link with a few
 * changes stays short enough to paste into slides:
 * `muscles.gluteusMedius.right.strength` → `gmed.R.str`. One table per
 * path segment; a test checks that every catalogue path has a unique short
 * name, so a new parameter cannot be added without one.
 */
import { ALL_FIELDS, type KnobName, type MuscleGroup } from '@lumbo/model';

const GROUP: Record<MuscleGroup, string> = {
  gluteusMaximus: 'gmax',
  gluteusMedius: 'gmed',
  gluteusMinimus: 'gmin',
  iliopsoas: 'ilio',
  piriformis: 'piri',
  erectorSpinae: 'es',
  quadratusLumborum: 'ql',
  abdominals: 'abd',
  hamstrings: 'ham',
  tensorFasciaeLatae: 'tfl',
  rectusFemoris: 'rf',
  adductors: 'add',
};

const KNOB: Record<KnobName, string> = {
  strength: 'str',
  tone: 'tone',
  activationFloor: 'floor',
  tightness: 'tight',
  stiffness: 'stiff',
  coactivation: 'coact',
  inhibition: 'inh',
  onsetDelayMs: 'delayMs',
};

const SCALAR: Record<string, string> = {
  'subject.massKg': 'massKg',
  'subject.heightM': 'heightM',
  'subject.pelvicIncidenceDeg': 'piDeg',
  'subject.asisPsisNeutralDeg': 'asisDeg',
  'subject.discHeightLoss': 'discLoss',
  'strategy.duchenne': 'duch',
};

function shortName(path: string): string {
  const scalar = SCALAR[path];
  if (scalar) return scalar;
  const [root, group, side, knob] = path.split('.');
  const g = GROUP[group as MuscleGroup];
  const k = KNOB[knob as KnobName];
  if (root !== 'muscles' || !g || !k || (side !== 'left' && side !== 'right')) throw new Error(`no short name for parameter ${path}`);
  return `${g}.${side === 'left' ? 'L' : 'R'}.${k}`;
}

export const SHORT_BY_PATH: ReadonlyMap<string, string> = new Map(ALL_FIELDS.map((f) => [f.path, shortName(f.path)]));
export const PATH_BY_SHORT: ReadonlyMap<string, string> = new Map([...SHORT_BY_PATH].map(([path, short]) => [short, path]));
