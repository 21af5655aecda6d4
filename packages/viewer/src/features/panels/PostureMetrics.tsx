/** Pelvic and lumbar angles, and trunk lean. Sign conventions as in the model's conventions.ts. */
import type { TaskResult } from '@lumbo/model';
import { MetricRow } from './Metric.tsx';

export function PostureMetrics({ result }: { result: TaskResult }) {
  const { pelvis, lumbar, trunk } = result;
  return (
    <section aria-labelledby="posture-heading">
      <h2 id="posture-heading">Posture</h2>
      <dl className="metrics-grid">
        <MetricRow why="anterior-tilt" label="Anterior pelvic tilt" hint="ASIS–PSIS inclination; + = ASIS lower than PSIS" path="pelvis.anteriorTiltDeg" value={pelvis.anteriorTiltDeg} suffix="°" />
        <MetricRow why="lordosis" label="Lumbar lordosis" hint="L1 upper endplate to S1 endplate; + = lordotic" path="lumbar.lordosisDeg" value={lumbar.lordosisDeg} suffix="°" />
        <MetricRow label="Pelvic tilt (PT)" hint="Radiographic pelvic tilt; + = retroversion" path="pelvis.pelvicTiltDeg" value={pelvis.pelvicTiltDeg} suffix="°" />
        <MetricRow label="Sacral slope (SS)" hint="S1 endplate to horizontal" path="pelvis.sacralSlopeDeg" value={pelvis.sacralSlopeDeg} suffix="°" />
        <MetricRow label="Pelvic incidence (PI)" hint="Morphological; PI = PT + SS" path="pelvis.pelvicIncidenceDeg" value={pelvis.pelvicIncidenceDeg} suffix="°" />
        <MetricRow why="pelvic-obliquity" label="Pelvic obliquity" hint="+ = right side of the pelvis lower" path="pelvis.obliquityDeg" value={pelvis.obliquityDeg} suffix="°" />
        <MetricRow label="Trunk forward lean" hint="Thorax from vertical; + = forward" path="trunk.forwardLeanDeg" value={trunk.forwardLeanDeg} suffix="°" />
        <MetricRow why="trunk-lateral-lean" label="Trunk lateral lean" hint="Thorax from vertical; + = leans right" path="trunk.lateralLeanDeg" value={trunk.lateralLeanDeg} suffix="°" />
      </dl>
    </section>
  );
}
