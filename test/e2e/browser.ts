/**
 * Chromium for the e2e tests: Debian's binary (never a downloaded browser),
 * software WebGL through SwiftShader (toolchain.md pitfall 9), and helpers
 * that read the viewer's testability contract (docs/viewer.md).
 */
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.LUMBO_CHROMIUM ?? '/usr/bin/chromium';

/**
 * `scrollbars: true` keeps the classic scrollbars Playwright hides in headless
 * mode (`--hide-scrollbars`): on a laptop a panel's vertical scrollbar takes
 * 15 px of its width, and only then does a too-wide slider show a sideways
 * scrollbar (issue 12), so the layout tests look with them.
 */
export function launchChromium({ scrollbars = false }: { scrollbars?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    ...(scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
    ],
  });
}

export interface OpenedPage {
  readonly page: Page;
  /** Console errors and uncaught page errors seen so far. */
  readonly errors: string[];
  close(): Promise<void>;
}

export async function openViewer(browser: Browser, url: string, viewport = { width: 1600, height: 1000 }): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
  await page.goto(url);
  await waitForCurrentResult(page);
  // the model's first answer can come before the 3-D view has mounted and sized its canvas (the worker
  // starts with the page, docs/viewer.md "Start-up order"): the page is ready when the figure shows it
  await waitForPaint(page);
  return { page, errors, close: () => context.close() };
}

/** Waits until the result on screen answers the latest request and nothing is solving. */
export async function waitForCurrentResult(page: Page, timeoutMs = 180_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector<HTMLElement>('[data-testid="solve-status"]');
      const d = el?.dataset;
      return !!d && d.resultId !== '0' && d.requestId === d.resultId && d.busy === 'false';
    },
    undefined,
    { timeout: timeoutMs },
  );
}

/**
 * Waits until the figure on screen has been drawn for the latest main request
 * (a rendered frame, not only a result), in gait with the full cycle (not the
 * coarse one shown while refining).
 */
export async function waitForPaint(page: Page, timeoutMs = 180_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const h = window.__lumbo;
      return !!h?.lastPaint && h.lastPaint.requestId === h.store.getState().requestId && !h.lastPaint.refining;
    },
    undefined,
    { timeout: timeoutMs },
  );
}

/** Two animation frames: whatever was invalidated has been rendered. */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The raw number behind a displayed metric (`data-value` of `[data-metric=path]`). */
export async function readMetric(page: Page, path: string): Promise<number> {
  const raw = await page.locator(`[data-metric="${path}"]`).first().getAttribute('data-value');
  if (raw === null) throw new Error(`no data-value on metric ${path}`);
  return Number(raw);
}

export interface MetricCondition {
  readonly above?: number;
  readonly below?: number;
}

/** Waits until the metric is above and/or below the given values (a positive expected change, toolchain pitfall 12). */
export async function waitForMetric(page: Page, path: string, condition: MetricCondition, timeoutMs = 180_000): Promise<number> {
  await page.waitForFunction(
    ({ p, above, below }) => {
      const raw = document.querySelector(`[data-metric="${p}"]`)?.getAttribute('data-value');
      if (raw === null || raw === undefined) return false;
      const v = Number(raw);
      return (above === null || v > above) && (below === null || v < below);
    },
    { p: path, above: condition.above ?? null, below: condition.below ?? null },
    { timeout: timeoutMs },
  );
  return readMetric(page, path);
}

/** Focuses the slider named `label` and presses `key` `times` times. */
export async function pressOnSlider(page: Page, label: string, key: string, times: number): Promise<void> {
  const slider = page.getByRole('slider', { name: label, exact: true });
  await slider.focus();
  for (let i = 0; i < times; i++) await slider.press(key);
}
