/**
 * Accessibility and offline use in real Chromium (docs/viewer.md
 * "Accessibility", "Why? explanations", "Offline use"): Tab reaches every
 * control region by region with a visible focus ring; a Why? popover opens
 * with Enter, shows sources and the answer on screen, and closes with
 * Escape; the reduced-motion setting (toggle or system preference) stops
 * gait playback and transitions; and once the service worker controls the
 * page, the viewer reloads and solves with the network off.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openViewer, readMetric, waitForCurrentResult, waitForPaint } from './browser.ts';
import { recordMeasurements } from './measurements.ts';

const screenshots = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
const measured: Record<string, unknown> = {};

let browser: Browser;
const url = inject('viewerUrl');

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  recordMeasurements('accessibility', measured);
});

/** Where a focused element sits: skip links and header 0, controls 1, 3-D view 2, outputs 3, below the columns 4. */
interface Stop {
  readonly key: string;
  readonly region: number;
  readonly outline: string;
  readonly why: string | null;
}

/** Presses Tab until focus leaves the document or comes back to the first stop; returns every stop in order. */
async function tabThrough(page: Page, limit = 600): Promise<Stop[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const region = el.closest('#lumbo-controls') ? 1 : el.closest('#lumbo-view') ? 2 : el.closest('#lumbo-outputs') ? 3 : el.closest('.app') ? 0 : 4;
      const s = getComputedStyle(el);
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
      return {
        key: `${el.tagName.toLowerCase()}#${el.id}|${name}|${(el as HTMLInputElement).type ?? ''}|${[...el.parentElement!.children].indexOf(el)}|${el.closest('[id]')?.id ?? ''}`,
        region,
        outline: `${s.outlineStyle} ${s.outlineWidth}`,
        why: el.dataset.why ?? null,
      };
    });
    if (!stop || (stops.length > 0 && stop.key === stops[0]!.key)) break;
    stops.push(stop);
  }
  return stops;
}

describe('keyboard', () => {
  it('Tab reaches every control, region by region, each with a visible focus ring; skip links come first', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await waitForPaint(page);
      const stops = await tabThrough(page);
      measured.tabStops = stops.length;
      expect(stops.length).toBeGreaterThan(20);
      // the first stop is the skip link to the 3-D view, visible while focused
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Skip to the 3-D view');
      const box = await page.evaluate(() => document.activeElement!.getBoundingClientRect().toJSON() as DOMRect);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.height).toBeGreaterThan(10);
      // Enter on it focuses the 3-D view region and leaves the address's #hash (the share link) alone
      const hash = await page.evaluate(() => location.hash);
      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('lumbo-view');
      await expect(page.evaluate(() => location.hash)).resolves.toBe(hash);
      // the next Tab continues inside the view (camera buttons), not back at the top
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => !!document.activeElement?.closest('#lumbo-view'))).resolves.toBe(true);

      // sensible order: header, controls, 3-D view, outputs, then what is below the columns; never back
      for (let i = 1; i < stops.length; i++) expect(stops[i]!.region, `stop ${i}: ${stops[i]!.key} after ${stops[i - 1]!.key}`).toBeGreaterThanOrEqual(stops[i - 1]!.region);
      for (const region of [0, 1, 2, 3]) expect(stops.some((s) => s.region === region), `region ${region}`).toBe(true);

      // a ring on every stop (style solid/auto, at least 2 px)
      for (const s of stops) {
        const [style, width] = s.outline.split(' ');
        expect(style, s.key).not.toBe('none');
        expect(Number.parseFloat(width!), s.key).toBeGreaterThanOrEqual(2);
      }

      // every visible, enabled control of the page was reached
      const controls = await page.evaluate(() => {
        const all = document.querySelectorAll<HTMLElement>('a[href], button, select, input, summary, textarea, [tabindex]:not([tabindex="-1"])');
        return [...all].filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.checkVisibility({ visibilityProperty: true })).length;
      });
      expect(stops.length).toBeGreaterThanOrEqual(controls);

      // the Why? buttons of the standing panel are among them, in the outputs
      const whys = stops.filter((s) => s.why !== null);
      expect(whys.map((s) => s.why)).toEqual(expect.arrayContaining(['lower-crossed-syndrome', 'anterior-tilt', 'lordosis', 'compression', 'asymmetry', 'ap-shear', 'hip-contact-force', 'piriformis']));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a Why? popover opens with Enter, explains with sources and the number on screen, and closes with Escape', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      // reach the button with the keyboard, as a user would
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let i = 0; i < 600; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.why === 'anterior-tilt')) break;
      }
      const button = page.locator('button[data-why="anterior-tilt"]').first();
      await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('false');
      await page.keyboard.press('Enter');
      const popover = page.locator('.why__popover:popover-open');
      await popover.locator('.why__title').waitFor();
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
      await expect(popover.getAttribute('role')).resolves.toBe('dialog');
      const text = (await popover.textContent()) ?? '';
      expect(text).toContain('Sources');
      expect(text).toContain('Heino et al. 1990');
      expect(text).toContain('Where the model simplifies');
      expect(text).toContain('Education and research tool — not a diagnostic device');
      // the sentence on the current answer carries the number the panel shows
      const tilt = await readMetric(page, 'pelvis.anteriorTiltDeg');
      await expect(popover.getByTestId('why-now').textContent()).resolves.toContain(`${tilt.toFixed(1)}°`);
      await page.screenshot({ path: `${screenshots}why-anterior-tilt.png` });

      await page.keyboard.press('Escape');
      // the browser fires the popover's toggle event as a task: wait for it rather than read at once
      await expect.poll(() => page.locator('.why__popover:popover-open').count()).toBe(0);
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('false');
      // focus goes back to the button that opened it
      await expect(button.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

      // the preset's Why? beside its description, opened with Space
      const presetWhy = page.locator('button[data-why="lower-crossed-syndrome"]');
      await presetWhy.focus();
      await page.keyboard.press('Space');
      const presetPopover = page.locator('.why__popover:popover-open');
      await presetPopover.getByText('Janda', { exact: false }).first().waitFor();
      await expect(presetPopover.locator('.why__title').textContent()).resolves.toContain('Lower crossed syndrome');
      await page.screenshot({ path: `${screenshots}why-preset-lower-crossed-syndrome.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('.why__popover:popover-open').count()).toBe(0);
    } finally {
      await close();
    }
  });
});

type MotionState = { reducedMotion: boolean };
const reducedMotion = (page: Page) => page.evaluate(() => (window.__lumbo!.store.getState() as unknown as MotionState).reducedMotion);
const playheadPosition = (page: Page) => page.evaluate(() => window.__lumbo!.playhead.position);

async function startGait(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gait', exact: true }).click();
  await page.locator('[data-metric="gait.frame"]').waitFor();
  await waitForCurrentResult(page);
  await waitForPaint(page);
}

/** The transition a stale metrics panel would fade with (probe: the class added for a moment). */
const staleTransition = (page: Page) =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('.metrics')!;
    el.classList.add('metrics--stale');
    const d = getComputedStyle(el).transitionDuration;
    el.classList.remove('metrics--stale');
    return d;
  });

describe('reduced motion', () => {
  it('the toggle stops gait playback (the playhead holds still), turns transitions off, and is remembered', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      expect(await reducedMotion(page)).toBe(false);
      expect(await staleTransition(page)).toBe('0.2s');
      await startGait(page);
      const a = await playheadPosition(page);
      await page.waitForTimeout(400);
      expect(await playheadPosition(page)).not.toBe(a); // playing by itself

      const toggle = page.getByRole('checkbox', { name: 'Reduce motion' });
      await toggle.focus();
      await page.keyboard.press('Space');
      await expect(toggle.isChecked()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
      const held = await playheadPosition(page);
      await page.waitForTimeout(600);
      expect(await playheadPosition(page)).toBe(held);
      expect(await staleTransition(page)).toBe('0s');

      // remembered across a reload, and gait then waits for Play
      await page.reload();
      await waitForCurrentResult(page);
      await expect(page.getByRole('checkbox', { name: 'Reduce motion' }).isChecked()).resolves.toBe(true);
      await startGait(page);
      const p0 = await playheadPosition(page);
      await page.waitForTimeout(600);
      expect(await playheadPosition(page)).toBe(p0);
      // Play still plays when the user asks for it
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.waitForTimeout(400);
      expect(await playheadPosition(page)).not.toBe(p0);
    } finally {
      await close();
    }
  });

  it('starts on from the system preference (prefers-reduced-motion: reduce): gait does not autoplay', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    try {
      await page.goto(url);
      await waitForCurrentResult(page);
      expect(await reducedMotion(page)).toBe(true);
      await expect(page.getByRole('checkbox', { name: 'Reduce motion' }).isChecked()).resolves.toBe(true);
      await expect(page.evaluate(() => document.documentElement.dataset.reducedMotion)).resolves.toBe('true');
      await startGait(page);
      await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
      const p0 = await playheadPosition(page);
      await page.waitForTimeout(600);
      expect(await playheadPosition(page)).toBe(p0);
      // the user can turn it off; that choice wins over the system preference after a reload
      await page.getByRole('checkbox', { name: 'Reduce motion' }).click();
      await page.reload();
      await waitForCurrentResult(page);
      expect(await reducedMotion(page)).toBe(false);
    } finally {
      await context.close();
    }
  });
});

describe('offline', () => {
  it('once the service worker controls the page, a reload with the network off still solves', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const page = await context.newPage();
    const failed: string[] = [];
    try {
      await page.goto(url);
      await waitForCurrentResult(page);
      // registered after the first drawn frame; wait until it is active and controls this page (reload once if needed)
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
        await page.reload();
        await waitForCurrentResult(page);
      }
      // `ready` resolves once a worker is active, which may still be 'activating' (claiming clients, cleaning
      // old caches): the precache is complete only when it reports 'activated'
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, { timeout: 60_000 });
      await expect(page.evaluate(() => navigator.serviceWorker.controller?.state)).resolves.toBe('activated');
      const cached = await page.evaluate(async () => {
        const names = await caches.keys();
        const urls: string[] = [];
        for (const n of names) for (const r of await (await caches.open(n)).keys()) urls.push(new URL(r.url).pathname);
        return urls;
      });
      measured.precached = cached;
      expect(cached.some((u) => /model\.worker-[\w-]+\.js$/.test(u))).toBe(true);
      expect(cached.some((u) => u.endsWith('/index.html'))).toBe(true);

      await context.setOffline(true);
      page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
      await page.reload();
      await waitForCurrentResult(page);
      expect(await readMetric(page, 'pelvis.anteriorTiltDeg')).toBeTypeOf('number');
      // and a new solve (another task) works offline too: the worker chunk came from the cache
      await page.getByRole('button', { name: 'Sitting', exact: true }).click();
      await page.waitForFunction(() => window.__lumbo?.store.getState().shown?.answer.kind === 'static' && (window.__lumbo.store.getState() as unknown as { shown: { task: { kind: string } } }).shown.task.kind === 'sitting');
      await waitForCurrentResult(page);
      expect(failed).toEqual([]);
    } finally {
      await context.setOffline(false);
      await context.close();
    }
  });
});
