/**
 * Reads a story metric out of a model answer, and how to name and print it.
 * The same function serves the card (the viewer's answers) and the unit tests
 * (answers computed with @lumbo/model directly), so what the tests check is
 * what the card says.
 */
import { MUSCLE_LABELS, type LevelName, type TaskResult } from '@lumbo/model';
import type { Answer } from '../../lib/viewer-task.ts';
import type { StoryMetric } from './types.ts';
import { lateralLeanWords, obliquityWords } from '../../lib/signs.ts';

export interface MetricInfo {
  readonly label: string;
  /** Appended to the number ("°", " N", ""). */
  readonly suffix: string;
  readonly decimals: number;
  /**
   * Changes smaller than this count as "about the same": well below what a
   * class could see or a clinician would call a change, and above the
   * solver's tolerance.
   */
  readonly sameWithin: number;
  /** How a rise and a fall read in words, for signed quantities where "it rose" says little ("the left side went lower"). */
  readonly words?: { readonly up: string; readonly down: string };
  /** A signed angle said with its side (lib/signs.ts), instead of a number with a minus. */
  readonly say?: (value: number) => string;
}

const L4L5: LevelName = 'L4/L5';
const ANGLE = { suffix: '°', decimals: 1, sameWithin: 0.2 } as const;
const FORCE = { suffix: ' N', decimals: 0, sameWithin: 10 } as const;

const sideName = (side: string) => (side === 'left' ? 'left' : 'right');

export function metricInfo(m: StoryMetric): MetricInfo {
  switch (m.kind) {
    case 'anteriorTilt':
      return { label: 'Anterior pelvic tilt', ...ANGLE };
    case 'lordosis':
      return { label: 'Lumbar lordosis', ...ANGLE };
    case 'obliquity':
      return {
        label: 'Pelvic obliquity',
        ...ANGLE,
        say: obliquityWords,
        words: { up: 'the pelvis turned toward the right side being lower', down: 'the pelvis turned toward the left side being lower' },
      };
    case 'trunkLateralLean':
      return { label: 'Trunk lateral lean', ...ANGLE, say: lateralLeanWords, words: { up: 'the trunk moved toward the right', down: 'the trunk moved toward the left' } };
    case 'l4l5Compression':
      return { label: 'L4/L5 compression', ...FORCE };
    case 'l4l5Asymmetry':
      return {
        label: 'L4/L5 asymmetry index (+ = right half carries more)',
        suffix: '',
        decimals: 2,
        sameWithin: 0.02,
        words: { up: 'the load moved toward the right half of the disc', down: 'the load moved toward the left half of the disc' },
      };
    case 'muscleForce':
      return { label: `${MUSCLE_LABELS[m.group]} force${m.side ? ` (${sideName(m.side)})` : ' (both sides)'}`, ...FORCE };
    case 'gaitMeanAnteriorTilt':
      return { label: 'Mean anterior pelvic tilt over the cycle', ...ANGLE };
    case 'gaitMeanActivation':
      return { label: `Mean ${MUSCLE_LABELS[m.group].toLowerCase()} activation (${sideName(m.side)}) over the cycle`, suffix: '', decimals: 3, sameWithin: 0.002 };
    case 'gaitPeakDrop':
      return { label: `Largest hip drop of the other side while standing on the ${sideName(m.stance)} leg`, ...ANGLE };
    case 'gaitPeakL4L5Compression':
      return { label: `Peak L4/L5 compression in ${sideName(m.stance)} stance`, ...FORCE };
    case 'gaitMeanL4L5Asymmetry':
      return { label: `Mean L4/L5 asymmetry index in ${sideName(m.stance)} stance (+ = right half more)`, suffix: '', decimals: 2, sameWithin: 0.02 };
  }
}

function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return values.length > 0 ? sum / values.length : Number.NaN;
}

function l4l5(result: TaskResult) {
  return result.lumbar.levels.find((l) => l.level === L4L5);
}

/** The metric's value in this answer, or null when the answer is of the other kind (static vs gait). */
export function readStoryMetric(m: StoryMetric, answer: Answer): number | null {
  if (answer.kind === 'static') {
    const r = answer.result;
    switch (m.kind) {
      case 'anteriorTilt':
        return r.pelvis.anteriorTiltDeg;
      case 'lordosis':
        return r.lumbar.lordosisDeg;
      case 'obliquity':
        return r.pelvis.obliquityDeg;
      case 'trunkLateralLean':
        return r.trunk.lateralLeanDeg;
      case 'l4l5Compression':
        return l4l5(r)?.compressionN ?? null;
      case 'l4l5Asymmetry':
        return l4l5(r)?.asymmetryIndex ?? null;
      case 'muscleForce':
        return r.muscles.filter((x) => x.group === m.group && (m.side === undefined || x.side === m.side)).reduce((sum, x) => sum + x.forceN, 0);
      default:
        return null;
    }
  }
  const g = answer.gait;
  switch (m.kind) {
    case 'gaitMeanAnteriorTilt':
      return g.summary.meanAnteriorPelvicTiltDeg;
    case 'gaitMeanActivation':
      return mean(g.activations[m.group][m.side]);
    case 'gaitPeakDrop':
      return g.summary[m.stance === 'left' ? 'leftStance' : 'rightStance'].peakContralateralDropDeg;
    case 'gaitPeakL4L5Compression':
      return g.summary[m.stance === 'left' ? 'leftStance' : 'rightStance'].peakL4L5CompressionN;
    case 'gaitMeanL4L5Asymmetry':
      return g.summary[m.stance === 'left' ? 'leftStance' : 'rightStance'].meanL4L5AsymmetryIndex;
    default:
      return null;
  }
}
