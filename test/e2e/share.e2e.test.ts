/**
 * Shareable links in real Chromium: the address bar follows the view, a
 * copied link opened in a fresh page restores the same numbers, and a
 * malformed or hostile link is refused with a message, nothing from it
 * executed or injected, the defaults shown.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openViewer, pressOnSlider, readMetric, waitForCurrentResult } from './browser.ts';
import { recordMeasurements } from './measurements.ts';

const measured: Record<string, unknown> = {};
let browser: Browser;
const url = inject('viewerUrl');

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  recordMeasurements('share', measured);
});

const METRICS = ['pelvis.obliquityDeg', 'trunk.lateralLeanDeg', 'lumbar.levels.L4/L5.compressionN', 'lumbar.levels.L4/L5.asymmetryIndex', 'compare.delta.pelvis.obliquityDeg'];

describe('shareable links in Chromium', () => {
  it('restores the exact view from a link: parameters, task, camera, compare set and the same metrics', async () => {
    const first = await openViewer(browser, url);
    let link: string;
    const before: Record<string, number> = {};
    try {
      const { page } = first;
      await page.getByRole('combobox', { name: 'Preset' }).selectOption('trendelenburg-right');
      await page.getByRole('button', { name: 'Single-leg stance (right)', exact: true }).click();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByRole('combobox', { name: 'Compare with' }).selectOption('duchenne-right');
      await pressOnSlider(page, 'Gluteus medius strength (right)', 'ArrowDown', 5);
      // the address bar is written 250 ms after the last change: wait for the fifth step (0.10 − 5 × 0.01),
      // not an earlier one written while the keys were still arriving on a slow machine
      await page.waitForFunction(() => location.hash.includes('t=sls.R') && location.hash.includes('c=duchenne-right') && location.hash.includes('gmed.R.str~0.05'));
      await waitForCurrentResult(page);
      await page.locator('[data-metric="compare.delta.pelvis.obliquityDeg"]').waitFor();
      for (const m of METRICS) before[m] = await readMetric(page, m);
      link = await page.evaluate(() => location.href);
      measured.link = link;
      measured.linkChars = link.length;
    } finally {
      await first.close();
    }
    const second = await openViewer(browser, link);
    try {
      const { page, errors } = second;
      await page.locator('[data-metric="compare.delta.pelvis.obliquityDeg"]').waitFor();
      await waitForCurrentResult(page);
      for (const m of METRICS) expect(await readMetric(page, m), m).toBe(before[m]);
      await expect(page.getByRole('combobox', { name: 'Preset' }).inputValue()).resolves.toBe('trendelenburg-right');
      await expect(page.getByRole('button', { name: 'Back', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(page.getByTestId('link-notice').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('refuses a hostile link with a message, runs nothing from it and shows the defaults', async () => {
    const hostile =
      `${url}#p=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}` +
      `&x=${encodeURIComponent('gmed.R.str~Infinity_ilio.L.tone~javascript:alert(1)')}&t=${encodeURIComponent('"><script>window.__pwned=2</script>')}`;
    const { page, errors, close } = await openViewer(browser, hostile);
    try {
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      const notice = page.getByTestId('link-notice');
      await notice.waitFor();
      const text = await notice.innerText();
      measured.hostileNotice = text;
      expect(text).toContain('could not be used');
      expect(text).toContain('p: expected a preset id');
      expect(text).toContain('<img src=x onerror='); // shown as text ...
      await expect(notice.locator('img, script').count()).resolves.toBe(0); // ... never as elements
      expect(text).toContain('muscles.gluteusMedius.right.strength must be a number within [0, 1.5] fraction, got "Infinity"');
      await page.waitForTimeout(300);
      await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
      expect(dialogs).toBe(0);
      // the defaults: the lower crossed syndrome, standing
      await expect(page.getByRole('combobox', { name: 'Preset' }).inputValue()).resolves.toBe('lower-crossed-syndrome');
      await expect(page.getByRole('button', { name: 'Standing', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
      await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
      await expect(notice.count()).resolves.toBe(0);
      expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('refuses a bad query switch with a message naming it, and keeps its default', async () => {
    const { page, close } = await openViewer(browser, `${url}?gait-preview=maybe#s=1&p=trendelenburg-right&t=gait`);
    try {
      const notice = page.getByTestId('link-notice');
      await notice.waitFor();
      const text = await notice.innerText();
      expect(text).toContain('?gait-preview: expected on or off, got "maybe"; the default (off) is used');
      // the link itself was fine: it still applies, and gait runs without the coarse preview
      await expect(page.getByRole('combobox', { name: 'Preset' }).inputValue()).resolves.toBe('trendelenburg-right');
      await waitForCurrentResult(page);
      await expect(page.locator('[data-refining="true"]').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it('applies a link pasted into the address bar of the open page', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      await page.evaluate(() => {
        location.hash = '#s=1&p=psoas-hypertonic&t=sitting&c=none';
      });
      await expect.poll(() => page.getByRole('combobox', { name: 'Preset' }).inputValue(), { timeout: 10_000 }).toBe('psoas-hypertonic');
      await waitForCurrentResult(page);
      await expect(page.getByRole('button', { name: 'Sitting', exact: true }).getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(page.locator('[data-metric^="compare.delta."]').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });
});
