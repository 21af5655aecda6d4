/**
 * Lecture mode, keyboard shortcuts and guided stories in real Chromium: L
 * toggles the projector layout, ? opens the shortcut list (Escape closes it),
 * 1–9 choose presets, Space plays and pauses gait and → steps a frame, keys
 * are left alone in a select and with Alt held, and a story asks its
 * question first, then applies the step and reports the change the model
 * computed; back restores the numbers. Lecture screenshots at 1920×1080 and
 * 1280×720 go to artifacts/screenshots/lecture-*.png for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, nextFrames, openViewer, readMetric, waitForCurrentResult, waitForMetric, waitForPaint } from './browser.ts';
import { recordMeasurements } from './measurements.ts';
import { darkLineThicknessPx } from './pixel-stats.ts';

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
  recordMeasurements('lecture', measured);
});

/** The parts of the store this file reads (the full type is in packages/viewer/src/state/store.ts). */
interface LectureState {
  lecture: boolean;
  story: { id: string; step: number; phase: 'predict' | 'shown'; choice: number | null } | null;
  highlight: string[];
  view: string;
  focus: string;
  presetId: string | null;
  task: { kind: string };
  playback: { playing: boolean };
}

function state(page: Page): Promise<LectureState> {
  return page.evaluate(() => {
    const s = window.__lumbo!.store.getState() as unknown as LectureState;
    return { lecture: s.lecture, story: s.story, highlight: [...s.highlight], view: s.view, focus: s.focus, presetId: s.presetId, task: s.task, playback: s.playback };
  });
}

/** Keys go to the page, not to whatever the last click focused. */
async function blur(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/**
 * After a layout change (lecture mode), the canvas has been resized to its new box and redrawn: it fills
 * react-three-fiber's container (its parent), whatever else (the disclaimer, the legend) shares `.app__canvas`.
 */
async function waitForCanvasFit(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector('.app__canvas canvas');
    const canvas = el?.getBoundingClientRect();
    const box = el?.parentElement?.getBoundingClientRect();
    return !!box && !!canvas && box.width > 0 && Math.abs(box.width - canvas.width) < 2 && Math.abs(box.height - canvas.height) < 2;
  });
  await nextFrames(page);
}

/**
 * On-screen thickness of the back view's iliac-crest line (and its horizontal
 * reference, drawn over it) where it runs over the background: beyond each
 * iliac crest, from 3 to 6.5 cm lateral of the crest landmark (the bone ends
 * within ~2 cm of it, the line 7 cm out), within 20 px of the crest's height;
 * the points are projected through the viewer's camera.
 */
async function angleLinePx(page: Page, focus: 'body' | 'spine', name: string): Promise<{ medianPx: number; samples: number }> {
  await page.waitForFunction(() => (window.__lumbo?.anatomy?.drawnBoneMeshes() ?? 0) >= 6, undefined, { timeout: 120_000 });
  await page.evaluate((focus) => {
    const s = window.__lumbo!.store.getState() as unknown as { setView(v: string): void; setFocus(f: string): void; setLayer(l: string, v: boolean): void };
    s.setView('back');
    s.setFocus(focus);
    s.setLayer('angles', true);
  }, focus);
  await nextFrames(page);
  await nextFrames(page);
  const png = await page.locator('.app__canvas canvas').first().screenshot({ path: `${screenshots}${name}.png` });
  const ends = await page.evaluate(() => {
    const h = window.__lumbo!;
    const s = h.store.getState() as unknown as { shown: { answer: { result: { pose: { landmarks: Record<string, { x: number; y: number; z: number }> } } } } };
    const l = s.shown.answer.result.pose.landmarks;
    const off = (p: { x: number; y: number; z: number }, dz: number) => ({ x: p.x, y: p.y, z: p.z + dz });
    const [cl, cr] = [l['iliacCrest_l']!, l['iliacCrest_r']!];
    return h.project!([off(cl, -0.065), off(cl, -0.03), off(cr, 0.03), off(cr, 0.065)]).points;
  });
  const region = (p: { x: number; y: number }, q: { x: number; y: number }) => ({ x0: Math.min(p.x, q.x), x1: Math.max(p.x, q.x), y0: (p.y + q.y) / 2 - 20, y1: (p.y + q.y) / 2 + 20 });
  const [l, r] = await Promise.all([darkLineThicknessPx(page, png, region(ends[0]!, ends[1]!)), darkLineThicknessPx(page, png, region(ends[2]!, ends[3]!))]);
  // the thinner side: the assertion holds for both
  return { medianPx: Math.min(l.medianPx, r.medianPx), samples: l.samples + r.samples };
}

async function waitForStory(page: Page, step: number, phase: 'predict' | 'shown'): Promise<void> {
  await page.locator(`[data-testid="story-card"][data-step="${step}"][data-phase="${phase}"]`).waitFor();
}

describe('lecture mode and shortcuts', () => {
  it('L toggles lecture mode, ? opens the shortcut list and Escape closes it; keys in a select or with Alt do nothing', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      const app = page.locator('.app');
      await page.keyboard.press('l');
      await expect(app.getAttribute('class')).resolves.toContain('app--lecture');
      expect((await state(page)).lecture).toBe(true);
      await expect(page.getByRole('button', { name: 'Lecture mode' }).getAttribute('aria-pressed')).resolves.toBe('true');
      // the root type grows for the projector
      const size = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
      expect(size).toBeGreaterThanOrEqual(20);

      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await dialog.waitFor();
      await expect(dialog.getByText('Lecture mode on or off').isVisible()).resolves.toBe(true);
      // while the list is open other shortcuts do nothing
      await page.keyboard.press('l');
      expect((await state(page)).lecture).toBe(true);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });

      await page.keyboard.press('l');
      await expect(app.getAttribute('class')).resolves.not.toContain('app--lecture');

      // typing in the preset select, or with Alt held, is not a shortcut
      await page.getByRole('combobox', { name: 'Preset' }).focus();
      await page.keyboard.press('l');
      await blur(page);
      await page.keyboard.press('Alt+l');
      expect((await state(page)).lecture).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('1–9 choose the presets in list order', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      const ids = await page.locator('select option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
      expect(ids.length).toBeGreaterThanOrEqual(9);
      const picker = page.getByRole('combobox', { name: 'Preset' });
      for (const digit of [4, 1, 9]) {
        await page.keyboard.press(String(digit));
        await expect(picker.inputValue()).resolves.toBe(ids[digit - 1]);
      }
      // the figure is solved for the chosen preset
      await page.keyboard.press('4');
      await page.getByRole('button', { name: 'Single-leg stance (right)', exact: true }).click();
      await blur(page);
      await waitForMetric(page, 'pelvis.obliquityDeg', { below: -3 });
    } finally {
      await close();
    }
  });

  it('Space pauses and plays gait, and → steps one frame while paused', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      await page.getByRole('button', { name: 'Gait', exact: true }).click();
      await page.locator('[data-metric="gait.frame"]').waitFor();
      await waitForCurrentResult(page);
      await waitForPaint(page);
      await blur(page);
      const playing = (await state(page)).playback.playing;
      if (!playing) await page.keyboard.press(' ');
      expect((await state(page)).playback.playing).toBe(true);
      await page.keyboard.press(' ');
      expect((await state(page)).playback.playing).toBe(false);
      await nextFrames(page);
      const paused = await readMetric(page, 'gait.frame');
      await page.waitForTimeout(400);
      expect(await readMetric(page, 'gait.frame')).toBe(paused);
      await page.keyboard.press('ArrowRight');
      await nextFrames(page);
      const frames = await page.evaluate(() => window.__lumbo!.playhead.frames);
      expect(await readMetric(page, 'gait.frame')).toBe((paused + 1) % (frames - 1));
      await page.keyboard.press(' ');
      expect((await state(page)).playback.playing).toBe(true);
      await page.waitForFunction((f) => window.__lumbo!.playhead.index !== f, (paused + 1) % (frames - 1));
      // the page did not scroll on Space
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('a guided story', () => {
  it('asks first, applies the step, reports the change the model computed, and restores the numbers on back', async () => {
    const { page, errors, close } = await openViewer(browser, url, { width: 1920, height: 1080 });
    try {
      await page.getByRole('button', { name: 'Lower crossed syndrome', exact: true }).click();
      await waitForStory(page, 0, 'shown');
      await page.locator('[data-testid="story-values"]').waitFor();
      await waitForCurrentResult(page);
      await blur(page);
      const s0 = await state(page);
      expect(s0.presetId).toBe('healthy');
      expect(s0.highlight).toEqual(['iliopsoas', 'erectorSpinae', 'gluteusMaximus', 'abdominals']);
      const tilt0 = await readMetric(page, 'pelvis.anteriorTiltDeg');
      const l4l50 = await readMetric(page, 'lumbar.levels.L4/L5.compressionN');

      // → : the question, asked over the unchanged healthy figure, with the new step's camera and highlight
      await page.keyboard.press('ArrowRight');
      await waitForStory(page, 1, 'predict');
      await expect(page.getByText('What will the pelvis do?').isVisible()).resolves.toBe(true);
      const s1 = await state(page);
      expect(s1.highlight).toEqual(['iliopsoas', 'erectorSpinae']);
      expect(s1.focus).toBe('spine');
      expect(s1.presetId).toBe('healthy');
      expect(await readMetric(page, 'pelvis.anteriorTiltDeg')).toBe(tilt0);
      await page.keyboard.press('l');
      await waitForPaint(page);
      await waitForCanvasFit(page);
      await page.screenshot({ path: `${screenshots}lecture-1920x1080-story-predict.png` });

      // the class answers: the step is applied and the model's change is reported
      await page.getByRole('button', { name: 'Tip forward (more anterior tilt)' }).click();
      await waitForStory(page, 1, 'shown');
      const tilt1 = await waitForMetric(page, 'pelvis.anteriorTiltDeg', { above: tilt0 + 0.5 });
      await waitForCurrentResult(page);
      const outcome = page.locator('[data-testid="story-outcome"]');
      await outcome.waitFor();
      await expect(outcome.getAttribute('data-direction')).resolves.toBe('up');
      await expect(outcome.getAttribute('data-matched')).resolves.toBe('true');
      expect(Number(await outcome.getAttribute('data-before'))).toBeCloseTo(tilt0, 9);
      expect(Number(await outcome.getAttribute('data-after'))).toBeCloseTo(await readMetric(page, 'pelvis.anteriorTiltDeg'), 9);
      await expect(outcome.textContent()).resolves.toContain('matches what the model computed');
      expect(await readMetric(page, 'lumbar.levels.L4/L5.compressionN')).toBeGreaterThan(l4l50);
      await waitForPaint(page);
      await nextFrames(page);
      await page.screenshot({ path: `${screenshots}lecture-1920x1080-story-shown.png` });
      measured.lowerCrossedStory = { tilt0, tilt1, l4l50 };

      // ← : back to the question; the healthy numbers return
      await blur(page);
      await page.keyboard.press('ArrowLeft');
      await waitForStory(page, 1, 'predict');
      const back = await waitForMetric(page, 'pelvis.anteriorTiltDeg', { below: tilt1 - 0.5 });
      await waitForCurrentResult(page);
      expect(back).toBeCloseTo(tilt0, 9);
      expect(await readMetric(page, 'lumbar.levels.L4/L5.compressionN')).toBeCloseTo(l4l50, 9);
      expect((await state(page)).presetId).toBe('healthy');

      // the educator reveals without a prediction (PageDown, as a presenter clicker sends)
      await page.keyboard.press('PageDown');
      await waitForStory(page, 1, 'shown');
      await outcome.waitFor();
      await expect(outcome.getAttribute('data-matched')).resolves.toBe('none');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('walks the Trendelenburg story in the back view, and saves lecture screenshots at 1280×720', async () => {
    const { page, errors, close } = await openViewer(browser, url, { width: 1280, height: 720 });
    try {
      await page.keyboard.press('l');
      await waitForCanvasFit(page);
      await page.screenshot({ path: `${screenshots}lecture-1280x720-default.png` });
      await page.evaluate(() => (window.__lumbo!.store.getState() as unknown as { openStory(id: string): void }).openStory('trendelenburg-duchenne'));
      await waitForStory(page, 0, 'shown');
      await waitForCurrentResult(page);
      expect((await state(page)).view).toBe('back');
      const level = await readMetric(page, 'pelvis.obliquityDeg');
      await page.keyboard.press('ArrowRight');
      await waitForStory(page, 1, 'predict');
      await page.getByRole('button', { name: 'The right side drops' }).click();
      await waitForMetric(page, 'pelvis.obliquityDeg', { below: level - 3 });
      await waitForCurrentResult(page);
      const outcome = page.locator('[data-testid="story-outcome"]');
      await outcome.waitFor();
      await expect(outcome.getAttribute('data-direction')).resolves.toBe('down');
      // a wrong prediction is called wrong
      await expect(outcome.getAttribute('data-matched')).resolves.toBe('false');
      await waitForPaint(page);
      await waitForCanvasFit(page);
      await page.screenshot({ path: `${screenshots}lecture-1280x720-story-shown.png` });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('draws the angle lines at least 4 px thick at 1920×1080 in lecture mode, close-up and whole body, thicker than on a laptop', async () => {
    const laptop = await openViewer(browser, url, { width: 1366, height: 768 });
    const lines: Record<string, number> = {};
    try {
      await waitForPaint(laptop.page);
      for (const focus of ['body', 'spine'] as const) {
        const m = await angleLinePx(laptop.page, focus, `lines-laptop-1366x768-${focus}`);
        expect(m.samples, `laptop ${focus}`).toBeGreaterThan(8);
        lines[`laptop1366x768.${focus}Px`] = m.medianPx;
      }
    } finally {
      await laptop.close();
    }
    const { page, close } = await openViewer(browser, url, { width: 1920, height: 1080 });
    try {
      await blur(page);
      await page.keyboard.press('l');
      await waitForPaint(page);
      await waitForCanvasFit(page);
      for (const focus of ['body', 'spine'] as const) {
        const m = await angleLinePx(page, focus, `lines-lecture-1920x1080-${focus}`);
        expect(m.samples, `lecture ${focus}`).toBeGreaterThan(8);
        lines[`lecture1920x1080.${focus}Px`] = m.medianPx;
        expect(m.medianPx, `lecture ${focus}`).toBeGreaterThanOrEqual(4);
        // thicker than on the laptop in the same framing, by at least the ratio of the screens' heights in whole body
        expect(m.medianPx, `lecture ${focus}`).toBeGreaterThanOrEqual(lines[`laptop1366x768.${focus}Px`]!);
      }
      expect(lines['lecture1920x1080.bodyPx']! / 1080).toBeGreaterThanOrEqual(lines['laptop1366x768.bodyPx']! / 768);
      measured['angleLineThickness'] = lines;
    } finally {
      await close();
    }
  });

  it('saves the lecture layout at 1920×1080 in gait with the shortcut list open', async () => {
    const { page, close } = await openViewer(browser, url, { width: 1920, height: 1080 });
    try {
      // the task picker is in the controls column, which lecture mode collapses: choose the task first
      await page.getByRole('button', { name: 'Gait', exact: true }).click();
      await blur(page);
      await page.keyboard.press('l');
      await page.locator('[data-metric="gait.frame"]').waitFor();
      await waitForCurrentResult(page);
      await waitForPaint(page);
      await waitForCanvasFit(page);
      await page.screenshot({ path: `${screenshots}lecture-1920x1080-gait.png` });
      await blur(page);
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
      await page.screenshot({ path: `${screenshots}lecture-1920x1080-shortcuts.png` });
    } finally {
      await close();
    }
  });
});
