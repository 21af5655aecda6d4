/**
 * The figures in docs/ that show the model against published data, drawn by the viewer itself (its Plots
 * section, uPlot) so a figure in the docs is exactly what a user sees: the built viewer is served as the e2e
 * suite serves it, opened in Chromium on a gait cycle with the model defaults and no compare set, and each
 * plot's figure is saved as a PNG. Run `pnpm docs:figures` (it builds first) after a model change that moves them.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium, openViewer, waitForCurrentResult, waitForPaint } from '../test/e2e/browser.ts';
import setup from '../test/e2e/preview-server.ts';

/** Plot test id → file in docs/figures/. */
const FIGURES: Record<string, string> = {
  'hip-contact': 'gait-hip-contact.png',
  'hip-flexion-right': 'gait-hip-flexion-moment-right.png',
  'abductors-right': 'gait-hip-abductors-right.png',
};

const outDir = fileURLToPath(new URL('../docs/figures/', import.meta.url));
mkdirSync(outDir, { recursive: true });
let base = '';
const stop = await setup({ provide: (_key: string, value: string) => (base = value) } as unknown as Parameters<typeof setup>[0]);
const browser = await launchChromium();
try {
  const { page, errors, close } = await openViewer(browser, new URL('#s=1&t=gait&c=none', base).href, undefined, { settle: true });
  await waitForCurrentResult(page);
  await waitForPaint(page);
  // the figure at the frame the docs describe: playback paused at the start of the cycle (right heel strike)
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('slider', { name: 'Gait cycle frame', exact: true }).press('Home');
  await page.getByRole('button', { name: /Plots/ }).first().click();
  await page.locator('#plots[open]').waitFor();
  for (const [id, file] of Object.entries(FIGURES)) {
    const figure = page.getByTestId(`plot-${id}`);
    await figure.locator('canvas').first().waitFor();
    await figure.scrollIntoViewIfNeeded();
    await figure.screenshot({ path: `${outDir}${file}` });
    console.log(`wrote docs/figures/${file}`);
  }
  if (errors.length > 0) throw new Error(`the page reported errors:\n${errors.join('\n')}`);
  await close();
} finally {
  await browser.close();
  await stop();
}
