/**
 * The built viewer in real Chromium: it opens on the lower crossed syndrome
 * compared with the healthy preset, loads cleanly, draws, answers the presets,
 * the sliders and the task picker with the model's numbers, and survives a
 * dead worker. Screenshots go to artifacts/screenshots/ for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, nextFrames, openViewer, pressOnSlider, readMetric, waitForCurrentResult, waitForMetric, waitForPaint } from './browser.ts';
import { pixelStats } from './pixel-stats.ts';
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
  recordMeasurements('viewer', measured);
});

describe('the viewer in Chromium', () => {
  it('loads the default scenario standing, with no console errors', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      expect(await readMetric(page, 'pelvis.anteriorTiltDeg')).toBeTypeOf('number');
      await expect(page.getByRole('combobox', { name: 'Preset' }).inputValue()).resolves.toBe('lower-crossed-syndrome');
      await expect(page.getByText('Education and research tool — not a diagnostic device').first().isVisible()).resolves.toBe(true);
      measured.firstResultAtMs = await page.evaluate(() => window.__lumbo?.store.getState().firstResultAtMs ?? null);
      measured.lastSolveMs = await page.evaluate(() => window.__lumbo?.store.getState().lastSolveMs ?? null);
      // give late asynchronous errors (worker, WebGL) a moment to surface
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('opens on the lower crossed syndrome, whose numbers differ from the healthy compare set', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      await expect(page.getByTestId('preset-status').textContent()).resolves.toContain('Lower crossed syndrome');
      const lcsTilt = await readMetric(page, 'pelvis.anteriorTiltDeg');
      const lcsL4L5 = await readMetric(page, 'lumbar.levels.L4/L5.compressionN');
      // the healthy compare set has been solved for the same task and is drawn over it
      await waitForPaint(page);
      await expect(page.evaluate(() => window.__lumbo?.store.getState().compareShown?.task.kind)).resolves.toBe('standing');
      await page.getByRole('combobox', { name: 'Preset' }).selectOption('healthy');
      const healthyTilt = await waitForMetric(page, 'pelvis.anteriorTiltDeg', { below: lcsTilt - 1 });
      await waitForCurrentResult(page);
      const healthyL4L5 = await readMetric(page, 'lumbar.levels.L4/L5.compressionN');
      measured.defaultVsHealthy = { lcsTilt, healthyTilt, lcsL4L5, healthyL4L5 };
      expect(lcsL4L5).toBeGreaterThan(healthyL4L5 + 100);
    } finally {
      await close();
    }
  });

  it('changes the metrics when another preset is chosen (Trendelenburg in right single-leg stance)', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      await page.getByRole('button', { name: 'Single-leg stance (right)', exact: true }).click();
      await waitForMetric(page, 'hips.right.abductorDemandNm', { above: 1 });
      await waitForCurrentResult(page);
      const before = await readMetric(page, 'pelvis.obliquityDeg');
      const picker = page.getByRole('combobox', { name: 'Preset' });
      await picker.focus();
      await picker.selectOption('trendelenburg-right');
      // the pelvis drops on the left (swing) side: obliquity negative (+ = right side lower)
      const after = await waitForMetric(page, 'pelvis.obliquityDeg', { below: before - 3 });
      await waitForCurrentResult(page);
      const asymmetry = await readMetric(page, 'lumbar.levels.L4/L5.asymmetryIndex');
      measured.presetSwitch = { before, after, asymmetry };
      expect(Math.abs(asymmetry)).toBeGreaterThan(0.05);
    } finally {
      await close();
    }
  });

  it('draws a non-blank WebGL figure (side view) and reports its frame cost', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      const canvas = page.locator('canvas').first();
      await waitForPaint(page);
      // the compare figure arrives after the figure: wait until nothing is solving, then draw
      await waitForCurrentResult(page);
      await nextFrames(page);
      const png = await canvas.screenshot();
      const stats = await pixelStats(page, png);
      measured.sideViewPixels = stats;
      expect(stats.nonBackgroundShare).toBeGreaterThan(0.03);
      expect(stats.distinctColours).toBeGreaterThan(40);
      await page.screenshot({ path: `${screenshots}side-standing-lower-crossed-syndrome.png` });
      measured.frames = await page.evaluate(() => window.__lumbo?.measureFrames?.(30) ?? null);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('raises anterior pelvic tilt when both gluteus maximus sliders are moved down with the keyboard', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      const before = await readMetric(page, 'pelvis.anteriorTiltDeg');
      await pressOnSlider(page, 'Gluteus maximus strength (left)', 'ArrowDown', 60);
      await pressOnSlider(page, 'Gluteus maximus strength (right)', 'ArrowDown', 60);
      const left = await page.getByRole('slider', { name: 'Gluteus maximus strength (left)', exact: true }).inputValue();
      expect(Number(left)).toBeCloseTo(0.4, 5);
      const after = await waitForMetric(page, 'pelvis.anteriorTiltDeg', { above: before + 0.1 });
      measured.tiltWithWeakGluteusMaximus = { before, after };
      await waitForCurrentResult(page);
      expect(await readMetric(page, 'pelvis.anteriorTiltDeg')).toBeGreaterThan(before);
    } finally {
      await close();
    }
  });

  it('is cross-origin isolated, so a slider step reads its standing answer from shared memory, and the answer moves the tilt the way the step does', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      await waitForCurrentResult(page);
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
      const before = await readMetric(page, 'pelvis.anteriorTiltDeg');
      await page.evaluate(() => (window.__lumbo!.solves.length = 0));
      await pressOnSlider(page, 'Gluteus maximus strength (right)', 'ArrowDown', 10);
      await waitForCurrentResult(page);
      const solves = await page.evaluate(() => window.__lumbo!.solves.map((s) => s.via));
      expect(solves.length).toBeGreaterThan(0);
      // the worker's reply message comes too and could be read first on a loaded machine, but not every time
      expect(solves).toContain('shared');
      const after = await readMetric(page, 'pelvis.anteriorTiltDeg');
      expect(after).toBeGreaterThan(before);
      measured.sharedReplies = { deliveries: solves, tiltBeforeDeg: before, tiltAfterDeg: after };
    } finally {
      await close();
    }
  });

  it('switches to single-leg stance on the right and shows the abductor demand on that side', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      expect(await readMetric(page, 'hips.right.abductorDemandNm')).toBeCloseTo(0, 6);
      const button = page.getByRole('button', { name: 'Single-leg stance (right)', exact: true });
      await button.click();
      await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
      const demand = await waitForMetric(page, 'hips.right.abductorDemandNm', { above: 1 });
      await waitForCurrentResult(page);
      const rightContact = await readMetric(page, 'hips.right.contactForceN');
      const leftContact = await readMetric(page, 'hips.left.contactForceN');
      measured.singleLegStanceRight = { demand, rightContact, leftContact };
      expect(rightContact).toBeGreaterThan(leftContact);
    } finally {
      await close();
    }
  });

  it('shows the back view in right single-leg stance with a weak right gluteus medius', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await pressOnSlider(page, 'Gluteus medius strength (right)', 'Home', 1);
      await pressOnSlider(page, 'Gluteus medius strength (right)', 'ArrowUp', 30);
      await page.getByRole('button', { name: 'Single-leg stance (right)', exact: true }).click();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await waitForMetric(page, 'hips.right.abductorDemandNm', { above: 1 });
      await waitForCurrentResult(page);
      await nextFrames(page);
      await page.screenshot({ path: `${screenshots}back-single-leg-right-weak-gluteus-medius.png` });
      await page.getByRole('button', { name: 'Pelvis and lumbar close-up', exact: true }).click();
      await nextFrames(page);
      await page.screenshot({ path: `${screenshots}back-single-leg-right-weak-gluteus-medius-closeup.png` });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the last result, says so, and recovers when the worker is killed', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      const status = page.getByTestId('solve-status');
      const compression = await readMetric(page, 'lumbar.levels.L4/L5.compressionN');
      await page.evaluate(() => window.__lumbo?.killWorker());
      await page.getByRole('alert').filter({ hasText: 'stopped unexpectedly' }).waitFor();
      // the last good numbers stay on screen
      expect(await readMetric(page, 'lumbar.levels.L4/L5.compressionN')).toBe(compression);
      await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid="solve-status"]')?.dataset.workerState === 'recovered');
      await expect(status.getAttribute('data-worker-restarts')).resolves.toBe('1');
      await waitForCurrentResult(page);
      // the new worker answers new requests: a heavier subject loads L4/L5 more
      await pressOnSlider(page, 'Body mass', 'ArrowUp', 15);
      const heavier = await waitForMetric(page, 'lumbar.levels.L4/L5.compressionN', { above: compression + 1 });
      measured.afterWorkerRestart = { compression, heavier };
    } finally {
      await close();
    }
  });
});
