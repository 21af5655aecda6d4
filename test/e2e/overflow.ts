/**
 * Page probes for text cut or split and for sideways scrolling (the layout
 * e2e, issue 12 "nothing truncated on a laptop"). Each returns a list of
 * readable findings, empty when all is well, so a failing assertion says
 * what was wrong.
 */
import type { Page } from 'playwright-core';

/**
 * Words (runs of non-space characters) under `selector` that the browser laid
 * out on more than one line, e.g. "Hypertoni|c" under `overflow-wrap:
 * anywhere`. A line break at a space is fine; one inside a word (including
 * after a hyphen) is reported as "the word (its element)".
 */
export function wordsSplitAcrossLines(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const split: string[] = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const el = node.parentElement;
        if (!el || el.getClientRects().length === 0) continue; // not rendered (a closed dialog, an empty notice)
        for (const word of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          // one rectangle per line the word occupies
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) split.push(`${word[0]} (${el.tagName.toLowerCase()}.${el.className})`);
        }
      }
    }
    return split;
  }, selector);
}

/**
 * Each of `selectors` (a scrolling panel) that is wider inside than its box,
 * i.e. shows a horizontal scrollbar: "panel: scrollWidth > clientWidth px",
 * followed by the innermost elements reaching past the panel's right inner
 * edge, which are the cause.
 */
export function sidewaysOverflow(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((selectors) => {
    const found: string[] = [];
    for (const selector of selectors) {
      const panel = document.querySelector<HTMLElement>(selector);
      if (!panel || panel.scrollWidth <= panel.clientWidth) continue;
      const edge = panel.getBoundingClientRect().left + panel.clientLeft + panel.clientWidth;
      const over = [...panel.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > edge + 0.5);
      const innermost = over.filter((el) => !over.some((o) => o !== el && el.contains(o)));
      const names = [...new Set(innermost.map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className)}` : ''}`))];
      found.push(`${selector}: ${panel.scrollWidth} > ${panel.clientWidth} px (${names.slice(0, 5).join(', ') || 'no element past the edge'})`);
    }
    return found;
  }, selectors);
}

/**
 * Elements matching `selector` whose content runs past their own box (text or
 * a control wider than the column it sits in, even where the panel around it
 * has room to hide that): "accessible name or text: scrollWidth > clientWidth px".
 */
export function contentWiderThanBox(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) =>
    [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => el.scrollWidth > el.clientWidth + 0.5)
      .map((el) => {
        const name = el.querySelector('[aria-label]')?.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
        return `${name}: ${el.scrollWidth} > ${el.clientWidth} px`;
      }),
  selector);
}
