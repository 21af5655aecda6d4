/**
 * Compare: which parameter set the translucent figure shows (a preset, or a
 * snapshot of the current sliders), swap and clear in one click, overlay or
 * side by side, and the differences "current − compare" the model computes.
 */
import { memo, useDeferredValue, useId, useMemo } from 'react';
import { compareDeltas, type DeltaRow } from '../compare/deltas.ts';
import { PRESETS } from '../../lib/presets.ts';
import { selectVisibleCompare } from '../../store/store.ts';
import { useViewer } from '../../store/use-viewer.ts';
import { formatNumber } from '../../lib/format.ts';
import { lateralLeanWords, magnitudeDeg, obliquityWords } from '../../lib/signs.ts';
import { WholeNameSelect } from './WholeNameSelect.tsx';

/** Value of the compare select that snapshots the current parameters. */
const SNAPSHOT = '__current__';

function signed(value: number, decimals: number): string {
  const text = formatNumber(value, decimals);
  return value > 0 && text !== formatNumber(0, decimals) ? `+${text}` : text;
}

/**
 * Rows whose sign is a side: values and differences in words (lib/signs.ts),
 * the difference naming the side it moves toward.
 */
const SIDED: Record<string, { value(x: number): string; delta(x: number): string }> = {
  'pelvis.obliquityDeg': {
    value: obliquityWords,
    delta: (d) => (Math.abs(d) < 0.05 ? magnitudeDeg(0) : `${magnitudeDeg(d)} lower on the ${d > 0 ? 'right' : 'left'}`),
  },
  'trunk.lateralLeanDeg': {
    value: lateralLeanWords,
    delta: (d) => (Math.abs(d) < 0.05 ? magnitudeDeg(0) : `${magnitudeDeg(d)} more to the ${d > 0 ? 'right' : 'left'}`),
  },
};

/** Memoised: a row whose numbers did not change is not rendered again. */
const DeltaLine = memo(function DeltaLine({ row }: { row: DeltaRow }) {
  const decimals = row.unit === 'deg' ? 1 : 0;
  const suffix = row.unit === 'deg' ? '°' : ' N';
  const sided = SIDED[row.id];
  const plain = (x: number) => `${formatNumber(x, decimals)}${suffix}`;
  return (
    <tr>
      <th scope="row">{row.label}</th>
      <td className={sided ? 'compare__words' : undefined}>{sided ? sided.value(row.current) : plain(row.current)}</td>
      <td className={sided ? 'compare__words' : undefined}>{sided ? sided.value(row.compare) : plain(row.compare)}</td>
      <td className={sided ? 'compare__delta compare__words' : 'compare__delta'} data-metric={`compare.delta.${row.id}`} data-value={String(row.delta)}>
        {sided ? sided.delta(row.delta) : `${signed(row.delta, decimals)}${suffix}`}
      </td>
    </tr>
  );
});

export function ComparePanel() {
  const id = useId();
  const compareSet = useViewer((s) => s.compareSet);
  const layout = useViewer((s) => s.compareLayout);
  // the differences follow a new answer in a deferred render, after the figure has drawn it (as MetricsPanel)
  const shown = useDeferredValue(useViewer((s) => s.shown));
  const compare = useDeferredValue(useViewer(selectVisibleCompare));
  // actions never change identity: selecting them does not re-render
  const actions = {
    compareWithCurrent: useViewer((s) => s.compareWithCurrent),
    clearCompare: useViewer((s) => s.clearCompare),
    setComparePreset: useViewer((s) => s.setComparePreset),
    swapCompare: useViewer((s) => s.swapCompare),
    setCompareLayout: useViewer((s) => s.setCompareLayout),
  };
  const groups = useMemo(() => (shown && compare ? compareDeltas(shown.answer, compare.answer) : null), [shown, compare]);
  const selectValue = compareSet === null ? '' : (compareSet.presetId ?? SNAPSHOT);

  return (
    <section aria-labelledby={`${id}-heading`} className="compare" data-testid="compare-panel" data-shows-request={shown?.requestId ?? 0}>
      <h2 id={`${id}-heading`}>Compare</h2>
      <div className="compare__controls">
        <label htmlFor={`${id}-set`}>Compare with</label>
        {/* closed, the whole name shows (a compare set's label is an option's text: a preset's name or the snapshot's) */}
        <WholeNameSelect
          id={`${id}-set`}
          shown={compareSet?.label ?? 'Nothing (no ghost)'}
          value={selectValue}
          onChange={(e) => {
            const value = e.currentTarget.value;
            if (value === SNAPSHOT) actions.compareWithCurrent();
            else if (value === '') actions.clearCompare();
            else actions.setComparePreset(value);
          }}
        >
          <option value="">Nothing (no ghost)</option>
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
          <option value={SNAPSHOT}>{compareSet?.presetId === null ? compareSet.label : 'Snapshot of the current sliders'}</option>
        </WholeNameSelect>
        <div role="group" aria-label="Compare actions" className="compare__buttons">
          <button type="button" onClick={actions.swapCompare} disabled={!compareSet} title="The figure takes the compare set's parameters and the compare set the figure's">
            Swap
          </button>
          <button type="button" onClick={actions.clearCompare} disabled={!compareSet} title="Hide the compare figure and its differences (key C brings back healthy)">
            Clear
          </button>
          <button type="button" onClick={actions.compareWithCurrent} title="Freeze the current parameters as the compare set, then move sliders to see what changes">
            Snapshot current
          </button>
        </div>
        <div role="group" aria-label="Compare layout" className="compare__buttons">
          <button type="button" aria-pressed={layout === 'overlay'} onClick={() => actions.setCompareLayout('overlay')} disabled={!compareSet}>
            Overlay
          </button>
          <button type="button" aria-pressed={layout === 'beside'} onClick={() => actions.setCompareLayout('beside')} disabled={!compareSet}>
            Side by side
          </button>
        </div>
      </div>
      {compareSet && groups && (
        <table className="compare__table" aria-label={`Differences: current minus ${compareSet.label}`}>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">Current</th>
              <th scope="col">Compare</th>
              <th scope="col">Δ</th>
            </tr>
          </thead>
          {groups.map((g) => (
            <tbody key={g.title}>
              <tr className="compare__group">
                <th scope="rowgroup" colSpan={4}>
                  {g.title}
                </th>
              </tr>
              {g.rows.map((r) => (
                <DeltaLine key={r.id} row={r} />
              ))}
            </tbody>
          ))}
        </table>
      )}
      {compareSet && groups && (
        <p className="compare__note">
          Δ = current − compare; for obliquity and lean, the side the current figure is lower or leans toward by that much.
        </p>
      )}
      {compareSet && !groups && <p className="compare__note">Solving the compare set…</p>}
    </section>
  );
}
