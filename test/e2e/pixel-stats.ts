/**
 * Statistics of a PNG screenshot, decoded by the browser itself (no image
 * library needed in Node): how much of it differs from the background colour
 * and how many distinct colours it has. A blank or failed WebGL canvas is one
 * flat colour.
 */
import type { Page } from 'playwright-core';

export interface PixelStats {
  readonly width: number;
  readonly height: number;
  /** Share of pixels further than 24 (sum of |ΔRGB|) from the most common colour. */
  readonly nonBackgroundShare: number;
  /** Distinct colours after quantising each channel to 32 levels. */
  readonly distinctColours: number;
  /** Mean luminance (0–255) and its standard deviation over the image. */
  readonly meanLuminance: number;
  readonly luminanceStd: number;
}

export async function pixelStats(page: Page, png: Buffer): Promise<PixelStats> {
  return page.evaluate(async (base64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${base64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d context');
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const n = data.length / 4;
    const counts = new Map<number, number>();
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!;
      const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
      counts.set(key, (counts.get(key) ?? 0) + 1);
      const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      sum += y;
      sumSq += y * y;
    }
    let bgKey = 0;
    let bgCount = -1;
    for (const [k, c] of counts) if (c > bgCount) [bgKey, bgCount] = [k, c];
    const br = ((bgKey >> 10) & 31) << 3, bg = ((bgKey >> 5) & 31) << 3, bb = (bgKey & 31) << 3;
    let differing = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - br) + Math.abs(data[i + 1]! - bg) + Math.abs(data[i + 2]! - bb) > 24) differing++;
    }
    const mean = sum / n;
    return {
      width: canvas.width,
      height: canvas.height,
      nonBackgroundShare: differing / n,
      distinctColours: counts.size,
      meanLuminance: mean,
      luminanceStd: Math.sqrt(Math.max(0, sumSq / n - mean * mean)),
    };
  }, png.toString('base64'));
}

/** Share of pixels that differ (sum of |ΔRGB| > 24) between two PNG screenshots of the same size, decoded by the browser. */
export async function pixelDiffShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([pa, pb]) => {
      const decode = async (base64: string) => {
        const img = new Image();
        img.src = `data:image/png;base64,${base64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext('2d');
        if (!ctx) throw new Error('no 2d context');
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const [da, db] = [await decode(pa), await decode(pb)];
      if (da.length !== db.length) throw new Error('screenshots differ in size');
      let differ = 0;
      for (let i = 0; i < da.length; i += 4) {
        if (Math.abs(da[i]! - db[i]!) + Math.abs(da[i + 1]! - db[i + 1]!) + Math.abs(da[i + 2]! - db[i + 2]!) > 24) differ++;
      }
      return differ / (da.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

export interface PixelRegion {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
}

/**
 * Thickness (px) of a dark, mostly horizontal line on a light background
 * inside `region` (image pixels): in every column, each vertical run of dark
 * pixels (luminance < 160 of 255; the background is ~245, the angle lines
 * ~60) of at most `maxPx` is one sample; the median sample is returned, with
 * the count. Anti-aliased edges count where they are dark enough, so this
 * reads at most about a pixel thicker than the geometry.
 */
export async function darkLineThicknessPx(page: Page, png: Buffer, region: PixelRegion, maxPx = 30): Promise<{ medianPx: number; samples: number }> {
  return page.evaluate(
    async ({ base64, region, maxPx }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      const dark = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]! < 160;
      };
      const [x0, x1] = [Math.max(0, Math.round(region.x0)), Math.min(width - 1, Math.round(region.x1))];
      const [y0, y1] = [Math.max(0, Math.round(region.y0)), Math.min(height - 1, Math.round(region.y1))];
      const runs: number[] = [];
      for (let x = x0; x <= x1; x++) {
        let run = 0;
        for (let y = y0; y <= y1 + 1; y++) {
          if (y <= y1 && dark(x, y)) run++;
          else {
            if (run > 0 && run <= maxPx) runs.push(run);
            run = 0;
          }
        }
      }
      runs.sort((m, n) => m - n);
      return { medianPx: runs.length ? runs[Math.floor(runs.length / 2)]! : 0, samples: runs.length };
    },
    { base64: png.toString('base64'), region, maxPx },
  );
}
