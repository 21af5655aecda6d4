/**
 * The muscle forces behind two teaching points (static tasks): hip extension
 * shared between the gluteus maximus, the hamstrings and the back extensors
 * (gluteal amnesia), and the piriformis with its passive part (stiffness).
 * Output contract: `muscles.<group>.<side>.forceN` and `.passiveForceN`.
 */
import { SIDES, type MuscleGroup, type TaskResult } from '@lumbo/model';
import { WhyButton } from '../why/WhyButton.tsx';
import { MetricValue } from './Metric.tsx';

/** `passive`: also show the passive part (the piriformis: its stiffness acts through it). */
const ROWS: readonly { group: MuscleGroup; label: string; passive?: boolean }[] = [
  { group: 'gluteusMaximus', label: 'Gluteus maximus' },
  { group: 'hamstrings', label: 'Hamstrings' },
  { group: 'erectorSpinae', label: 'Erector spinae' },
  { group: 'piriformis', label: 'Piriformis', passive: true },
];

export function MuscleForces({ result }: { result: TaskResult }) {
  return (
    <section aria-labelledby="muscle-forces-heading">
      <h2 id="muscle-forces-heading">
        Hip extensors and piriformis <WhyButton topic="hip-extensor-takeover" />
      </h2>
      <div className="table-scroll">
        <table className="levels muscle-forces">
          <thead>
            <tr>
              <th scope="col">Muscle (force)</th>
              <th scope="col">Left</th>
              <th scope="col">Right</th>
            </tr>
          </thead>
          <tbody>
            {ROWS.map((row) => (
              <tr key={row.group}>
                <th scope="row">
                  {row.label}
                  {row.group === 'piriformis' && <WhyButton topic="piriformis" />}
                </th>
                {SIDES.map((side) => {
                  const m = result.muscles.find((x) => x.group === row.group && x.side === side);
                  if (!m) return <td key={side}>—</td>;
                  const base = `muscles.${row.group}.${side}`;
                  return (
                    <td key={side}>
                      <MetricValue path={`${base}.forceN`} value={m.forceN} decimals={0} suffix=" N" />
                      {row.passive && (
                        <span className="muscle-forces__passive">
                          {' '}
                          (<MetricValue path={`${base}.passiveForceN`} value={m.passiveForceN} decimals={0} suffix=" N" className="muscle-forces__passive-value" /> passive)
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
