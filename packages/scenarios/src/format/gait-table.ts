/**
 * The readable report of a gait cycle (`lumbo run --task gait`) and its JSON
 * form: typed arrays become plain arrays; the per-frame drawing geometry
 * (`animation`) is left out of JSON to keep it readable (the viewer uses it).
 */
import { LEVELS, SIGN_CONVENTIONS, type GaitResult } from '@lumbo/model';
import { fixed } from './numbers.ts';
import { renderPairs, renderTable } from './text-table.ts';
import { DISCLAIMER, type TableOptions } from './table.ts';

const deg = (v: number) => `${fixed(v, 1)}°`;

/** The gait result as plain JSON data (typed arrays → arrays), without the per-frame drawing geometry. */
export function gaitToJson(result: GaitResult): unknown {
  const plain = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
    if (Array.isArray(v)) return v.map(plain);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
    return v;
  };
  const { animation: _animation, ...rest } = result;
  void _animation;
  return plain(rest);
}

export function formatGaitTable(result: GaitResult, options: TableOptions = {}): string {
  const parts = [...(options.origin ? [options.origin] : []), ...(options.settings ?? []).map((s) => `${s.path}=${s.value}`)];
  const s = result.summary;
  const c = SIGN_CONVENTIONS;
  const every10 = Array.from({ length: 11 }, (_, k) => Math.round((k * (result.frames - 1)) / 10));
  const lines = [
    `Lumbo — gait cycle (${result.frames} frames, ${fixed(result.cycleDurationS, 3)} s)`,
    `  baseline: ${result.source}; parameters: ${parts.length ? parts.join(', ') : 'defaults'}`,
    '',
    'Cycle summary',
    ...renderPairs([
      ['pelvic obliquity range', deg(s.pelvicObliquityRangeDeg), c.obliquityDeg],
      ['trunk lateral lean range', deg(s.trunkLateralLeanRangeDeg), c.lateralLeanDeg],
      ['mean anterior pelvic tilt', deg(s.meanAnteriorPelvicTiltDeg), c.anteriorTiltDeg],
      ['peak hip abductor demand', `${fixed(s.peakHipAbductorDemandNmPerKg, 2)} N·m/kg`, 'of the motion before compensating (what sizes the drop and lean)'],
      ['peak hip abductor moment L|R', `${fixed(s.peakHipAbductorMomentNmPerKg.left, 2)}|${fixed(s.peakHipAbductorMomentNmPerKg.right, 2)} N·m/kg`, 'net moment from the measured ground reactions'],
      ['peak hip contact L|R', `${fixed(s.peakHipContactForceBW.left, 2)}|${fixed(s.peakHipContactForceBW.right, 2)} BW`],
      ['peak hip-flexor deficit L|R', `${fixed(s.peakHipFlexorDeficitBeforeCompensationNm.left, 1)}|${fixed(s.peakHipFlexorDeficitBeforeCompensationNm.right, 1)} N·m`, 'flexion demand the flexors and passive tissue cannot supply, before compensating'],
      ['trunk inclined forward', deg(s.trunkForwardCompensationDeg), 'held through the cycle for weak hip flexors (0 = none)'],
      ['hip-flexor deficit remaining L|R', `${fixed(s.peakHipFlexorDeficitNm.left, 1)}|${fixed(s.peakHipFlexorDeficitNm.right, 1)} N·m`, 'after the inclination: for other muscles or reserves'],
      ['hip rotation by piriformis L|R', `${fixed(s.meanStanceHipRotationPiriformisDeg.left, 1)}|${fixed(s.meanStanceHipRotationPiriformisDeg.right, 1)}°`, 'mean over stance; + = internal'],
      ['frames the muscles balance', `${fixed(100 * s.feasibleFraction, 0)} %`, 'the rest needed reserve moments: not a normal answer'],
      ['mean residual', `${fixed(s.meanResidualForceN, 0)} N, ${fixed(s.meanResidualMomentNm, 0)} N·m`, 'what the measured forces and the model’s masses leave unbalanced'],
    ]),
    '',
    'Per stance leg',
    ...renderTable(
      [{ header: 'stance', align: 'left' }, { header: 'peak opposite drop °' }, { header: 'peak lean to stance °' }, { header: 'peak lurch back °' }, { header: 'peak L4/L5 N' }, { header: 'mean L4/L5 asymmetry' }, { header: 'peak abductor deficit N·m' }],
      (['left', 'right'] as const).map((side) => {
        const st = side === 'left' ? s.leftStance : s.rightStance;
        // the gluteus maximus lurch of that leg's stance (0 when its hip extensors hold the trunk)
        const lurch = Math.max(0, ...result.trunkLurchDeg[side]);
        return [side, fixed(st.peakContralateralDropDeg, 1), fixed(st.peakTrunkLeanTowardStanceDeg, 1), fixed(lurch, 1), fixed(st.peakL4L5CompressionN, 0), fixed(st.meanL4L5AsymmetryIndex, 3), fixed(st.peakAbductorDeficitNm, 1)];
      }),
    ),
    '  lurch: the trunk thrown back in early stance when the hip extensors cannot hold it (gluteus maximus gait)',
    '  asymmetry (right − left)/(right + left): + = right half of the disc carries more',
    '',
    'Through the cycle (every 10 %)',
    ...renderTable(
      [{ header: '% cycle' }, { header: 'obliquity °' }, { header: 'trunk lean °' }, { header: 'ant. tilt °' }, { header: 'lordosis °' }, { header: 'L4/L5 N' }, { header: 'L4/L5 L|R N' }, { header: 'abd. demand L|R N·m*' }, { header: 'stance' }],
      every10.map((i) => {
        const l45 = result.levels['L4/L5'];
        const stance = `${result.stance.left[i] ? 'L' : '-'}${result.stance.right[i] ? 'R' : '-'}`;
        return [
          fixed(result.cyclePercent[i]!, 0),
          fixed(result.pelvicObliquityDeg[i]!, 1),
          fixed(result.trunkLateralLeanDeg[i]!, 1),
          fixed(result.anteriorPelvicTiltDeg[i]!, 1),
          fixed(result.lordosisDeg[i]!, 1),
          fixed(l45.compressionN[i]!, 0),
          `${fixed(l45.leftCompressionN[i]!, 0)}|${fixed(l45.rightCompressionN[i]!, 0)}`,
          `${fixed(result.hipAbductorDemandNm.left[i]!, 0)}|${fixed(result.hipAbductorDemandNm.right[i]!, 0)}`,
          stance,
        ];
      }),
    ),
    '  * abductor demand of the motion before compensating: what sizes the drop and lean',
    '',
    'Peaks per level over the cycle: compression, disc halves L|R, facet joints L|R',
    ...renderPairs(
      LEVELS.map((level) => {
        const s = result.summary.levels[level];
        return [
          level,
          `${fixed(s.peakCompressionN, 0)} N   halves ${fixed(s.peakLeftCompressionN, 0)}|${fixed(s.peakRightCompressionN, 0)} N   facets ${fixed(s.peakLeftFacetForceN, 0)}|${fixed(s.peakRightFacetForceN, 0)} N`,
        ] as const;
      }),
    ),
  ];
  if (result.warnings.length > 0) lines.push('', 'Warnings', ...result.warnings.map((w) => `  - ${w}`));
  lines.push('', DISCLAIMER, '');
  return lines.join('\n');
}
