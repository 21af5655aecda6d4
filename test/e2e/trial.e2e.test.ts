/**
 * A gait lab's own trial in real Chromium (docs/viewer.md, "Your own trial"): under Gait the lab picks the OpenSim
 * subject01 trial's kinematics and force plates (test/fixtures/opensim-subject01) with the subject's mass, and the
 * cycle on screen is that trial's; a broken file is refused with a message naming it while the trial's cycle stays;
 * "Back to the built-in cycle" brings the built-in cycle back.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CYCLE_S, cycleMotText, externalLoadsXmlText, grfMotText, SUBJECT_MASS_KG, wholeIkMotText } from '../fixtures/opensim-subject01/trial.ts';
import { launchChromium, openViewer, waitForCurrentResult, waitForPaint } from './browser.ts';

let browser: Browser;
/** The subject01 trial's left hip contact peak (BW) with its plates under OpenSim's names (the first test's). */
let ownPlatesHipContactBW: number | null = null;
let dir: string;
const url = inject('viewerUrl');

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'lumbo-trial-'));
  writeFileSync(join(dir, 'subject01_walk1_cycle.mot'), cycleMotText());
  writeFileSync(join(dir, 'subject01_walk1_grf.mot'), grfMotText());
  writeFileSync(join(dir, 'broken.mot'), 'not an OpenSim file\nat all\n');
  // the whole trial's inverse kinematics as OpenSim writes them: about three right-foot cycles
  writeFileSync(join(dir, 'subject01_walk1_ik.mot'), wholeIkMotText());
  // the same plates and ExternalLoads .xml under a lab's own column names
  writeFileSync(join(dir, 'lab_grf.mot'), grfMotText().replace(/\b1_ground_/g, 'FP_L_').replace(/\bground_/g, 'FP_R_'));
  writeFileSync(join(dir, 'lab_grf.xml'), externalLoadsXmlText().replace(/> 1_ground_/g, '> FP_L_').replace(/> ground_/g, '> FP_R_'));
  writeFileSync(join(dir, 'two_right.xml'), externalLoadsXmlText().replace('calcn_l', 'calcn_r'));
});

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What the page shows: the gait cycle's source, its left hip contact peak (BW), and the trial the task names. */
function shownCycle(page: Page) {
  return page.evaluate(() => {
    const s = window.__lumbo!.store.getState() as unknown as {
      shown: { answer: { kind: string; gait?: { source: string; summary: { peakHipContactForceBW: { left: number } } } } } | null;
      task: { kind: string; trial?: { kinematics: { name: string } } };
    };
    const gait = s.shown?.answer.gait;
    return { source: gait?.source ?? null, hipContactLeftBW: gait?.summary.peakHipContactForceBW.left ?? null, trial: s.task.trial?.kinematics.name ?? null };
  });
}

async function settled(page: Page): Promise<void> {
  await waitForCurrentResult(page);
  await waitForPaint(page);
}

describe('your own trial', () => {
  it('runs the gait cycle on a lab\'s own files, refuses a broken file keeping the last good cycle, and goes back to the built-in cycle', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await page.getByRole('button', { name: 'Gait', exact: true }).click();
      await settled(page);
      const builtIn = await shownCycle(page);
      expect(builtIn.trial).toBeNull();
      await expect(page.getByTestId('trial-status').textContent()).resolves.toContain('built-in');
      // closed until a lab asks for it: a lecture's gait keeps its sliders in view
      const panel = page.locator('details.trial');
      expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await panel.locator('summary').click();

      await page.getByTestId('trial-kinematics').setInputFiles(join(dir, 'subject01_walk1_cycle.mot'));
      await page.getByTestId('trial-forces').setInputFiles(join(dir, 'subject01_walk1_grf.mot'));
      await page.getByTestId('trial-mass').fill(String(SUBJECT_MASS_KG));
      await page.getByTestId('trial-run').click();
      await page.waitForFunction(() => (window.__lumbo!.store.getState() as unknown as { task: { trial?: unknown } }).task.trial !== undefined);
      await settled(page);
      const trial = await shownCycle(page);
      expect(trial.trial).toBe('subject01_walk1_cycle.mot');
      expect(trial.source).not.toBe(builtIn.source);
      // the trial's own plates and right toe-off load the left hip more than the symmetrised built-in cycle
      expect(trial.hipContactLeftBW).not.toBeCloseTo(builtIn.hipContactLeftBW!, 1);
      await expect(page.getByTestId('trial-status').textContent()).resolves.toContain('subject01_walk1_grf.mot (72.6 kg)');
      ownPlatesHipContactBW = trial.hipContactLeftBW;

      // a broken kinematics file: a message naming it, and the trial's cycle stays
      await page.getByTestId('trial-kinematics').setInputFiles(join(dir, 'broken.mot'));
      await page.getByTestId('trial-run').click();
      const alert = page.getByTestId('trial-error');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toContain('Kinematics file broken.mot');
      await settled(page);
      const kept = await shownCycle(page);
      expect(kept.trial).toBe(trial.trial);
      expect(kept.source).toBe(trial.source);
      // solved again, continuing the same trial's series: equal within the solver's tolerance
      expect(kept.hipContactLeftBW).toBeCloseTo(trial.hipContactLeftBW!, 6);

      // a mass out of range is refused before it reaches the model, naming the field, its range and the value
      await page.getByTestId('trial-kinematics').setInputFiles(join(dir, 'subject01_walk1_cycle.mot'));
      await page.getByTestId('trial-mass').fill('500');
      await page.getByTestId('trial-run').click();
      await expect(alert.textContent()).resolves.toMatch(/subjectMassKg.*\[20, 250\] kg, got "500"/);

      await page.getByTestId('trial-built-in').click();
      await page.waitForFunction(() => (window.__lumbo!.store.getState() as unknown as { task: { trial?: unknown } }).task.trial === undefined);
      await settled(page);
      const back = await shownCycle(page);
      expect(back.source).toBe(builtIn.source);
      expect(back.hipContactLeftBW).toBeCloseTo(builtIn.hipContactLeftBW!, 2);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('reads which plate is which foot from an ExternalLoads .xml or the prefix fields, refusing a bad .xml or prefix with the last good cycle kept', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await page.getByRole('button', { name: 'Gait', exact: true }).click();
      await settled(page);
      await page.locator('details.trial summary').click();
      const right = page.getByLabel('Right foot columns');
      const left = page.getByLabel('Left foot columns');
      // OpenSim's names until a lab says otherwise
      await expect(right.inputValue()).resolves.toBe('ground_');
      await expect(left.inputValue()).resolves.toBe('1_ground_');
      await page.getByTestId('trial-kinematics').setInputFiles(join(dir, 'subject01_walk1_cycle.mot'));
      await page.getByTestId('trial-forces').setInputFiles(join(dir, 'lab_grf.mot'));
      await page.getByTestId('trial-mass').fill(String(SUBJECT_MASS_KG));
      await page.getByLabel('External loads .xml', { exact: false }).setInputFiles(join(dir, 'lab_grf.xml'));
      await page.waitForFunction(() => (document.querySelector('[data-testid="trial-right-prefix"]') as HTMLInputElement).value === 'FP_R_');
      await expect(left.inputValue()).resolves.toBe('FP_L_');
      await page.getByTestId('trial-run').click();
      await page.waitForFunction(() => (window.__lumbo!.store.getState() as unknown as { task: { trial?: unknown } }).task.trial !== undefined);
      await settled(page);
      const lab = await shownCycle(page);
      expect(lab.trial).toBe('subject01_walk1_cycle.mot');
      await expect(page.getByTestId('trial-status').textContent()).resolves.toContain('feet as in lab_grf.xml');
      // the same plates under other names: the first test's cycle (when it ran first in this file)
      if (ownPlatesHipContactBW !== null) expect(lab.hipContactLeftBW).toBeCloseTo(ownPlatesHipContactBW, 2);

      // an .xml with two forces on the right foot: the reader's message, naming the file; the fields and the cycle stay
      await page.getByLabel('External loads .xml', { exact: false }).setInputFiles(join(dir, 'two_right.xml'));
      const alert = page.getByTestId('trial-error');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toMatch(/External loads file two_right\.xml: external loads: exactly one enabled ExternalForce must act on the right foot/);
      await expect(right.inputValue()).resolves.toBe('FP_R_');

      // no .xml, and a prefix the plates do not have: the model's message naming the plates' file; the cycle stays
      await page.getByLabel('External loads .xml', { exact: false }).setInputFiles([]);
      await left.fill('nope_');
      await page.getByTestId('trial-run').click();
      await page.waitForFunction(() => document.querySelector('[data-testid="trial-error"]')?.textContent?.includes('missing column nope_force_vx'));
      await expect(alert.textContent()).resolves.toMatch(/Force-plate file lab_grf\.mot: ground reactions: missing column nope_force_vx \(the left foot's/);
      await settled(page);
      const kept = await shownCycle(page);
      expect(kept.trial).toBe(lab.trial);
      expect(kept.hipContactLeftBW).toBeCloseTo(lab.hipContactLeftBW!, 6);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('takes a whole trial: refused alone with what to give, run at two typed heel strikes, and cut by its own plates', async () => {
    const { page, errors, close } = await openViewer(browser, url);
    try {
      await page.getByRole('button', { name: 'Gait', exact: true }).click();
      await settled(page);
      await page.locator('details.trial summary').click();
      await page.getByTestId('trial-kinematics').setInputFiles(join(dir, 'subject01_walk1_ik.mot'));
      await page.getByTestId('trial-run').click();
      const alert = page.getByTestId('trial-error');
      await alert.waitFor();
      await expect(alert.textContent()).resolves.toMatch(/Kinematics file subject01_walk1_ik\.mot: the kinematics \(0\.5000–4\.0000 s\) hold 3 swings of the right hip/);

      // the lab's own events: one cycle cut out of the file
      await page.getByTestId('trial-cycle-start').fill(String(CYCLE_S[0]));
      await page.getByTestId('trial-cycle-end').fill(String(CYCLE_S[1]));
      await page.getByTestId('trial-run').click();
      await page.waitForFunction(() => (window.__lumbo!.store.getState() as unknown as { task: { trial?: unknown } }).task.trial !== undefined);
      await settled(page);
      await expect(page.getByTestId('trial-status').textContent()).resolves.toContain(`cycle ${CYCLE_S[0]}–${CYCLE_S[1]} s`);
      const byEvents = await shownCycle(page);
      expect(byEvents.source).toContain(`${CYCLE_S[0].toFixed(4)}–${CYCLE_S[1].toFixed(4)} s`);

      // its plates instead of the events: the plates' first right-foot cycle, the cut file's (the first test's) answer
      await page.getByTestId('trial-cycle-start').fill('');
      await page.getByTestId('trial-cycle-end').fill('');
      await page.getByTestId('trial-forces').setInputFiles(join(dir, 'subject01_walk1_grf.mot'));
      await page.getByTestId('trial-mass').fill(String(SUBJECT_MASS_KG));
      await page.getByTestId('trial-run').click();
      await page.waitForFunction(() => (window.__lumbo!.store.getState() as unknown as { task: { trial?: { forces?: unknown } } }).task.trial?.forces !== undefined);
      await settled(page);
      const byPlates = await shownCycle(page);
      expect(byPlates.source).toMatch(/0\.618\d–1\.852\d s/);
      // the panel names the span the plates cut
      await expect(page.getByTestId('trial-simulated').textContent()).resolves.toMatch(/Simulated: .*0\.618\d–1\.852\d s/);
      if (ownPlatesHipContactBW !== null) expect(Math.abs(byPlates.hipContactLeftBW! - ownPlatesHipContactBW)).toBeLessThan(0.05);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
