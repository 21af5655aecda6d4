/**
 * The three screens in real Chromium (docs/viewer.md "Layouts"):
 * - a 390×844 phone: nothing wider than the screen, the canvas with the
 *   figure in the first screen, every control reachable and clickable (no
 *   panel lying over another, e.g. the outputs over the Gait button);
 * - a 1366×768 laptop: no horizontal overflow, the preset name and the
 *   compare table not cut; every preset's name in the header in whole words
 *   (also at 1920×1080 and on the phone); neither side panel scrolls sideways
 *   (hypertonic psoas in the back close-up, standing and in gait);
 * - student laptops, 1280×800, 1280×720, 1152×864, 1024×768 and 1366×768:
 *   neither side panel scrolls sideways, no read-out table is wider than its
 *   box, no slider's text runs out, the page no wider than the window, by
 *   default, with hypertonic psoas in the back close-up standing and in gait,
 *   with the plots open and at a story step; the whole figure in the first
 *   screen, at least 500×300 px, the controls beside it (at 1024 px too,
 *   where the outputs go below);
 * - 1920×1080 lecture mode: a story started from the header, stepped to its
 *   end and left without leaving lecture mode, Next (or Finish) in view in
 *   every state, and in the close-up the pelvis spans at least a quarter of
 *   the canvas height (its landmarks projected through the camera);
 *   "Plots ↓" brings the plots on screen without a horizontal scrollbar.
 * - issue 12's leftovers: the closed preset and compare selects show the whole
 *   chosen name (1366, 1280, 1152 px); a story card's head in two lines at
 *   1024×768, in and out of lecture mode; lecture mode's header in one row at
 *   1152×864; the toolbar's layers and export in one row at 1280 and 1366 px.
 * Screenshots of the three layouts go to artifacts/screenshots/layout-*.png.
 * Chromium keeps its classic scrollbars here (a laptop's panel scrollbar takes
 * width; Playwright hides them by default).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PRESETS } from '@lumbo/scenarios/presets';
import { launchChromium, nextFrames, openViewer, waitForCurrentResult, waitForPaint } from './browser.ts';
import { recordMeasurements } from './measurements.ts';
import { contentWiderThanBox, sidewaysOverflow, wordsSplitAcrossLines } from './overflow.ts';

const screenshots = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
const measured: Record<string, unknown> = {};
let browser: Browser;
const url = inject('viewerUrl');

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromium({ scrollbars: true });
});

afterAll(async () => {
  await browser?.close();
  recordMeasurements('layouts', measured);
});

/** The page is no wider than the window (no horizontal scrolling anywhere). */
function pageWidth(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

/**
 * Every visible control of the page whose centre, once scrolled into view,
 * is not the control itself (something lies over it) or lies outside the
 * window: a list of "tag name: why", empty when all can be clicked.
 */
function unclickableControls(page: Page, root = '.app'): Promise<string[]> {
  return page.evaluate((root) => {
    const bad: string[] = [];
    const controls = [...document.querySelectorAll<HTMLElement>(['button', 'input', 'select', 'summary'].map((tag) => `${root} ${tag}`).join(', '))];
    for (const el of controls) {
      if (el.closest('details:not([open])') && el.tagName !== 'SUMMARY') continue; // folded away: its summary is checked
      if (el.closest('[hidden]') || getComputedStyle(el).visibility === 'hidden') continue;
      const before = el.getBoundingClientRect();
      if (before.width === 0 && before.height === 0) continue; // not rendered in this tab
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
      if (r.left < -1 || r.right > window.innerWidth + 1) {
        bad.push(`${name}: outside the window (${Math.round(r.left)}–${Math.round(r.right)} px)`);
        continue;
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      const ok = hit !== null && (hit === el || el.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === el) || (hit.closest('label') !== null && hit.closest('label')!.contains(el)));
      if (!ok) bad.push(`${name}: covered by ${hit ? `${hit.tagName.toLowerCase()}.${String(hit.className)}` : 'nothing'}`);
    }
    return bad;
  }, root);
}

/** The pelvis (iliac crests, ASIS, PSIS, ischia) of the figure on screen, projected: its height over the canvas height, and whether both knees are in frame. */
function pelvisOnScreen(page: Page): Promise<{ fraction: number; centreX: number; kneesInFrame: boolean }> {
  return page.evaluate(() => {
    const h = window.__lumbo!;
    const s = h.store.getState() as unknown as {
      shown: { answer: { kind: 'static'; result: { pose: { landmarks: Record<string, { x: number; y: number; z: number }> } } } | { kind: 'gait'; gait: { animation: { landmarkNames: string[]; landmarks: Float64Array } } } };
    };
    const names = ['iliacCrest_l', 'iliacCrest_r', 'ischium_l', 'ischium_r', 'ASIS_l', 'ASIS_r', 'PSIS_l', 'PSIS_r'];
    const knees = ['knee_l', 'knee_r'];
    const a = s.shown.answer;
    const at = (n: string) => {
      if (a.kind === 'static') return a.result.pose.landmarks[n]!;
      const an = a.gait.animation;
      const L = an.landmarkNames.length;
      const o = (h.playhead.index * L + an.landmarkNames.indexOf(n)) * 3;
      return { x: an.landmarks[o]!, y: an.landmarks[o + 1]!, z: an.landmarks[o + 2]! };
    };
    const p = h.project!(names.map(at));
    const k = h.project!(knees.map(at));
    const ys = p.points.map((q) => q.y);
    const xs = p.points.map((q) => q.x);
    return {
      fraction: (Math.max(...ys) - Math.min(...ys)) / p.height,
      centreX: (Math.max(...xs) + Math.min(...xs)) / 2 / p.width,
      kneesInFrame: k.points.every((q) => q.x >= 0 && q.x <= k.width && q.y >= 0 && q.y <= k.height),
    };
  });
}

describe('a 390×844 phone', () => {
  it('fits the width, shows the figure in the first screen, and every control can be reached and clicked', async () => {
    const { page, errors, close } = await openViewer(browser, url, { width: 390, height: 844 });
    try {
      await waitForPaint(page);
      const w = await pageWidth(page);
      expect(w.scrollWidth).toBeLessThanOrEqual(w.innerWidth);
      const canvas = (await page.locator('.app__canvas canvas').boundingBox())!;
      expect(canvas.y).toBeGreaterThanOrEqual(0);
      expect(canvas.y + canvas.height).toBeLessThanOrEqual(844);
      expect(canvas.height).toBeGreaterThan(250);
      expect(canvas.width).toBeGreaterThan(350);
      await page.screenshot({ path: `${screenshots}layout-phone-390x844.png` });

      // the controls tab (the Gait button among them), then the outputs tab
      expect(await unclickableControls(page)).toEqual([]);
      await page.getByRole('tab', { name: 'Outputs' }).click();
      await waitForCurrentResult(page);
      expect(await unclickableControls(page)).toEqual([]);
      expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(390);
      await page.screenshot({ path: `${screenshots}layout-phone-390x844-outputs.png`, fullPage: true });

      // the Gait button really takes the click
      await page.getByRole('tab', { name: 'Controls' }).click();
      await page.getByRole('button', { name: 'Gait', exact: true }).click();
      await waitForCurrentResult(page, 90_000);
      await expect(page.evaluate(() => (window.__lumbo!.store.getState() as unknown as { task: { kind: string } }).task.kind)).resolves.toBe('gait');
      expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(390);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('a 1366×768 laptop', () => {
  it('has no horizontal overflow and cuts neither the preset name nor the compare table', async () => {
    const { page, errors, close } = await openViewer(browser, url, { width: 1366, height: 768 });
    try {
      await waitForPaint(page);
      expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(1366);
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.app__preset, .compare__table th, .compare__table td, .slider__value, .legend__key')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.className || el.tagName}: ${el.textContent}`),
      );
      expect(cut).toEqual([]);
      // no word of the compare table broken over lines: each row label is at most two lines high
      const tallest = await page.evaluate(() => Math.max(...[...document.querySelectorAll<HTMLElement>('.compare__table th[scope="row"]')].map((th) => th.getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight || '20'))));
      expect(tallest).toBeLessThanOrEqual(2.6);
      await page.screenshot({ path: `${screenshots}layout-laptop-1366x768.png` });
      // no output table needs its sideways scrollbar, standing or walking
      for (const task of ['Standing', 'Gait']) {
        await page.getByRole('button', { name: task, exact: true }).click();
        await waitForCurrentResult(page);
        const scrolled = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.table-scroll')]
            .filter((el) => el.scrollWidth > el.clientWidth + 1)
            .map((el) => `${el.closest('section')?.querySelector('h2')?.textContent ?? '?'}: ${el.scrollWidth} > ${el.clientWidth} px`),
        );
        expect(scrolled, task).toEqual([]);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('names every preset in whole words in the header, at 1366×768, at 1920×1080 and on a 390×844 phone', async () => {
    const headerHeights: Record<string, number> = {};
    // every preset on the laptop; the three longest names elsewhere (each choice solves, and two cores are shared)
    const longest = [...PRESETS].sort((a, b) => b.label.length - a.label.length).slice(0, 3);
    for (const viewport of [{ width: 1366, height: 768 }, { width: 1920, height: 1080 }, { width: 390, height: 844 }]) {
      const { page, errors, close } = await openViewer(browser, url, viewport);
      try {
        for (const preset of viewport.width === 1366 ? PRESETS : longest) {
          // ", modified" makes every name longer still
          for (const modified of [false, true]) {
            const where = `${viewport.width}×${viewport.height}, ${preset.label}${modified ? ', modified' : ''}`;
            await page.locator('.preset-picker select').selectOption(preset.id);
            if (modified) await page.evaluate(() => (window.__lumbo!.store.getState() as unknown as { setField(p: string, v: number): void }).setField('subject.massKg', 93));
            await page.waitForFunction(([label, modified]) => {
              const text = document.querySelector('[data-testid="preset-status"]')?.textContent ?? '';
              return text.includes(label) && text.endsWith(', modified') === modified;
            }, [preset.label, modified] as const);
            await nextFrames(page);
            expect(await wordsSplitAcrossLines(page, '.app__header'), where).toEqual([]);
            // whole, not cut: nothing hidden inside the name's box, the box inside the header and the window
            const box = await page.locator('.app__preset').evaluate((el) => {
              const r = el.getBoundingClientRect();
              const header = el.parentElement!.getBoundingClientRect();
              return { cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1, inside: r.left >= header.left && r.right <= header.right + 0.5, headerHeight: header.height };
            });
            expect(box, where).toMatchObject({ cut: false, inside: true });
            expect((await pageWidth(page)).scrollWidth, where).toBeLessThanOrEqual(viewport.width);
            headerHeights[where] = Math.round(box.headerHeight);
          }
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    }
    measured.headerHeights = headerHeights;
  });

  it('scrolls neither side panel sideways and keeps each slider in its column: hypertonic psoas in the back close-up, standing and in gait', async () => {
    const { page, errors, close } = await openViewer(browser, `${url}#s=1&p=psoas-hypertonic&v=back&f=spine`, { width: 1366, height: 768 });
    try {
      await waitForPaint(page);
      await expect(page.getByTestId('preset-status').textContent()).resolves.toContain('Hypertonic psoas');
      await page.screenshot({ path: `${screenshots}layout-laptop-1366x768-psoas-back.png` });
      expect(await sidewaysOverflow(page, ['.app__controls', '.app__metrics']), 'standing').toEqual([]);
      // nor does a slider's text run past its half of the panel (into the group's border)
      expect(await contentWiderThanBox(page, '.app__controls .slider'), 'standing').toEqual([]);
      // gait adds its playback controls and the onset-delay sliders
      await page.getByRole('button', { name: 'Gait', exact: true }).click();
      await waitForCurrentResult(page, 90_000);
      expect(await sidewaysOverflow(page, ['.app__controls', '.app__metrics']), 'gait').toEqual([]);
      expect(await contentWiderThanBox(page, '.app__controls .slider'), 'gait').toEqual([]);
      expect(await wordsSplitAcrossLines(page, '.app__header'), 'gait').toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

/**
 * Every read-out and control of the page fits its box: no column scrolls or
 * runs sideways, no read-out table is wider than its scroll box, no slider's text
 * runs out of its half of the panel, the page no wider than the window.
 */
async function fits(page: Page, width: number, where: string): Promise<void> {
  // the view column too: the legend under the canvas (open when the window is taller than 800 px) stays in it
  expect(await sidewaysOverflow(page, ['.app__controls', '.app__view', '.app__metrics']), where).toEqual([]);
  expect(await contentWiderThanBox(page, '.app__metrics .table-scroll, .app__controls .slider'), where).toEqual([]);
  expect(await wordsSplitAcrossLines(page, '.app__header'), where).toEqual([]);
  expect((await pageWidth(page)).scrollWidth, where).toBeLessThanOrEqual(width);
}

/**
 * The whole figure in the first screen at a usable size (at least 500×300 px),
 * the controls column (a story card in it) beside it, not below the outputs.
 */
async function figureBesideControls(page: Page, viewport: { width: number; height: number }, where: string): Promise<void> {
  const canvas = (await page.locator('.app__canvas canvas').boundingBox())!;
  expect(canvas.width, where).toBeGreaterThanOrEqual(500);
  expect(canvas.height, where).toBeGreaterThanOrEqual(300);
  expect(canvas.y + canvas.height, where).toBeLessThanOrEqual(viewport.height);
  const controls = (await page.locator('.app__controls').boundingBox())!;
  expect(controls.x + controls.width, `${where}: the controls left of the figure`).toBeLessThanOrEqual(canvas.x + 1);
  expect(controls.y, `${where}: the controls beside the figure`).toBeLessThan(canvas.y + canvas.height / 2);
}

// common student laptops, and 1366×768 again: the three-column layout at 1101 px and wider, controls beside the figure and the outputs below at 701–1100 px
describe.each([
  { width: 1280, height: 800 },
  { width: 1280, height: 720 },
  { width: 1152, height: 864 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
])('a $width×$height laptop', (viewport) => {
  const size = `${viewport.width}×${viewport.height}`;

  it('fits every panel and table: hypertonic psoas in the back close-up, standing, in gait and with the plots open; the figure a usable size', async () => {
    const { page, errors, close } = await openViewer(browser, `${url}#s=1&p=psoas-hypertonic&v=back&f=spine`, viewport);
    try {
      await waitForPaint(page);
      await fits(page, viewport.width, `${size}, standing`);
      await figureBesideControls(page, viewport, `${size}, standing`);
      await page.screenshot({ path: `${screenshots}layout-laptop-${viewport.width}x${viewport.height}-psoas-back.png` });
      await page.getByRole('button', { name: 'Gait', exact: true }).click();
      await waitForCurrentResult(page, 90_000);
      await waitForPaint(page);
      await fits(page, viewport.width, `${size}, gait`);
      expect((await page.locator('.app__canvas canvas').boundingBox())!.height, `${size}, gait`).toBeGreaterThanOrEqual(280);
      await page.getByRole('button', { name: 'Plots ↓' }).click();
      await page.locator('.level-bars, [data-testid^="plot-"]').first().waitFor();
      await nextFrames(page);
      expect(await sidewaysOverflow(page, ['.plots']), `${size}, plots`).toEqual([]);
      await fits(page, viewport.width, `${size}, gait with the plots open`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);

  it('fits every panel and table at a story step (the default scenario first)', async () => {
    const { page, errors, close } = await openViewer(browser, url, viewport);
    try {
      await fits(page, viewport.width, `${size}, default`);
      await page.screenshot({ path: `${screenshots}layout-laptop-${viewport.width}x${viewport.height}.png` });
      // the Trendelenburg story's step 2: single-leg stance with a weak gluteus medius, the widest 3-D read-outs
      await page.goto('about:blank');
      await page.goto(`${url}#s=1&st=trendelenburg-duchenne.2.s`);
      await page.locator('[data-testid="story-card"]').waitFor();
      await waitForCurrentResult(page, 90_000);
      await waitForPaint(page);
      await fits(page, viewport.width, `${size}, story step 2`);
      await figureBesideControls(page, viewport, `${size}, story step 2`);
      expect(await contentWiderThanBox(page, '.story-card'), `${size}, story step 2`).toEqual([]);
      await page.screenshot({ path: `${screenshots}layout-laptop-${viewport.width}x${viewport.height}-story.png` });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

describe('1920×1080 lecture mode', () => {
  it('runs stories from start to end inside lecture mode, Next always in view, the pelvis large in the close-up', async () => {
    const { page, errors, close } = await openViewer(browser, url, { width: 1920, height: 1080 });
    try {
      await page.keyboard.press('l');
      await waitForCurrentResult(page);
      const steps: unknown[] = [];
      for (const story of ['trendelenburg-duchenne', 'lower-crossed-syndrome']) {
        // the story picker is in the header in lecture mode
        await page.getByRole('combobox', { name: 'Start a guided story' }).selectOption(story);
        for (let guard = 0; guard < 20; guard++) {
          const card = page.locator('[data-testid="story-card"]');
          await card.waitFor();
          await waitForCurrentResult(page, 90_000);
          await waitForPaint(page);
          await nextFrames(page);
          const state = await page.evaluate(() => {
            const s = window.__lumbo!.store.getState() as unknown as { lecture: boolean; focus: string; view: string; story: { step: number; phase: string } };
            return { lecture: s.lecture, focus: s.focus, view: s.view, step: s.story.step, phase: s.story.phase };
          });
          expect(state.lecture).toBe(true);
          // the card's primary action is on screen and takes the click (nothing over it)
          const primary = card.locator('.story-card__primary');
          const box = (await primary.boundingBox())!;
          expect(box.y + box.height).toBeLessThanOrEqual(1080);
          expect(box.y).toBeGreaterThanOrEqual(0);
          const onTop = await primary.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return hit !== null && el.contains(hit);
          });
          expect(onTop).toBe(true);
          const pelvis = await pelvisOnScreen(page);
          steps.push({ story, ...state, ...pelvis });
          // lecture mode frames every step close up: back view for the frontal plane, side view for the sagittal
          expect(state.focus).toBe('spine');
          expect(pelvis.fraction).toBeGreaterThanOrEqual(0.25);
          expect(pelvis.kneesInFrame).toBe(true);
          expect(Math.abs(pelvis.centreX - 0.5)).toBeLessThan(0.1);
          expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(1920);
          // with the story card beside it the outputs column is narrower: its per-level table once ran 9 px past it
          expect(await sidewaysOverflow(page, ['.app__view', '.app__metrics']), `${story} step ${state.step} ${state.phase}`).toEqual([]);
          if (story === 'trendelenburg-duchenne' && state.step === 1 && state.phase === 'shown') {
            await page.screenshot({ path: `${screenshots}layout-lecture-1920x1080.png` });
          }
          const label = (await primary.textContent()) ?? '';
          await primary.click();
          if (label.includes('Finish')) break;
        }
        // left without leaving lecture mode
        await page.locator('[data-testid="story-card"]').waitFor({ state: 'detached' });
        await expect(page.evaluate(() => (window.__lumbo!.store.getState() as unknown as { lecture: boolean }).lecture)).resolves.toBe(true);
      }
      measured.lectureStorySteps = steps;
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 900_000);

  it('"Plots ↓" brings the plots on screen, and the hidden tables add no horizontal scrollbar', async () => {
    const { page, errors, close } = await openViewer(browser, url, { width: 1920, height: 1080 });
    try {
      await page.keyboard.press('l');
      await page.getByRole('button', { name: 'Plots ↓' }).click();
      await page.locator('.level-bars, [data-testid^="plot-"]').first().waitFor();
      // scrolled to the section's top, or as far as the page goes when the plots fit below the fold
      await page.waitForFunction(() => {
        const r = document.getElementById('plots')!.getBoundingClientRect();
        const atBottom = Math.abs(window.scrollY + window.innerHeight - document.documentElement.scrollHeight) < 2;
        return Math.abs(r.top) < 2 || (atBottom && window.scrollY > 0);
      });
      const first = (await page.locator('.level-bars, [data-testid^="plot-"]').first().boundingBox())!;
      expect(first.y).toBeGreaterThanOrEqual(0);
      expect(first.y + first.height).toBeLessThanOrEqual(1080);
      expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(1920);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

/**
 * The header's controls in one row: each button and select whose vertical centre lies more than half a
 * control's height from the first one's is listed ("Shortcuts: row 2").
 */
function headerRows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [...document.querySelectorAll<HTMLElement>('.app__header button, .app__header select')].filter((el) => el.getClientRects().length > 0);
    const centre = (el: HTMLElement) => { const r = el.getBoundingClientRect(); return r.top + r.height / 2; };
    const first = centre(controls[0]!);
    return controls.filter((el) => Math.abs(centre(el) - first) > el.getBoundingClientRect().height / 2).map((el) => `${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}: another row`);
  });
}

/** The compare table's row labels, in lines (a label's height over its line height): the tallest. */
function tallestCompareLabel(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...[...document.querySelectorAll<HTMLElement>('.compare__table th[scope="row"]')].map((th) => th.getBoundingClientRect().height / parseFloat(getComputedStyle(th).lineHeight || '20'))));
}

/**
 * Lecture mode in a laptop's window: every column and table fits its box (no sideways scrolling, no
 * table wider than its box, the page no wider than the window, the header's names in whole words), and
 * the figure is the largest thing on screen (its canvas larger than the outputs column and the story card).
 */
async function lectureFits(page: Page, viewport: { width: number; height: number }, where: string): Promise<Record<string, number[]>> {
  expect(await sidewaysOverflow(page, ['.app__controls', '.app__view', '.app__metrics']), where).toEqual([]);
  expect(await contentWiderThanBox(page, '.app__metrics .table-scroll, .app__metrics table, .story-card'), where).toEqual([]);
  expect(await wordsSplitAcrossLines(page, '.app__header'), where).toEqual([]);
  expect((await pageWidth(page)).scrollWidth, where).toBeLessThanOrEqual(viewport.width);
  const box = async (selector: string) => {
    const b = await page.locator(selector).first().boundingBox();
    return b ? [Math.round(b.x), Math.round(b.y), Math.round(b.width), Math.round(b.height)] : [0, 0, 0, 0];
  };
  const boxes = { canvas: await box('.app__canvas canvas'), metrics: await box('.app__metrics'), controls: await box('.app__controls'), header: await box('.app__header') };
  const area = (b: number[]) => (b[2] ?? 0) * Math.min(b[3] ?? 0, viewport.height);
  expect(area(boxes.canvas), `${where}: the figure larger than the outputs`).toBeGreaterThan(area(boxes.metrics));
  expect(area(boxes.canvas), `${where}: the figure larger than the story card`).toBeGreaterThan(area(boxes.controls));
  expect(boxes.canvas[1]! + boxes.canvas[3]!, `${where}: the whole figure in the window`).toBeLessThanOrEqual(viewport.height);
  return boxes;
}

/** The story card's primary action (Show, Next or Finish) and Back: inside the window, nothing over them. */
async function storyNavInView(page: Page, viewport: { width: number; height: number }, where: string): Promise<void> {
  for (const button of await page.locator('[data-testid="story-card"] .story-card__nav button').all()) {
    const b = (await button.boundingBox())!;
    const name = `${where}: ${(await button.textContent())?.trim()}`;
    expect(b.y, name).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height, name).toBeLessThanOrEqual(viewport.height);
    expect(b.x + b.width, name).toBeLessThanOrEqual(viewport.width);
    const onTop = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && el.contains(hit);
    });
    expect(onTop, name).toBe(true);
  }
}

// lecture mode projected from a laptop (1101–1500 px): before, at 1366×768 the outputs column scrolled
// sideways (372 > 324 px), the header took two rows and the compare table's labels one word a line
describe.each([
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
])('lecture mode on a $width×$height laptop', (viewport) => {
  const size = `${viewport.width}×${viewport.height}`;

  it('fits every column and table, the header in one row, the figure the largest thing; a story starts from the header and steps with Next in view', async () => {
    const { page, errors, close } = await openViewer(browser, url, viewport);
    try {
      await waitForPaint(page);
      await page.keyboard.press('l');
      await waitForCurrentResult(page);
      await nextFrames(page);
      const record: Record<string, unknown> = {};
      record.standing = await lectureFits(page, viewport, `${size} lecture`);
      expect(await headerRows(page), `${size} lecture`).toEqual([]);
      const labelLines = await tallestCompareLabel(page);
      record.compareLabelLines = Math.round(labelLines * 10) / 10;
      expect(labelLines, `${size} lecture: a compare label at most two lines`).toBeLessThanOrEqual(2.6);
      await page.screenshot({ path: `${screenshots}layout-lecture-${viewport.width}x${viewport.height}.png` });

      // the story picker is in the header in lecture mode: the story starts, and steps, inside lecture mode
      await page.getByRole('combobox', { name: 'Start a guided story' }).selectOption('trendelenburg-duchenne');
      const card = page.locator('[data-testid="story-card"]');
      for (let step = 0; step < 3; step++) {
        await card.waitFor();
        await waitForCurrentResult(page, 90_000);
        await waitForPaint(page);
        await nextFrames(page);
        const where = `${size} lecture, story step ${step}`;
        await expect(page.evaluate(() => (window.__lumbo!.store.getState() as unknown as { lecture: boolean }).lecture), where).resolves.toBe(true);
        record[`story${step}`] = await lectureFits(page, viewport, where);
        await storyNavInView(page, viewport, where);
        if (step === 1) await page.screenshot({ path: `${screenshots}layout-lecture-${viewport.width}x${viewport.height}-story.png` });
        await card.locator('.story-card__primary').click();
      }
      measured[`lecture${viewport.width}x${viewport.height}`] = record;
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 600_000);
});

/**
 * What a closed select shows: its visible label (WholeNameSelect) when it has one, else the native
 * select's own one-line text, measured with the select's font beside the room it has (its box less
 * padding, border and the ~20-px arrow). `cut` is true when the text is wider than that room.
 */
function closedSelectShows(page: Page, name: string): Promise<{ text: string; width: number; room: number; cut: boolean; covered: boolean }> {
  return page.getByRole('combobox', { name, exact: true }).evaluate((select: HTMLSelectElement) => {
    const label = select.parentElement?.querySelector<HTMLElement>('.whole-name-select__shown');
    if (label && getComputedStyle(select).opacity === '0') {
      // the transparent select lies over the whole label: a click on the name opens the select
      select.scrollIntoView({ block: 'center' });
      const l = label.getBoundingClientRect();
      const s = select.getBoundingClientRect();
      const covered = s.left <= l.left && s.right >= l.right && s.top <= l.top && s.bottom >= l.bottom && document.elementFromPoint(l.left + l.width / 2, l.top + l.height / 2) === select;
      return { text: label.textContent!, width: label.scrollWidth, room: label.clientWidth, cut: label.scrollWidth > label.clientWidth, covered };
    }
    const text = select.selectedOptions[0]?.textContent ?? '';
    const style = getComputedStyle(select);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const width = Math.ceil(context.measureText(text).width);
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
    return { text, width, room, cut: width > room, covered: true };
  }, undefined);
}

// a closed native select draws its value on one line and cut a long name at its edge: "Lower crossed
// syndrome (…", 443 px of text in 225 px at 1366×768 (the preset), 206 at 1280×800, 184 at 1152×864
describe.each([
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
  { width: 1152, height: 864 },
])('the closed selects on a $width×$height laptop', (viewport) => {
  const size = `${viewport.width}×${viewport.height}`;
  // the two longest names: a preset for the figure, another for the compare set
  const [longest, second] = [...PRESETS].sort((a, b) => b.label.length - a.label.length);

  it('show the whole chosen preset name, in whole words, and the name is the select (a click on it opens the select)', async () => {
    const { page, errors, close } = await openViewer(browser, `${url}#s=1&p=${longest!.id}`, viewport);
    try {
      await page.getByRole('combobox', { name: 'Compare with', exact: true }).selectOption(second!.id);
      await waitForCurrentResult(page);
      const record: Record<string, unknown> = {};
      for (const [name, preset] of [['Preset', longest!], ['Compare with', second!]] as const) {
        const shows = await closedSelectShows(page, name);
        record[name] = shows;
        expect(shows.text, `${size}, ${name}`).toBe(preset.label);
        expect(shows.cut, `${size}, ${name}: ${shows.width} px of text in ${shows.room} px`).toBe(false);
        expect(shows.covered, `${size}, ${name}: the select over its name`).toBe(true);
      }
      // wrapped at spaces only ("co-activation" whole)
      expect(await wordsSplitAcrossLines(page, '.whole-name-select__shown'), size).toEqual([]);
      // still the native select: the keyboard changes the preset
      await page.getByRole('combobox', { name: 'Preset', exact: true }).focus();
      await page.keyboard.press('ArrowUp');
      await expect(page.getByRole('combobox', { name: 'Preset', exact: true }).inputValue()).resolves.not.toBe(longest!.id);
      measured[`closedSelects${viewport.width}x${viewport.height}`] = record;
      await page.getByRole('combobox', { name: 'Preset', exact: true }).selectOption(longest!.id);
      await page.getByRole('combobox', { name: 'Preset', exact: true }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${screenshots}layout-select-${viewport.width}x${viewport.height}.png` });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

// at 1024×768 the story card's head, "Guided story · Trendelenburg or Duchenne · step 2 of 5" beside its ×,
// took four lines (78 px) of the 276-px controls column
describe('a story on a 1024×768 small laptop', () => {
  it("keeps the card's head (story, step and ×) to two lines, its words whole", async () => {
    const { page, errors, close } = await openViewer(browser, url, { width: 1024, height: 768 });
    try {
      const heads: Record<string, number> = {};
      for (const story of ['trendelenburg-duchenne', 'lower-crossed-syndrome']) {
        await page.goto('about:blank');
        await page.goto(`${url}#s=1&st=${story}.2.s`);
        const head = page.locator('[data-testid="story-card"] .story-card__head');
        await head.waitFor();
        await waitForCurrentResult(page, 90_000);
        const lines = await head.evaluate((el) => {
          const kicker = el.querySelector<HTMLElement>('.story-card__kicker')!;
          return el.getBoundingClientRect().height / parseFloat(getComputedStyle(kicker).lineHeight);
        });
        heads[story] = Math.round(lines * 10) / 10;
        expect(lines, `${story}: the head in lines`).toBeLessThanOrEqual(2.2);
        expect(await wordsSplitAcrossLines(page, '.story-card__head'), story).toEqual([]);
        expect(await contentWiderThanBox(page, '.story-card__head, .story-card__kicker'), story).toEqual([]);
        // the whole kicker still in the text (a screen reader reads "Guided story · …")
        await expect(head.locator('.story-card__kicker').textContent(), story).resolves.toMatch(/^Guided story · .+ · step 2 of \d+$/);
        if (story === 'trendelenburg-duchenne') await page.screenshot({ path: `${screenshots}layout-laptop-1024x768-story-head.png` });
      }
      measured.storyHeadLines1024 = heads;
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

// lecture mode at 1024×768: the lecture rules set three column widths against the small laptop's one-column
// areas, so the header sat in a 340-px column (317 px high), the figure in a 340-px strip, and a story card
// started from the header's picker landed ~3700 px down the page
describe('lecture mode on a 1024×768 small laptop', () => {
  it("opens a story from the header's picker beside the figure, both in the first screen, the header across the window, the card's head in two lines", async () => {
    const viewport = { width: 1024, height: 768 };
    const { page, errors, close } = await openViewer(browser, url, viewport);
    try {
      await page.keyboard.press('l');
      await waitForCurrentResult(page);
      await nextFrames(page);
      const header = (await page.locator('.app__header').boundingBox())!;
      expect(header.width, 'the header across the window (less its scrollbar)').toBeGreaterThan(viewport.width - 30);
      expect((await page.locator('.app__canvas canvas').boundingBox())!.width, 'the figure, no strip').toBeGreaterThanOrEqual(500);
      await page.getByRole('combobox', { name: 'Start a guided story' }).selectOption('trendelenburg-duchenne');
      const card = page.locator('[data-testid="story-card"]');
      await card.waitFor();
      await waitForCurrentResult(page, 90_000);
      await waitForPaint(page);
      await nextFrames(page);
      const where = '1024×768 lecture, story step 1';
      await expect(page.evaluate(() => (window.__lumbo!.store.getState() as unknown as { lecture: boolean }).lecture), where).resolves.toBe(true);
      const canvas = (await page.locator('.app__canvas canvas').boundingBox())!;
      const cardBox = (await card.boundingBox())!;
      expect(cardBox.y, `${where}: the card in the first screen`).toBeLessThan(viewport.height / 2);
      expect(cardBox.x + cardBox.width, `${where}: the card left of the figure`).toBeLessThanOrEqual(canvas.x + 1);
      expect(canvas.width, where).toBeGreaterThanOrEqual(500);
      expect(canvas.height, where).toBeGreaterThanOrEqual(300);
      expect(canvas.y + canvas.height, `${where}: the whole figure in the window`).toBeLessThanOrEqual(viewport.height);
      await storyNavInView(page, viewport, where);
      const lines = await card.locator('.story-card__head').evaluate((el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el.querySelector('.story-card__kicker')!).lineHeight));
      expect(lines, `${where}: the card's head in lines`).toBeLessThanOrEqual(2.2);
      expect(await sidewaysOverflow(page, ['.app__controls', '.app__view']), where).toEqual([]);
      expect(await wordsSplitAcrossLines(page, '.app__header, .story-card__head'), where).toEqual([]);
      expect((await pageWidth(page)).scrollWidth, where).toBeLessThanOrEqual(viewport.width);
      measured.lecture1024x768Story = { header: Math.round(header.height), canvas: [Math.round(canvas.width), Math.round(canvas.height)], card: [Math.round(cardBox.x), Math.round(cardBox.y), Math.round(cardBox.width)], headLines: Math.round(lines * 10) / 10 };
      await page.screenshot({ path: `${screenshots}layout-lecture-1024x768-story.png` });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

// lecture mode at 1152×864: the header's ten items needed ~1170 px beside the preset name's 7rem, 1113 px
// inside, so "Shortcuts ?" wrapped alone to a second row (a 120-px header)
describe('lecture mode on a 1152×864 laptop', () => {
  it('keeps the header in one row, Shortcuts included, with every long preset name whole', async () => {
    const { page, errors, close } = await openViewer(browser, url, { width: 1152, height: 864 });
    try {
      await page.keyboard.press('l');
      const heights: Record<string, number> = {};
      for (const preset of [...PRESETS].sort((a, b) => b.label.length - a.label.length).slice(0, 3)) {
        await page.evaluate((id) => (window.__lumbo!.store.getState() as unknown as { choosePreset(id: string): void }).choosePreset(id), preset.id);
        await waitForCurrentResult(page);
        await nextFrames(page);
        expect(await headerRows(page), preset.label).toEqual([]);
        expect(await wordsSplitAcrossLines(page, '.app__header'), preset.label).toEqual([]);
        const name = await page.locator('.app__preset').evaluate((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1 }));
        expect(name, preset.label).toEqual({ text: `Parameters: ${preset.label}`, cut: false });
        heights[preset.label] = Math.round((await page.locator('.app__header').boundingBox())!.height);
      }
      expect((await pageWidth(page)).scrollWidth).toBeLessThanOrEqual(1152);
      measured.lectureHeader1152 = heights;
      await page.screenshot({ path: `${screenshots}layout-lecture-1152x864.png` });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

// on a laptop the layer checkboxes (~410 px) and the export (~380 px) took two rows of the view's toolbar
// (625 px wide at 1280×800, 668 at 1366×768): layers at y 94, export at y 119, the toolbar 93 px high
describe.each([
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
])("the view's toolbar on a $width×$height laptop", (viewport) => {
  const size = `${viewport.width}×${viewport.height}`;

  it('puts the layers and the export in one row, every layer and export control named, visible or one click away, and clickable', async () => {
    const { page, errors, close } = await openViewer(browser, url, viewport);
    try {
      await waitForPaint(page);
      const rows = await page.evaluate(() => {
        // the layers as the toolbar shows them: the checkboxes, or the disclosure they fold into
        const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        const layers = box('.view-controls > :is(.view-controls__layers, .view-controls__layers-menu)');
        const exports = box('.view-controls > .export-controls');
        const toolbar = box('.view-controls');
        return { layersTop: Math.round(layers.top), exportTop: Math.round(exports.top), layersCentre: layers.top + layers.height / 2, exportCentre: exports.top + exports.height / 2, toolbarHeight: Math.round(toolbar.height) };
      });
      measured[`toolbar${viewport.width}x${viewport.height}`] = rows;
      expect(Math.abs(rows.layersCentre - rows.exportCentre), `${size}: layers and export in one row (${JSON.stringify(rows)})`).toBeLessThan(8);
      expect(await unclickableControls(page, '.view-controls'), size).toEqual([]);
      for (const name of ['PNG', 'Video', 'CSV', 'JSON']) await expect(page.getByRole('button', { name: new RegExp(`^${name}`) }).first().isVisible(), name).resolves.toBe(true);
      // the layers visible, or one click away
      if (!(await page.getByRole('checkbox', { name: 'Muscles', exact: true }).isVisible())) await page.locator('.view-controls__layers-menu > summary').click();
      for (const name of ['Muscles', 'Force arrows', 'Gravity line', 'Angles']) await expect(page.getByRole('checkbox', { name, exact: true }).isVisible(), name).resolves.toBe(true);
      // open, nothing lies over them (the canvas under the list keeps its size)
      expect(await unclickableControls(page, '.view-controls'), `${size}, layers open`).toEqual([]);
      await page.locator('.view-controls').screenshot({ path: `${screenshots}layout-toolbar-${viewport.width}x${viewport.height}.png` });
      await page.getByRole('checkbox', { name: 'Gravity line', exact: true }).click();
      await expect(page.evaluate(() => (window.__lumbo!.store.getState() as unknown as { layers: { gravityLine: boolean } }).layers.gravityLine)).resolves.toBe(false);
      await fits(page, viewport.width, size);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

// gait on a short laptop: the view's toolbar (views, framing, layers, export, then playback) took six rows;
// measured on main before the compact toolbar (layouts.css), with these scrollbars: 625×338 px at 1280×720,
// 527×442 at 1152×864; after: 625×448 and 527×520 (625×473 and 527×545 with the layers folded under "Layers").
// The floors sit a little under the first after-values.
describe.each([
  { width: 1280, height: 720, before: { width: 625, height: 338 }, floor: { width: 620, height: 430 } },
  { width: 1152, height: 864, before: { width: 527, height: 442 }, floor: { width: 520, height: 500 } },
])('gait on a $width×$height laptop', ({ width, height, before, floor }) => {
  const viewport = { width, height };
  const size = `${width}×${height}`;

  it('gives the figure more room than the six-row toolbar left it, every toolbar control visible and clickable', async () => {
    const { page, errors, close } = await openViewer(browser, url, viewport);
    try {
      await waitForPaint(page);
      await page.getByRole('button', { name: 'Gait', exact: true }).click();
      await waitForCurrentResult(page, 90_000);
      await waitForPaint(page);
      await nextFrames(page);
      const canvas = (await page.locator('.app__canvas canvas').boundingBox())!;
      const toolbar = (await page.locator('.view-controls').boundingBox())!;
      const playback = (await page.locator('.gait-controls').boundingBox())!;
      measured[`gaitFigure${width}x${height}`] = {
        before,
        after: { width: Math.round(canvas.width), height: Math.round(canvas.height) },
        toolbarHeight: Math.round(toolbar.height + playback.height),
      };
      await page.screenshot({ path: `${screenshots}layout-gait-${width}x${height}.png` });
      expect(canvas.width, size).toBeGreaterThanOrEqual(floor.width);
      expect(canvas.height, size).toBeGreaterThanOrEqual(floor.height);
      expect(canvas.y + canvas.height, size).toBeLessThanOrEqual(height);
      // the playback in one row: Play, the cycle scrub, Speed and Loop side by side
      const centres = await page.locator('.gait-controls > *').evaluateAll((els) => els.map((el) => { const r = el.getBoundingClientRect(); return r.top + r.height / 2; }));
      expect(Math.max(...centres) - Math.min(...centres), `${size}: Play, Cycle, Speed and Loop in one row`).toBeLessThan(8);
      expect(await unclickableControls(page, '.view-controls'), size).toEqual([]);
      expect(await unclickableControls(page, '.gait-controls'), size).toEqual([]);
      await fits(page, width, `${size}, gait`);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 300_000);
});

describe('the 3-D model in the read-outs', () => {
  it('shows a non-zero lateral bend after a one-sided psoas change', async (ctx) => {
    const { page, errors, close } = await openViewer(browser, url, { width: 1600, height: 1000 });
    try {
      const has3d = await page.evaluate(() => {
        const a = (window.__lumbo!.store.getState() as unknown as { shown: { answer: { kind: string; result?: { lumbar: { levels: Record<string, unknown>[] } } } } }).shown.answer;
        return a.kind === 'static' && typeof a.result?.lumbar.levels[0]?.lateralBendDeg === 'number';
      });
      // the model's 3-D outputs (lumbar.levels[].lateralBendDeg) land on main separately; until then there is nothing to read
      if (!has3d) ctx.skip();
      await page.evaluate(() => (window.__lumbo!.store.getState() as unknown as { setField(p: string, v: number): void }).setField('muscles.iliopsoas.right.tone', 0.3));
      await waitForCurrentResult(page);
      const bends = await page.evaluate(() =>
        [...document.querySelectorAll('[data-metric$=".lateralBendDeg"]')].map((el) => Number(el.getAttribute('data-value'))),
      );
      expect(bends.length).toBe(5);
      expect(Math.max(...bends.map(Math.abs))).toBeGreaterThan(0.05);
      const text = await page.locator('[data-testid="three-d-metrics"]').textContent();
      expect(text).toMatch(/to the (left|right)/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
