/**
 * "Skip to …" links, first in the tab order and visible only while focused:
 * keyboard users reach the 3-D view, the controls or the outputs without
 * tabbing through everything before them. The targets are the page regions
 * (App.tsx), focusable with tabIndex -1.
 *
 * The click focuses the region itself instead of following the href: the
 * address's #hash belongs to the shareable link (share/store-link.ts), which
 * would read "#lumbo-view" as a link it cannot decode.
 */
import type { MouseEvent } from 'react';

export const REGION_IDS = { controls: 'lumbo-controls', view: 'lumbo-view', outputs: 'lumbo-outputs' } as const;

function skipTo(e: MouseEvent<HTMLAnchorElement>, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  e.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}

const LINKS: readonly { id: string; text: string }[] = [
  { id: REGION_IDS.view, text: 'Skip to the 3-D view' },
  { id: REGION_IDS.controls, text: 'Skip to the controls' },
  { id: REGION_IDS.outputs, text: 'Skip to the outputs' },
];

export function SkipLinks() {
  return (
    <nav className="skip-links" aria-label="Skip links">
      {LINKS.map((l) => (
        <a key={l.id} className="skip-link" href={`#${l.id}`} onClick={(e) => skipTo(e, l.id)}>
          {l.text}
        </a>
      ))}
    </nav>
  );
}
