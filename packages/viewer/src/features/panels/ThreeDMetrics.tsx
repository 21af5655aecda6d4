/**
 * The 3-D read-outs: pelvic rotation, the lumbar curve in the frontal plane,
 * and per level the lateral bend, the axial rotation and the left/right facet
 * forces, each sign said in words (lib/signs.ts). Shown only when the model's
 * result carries them (lib/three-d-outputs.ts).
 */
import type { TaskResult } from '@lumbo/model';
import { read3dOutputs } from '../../lib/three-d-outputs.ts';
import { axialRotationWords, lateralBendWords, lateralCurveWords } from '../../lib/signs.ts';
import { MetricRow, MetricValue } from './Metric.tsx';

/**
 * Head of a per-level 3-D table (static here, gait's GaitLive): the rotation column is left out in gait,
 * where it follows the prescribed trunk rotation; `facetsUnit` labels the facet column when its cells are bare numbers.
 */
export function Levels3dHead({ rotation, facetsUnit }: { rotation: boolean; facetsUnit: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">Level</th>
        <th scope="col" title="The upper vertebra on the lower, toward the side named">
          Side bend
        </th>
        {rotation && (
          <th scope="col" title="The upper vertebra on the lower, about the vertical axis">
            Rotation
          </th>
        )}
        <th scope="col" title="Force through the left and right facet joints">
          Facets L | R{facetsUnit}
        </th>
      </tr>
    </thead>
  );
}

export function ThreeDMetrics({ result }: { result: TaskResult }) {
  const o = read3dOutputs(result);
  if (!o) return null;
  return (
    <section aria-labelledby="three-d-heading" data-testid="three-d-metrics">
      <h2 id="three-d-heading">Turning and side bending</h2>
      <dl className="metrics-grid">
        <MetricRow label="Pelvic rotation" hint="About the vertical axis, toward the side named" path="pelvis.axialRotationDeg" value={o.pelvisAxialRotationDeg} words={axialRotationWords} />
        <MetricRow label="Lumbar side curve" hint="The lumbar spine seen from behind: the side its curve bulges toward" path="lumbar.lateralCurveDeg" value={o.lateralCurveDeg} words={lateralCurveWords} />
      </dl>
      <div className="table-scroll">
        <table className="levels levels--3d">
          <Levels3dHead rotation facetsUnit="" />
          <tbody>
            {o.levels.map((l) => {
              const base = `lumbar.levels.${l.level}`;
              return (
                <tr key={l.level}>
                  <th scope="row">{l.level}</th>
                  <td>
                    <MetricValue path={`${base}.lateralBendDeg`} value={l.lateralBendDeg} words={lateralBendWords} className="levels__value" />
                  </td>
                  <td>
                    <MetricValue path={`${base}.axialRotationDeg`} value={l.axialRotationDeg} words={axialRotationWords} className="levels__value" />
                  </td>
                  <td>
                    <MetricValue path={`${base}.leftFacetForceN`} value={l.leftFacetForceN} decimals={0} suffix=" N" className="levels__value" /> |{' '}
                    <MetricValue path={`${base}.rightFacetForceN`} value={l.rightFacetForceN} decimals={0} suffix=" N" className="levels__value" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
