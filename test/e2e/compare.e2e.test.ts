/**
 * Compare in real Chromium: the healthy ghost over the lower crossed
 * syndrome with its differences, the ghost visible in the pixels, swap and
 * clear in one click each, side by side, and the ghost in step during gait.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, nextFrames, openViewer, readMetric, waitForCurrentResult, waitForMetric, waitForPaint } from './browser.ts';
import { pixelDiffShare } from './pixel-stats.ts';
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
  recordMeasurements('compare', measured);
});

/** Waits until the compare answer is for the figure's task and its differences are on screen. */
async function waitForDeltas(page: Page): Promise<void> {
  await waitForCurrentResult(page);
  await page.locator('[data-metric="compare.delta.pelvis.anteriorTiltDeg"], [data-metric="compare.delta.gait.meanAnteriorPelvicTiltDeg"]').first().waitFor();
}

describe('compare in Chromium', () => {
  it('shows the healthy ghost over the lower crossed syndrome, with the differences the model computes', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await waitForDeltas(page);
      const tilt = await readMetric(page, 'pelvis.anteriorTiltDeg');
      const deltaTilt = await readMetric(page, 'compare.delta.pelvis.anteriorTiltDeg');
      const deltaL4L5 = await readMetric(page, 'compare.delta.lumbar.levels.L4/L5.compressionN');
      measured.lcsMinusHealthy = { deltaTilt, deltaL4L5 };
      // lower crossed syndrome: more anterior tilt and more L4/L5 compression than healthy
      expect(deltaTilt).toBeGreaterThan(2);
      expect(deltaL4L5).toBeGreaterThan(100);
      // the difference is consistent with the figure's own number: healthy = current − Δ
      await page.getByRole('combobox', { name: 'Preset' }).selectOption('healthy');
      await waitForMetric(page, 'compare.delta.pelvis.anteriorTiltDeg', { above: -0.001, below: 0.001 });
      expect(await readMetric(page, 'pelvis.anteriorTiltDeg')).toBeCloseTo(tilt - deltaTilt, 6);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('draws the ghost: the view changes when the compare set is cleared, and C brings it back', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      const canvas = page.locator('canvas').first();
      // the legend lists the compare set: close it so the canvas keeps its size when the set is cleared
      await page.evaluate(() => document.querySelector<HTMLDetailsElement>('details.legend-box')?.removeAttribute('open'));
      await waitForDeltas(page);
      await waitForPaint(page);
      await nextFrames(page);
      const withGhost = await canvas.screenshot();
      await page.screenshot({ path: `${screenshots}compare-overlay-lcs-vs-healthy.png` });
      await page.getByRole('button', { name: 'Clear', exact: true }).click();
      await expect(page.locator('[data-metric^="compare.delta."]').count()).resolves.toBe(0);
      await nextFrames(page);
      await nextFrames(page);
      const without = await canvas.screenshot();
      // the ghost's bones (where the postures differ) and its name under the feet are gone
      const changed = await pixelDiffShare(page, withGhost, without);
      measured.ghostPixelShare = changed;
      expect(changed).toBeGreaterThan(0.001);
      await expect(page.locator('[data-testid="compare-panel"] table').count()).resolves.toBe(0);
      await page.locator('body').press('c');
      await waitForDeltas(page);
      await expect(page.evaluate(() => window.__lumbo?.store.getState().compareSet?.presetId)).resolves.toBe('healthy');
    } finally {
      await close();
    }
  });

  it('swaps the figure and the compare set with one click, and the differences change sign', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      await waitForDeltas(page);
      const before = await readMetric(page, 'compare.delta.pelvis.anteriorTiltDeg');
      await page.getByRole('button', { name: 'Swap', exact: true }).click();
      const after = await waitForMetric(page, 'compare.delta.pelvis.anteriorTiltDeg', { below: 0 });
      await waitForDeltas(page);
      expect(await readMetric(page, 'compare.delta.pelvis.anteriorTiltDeg')).toBeCloseTo(-before, 6);
      await expect(page.getByRole('combobox', { name: 'Preset' }).inputValue()).resolves.toBe('healthy');
      await expect(page.getByRole('combobox', { name: 'Compare with' }).inputValue()).resolves.toBe('lower-crossed-syndrome');
      measured.swap = { before, after };
    } finally {
      await close();
    }
  });

  it('puts the compare figure beside the figure on request', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      await waitForDeltas(page);
      await page.getByRole('button', { name: 'Side by side', exact: true }).click();
      await waitForPaint(page);
      await nextFrames(page);
      await page.screenshot({ path: `${screenshots}compare-beside-lcs-vs-healthy.png` });
      await expect(page.getByRole('button', { name: 'Side by side', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
    } finally {
      await close();
    }
  });

  it('compares gait cycles in step: a weak right gluteus medius drops the pelvis more than healthy in right stance', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      await page.getByRole('combobox', { name: 'Preset' }).selectOption('trendelenburg-right');
      await page.getByRole('button', { name: 'Gait', exact: true }).click();
      await waitForCurrentResult(page, 60_000);
      await page.locator('[data-metric="compare.delta.gait.rightStance.peakContralateralDropDeg"]').waitFor({ timeout: 60_000 });
      const drop = await readMetric(page, 'compare.delta.gait.rightStance.peakContralateralDropDeg');
      measured.gaitDropDelta = drop;
      expect(drop).toBeGreaterThan(2);
      await expect(page.evaluate(() => window.__lumbo?.store.getState().compareShown?.task.kind)).resolves.toBe('gait');
      await page.screenshot({ path: `${screenshots}compare-gait-trendelenburg-vs-healthy.png` });
    } finally {
      await close();
    }
  });
});
