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

/** What `waitForBrowserIdle` saw: how long it waited and whether the browser went quiet within the limit. */
export interface BrowserSettle {
  readonly waitedMs: number;
  readonly settled: boolean;
}

/**
 * Waits until the browser's own processes are quiet: the CPU time of all of
 * them together (CDP `SystemInfo.getProcessInfo`) grows by at most
 * `quietShare` of one core over two consecutive `intervalMs` windows.
 *
 * Why: every fresh context opens a new window, and headless Chromium then
 * builds that window's own interface in a renderer of its own (the omnibox's
 * WebUI, `chrome://omnibox-popup.top-chrome`): ~1.2 s of CPU in the first
 * ~1.3 s on a quiet machine. Navigating at once made the page's start-up share
 * the two cores with it; a person's browser window exists before they open a
 * link (docs/performance.md, "The browser's own window"). Called on a blank
 * page, so only the browser's work is counted.
 */
export async function waitForBrowserIdle(browser: Browser, { intervalMs = 250, quietShare = 0.1, limitMs = 20_000 } = {}): Promise<BrowserSettle> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const cpuS = async () => {
      const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] };
      return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
    };
    const start = performance.now();
    let quiet = 0;
    let before = await cpuS();
    while (performance.now() - start < limitMs) {
      const t0 = performance.now();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
      const now = await cpuS();
      const wallS = (performance.now() - t0) / 1000;
      quiet = now - before <= quietShare * wallS ? quiet + 1 : 0;
      before = now;
      if (quiet >= 2) return { waitedMs: performance.now() - start, settled: true };
    }
    return { waitedMs: performance.now() - start, settled: false };
  } finally {
    await cdp.detach();
  }
}

/**
 * Opens the viewer in a fresh context (cold cache, no service worker).
 * `settle`: wait for the browser's new window to finish building its own
 * interface before navigating (waitForBrowserIdle); the performance probes
 * use it, so that they time the page and not the browser's window.
 */
export async function openViewer(
  browser: Browser,
  url: string,
  viewport = { width: 1600, height: 1000 },
  { settle = false }: { settle?: boolean } = {},
): Promise<OpenedPage & { settle: BrowserSettle | null }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const settled = settle ? await waitForBrowserIdle(browser) : null;
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
  return { page, errors, close: () => context.close(), settle: settled };
}

/**
 * Waits until the result on screen answers the latest request and nothing is solving. The latest request is the
 * store's: a change made through the store (setField) makes its request at once, while the status bar's dataset
 * shows it only after React's next render, so until then the bar still reads "answered" for the request before.
 * The metrics and compare panels render a new answer in a deferred render after the figure and the status bar, so
 * the wait also requires every panel that says which request it shows (`data-shows-request`) to show the latest.
 */
export async function waitForCurrentResult(page: Page, timeoutMs = 180_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector<HTMLElement>('[data-testid="solve-status"]');
      const d = el?.dataset;
      const latest = window.__lumbo?.store.getState().requestId;
      if (latest !== undefined && d?.requestId !== String(latest)) return false;
      if (latest !== undefined) {
        for (const panel of document.querySelectorAll<HTMLElement>('[data-shows-request]')) if (panel.dataset.showsRequest !== String(latest)) return false;
      }
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
