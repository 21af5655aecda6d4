/**
 * A "Why?" button and its popover. The button is a real <button> with
 * aria-expanded and aria-controls; the text is a native `popover="auto"`
 * element, so it renders in the top layer (never clipped by the scrolling
 * metrics panel), and the browser closes it on Escape or a click outside and
 * returns focus to the button. No global key handler of our own.
 */
import { useCallback, useId, useLayoutEffect, useRef, useState, type ToggleEvent } from 'react';
import { selectVisibleCompare } from '../../store/store.ts';
import { useViewer } from '../../store/use-viewer.ts';
import { DISCLAIMER } from '../panels/Disclaimer.tsx';
import { whyEntry } from './catalogue.ts';
import type { WhyTopic } from './topics.ts';
import type { WhyEntry } from './types.ts';

/** Gap between the button and the popover, and the margin kept from the window's edges (px). */
const GAP = 6;
const EDGE = 8;

function place(button: HTMLElement, pop: HTMLElement): void {
  const b = button.getBoundingClientRect();
  const w = pop.offsetWidth;
  const h = pop.offsetHeight;
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const left = Math.max(EDGE, Math.min(b.left, vw - w - EDGE));
  // below the button if it fits, else above, else as high as the window allows
  const below = b.bottom + GAP;
  const above = b.top - GAP - h;
  const top = below + h <= vh - EDGE ? below : above >= EDGE ? above : Math.max(EDGE, vh - h - EDGE);
  pop.style.left = `${Math.round(left)}px`;
  pop.style.top = `${Math.round(top)}px`;
}

function WhyText({ entry, titleId }: { entry: WhyEntry; titleId: string }) {
  const shown = useViewer((s) => s.shown);
  const compare = useViewer(selectVisibleCompare);
  const compareLabel = useViewer((s) => s.compareSet?.label ?? null);
  const now = shown && entry.now ? entry.now({ shown, compare, compareLabel }) : null;
  return (
    <>
      <h3 id={titleId} className="why__title">
        Why? {entry.title}
      </h3>
      {/* everyday words first, then how the model produces it, in its terms */}
      <p className="why__plain">{entry.plain}</p>
      <p>
        <strong>In the model:</strong> {entry.mechanism}
      </p>
      {now && (
        <p className="why__now" data-testid="why-now">
          <strong>On screen now:</strong> {now}
        </p>
      )}
      <h4 className="why__subtitle">Sources</h4>
      <ul className="why__sources">
        {entry.sources.map((s) => (
          <li key={s.citation}>
            <cite>{s.citation}</cite>: {s.finding}
          </li>
        ))}
      </ul>
      <p>
        <strong>Where the model simplifies:</strong> {entry.simplification}
      </p>
      <p className="why__disclaimer">{DISCLAIMER}.</p>
    </>
  );
}

type Props = { readonly topic: WhyTopic; readonly preset?: never } | { readonly preset: string; readonly topic?: never };

/** `topic`: a metric from topics.ts; `preset`: a preset id. Renders nothing for an id the catalogue lacks. */
export function WhyButton(props: Props) {
  const id = useId();
  const popId = `${id}-why`;
  const titleId = `${id}-why-title`;
  const entry = whyEntry(props.topic ?? props.preset);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const pop = useRef<HTMLDivElement>(null);
  const onToggle = useCallback((e: ToggleEvent<HTMLDivElement>) => setOpen(e.newState === 'open'), []);
  // placed once its text has rendered (the text exists only while open), before the browser paints
  useLayoutEffect(() => {
    if (open && button.current && pop.current) place(button.current, pop.current);
  }, [open]);
  if (!entry) return null;
  return (
    <span className="why">
      <button
        ref={button}
        type="button"
        className="why__button"
        popoverTarget={popId}
        aria-expanded={open}
        aria-controls={popId}
        aria-haspopup="dialog"
        aria-label={`Why? ${entry.title}`}
        data-why={entry.id}
      >
        Why?
      </button>
      <div ref={pop} id={popId} popover="auto" role="dialog" aria-labelledby={titleId} className="why__popover" onToggle={onToggle}>
        {/* the text (and its "on screen now" line) is built only while open */}
        {open && <WhyText entry={entry} titleId={titleId} />}
        <button type="button" className="why__close" popoverTarget={popId} popoverTargetAction="hide">
          Close
        </button>
      </div>
    </span>
  );
}
