/**
 * Difference read-outs between the figure and its compare set: current minus
 * compare, in the model's own units and signs (conventions.ts in
 * @lumbo/model). Static tasks compare the two results directly; a gait
 * cycle compares cycle summaries (means, per-stance peaks), because the two
 * cycles are in step frame by frame but their peaks need not be.
 * Pure: unit-tested against real model answers.
 */
import { cycleMax as peak, cycleMean as mean, LEVELS, type LevelName } from '@lumbo/model';
import type { Answer } from '../../lib/viewer-task.ts';

export interface DeltaRow {
  /** Stable id, also the data-metric suffix: `compare.delta.<id>`. */
  readonly id: string;
  readonly label: string;
  readonly unit: 'deg' | 'N';
  readonly current: number;
  readonly compare: number;
  /** current − compare. */
  readonly delta: number;
}

export interface DeltaGroup {
  readonly title: string;
  readonly rows: readonly DeltaRow[];
}

function row(id: string, label: string, unit: DeltaRow['unit'], current: number, compare: number): DeltaRow {
  return { id, label, unit, current, compare, delta: current - compare };
}


function staticDeltas(current: Extract<Answer, { kind: 'static' }>['result'], compare: Extract<Answer, { kind: 'static' }>['result']): DeltaGroup[] {
  const level = (r: typeof current, name: LevelName) => r.lumbar.levels.find((l) => l.level === name)!;
  return [
    {
      title: 'Posture',
      rows: [
        row('pelvis.anteriorTiltDeg', 'Anterior pelvic tilt', 'deg', current.pelvis.anteriorTiltDeg, compare.pelvis.anteriorTiltDeg),
        row('lumbar.lordosisDeg', 'Lumbar lordosis', 'deg', current.lumbar.lordosisDeg, compare.lumbar.lordosisDeg),
        row('pelvis.obliquityDeg', 'Pelvic obliquity', 'deg', current.pelvis.obliquityDeg, compare.pelvis.obliquityDeg),
        row('trunk.lateralLeanDeg', 'Trunk lateral lean', 'deg', current.trunk.lateralLeanDeg, compare.trunk.lateralLeanDeg),
      ],
    },
    {
      title: 'Compression per level',
      rows: LEVELS.map((name) =>
        row(`lumbar.levels.${name}.compressionN`, name, 'N', level(current, name).compressionN, level(compare, name).compressionN),
      ),
    },
  ];
}

type Gait = Extract<Answer, { kind: 'gait' }>['gait'];

function gaitDeltas(current: Gait, compare: Gait): DeltaGroup[] {
  const c = current.summary;
  const k = compare.summary;
  return [
    {
      title: 'Posture over the cycle',
      rows: [
        row('gait.meanAnteriorPelvicTiltDeg', 'Mean anterior pelvic tilt', 'deg', c.meanAnteriorPelvicTiltDeg, k.meanAnteriorPelvicTiltDeg),
        row('gait.meanLordosisDeg', 'Mean lumbar lordosis', 'deg', mean(current.lordosisDeg), mean(compare.lordosisDeg)),
        // the sagittal trunk: a lurch back (weak gluteus maximus) or a walk inclined forward (weak hip flexors)
        row('gait.meanTrunkForwardLeanDeg', 'Mean trunk forward lean', 'deg', mean(current.trunkForwardLeanDeg), mean(compare.trunkForwardLeanDeg)),
        row('gait.rightStance.peakContralateralDropDeg', 'Peak pelvic drop, right stance', 'deg', c.rightStance.peakContralateralDropDeg, k.rightStance.peakContralateralDropDeg),
        row('gait.leftStance.peakContralateralDropDeg', 'Peak pelvic drop, left stance', 'deg', c.leftStance.peakContralateralDropDeg, k.leftStance.peakContralateralDropDeg),
        row('gait.rightStance.peakTrunkLeanTowardStanceDeg', 'Peak trunk lean, right stance', 'deg', c.rightStance.peakTrunkLeanTowardStanceDeg, k.rightStance.peakTrunkLeanTowardStanceDeg),
        row('gait.leftStance.peakTrunkLeanTowardStanceDeg', 'Peak trunk lean, left stance', 'deg', c.leftStance.peakTrunkLeanTowardStanceDeg, k.leftStance.peakTrunkLeanTowardStanceDeg),
      ],
    },
    {
      title: 'Peak compression per level',
      rows: LEVELS.map((name) =>
        row(`gait.levels.${name}.peakCompressionN`, name, 'N', peak(current.levels[name].compressionN), peak(compare.levels[name].compressionN)),
      ),
    },
  ];
}

/** The difference groups, or null when the two answers are not for the same kind of task. */
export function compareDeltas(current: Answer, compare: Answer): DeltaGroup[] | null {
  if (current.kind === 'static' && compare.kind === 'static') return staticDeltas(current.result, compare.result);
  if (current.kind === 'gait' && compare.kind === 'gait') return gaitDeltas(current.gait, compare.gait);
  return null;
}
