/**
 * Per-level compression with the left and right disc halves as bars (same
 * cividis scale as the discs in the scene) and their asymmetry.
 */
import type { TaskResult } from '@lumbo/model';
import { CIVIDIS } from '../../lib/colour-scales.ts';
import { formatNumber } from '../../lib/format.ts';
import { MetricValue } from './Metric.tsx';
import { WhyButton } from '../why/WhyButton.tsx';

function HalfBar({ path, value, ceiling, side }: { path: string; value: number; ceiling: number; side: 'left' | 'right' }) {
  const t = Math.max(0, Math.min(1, value / ceiling));
  const [r, g, b] = CIVIDIS.at(t).map((c) => Math.round(c * 255)) as [number, number, number];
  return (
    <div className={`half-bar half-bar--${side}`} title={`${side} half: ${formatNumber(value, 0)} N`}>
      <div className="half-bar__fill" style={{ width: `${t * 100}%`, background: `rgb(${r} ${g} ${b})` }} />
      <MetricValue path={path} value={value} decimals={0} className="half-bar__value" />
    </div>
  );
}

/** The column heads of the per-level table, shared by the static result and the gait frame read-out. */
export function LevelsTableHead() {
  return (
    <thead>
      <tr>
        <th scope="col">Level</th>
        <th scope="col">
          Compression <WhyButton topic="compression" />
        </th>
        <th scope="col">
          Left | right half (N) <WhyButton topic="asymmetry" />
        </th>
        <th scope="col" title="Asymmetry index (right − left)/(right + left): + = right half carries more">
          Asym.
        </th>
      </tr>
    </thead>
  );
}

/** `ceilingN`: the top of the disc colour scale the scene uses (shared with the compare figure). */
export function LumbarLevels({ result, ceilingN: ceiling }: { result: TaskResult; ceilingN: number }) {
  const levels = result.lumbar.levels;
  const bw = result.bodyWeightN;
  return (
    <section aria-labelledby="levels-heading">
      <h2 id="levels-heading">Lumbar loads</h2>
      <div className="table-scroll">
        <table className="levels">
          <LevelsTableHead />
          <tbody>
            {levels.map((l) => {
              const base = `lumbar.levels.${l.level}`;
              return (
                <tr key={l.level}>
                  <th scope="row">{l.level}</th>
                  <td title={`${formatNumber(l.compressionN / bw, 2)} × body weight`}>
                    <MetricValue path={`${base}.compressionN`} value={l.compressionN} decimals={0} suffix=" N" />
                  </td>
                  <td className="levels__halves">
                    <HalfBar side="left" path={`${base}.leftCompressionN`} value={l.leftCompressionN} ceiling={ceiling} />
                    <HalfBar side="right" path={`${base}.rightCompressionN`} value={l.rightCompressionN} ceiling={ceiling} />
                  </td>
                  <td>
                    <MetricValue path={`${base}.asymmetryIndex`} value={l.asymmetryIndex} decimals={2} />
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
