/**
 * The human-readable report of one TaskResult (`lumbo run --format table`).
 * It only displays what the model returned (architecture: the model is the
 * single source of truth); sign notes come from the model's SIGN_CONVENTIONS.
 */
import { MUSCLE_LABELS, SIGN_CONVENTIONS, type MuscleResult, type TaskResult } from '@lumbo/model';
import type { ScenarioTask } from '../scenario/tasks.ts';
import { fixed, ratio } from './numbers.ts';
import { renderPairs, renderTable } from './text-table.ts';

export const DISCLAIMER = 'Lumbo is an education and research tool, not a diagnostic device.';

export interface TableOptions {
  /** Parameter overrides to list in the header (e.g. from `--set`). */
  settings?: readonly { path: string; value: number }[];
  /** Where the base parameters came from, e.g. `preset lower-crossed-syndrome`; listed before the settings. */
  origin?: string;
}

const deg = (v: number) => `${fixed(v, 1)}°`;

export function describeTask(task: ScenarioTask): string {
  switch (task.kind) {
    case 'gait': {
      const { trial } = task;
      const subject = [
        ...(trial?.subjectHeightM === undefined ? [] : [`${fixed(trial.subjectHeightM, 2)} m`]),
        ...(trial?.subjectMassKg === undefined ? [] : [`${fixed(trial.subjectMassKg, 1)} kg`]),
      ];
      const options = [
        ...(task.frames === undefined ? [] : [`${task.frames} frames`]),
        ...(task.cycleDurationS === undefined ? [] : [`${fixed(task.cycleDurationS, 2)} s`]),
        ...(trial === undefined ? [] : [`trial ${trial.kinematics}`]),
        ...(trial?.groundReactions === undefined ? [] : [`its ground reactions ${trial.groundReactions}`]),
        ...(trial?.externalLoads === undefined ? [] : [`its external loads ${trial.externalLoads}`]),
        ...(trial?.cycleStartS === undefined ? [] : [`its cycle ${trial.cycleStartS}–${trial.cycleEndS} s`]),
        ...(subject.length === 0 ? [] : [`measured subject ${subject.join(', ')}`]),
      ];
      return options.length ? `one gait cycle (${options.join(', ')})` : 'one gait cycle';
    }
    case 'single-leg-stance':
      return `single-leg stance on the ${task.side} leg`;
    case 'trunk-flexion':
      return `trunk flexion ${fixed(task.angleDeg, 1)}°`;
    default:
      return task.kind;
  }
}

function header(result: TaskResult, options: TableOptions): string[] {
  const parts = [...(options.origin ? [options.origin] : []), ...(options.settings ?? []).map((s) => `${s.path}=${s.value}`)];
  const settings = parts.length ? parts.join(', ') : 'defaults';
  return [
    `Lumbo — ${describeTask(result.task)}`,
    `  body weight ${fixed(result.bodyWeightN, 0)} N; solver ${result.converged ? 'converged' : 'DID NOT CONVERGE'}; parameters: ${settings}`,
    ...(result.feasible
      ? []
      : ['  NOT FEASIBLE: the muscles cannot balance this task without reserve moments (see Reserves); the loads below are not a normal answer']),
  ];
}

function posture(result: TaskResult): string[] {
  const { pelvis, lumbar, trunk } = result;
  const c = SIGN_CONVENTIONS;
  return [
    'Posture',
    ...renderPairs([
      ['pelvis anterior tilt (ASIS–PSIS)', deg(pelvis.anteriorTiltDeg), c.anteriorTiltDeg],
      ['pelvic tilt PT', deg(pelvis.pelvicTiltDeg), c.pelvicTiltDeg],
      ['sacral slope SS', deg(pelvis.sacralSlopeDeg), c.sacralSlopeDeg],
      ['pelvic incidence PI', deg(pelvis.pelvicIncidenceDeg), c.pelvicIncidenceDeg],
      ['pelvic obliquity', deg(pelvis.obliquityDeg), c.obliquityDeg],
      ['pelvic rotation', deg(pelvis.axialRotationDeg), c.axialRotationDeg],
      ['lumbar lordosis L1–S1', deg(lumbar.lordosisDeg), c.lordosisDeg],
      ['lumbar lateral curve L1–S1', deg(lumbar.lateralCurveDeg), c.lateralCurveDeg],
      ['trunk forward lean', deg(trunk.forwardLeanDeg), c.forwardLeanDeg],
      ['trunk lateral lean', deg(trunk.lateralLeanDeg), c.lateralLeanDeg],
    ]),
  ];
}

function levels(result: TaskResult): string[] {
  const bw = result.bodyWeightN;
  const rows = result.lumbar.levels.map((l) => [
    l.level,
    fixed(l.angleDeg, 1),
    fixed(l.lateralBendDeg, 1),
    fixed(l.axialRotationDeg, 1),
    fixed(l.compressionN, 0),
    ratio(l.compressionN, bw, 2),
    fixed(l.apShearN, 0),
    fixed(l.mlShearN, 0),
    fixed(l.leftCompressionN, 0),
    fixed(l.rightCompressionN, 0),
    fixed(l.asymmetryIndex, 3),
    fixed(l.leftFacetForceN, 0),
    fixed(l.rightFacetForceN, 0),
    fixed(l.intradiscalPressureMPa, 2),
  ]);
  return [
    'Lumbar levels',
    ...renderTable(
      [
        { header: 'level', align: 'left' },
        { header: 'angle °' },
        { header: 'bend °' },
        { header: 'rotation °' },
        { header: 'compression N' },
        { header: '×BW' },
        { header: 'AP shear N' },
        { header: 'ML shear N' },
        { header: 'left N' },
        { header: 'right N' },
        { header: 'asymmetry' },
        { header: 'facet L N' },
        { header: 'facet R N' },
        { header: 'IDP MPa' },
      ],
      rows,
    ),
    `  AP shear ${SIGN_CONVENTIONS.apShearN}; ML shear ${SIGN_CONVENTIONS.mlShearN}`,
    `  bend ${SIGN_CONVENTIONS.lateralBendDeg}; rotation ${SIGN_CONVENTIONS.levelAxialRotationDeg}`,
    `  asymmetry ${SIGN_CONVENTIONS.asymmetryIndex}`,
  ];
}

function hips(result: TaskResult): string[] {
  const bw = result.bodyWeightN;
  const rows = (['left', 'right'] as const).map((side) => {
    const h = result.hips[side];
    return [
      side,
      fixed(h.flexionDeg, 1),
      fixed(h.adductionDeg, 1),
      fixed(h.contactForceN, 0),
      ratio(h.contactForceN, bw, 2),
      fixed(h.abductorDemandNm, 1),
      fixed(h.abductorCapacityNm, 1),
      h.abductorCapacityNm > 0 ? `${fixed((100 * h.abductorDemandNm) / h.abductorCapacityNm, 0)}%` : '—',
    ];
  });
  return [
    'Hips',
    ...renderTable(
      [
        { header: 'side', align: 'left' },
        { header: 'flexion °' },
        { header: 'adduction °' },
        { header: 'contact N' },
        { header: '×BW' },
        { header: 'abductor demand N·m' },
        { header: 'capacity N·m' },
        { header: 'demand/capacity' },
      ],
      rows,
    ),
    `  flexion ${SIGN_CONVENTIONS.hipFlexionDeg}; adduction ${SIGN_CONVENTIONS.hipAdductionDeg}`,
  ];
}

function muscles(result: TaskResult): string[] {
  const byGroup = new Map<string, Partial<Record<'left' | 'right', MuscleResult>>>();
  for (const m of result.muscles) byGroup.set(m.group, { ...byGroup.get(m.group), [m.side]: m });
  const cell = (m: MuscleResult | undefined, pick: (m: MuscleResult) => string) => (m ? pick(m) : '—');
  const rows = [...byGroup].map(([group, { left, right }]) => [
    MUSCLE_LABELS[group as MuscleResult['group']] ?? group,
    cell(left, (m) => fixed(m.activation, 3)),
    cell(right, (m) => fixed(m.activation, 3)),
    cell(left, (m) => fixed(m.forceN, 0)),
    cell(right, (m) => fixed(m.forceN, 0)),
  ]);
  return [
    'Muscles (activation 0–1; force = active + passive)',
    ...renderTable(
      [
        { header: 'muscle', align: 'left' },
        { header: 'activation L' },
        { header: 'activation R' },
        { header: 'force L N' },
        { header: 'force R N' },
      ],
      rows,
    ),
  ];
}

function reserves(result: TaskResult): string[] {
  if (result.reserves.length === 0) return ['Reserves', '  none: the muscles supplied every moment'];
  return [
    'Reserves (moments the muscles could not supply)',
    ...renderTable(
      [{ header: 'equation', align: 'left' }, { header: 'moment N·m' }],
      result.reserves.map((r) => [r.dof, fixed(r.momentNm, 1)]),
    ),
  ];
}

function warnings(result: TaskResult): string[] {
  return ['Warnings', ...(result.warnings.length ? result.warnings.map((w) => `  - ${w}`) : ['  none'])];
}

/** The whole report as text, ending with a newline. */
export function formatTable(result: TaskResult, options: TableOptions = {}): string {
  const sections = [header(result, options), posture(result), levels(result), hips(result), muscles(result), reserves(result), warnings(result)];
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n\n${DISCLAIMER}\n`;
}
