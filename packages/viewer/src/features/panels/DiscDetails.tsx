/**
 * Per level, what else the model says about each disc: the front-to-back
 * shear, the intradiscal pressure estimate and the share of compression the
 * facet joints carry (static tasks; output contract `lumbar.levels.<level>.*`).
 */
import type { TaskResult } from '@lumbo/model';
import { WhyButton } from '../why/WhyButton.tsx';
import { MetricValue } from './Metric.tsx';

export function DiscDetails({ result }: { result: TaskResult }) {
  return (
    <section aria-labelledby="disc-details-heading">
      <h2 id="disc-details-heading">Shear, disc pressure and facets</h2>
      <div className="table-scroll">
        <table className="levels disc-details">
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col" title="Front-to-back shear in the disc plane; + = upper vertebra pushed forward">
                AP shear <WhyButton topic="ap-shear" />
              </th>
              <th scope="col" title="Intradiscal pressure estimate, 1.5 × disc compression / endplate area">
                Pressure <WhyButton topic="intradiscal-pressure" />
              </th>
              <th scope="col" title="Share of the compression carried by the facet joints">
                Facets <WhyButton topic="facet-share" />
              </th>
            </tr>
          </thead>
          <tbody>
            {result.lumbar.levels.map((l) => {
              const base = `lumbar.levels.${l.level}`;
              return (
                <tr key={l.level}>
                  <th scope="row">{l.level}</th>
                  <td>
                    <MetricValue path={`${base}.apShearN`} value={l.apShearN} decimals={0} suffix=" N" />
                  </td>
                  <td>
                    <MetricValue path={`${base}.intradiscalPressureMPa`} value={l.intradiscalPressureMPa} decimals={2} suffix=" MPa" />
                  </td>
                  <td>
                    {/* data-value stays the model's fraction; the text shows it as a percentage */}
                    <span className="metric__value" data-metric={`${base}.facetShare`} data-value={String(l.facetShare)}>
                      {(100 * l.facetShare).toFixed(0)} %
                    </span>
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
