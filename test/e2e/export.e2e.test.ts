/**
 * Export in real Chromium: the PNG is the 3-D view at its drawing-buffer size
 * (not blank, captured without preserveDrawingBuffer) with its caption; CSV
 * and JSON hold the numbers the page shows; the video of one gait cycle
 * plays in a <video> element with the cycle's duration, as MP4 where the
 * browser encodes H.264 and as WebM where it does not; cancelling stops it
 * and playback resumes. Files land in artifacts/exports/ for a human to
 * look at; encode times go to artifacts/e2e-measurements.json.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { launchChromium, nextFrames, openViewer, readMetric, waitForCurrentResult, waitForMetric, waitForPaint } from './browser.ts';
import { recordMeasurements } from './measurements.ts';

const exportsDir = fileURLToPath(new URL('../../artifacts/exports/', import.meta.url));
const measured: Record<string, unknown> = {};

let browser: Browser;
const url = inject('viewerUrl');

beforeAll(async () => {
  mkdirSync(exportsDir, { recursive: true });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  recordMeasurements('export', measured);
});

const FILE_NAME = /^lumbo-[a-z0-9-]+-\d{8}-\d{6}\.(png|mp4|webm|csv|json)$/;

/** Clicks the export button named `name` and returns the downloaded file (saved under artifacts/exports/). */
async function download(page: Page, name: string, timeoutMs = 30_000): Promise<{ file: Download; bytes: Buffer; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: timeoutMs }), page.getByRole('button', { name, exact: true }).click()]);
  expect(file.suggestedFilename()).toMatch(FILE_NAME);
  const path = `${exportsDir}${file.suggestedFilename()}`;
  await file.saveAs(path);
  return { file, bytes: readFileSync(path), path };
}

async function lastExport(page: Page) {
  const record = await page.evaluate(() => window.__lumbo!.lastExport ?? null);
  if (!record) throw new Error('no export recorded on window.__lumbo');
  return record;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Share of the 3-D part of the image (rows above `viewHeight`) that differs from its most common colour, and its distinct colours. */
async function viewPixels(page: Page, png: Buffer, viewHeight: number): Promise<{ nonBackgroundShare: number; distinctColours: number }> {
  return page.evaluate(
    async ({ base64, rows }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = rows;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, canvas.width, rows);
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const background = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[1];
      return { nonBackgroundShare: 1 - background / (data.length / 4), distinctColours: counts.size };
    },
    { base64: png.toString('base64'), rows: viewHeight },
  );
}

function parseCsv(text: string): { header: string[]; rows: string[][] } {
  const [header, ...rows] = text.trimEnd().split('\n').map((line) => line.split(','));
  return { header: header!, rows };
}

function cell(csv: { header: string[]; rows: string[][] }, row: number, column: string): number {
  const i = csv.header.indexOf(column);
  if (i < 0) throw new Error(`CSV has no column ${column}`);
  return Number(csv.rows[row]![i]);
}

async function startGait(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Gait', exact: true }).click();
  await page.locator('[data-metric="gait.frame"]').waitFor();
  await waitForCurrentResult(page);
  await waitForPaint(page);
}

interface VideoCheck {
  readonly durationS: number;
  readonly readyState: number;
  readonly width: number;
  readonly height: number;
  readonly seekedTo: number;
  readonly canPlayType: string;
}

/** Loads the file into a <video> in the page: metadata, duration, size, and a seek to the middle. */
async function playInPage(page: Page, bytes: Buffer, type: string): Promise<VideoCheck> {
  return page.evaluate(
    async ({ base64, mime }) => {
      const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const video = document.createElement('video');
      video.muted = true;
      video.preload = 'auto';
      const failed = new Promise<never>((_, reject) => video.addEventListener('error', () => reject(new Error(`<video> error ${video.error?.code}: ${video.error?.message}`))));
      const loaded = new Promise((resolve) => video.addEventListener('loadedmetadata', resolve, { once: true }));
      video.src = URL.createObjectURL(new Blob([raw], { type: mime }));
      await Promise.race([loaded, failed]);
      const seeked = new Promise((resolve) => video.addEventListener('seeked', resolve, { once: true }));
      video.currentTime = video.duration / 2;
      await Promise.race([seeked, failed]);
      return {
        durationS: video.duration,
        readyState: video.readyState,
        width: video.videoWidth,
        height: video.videoHeight,
        seekedTo: video.currentTime,
        canPlayType: video.canPlayType(mime),
      };
    },
    { base64: bytes.toString('base64'), mime: type },
  );
}

/** Exports the video of the gait on screen and checks it plays with the cycle's duration. */
async function exportAndCheckVideo(page: Page, expectedContainer: 'mp4' | 'webm' | null): Promise<Record<string, unknown>> {
  const cycleDurationS = await page.evaluate(() => {
    const a = window.__lumbo!.store.getState().shown!.answer;
    return a.kind === 'gait' ? a.gait.cycleDurationS : Number.NaN;
  });
  const { bytes, path, file } = await download(page, 'Video of one gait cycle', 110_000);
  const record = await lastExport(page);
  const extension = file.suggestedFilename().split('.').pop();
  if (expectedContainer) expect(extension).toBe(expectedContainer);
  expect(record.type).toBe(extension === 'mp4' ? 'video/mp4' : 'video/webm');
  expect(record.bytes).toBe(bytes.length);
  expect(record.fps).toBe(30);
  expect(record.frames).toBe(Math.round(cycleDurationS * 30));
  expect(record.cycleDurationS).toBe(cycleDurationS);
  const check = await playInPage(page, bytes, record.type);
  // the file's own duration, as the browser's demuxer reads it: the cycle to within one frame
  expect(Math.abs(check.durationS - cycleDurationS)).toBeLessThanOrEqual(1 / 30);
  expect(check.readyState).toBeGreaterThanOrEqual(1); // HAVE_METADATA
  expect(check.width).toBe(record.width);
  expect(check.height).toBe(record.height);
  expect(Math.abs(check.seekedTo - check.durationS / 2)).toBeLessThan(0.05);
  return {
    file: path.slice(path.indexOf('artifacts/')),
    codec: record.codec,
    bytes: record.bytes,
    frames: record.frames,
    width: record.width,
    height: record.height,
    cycleDurationS,
    videoElementDurationS: check.durationS,
    encodeSeconds: Number((record.elapsedMs / 1000).toFixed(2)),
  };
}

describe('export', () => {
  it('saves a PNG of the 3-D view at its drawing-buffer size with the caption strip, without preserveDrawingBuffer', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await waitForPaint(page);
      const canvas = await page.evaluate(() => {
        const c = document.querySelector('canvas')!;
        const gl = c.getContext('webgl2') ?? c.getContext('webgl');
        return { width: c.width, height: c.height, preserveDrawingBuffer: gl?.getContextAttributes()?.preserveDrawingBuffer ?? null };
      });
      expect(canvas.preserveDrawingBuffer).toBe(false);
      const { bytes, file } = await download(page, 'PNG screenshot of the 3-D view');
      expect(file.suggestedFilename()).toMatch(/^lumbo-lower-crossed-syndrome-standing-\d{8}-\d{6}\.png$/);
      const record = await lastExport(page);
      const size = pngSize(bytes);
      expect(record.type).toBe('image/png');
      expect(size.width).toBe(canvas.width);
      expect(record.viewHeight).toBe(canvas.height);
      expect(size.height).toBe(record.height);
      expect(size.height).toBeGreaterThan(canvas.height);
      const pixels = await viewPixels(page, bytes, canvas.height);
      expect(pixels.nonBackgroundShare).toBeGreaterThan(0.05);
      expect(pixels.distinctColours).toBeGreaterThan(30);
      await expect(page.getByTestId('export-status').textContent()).resolves.toContain(file.suggestedFilename());
      measured.png = { width: size.width, height: size.height, viewHeight: canvas.height, bytes: bytes.length, ...pixels, ms: Math.round(record.elapsedMs) };
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('saves CSV and JSON of a static task that match the numbers on screen (keyboard operated)', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await page.getByRole('button', { name: 'Single-leg stance (right)', exact: true }).click();
      await waitForMetric(page, 'hips.right.abductorDemandNm', { above: 0 });
      await waitForCurrentResult(page);
      // keyboard: focus the button and press Enter
      const csvButton = page.getByRole('button', { name: 'CSV table of the shown result', exact: true });
      await csvButton.focus();
      const [csvFile] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(csvFile.suggestedFilename()).toMatch(/^lumbo-lower-crossed-syndrome-single-leg-stance-right-\d{8}-\d{6}\.csv$/);
      await csvFile.saveAs(`${exportsDir}${csvFile.suggestedFilename()}`);
      const csv = parseCsv(readFileSync(`${exportsDir}${csvFile.suggestedFilename()}`, 'utf8'));
      expect(csv.rows.map((r) => r[csv.header.indexOf('level')])).toEqual(['L1/L2', 'L2/L3', 'L3/L4', 'L4/L5', 'L5/S1']);
      for (const [row, level] of [[3, 'L4/L5'], [4, 'L5/S1']] as const) {
        for (const field of ['compressionN', 'leftCompressionN', 'rightCompressionN', 'asymmetryIndex']) {
          const shown = await page.locator(`[data-metric="lumbar.levels.${level}.${field}"]`).count();
          if (shown === 0) continue;
          expect(cell(csv, row, field), `${level} ${field}`).toBe(await readMetric(page, `lumbar.levels.${level}.${field}`));
        }
      }
      for (const path of ['pelvis.anteriorTiltDeg', 'pelvis.obliquityDeg', 'lumbar.lordosisDeg', 'trunk.lateralLeanDeg', 'hips.right.abductorDemandNm', 'hips.right.abductorCapacityNm']) {
        expect(cell(csv, 0, path), path).toBe(await readMetric(page, path));
      }

      const { bytes } = await download(page, 'JSON of the shown result');
      const doc = JSON.parse(bytes.toString('utf8')) as {
        disclaimer: string;
        task: unknown;
        params: { muscles: unknown };
        result: { pelvis: Record<string, number>; hips: { right: Record<string, number> }; lumbar: { levels: { level: string; compressionN: number }[] } };
      };
      expect(doc.disclaimer).toBe('Lumbo — education and research tool, not a diagnostic device');
      expect(doc.task).toEqual({ kind: 'single-leg-stance', side: 'right' });
      expect(doc.result.pelvis.anteriorTiltDeg).toBe(await readMetric(page, 'pelvis.anteriorTiltDeg'));
      expect(doc.result.pelvis.obliquityDeg).toBe(await readMetric(page, 'pelvis.obliquityDeg'));
      expect(doc.result.hips.right.abductorDemandNm).toBe(await readMetric(page, 'hips.right.abductorDemandNm'));
      const l4l5 = doc.result.lumbar.levels.find((l) => l.level === 'L4/L5')!;
      expect(l4l5.compressionN).toBe(await readMetric(page, 'lumbar.levels.L4/L5.compressionN'));
      // the video is for gait only, and says so in the page
      // (aria-disabled, so still focusable and operable from the keyboard: the reason is announced, not hidden)
      await page.getByRole('button', { name: 'Video of one gait cycle', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert').filter({ hasText: 'only for the gait task' }).isVisible()).resolves.toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('saves CSV and JSON of a gait cycle: one row per frame, matching the frame and summary on screen', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await page.getByRole('combobox', { name: 'Preset' }).selectOption('trendelenburg-right');
      await startGait(page);
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      const scrub = page.getByRole('slider', { name: 'Gait cycle frame', exact: true });
      await scrub.focus();
      await scrub.press('Home');
      for (let i = 0; i < 40; i++) await scrub.press('ArrowRight');
      await waitForMetric(page, 'gait.frame', { above: 39.5, below: 40.5 });
      const frames = await page.evaluate(() => window.__lumbo!.playhead.frames);

      const { bytes } = await download(page, 'CSV table of the shown result');
      const csv = parseCsv(bytes.toString('utf8'));
      expect(csv.rows).toHaveLength(frames);
      expect(cell(csv, 40, 'frame')).toBe(40);
      expect(cell(csv, 40, 'pelvicObliquityDeg')).toBe(await readMetric(page, 'gait.pelvicObliquityDeg'));
      expect(cell(csv, 40, 'trunkLateralLeanDeg')).toBe(await readMetric(page, 'gait.trunkLateralLeanDeg'));
      expect(cell(csv, 40, 'levels.L4/L5.leftCompressionN')).toBe(await readMetric(page, 'gait.levels.L4/L5.leftCompressionN'));
      expect(cell(csv, 40, 'levels.L5/S1.rightCompressionN')).toBe(await readMetric(page, 'gait.levels.L5/S1.rightCompressionN'));
      expect(cell(csv, 40, 'levels.L4/L5.rightFacetForceN')).toBe(await readMetric(page, 'gait.levels.L4/L5.rightFacetForceN'));
      expect(cell(csv, 40, 'levels.L4/L5.lateralBendDeg')).toBe(await readMetric(page, 'gait.levels.L4/L5.lateralBendDeg'));

      const json = await download(page, 'JSON of the shown result');
      const doc = JSON.parse(json.bytes.toString('utf8')) as { result: { frames: number; summary: Record<string, unknown>; pelvicObliquityDeg: number[] } };
      expect(doc.result.frames).toBe(frames);
      expect(doc.result.summary.pelvicObliquityRangeDeg).toBe(await readMetric(page, 'gait.summary.pelvicObliquityRangeDeg'));
      expect((doc.result.summary.rightStance as Record<string, number>).peakContralateralDropDeg).toBe(
        await readMetric(page, 'gait.summary.rightStance.peakContralateralDropDeg'),
      );
      expect(doc.result.pelvicObliquityDeg[40]).toBe(await readMetric(page, 'gait.pelvicObliquityDeg'));
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('encodes one gait cycle frame by frame into a playable video of the cycle duration, and resumes playback', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await page.getByRole('combobox', { name: 'Preset' }).selectOption('trendelenburg-right');
      await startGait(page);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await nextFrames(page);
      const canEncode = await page.evaluate(async () => ({
        avc: (await VideoEncoder.isConfigSupported({ codec: 'avc1.42001f', width: 640, height: 480 })).supported ?? false,
        vp9: (await VideoEncoder.isConfigSupported({ codec: 'vp09.00.31.08', width: 640, height: 480 })).supported ?? false,
      }));
      measured.encoders = canEncode;
      measured.video = await exportAndCheckVideo(page, canEncode.avc ? 'mp4' : 'webm');
      // playback was playing before the export, and plays again after it
      await expect(page.evaluate(() => window.__lumbo!.store.getState().playback.playing)).resolves.toBe(true);
      const before = await page.evaluate(() => window.__lumbo!.playhead.position);
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.__lumbo!.playhead.position)).not.toBe(before);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('falls back to WebM where the browser cannot encode H.264', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    // a browser without an H.264 encoder (e.g. a Chromium built without one): WebCodecs reports it unsupported
    await context.addInitScript(() => {
      const original = VideoEncoder.isConfigSupported.bind(VideoEncoder);
      VideoEncoder.isConfigSupported = async (config: VideoEncoderConfig) =>
        /^(avc|hvc|hev)/.test(config.codec) ? { supported: false, config } : original(config);
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(url);
      await waitForCurrentResult(page);
      await startGait(page);
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      const position = await page.evaluate(() => window.__lumbo!.playhead.position);
      measured.webmFallback = await exportAndCheckVideo(page, 'webm');
      expect(String((await lastExport(page)).codec)).toMatch(/^video\/webm; codecs="?vp/);
      // paused before: still paused, at the same place
      await expect(page.evaluate(() => window.__lumbo!.store.getState().playback.playing)).resolves.toBe(false);
      expect(await page.evaluate(() => window.__lumbo!.playhead.position)).toBe(position);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('cancels a video export on request: no file, a message, playback as before', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await startGait(page);
      let downloads = 0;
      page.on('download', () => downloads++);
      await page.getByRole('button', { name: 'Video of one gait cycle', exact: true }).click();
      const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
      await cancel.click();
      await expect(page.getByTestId('export-status').filter({ hasText: 'Video export cancelled.' }).waitFor()).resolves.toBeUndefined();
      await expect(cancel.count()).resolves.toBe(0);
      await expect(page.evaluate(() => window.__lumbo!.store.getState().playback.playing)).resolves.toBe(true);
      await page.waitForTimeout(500);
      expect(downloads).toBe(0);
      // keyboard focus went back to the Video button
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Video of one gait cycle');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
