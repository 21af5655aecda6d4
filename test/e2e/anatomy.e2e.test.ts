/**
 * The figure reads as a body, in real Chromium: the OpenSim bone meshes load
 * as their own asset and are drawn; hovering or tapping a muscle belly names
 * it; the ghost's outline shows; the About box credits the meshes. Saves
 * screenshots (front, back close-up, side, story highlight, ghost) to
 * artifacts/screenshots/ — look at them.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, nextFrames, openViewer, waitForCurrentResult, waitForPaint } from './browser.ts';
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
  recordMeasurements('anatomy', measured);
});

async function waitForBones(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__lumbo?.anatomy?.bones().state === 'ready', undefined, { timeout: 60_000 });
  await page.waitForFunction(() => (window.__lumbo?.anatomy?.drawnBoneMeshes() ?? 0) >= 6, undefined, { timeout: 30_000 });
}

/** Sets the camera preset and framing through the store and waits until the frame is drawn. */
async function frame(page: Page, view: 'side' | 'back' | 'front', focus: 'body' | 'spine'): Promise<void> {
  await page.evaluate(
    ({ view, focus }) => {
      const s = window.__lumbo!.store.getState() as unknown as { setView(v: string): void; setFocus(f: string): void };
      s.setView(view);
      s.setFocus(focus);
    },
    { view, focus },
  );
  await nextFrames(page);
  await nextFrames(page);
}

/**
 * Moves the pointer along a muscle's belly (middle first) until the label
 * names `expected`; returns the label text at the last point tried. Bellies
 * cross each other on screen, so not every point of a belly is its own.
 */
async function hoverUntil(page: Page, element: string, expected: RegExp, how: 'mouse' | 'tap' = 'mouse'): Promise<string | null> {
  const points = await page.evaluate((e) => window.__lumbo!.anatomy!.muscleScreenPoints(e), element);
  expect(points.length).toBeGreaterThan(0);
  let text: string | null = null;
  for (const p of points) {
    if (how === 'mouse') await page.mouse.move(p.x, p.y);
    else await page.touchscreen.tap(p.x, p.y);
    await nextFrames(page);
    text = await page.evaluate(() => window.__lumbo!.anatomy!.muscleLabel());
    if (text && expected.test(text)) return text;
  }
  return text;
}

/** Pixels of the canvas screenshot within `tolerance` (sum of |ΔRGB|) of an sRGB colour. */
async function countColour(page: Page, png: Buffer, hex: string, tolerance = 40): Promise<number> {
  return page.evaluate(
    async ({ base64, hex, tolerance }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, c.width, c.height);
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) <= tolerance) n++;
      return n;
    },
    { base64: png.toString('base64'), hex, tolerance },
  );
}

describe('anatomy in Chromium', () => {
  it('loads the OpenSim bone meshes as their own cached asset and draws them on every body', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await waitForPaint(page);
      await waitForBones(page);
      const bones = await page.evaluate(() => window.__lumbo!.anatomy!.bones());
      measured.boneAsset = bones;
      expect(bones.state).toBe('ready');
      if (bones.state !== 'ready') return;
      expect(bones.meshes).toBe(6);
      expect(bones.triangles).toBeGreaterThan(20_000);
      expect(bones.parts).toEqual(expect.arrayContaining(['hemipelvis', 'sacrum', 'femur', 'tibia', 'calcaneus-and-midfoot', 'ribs', 'skull']));
      // its own file (hashed name, not inlined in the JS bundle)
      const asset = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).find((n) => /opensim-bones.*\.bin$/.test(n)) ?? null);
      expect(asset).toMatch(/\/assets\/opensim-bones-[\w-]+\.bin$/);
      // the main figure draws six bone meshes, and L1–L5 as five vertebrae
      expect(await page.evaluate(() => window.__lumbo!.anatomy!.drawnBoneMeshes())).toBe(6);
      expect(await page.evaluate(() => window.__lumbo!.anatomy!.vertebrae())).toBe(5);
      for (const [view, focus, name] of [
        ['front', 'body', 'anatomy-front'],
        ['back', 'spine', 'anatomy-back-closeup'],
        ['side', 'body', 'anatomy-side'],
        ['side', 'spine', 'anatomy-side-closeup'],
      ] as const) {
        await frame(page, view, focus);
        await page.locator('canvas').first().screenshot({ path: `${screenshots}${name}.png` });
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('names a muscle on hover: the piriformis shows through the gluteus maximus in the back view', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await waitForPaint(page);
      await waitForBones(page);
      await frame(page, 'back', 'spine');
      expect(await hoverUntil(page, 'piri_r', /^Piriformis/)).toBe('Piriformis (right)');
      const label = page.getByTestId('muscle-label');
      await expect.poll(() => label.textContent(), { timeout: 15_000 }).toBe('Piriformis (right)');
      expect(await label.getAttribute('role')).toBe('tooltip');
      // the label is DOM over the canvas: shoot the canvas's box with it
      await page.locator('.app__canvas').first().screenshot({ path: `${screenshots}anatomy-hover-piriformis.png` });
      // and a muscle of the side view
      await frame(page, 'side', 'spine');
      expect(await hoverUntil(page, 'glmed1_r', /^Gluteus medius/)).toBe('Gluteus medius, anterior part (right)');
      await expect.poll(() => label.textContent(), { timeout: 15_000 }).toBe('Gluteus medius, anterior part (right)');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('names a muscle on tap (touch) and keeps the name until a tap elsewhere', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, hasTouch: true });
    const page = await context.newPage();
    try {
      await page.goto(url);
      await waitForCurrentResult(page);
      await waitForPaint(page);
      await waitForBones(page);
      await frame(page, 'side', 'spine');
      expect(await hoverUntil(page, 'recfem_r', /^Rectus femoris/, 'tap')).toBe('Rectus femoris (right)');
      const label = page.getByTestId('muscle-label');
      await expect.poll(() => label.textContent(), { timeout: 15_000 }).toBe('Rectus femoris (right)');
      // a tap on empty background closes it
      const box = (await page.locator('canvas').first().boundingBox())!;
      await page.touchscreen.tap(box.x + 8, box.y + 8);
      await expect.poll(() => label.count(), { timeout: 15_000 }).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('draws the compare ghost with an outline that shows beside the figure, and a story highlight in strong violet', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      await waitForPaint(page);
      await waitForBones(page);
      await frame(page, 'side', 'spine');
      const canvas = page.locator('canvas').first();
      const withGhost = await canvas.screenshot({ path: `${screenshots}anatomy-ghost-overlay.png` });
      const outline = await countColour(page, withGhost, '#27324a', 30);
      await page.evaluate(() => (window.__lumbo!.store.getState() as unknown as { clearCompare(): void }).clearCompare());
      await nextFrames(page);
      await nextFrames(page);
      const without = await canvas.screenshot();
      const outlineAfterClear = await countColour(page, without, '#27324a', 30);
      measured.ghostOutlinePixels = { withGhost: outline, cleared: outlineAfterClear };
      // the angle lines and arrows are dark too: count what the ghost adds
      expect(outline - outlineAfterClear).toBeGreaterThan(500);
      await page.evaluate(() => (window.__lumbo!.store.getState() as unknown as { setHighlight(g: string[]): void }).setHighlight(['gluteusMedius', 'piriformis']));
      await frame(page, 'back', 'spine');
      const highlighted = await canvas.screenshot({ path: `${screenshots}anatomy-story-highlight.png` });
      measured.highlightPixels = await countColour(page, highlighted, '#4a148c', 60);
      expect(measured.highlightPixels).toBeGreaterThan(300);
    } finally {
      await close();
    }
  });

  it('credits Delp et al. / OpenSim (CC BY 3.0) in the About box', async () => {
    const { page, close } = await openViewer(browser, url);
    try {
      await page.getByRole('button', { name: 'About' }).click();
      const dialog = page.getByRole('dialog', { name: 'About Lumbo' });
      await dialog.waitFor();
      const credit = await page.getByTestId('about-bone-credit').textContent();
      expect(credit).toMatch(/Delp/);
      expect(credit).toMatch(/OpenSim/);
      expect(credit).toMatch(/CC BY 3\.0/);
      // the walking trial that drives the gait cycle carries the same licence and credit
      const walking = await page.getByTestId('about-walking-credit').textContent();
      expect(walking).toMatch(/subject01/);
      expect(walking).toMatch(/ground reaction forces/);
      expect(walking).toMatch(/CC BY 3\.0, Delp et al\. \/ OpenSim/);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});
