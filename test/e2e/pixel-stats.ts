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

/**
 * Thickness (px) of the mostly horizontal lines that differ between two
 * screenshots of the same view (e.g. with and without the angle lines): in
 * every column, each vertical run of differing pixels (> 48 in Σ|ΔRGB|) of
 * at most `maxPx` is one sample (longer runs are labels or vertical lines);
 * the median sample is returned, with the count (0 when nothing differed).
 * Anti-aliased edges count where they differ enough, so this reads at most
 * about a pixel thicker than the geometry.
 */
export async function horizontalLineThicknessPx(page: Page, withLines: Buffer, without: Buffer, maxPx = 30): Promise<{ medianPx: number; samples: number }> {
  return page.evaluate(
    async ({ a, b, maxPx }) => {
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
        return ctx.getImageData(0, 0, canvas.width, canvas.height);
      };
      const [p, q] = [await decode(a), await decode(b)];
      const w = p.width;
      const differs = (x: number, y: number) => {
        const i = (y * w + x) * 4;
        return Math.abs(p.data[i]! - q.data[i]!) + Math.abs(p.data[i + 1]! - q.data[i + 1]!) + Math.abs(p.data[i + 2]! - q.data[i + 2]!) > 48;
      };
      const runs: number[] = [];
      for (let x = 0; x < w; x++) {
        let run = 0;
        for (let y = 0; y <= p.height; y++) {
          if (y < p.height && differs(x, y)) run++;
          else {
            if (run > 0 && run <= maxPx) runs.push(run);
            run = 0;
          }
        }
      }
      runs.sort((m, n) => m - n);
      return { medianPx: runs.length ? runs[Math.floor(runs.length / 2)]! : 0, samples: runs.length };
    },
    { a: withLines.toString('base64'), b: without.toString('base64'), maxPx },
  );
}
