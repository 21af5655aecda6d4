/** Hip contact forces and abductor demand against capacity, per side. */
import { SIDES, type TaskResult } from '@lumbo/model';
import { MetricValue } from './Metric.tsx';
import { WhyButton } from '../why/WhyButton.tsx';

export function HipMetrics({ result }: { result: TaskResult }) {
  return (
    <section aria-labelledby="hips-heading">
      <h2 id="hips-heading">Hips</h2>
      <div className="table-scroll">
        <table className="hips">
          <thead>
            <tr>
              <th scope="col">Side</th>
              <th scope="col">
                Contact force <WhyButton topic="hip-contact-force" />
              </th>
              <th scope="col" title="External adduction moment the abductors must resist">
                Abductor demand <WhyButton topic="abductor-demand" />
              </th>
              <th scope="col" title="Isometric abduction moment available at this posture">
                Capacity
              </th>
            </tr>
          </thead>
          <tbody>
            {SIDES.map((side) => {
              const hip = result.hips[side];
              const ratio = hip.abductorCapacityNm > 0 ? hip.abductorDemandNm / hip.abductorCapacityNm : Number.POSITIVE_INFINITY;
              return (
                <tr key={side} className={ratio > 1 ? 'hips__row--over' : undefined}>
                  <th scope="row">{side === 'left' ? 'Left' : 'Right'}</th>
                  <td>
                    <MetricValue path={`hips.${side}.contactForceN`} value={hip.contactForceN} decimals={0} suffix=" N" />
                  </td>
                  <td>
                    <MetricValue path={`hips.${side}.abductorDemandNm`} value={hip.abductorDemandNm} decimals={0} suffix=" N·m" />
                  </td>
                  <td>
                    <MetricValue path={`hips.${side}.abductorCapacityNm`} value={hip.abductorCapacityNm} decimals={0} suffix=" N·m" />
                    <div className="ratio-bar" title="demand / capacity">
                      <div className="ratio-bar__fill" style={{ width: `${Math.min(1, Number.isFinite(ratio) ? ratio : 1) * 100}%` }} />
                    </div>
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
