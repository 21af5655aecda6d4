/** Pelvic and lumbar angles, and trunk lean. Sign conventions as in the model's conventions.ts. */
import type { TaskResult } from '@lumbo/model';
import { lateralLeanWords, magnitudeDeg, obliquityWords } from '../../lib/signs.ts';
import { MetricRow } from './Metric.tsx';

export function PostureMetrics({ result }: { result: TaskResult }) {
  const { pelvis, lumbar, trunk } = result;
  return (
    <section aria-labelledby="posture-heading">
      <h2 id="posture-heading">Posture</h2>
      <dl className="metrics-grid">
        {/* a negative anterior tilt is a posterior tilt, and is named so (sitting) */}
        <MetricRow
          why="anterior-tilt"
          label={pelvis.anteriorTiltDeg < -0.05 ? 'Posterior pelvic tilt' : 'Anterior pelvic tilt'}
          hint="ASIS–PSIS inclination: anterior when the ASIS is lower than the PSIS, posterior when higher"
          path="pelvis.anteriorTiltDeg"
          value={pelvis.anteriorTiltDeg}
          words={(x) => magnitudeDeg(x)}
        />
        <MetricRow why="lordosis" label="Lumbar lordosis" hint="L1 upper endplate to S1 endplate; + = lordotic" path="lumbar.lordosisDeg" value={lumbar.lordosisDeg} suffix="°" />
        <MetricRow label="Pelvic tilt (PT)" hint="Radiographic pelvic tilt; + = retroversion" path="pelvis.pelvicTiltDeg" value={pelvis.pelvicTiltDeg} suffix="°" />
        <MetricRow label="Sacral slope (SS)" hint="S1 endplate to horizontal" path="pelvis.sacralSlopeDeg" value={pelvis.sacralSlopeDeg} suffix="°" />
        <MetricRow label="Pelvic incidence (PI)" hint="Morphological; PI = PT + SS" path="pelvis.pelvicIncidenceDeg" value={pelvis.pelvicIncidenceDeg} suffix="°" />
        <MetricRow why="pelvic-obliquity" label="Pelvic obliquity" hint="Which side of the pelvis is lower" path="pelvis.obliquityDeg" value={pelvis.obliquityDeg} words={obliquityWords} />
        <MetricRow label="Trunk forward lean" hint="Thorax from vertical; + = forward" path="trunk.forwardLeanDeg" value={trunk.forwardLeanDeg} suffix="°" />
        <MetricRow why="trunk-lateral-lean" label="Trunk lateral lean" hint="Thorax from vertical, toward the side named" path="trunk.lateralLeanDeg" value={trunk.lateralLeanDeg} words={lateralLeanWords} />
      </dl>
    </section>
  );
}
