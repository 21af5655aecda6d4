/** The gait cycle's summary numbers (from the model's `summary`), per stance leg, and its warnings. */
import type { GaitResult, StanceSummary } from '@lumbo/model';
import { formatNumber } from '../../lib/format.ts';
import { MetricRow, MetricValue } from './Metric.tsx';
import { WhyButton } from '../why/WhyButton.tsx';

const STANCE_ROWS: { key: keyof StanceSummary; label: string; hint: string; decimals: number; suffix: string }[] = [
  { key: 'peakContralateralDropDeg', label: 'Hip drop (opposite side)', hint: 'Largest drop of the swing side of the pelvis during this stance', decimals: 1, suffix: '°' },
  { key: 'peakTrunkLeanTowardStanceDeg', label: 'Trunk lean toward stance', hint: 'Largest trunk lean toward the stance leg during this stance', decimals: 1, suffix: '°' },
  { key: 'peakL4L5CompressionN', label: 'Peak L4/L5 compression', hint: 'Largest L4/L5 compression during this stance', decimals: 0, suffix: ' N' },
  { key: 'meanL4L5AsymmetryIndex', label: 'Mean L4/L5 asymmetry', hint: '(right − left)/(right + left) averaged over this stance: + = right half carries more', decimals: 2, suffix: '' },
  { key: 'peakHipAbductorDemandNm', label: 'Peak abductor demand', hint: 'External adduction moment the stance-side abductors must resist', decimals: 0, suffix: ' N·m' },
  { key: 'peakAbductorDeficitNm', label: 'Peak abductor deficit', hint: 'Demand the abductors could not meet (0 = none); it drives the hip drop or the trunk lean', decimals: 1, suffix: ' N·m' },
];

export function GaitSummary({ gait }: { gait: GaitResult }) {
  const s = gait.summary;
  return (
    <section aria-labelledby="gait-summary-heading">
      <h2 id="gait-summary-heading">Gait cycle</h2>
      <dl className="metrics-grid">
        <MetricRow label="Pelvic obliquity range" hint="Largest minus smallest obliquity over the cycle" path="gait.summary.pelvicObliquityRangeDeg" value={s.pelvicObliquityRangeDeg} suffix="°" />
        <MetricRow label="Trunk lateral lean range" hint="Largest minus smallest lateral lean over the cycle" path="gait.summary.trunkLateralLeanRangeDeg" value={s.trunkLateralLeanRangeDeg} suffix="°" />
        <MetricRow label="Mean anterior tilt" hint="ASIS–PSIS inclination averaged over the cycle" path="gait.summary.meanAnteriorPelvicTiltDeg" value={s.meanAnteriorPelvicTiltDeg} suffix="°" />
        <MetricRow label="Anterior tilt range" hint="Largest minus smallest anterior tilt over the cycle" path="gait.summary.anteriorPelvicTiltRangeDeg" value={s.anteriorPelvicTiltRangeDeg} suffix="°" />
        <MetricRow
          why="abductor-demand"
          label="Peak abductor demand"
          hint="Per kg body mass; CGM2.3 normative about 0.78 N·m/kg"
          path="gait.summary.peakHipAbductorDemandNmPerKg"
          value={s.peakHipAbductorDemandNmPerKg}
          decimals={2}
          suffix=" N·m/kg"
        />
        {s.trunkForwardCompensationDeg > 0 && (
          <MetricRow
            label="Trunk inclined forward (weak hip flexors)"
            hint="Held through the cycle: moves the pressure under the trailing foot forward, which lowers the late-stance hip flexion moment the weak flexors lack; the lumbar extensors hold the inclined trunk"
            path="gait.summary.trunkForwardCompensationDeg"
            value={s.trunkForwardCompensationDeg}
            suffix="°"
          />
        )}
      </dl>
      <div className="table-scroll">
        <table className="stances">
          <thead>
            <tr>
              <th scope="col">Per stance</th>
              <th scope="col">Left</th>
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {STANCE_ROWS.map((row) => (
              <tr key={row.key} title={row.hint}>
                <th scope="row">{row.label}</th>
                {(['leftStance', 'rightStance'] as const).map((leg) => (
                  <td key={leg}>
                    <MetricValue path={`gait.summary.${leg}.${row.key}`} value={s[leg][row.key]} decimals={row.decimals} suffix={row.suffix} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Reserve threshold the model itself warns at (N·m). */
const RESERVE_WARN_NM = 0.5;

export function GaitAlerts({ gait }: { gait: GaitResult }) {
  let worst = 0;
  let frames = 0;
  for (const r of gait.maxReserveNm) {
    worst = Math.max(worst, r);
    if (r > RESERVE_WARN_NM) frames++;
  }
  return (
    <>
      {worst > RESERVE_WARN_NM && (
        <div className="banner banner--danger" role="status" data-metric="gait.reserves" data-value={String(worst)}>
          <strong>The muscles cannot hold every frame of this cycle.</strong> <WhyButton topic="reserves" /> Reserve moments up to {formatNumber(worst, 1)} N·m in {frames} of{' '}
          {gait.frames} frames: read the loads of those frames with care.
        </div>
      )}
      {gait.warnings.length > 0 && (
        <div className="banner banner--warning" data-metric="warnings" data-value={String(gait.warnings.length)}>
          <strong>Warnings</strong>
          <ul>
            {gait.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
