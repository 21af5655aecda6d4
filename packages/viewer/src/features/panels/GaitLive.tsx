/**
 * Gait read-outs at the playing frame. React renders the elements once per
 * cycle; the playhead's index listener then swaps each frame's strings (made
 * the first time the frame shows, live-series.ts) into them (text, `data-value`, bar widths) whenever the frame changes, so
 * playback never re-renders React.
 */
import { useEffect, useMemo, useRef } from 'react';
import { type GaitResult } from '@lumbo/model';
import { usePlayhead } from '../../store/use-viewer.ts';
import { LevelsTableHead } from './LumbarLevels.tsx';
import { Levels3dHead } from './ThreeDMetrics.tsx';
import { frameSeries, level3dSeries, levelSeries, postureSeries, type FrameStrings, type LiveBar, type LiveSeries } from './live-series.ts';
import type { WhyTopic } from '../why/topics.ts';
import { WhyButton } from '../why/WhyButton.tsx';

interface Binding {
  readonly el: HTMLElement;
  readonly texts?: FrameStrings;
  readonly raws?: FrameStrings;
  readonly widths?: FrameStrings;
  readonly colours?: FrameStrings;
  /** What was written last (consecutive frames often show the same text or colour: skip those writes). */
  shown: string;
  shownColour: string;
}

function Live({ s, className }: { s: LiveSeries; className?: string }) {
  return (
    <span className={className ?? 'metric__value'} data-metric={s.path} data-live={s.path} data-value={s.raws.at(0)}>
      {s.texts.at(0)}
    </span>
  );
}

function Row({ label, hint, s, why }: { label: string; hint: string; s: LiveSeries; why?: WhyTopic }) {
  return (
    <div className="metric" title={hint}>
      <dt>
        {label}
        {why && <WhyButton topic={why} />}
      </dt>
      <dd>
        <Live s={s} />
      </dd>
    </div>
  );
}

function Bar({ b, value, side }: { b: LiveBar; value: LiveSeries; side: 'left' | 'right' }) {
  return (
    <div className={`half-bar half-bar--${side}`}>
      <div className="half-bar__fill half-bar__fill--live" data-live-bar={b.path} style={{ transform: b.widths.at(0), backgroundColor: b.colours.at(0) }} />
      <Live s={value} className="half-bar__value" />
    </div>
  );
}

export function GaitLive({ gait, ceilingN }: { gait: GaitResult; ceilingN: number }) {
  const playhead = usePlayhead();
  const root = useRef<HTMLDivElement>(null);
  const frame = useMemo(() => frameSeries(gait), [gait]);
  const posture = useMemo(() => postureSeries(gait), [gait]);
  const levels = useMemo(() => levelSeries(gait, ceilingN), [gait, ceilingN]);
  const turning = useMemo(() => level3dSeries(gait), [gait]);
  const byPath = useMemo(
    () => new Map([frame, ...posture, ...levels.flatMap((l) => l.values), ...turning.flatMap((l) => l.values)].map((s) => [s.path, s])),
    [frame, posture, levels, turning],
  );
  const barByPath = useMemo(() => new Map(levels.flatMap((l) => l.bars).map((b) => [b.path, b])), [levels]);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const bindings: Binding[] = [];
    for (const node of el.querySelectorAll<HTMLElement>('[data-live]')) {
      const s = byPath.get(node.dataset.live ?? '');
      if (s) bindings.push({ el: node, texts: s.texts, raws: s.raws, shown: '', shownColour: '' });
    }
    for (const node of el.querySelectorAll<HTMLElement>('[data-live-bar]')) {
      const b = barByPath.get(node.dataset.liveBar ?? '');
      if (b) bindings.push({ el: node, widths: b.widths, colours: b.colours, shown: '', shownColour: '' });
    }
    return playhead.onIndex((i) => {
      for (let k = 0; k < bindings.length; k++) {
        const b = bindings[k]!;
        if (b.texts) {
          const text = b.texts.at(i);
          if (text !== b.shown) {
            b.shown = text;
            // the text node React created: writing its data is cheaper than replacing it via textContent
            const node = b.el.firstChild;
            if (node && node.nodeType === Node.TEXT_NODE) (node as Text).data = text;
            else b.el.textContent = text;
          }
          b.el.setAttribute('data-value', b.raws!.at(i));
        } else {
          // a transform, not a width: the bar changes without a layout
          const width = b.widths!.at(i) || 'scaleX(0)';
          const colour = b.colours!.at(i);
          if (width !== b.shown) b.el.style.transform = b.shown = width;
          if (colour !== b.shownColour) b.el.style.backgroundColor = b.shownColour = colour;
        }
      }
    });
  }, [playhead, byPath, barByPath]);

  const p = (path: string) => byPath.get(path)!;
  return (
    <div ref={root}>
      <section aria-labelledby="gait-now-heading">
        <h2 id="gait-now-heading">At this frame</h2>
        <p className="gait-frame">
          Frame <Live s={frame} className="gait-frame__value" />
        </p>
        <dl className="metrics-grid">
          <Row why="pelvic-obliquity" label="Pelvic obliquity" hint="+ = right side of the pelvis lower" s={p('gait.pelvicObliquityDeg')} />
          <Row why="trunk-lateral-lean" label="Trunk lateral lean" hint="Thorax from vertical; + = leans right" s={p('gait.trunkLateralLeanDeg')} />
          <Row why="anterior-tilt" label="Anterior pelvic tilt" hint="ASIS–PSIS inclination; + = ASIS lower than PSIS" s={p('gait.anteriorPelvicTiltDeg')} />
          <Row why="lordosis" label="Lumbar lordosis" hint="L1 upper endplate to S1 endplate; + = lordotic" s={p('gait.lordosisDeg')} />
          <Row why="reserves" label="Reserve moment" hint="Largest moment the muscles could not supply at this frame (0 = they hold it)" s={p('gait.maxReserveNm')} />
        </dl>
      </section>
      <section aria-labelledby="gait-levels-heading">
        <h2 id="gait-levels-heading">Lumbar loads at this frame</h2>
        <div className="table-scroll">
          <table className="levels">
            <LevelsTableHead />
            <tbody>
              {levels.map((l) => (
                <tr key={l.level}>
                  <th scope="row">{l.level}</th>
                  <td>
                    <Live s={l.values[0]!} />
                  </td>
                  <td className="levels__halves">
                    <Bar b={l.bars[0]!} value={l.values[1]!} side="left" />
                    <Bar b={l.bars[1]!} value={l.values[2]!} side="right" />
                  </td>
                  <td>
                    <Live s={l.values[3]!} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="gait-turning-heading">
        {/* no per-level axial rotation here: in walking it follows the prescribed trunk rotation (docs/model.md
            §9) and is in the exports; a fourth column would not fit a laptop's outputs column */}
        <h2 id="gait-turning-heading">Side bending and facet joints at this frame</h2>
        <div className="table-scroll">
          <table className="levels levels--3d">
            <Levels3dHead rotation={false} facetsUnit=" (N)" />
            <tbody>
              {turning.map((l) => (
                <tr key={l.level}>
                  <th scope="row">{l.level}</th>
                  <td>
                    <Live s={l.values[0]!} className="levels__value" />
                  </td>
                  <td>
                    <Live s={l.values[1]!} className="levels__value" /> | <Live s={l.values[2]!} className="levels__value" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
