/**
 * Every story's data is valid against the model's catalogue and the preset
 * list, and every direction a story claims is what the real model computes:
 * each step with a question is solved with @lumbo/model after the step
 * before it, and the computed change is compared with the claim.
 */
import { describe, expect, it } from 'vitest';
import { ALL_FIELDS, compileModel, MUSCLE_GROUPS, simulateGait, solveTask, type ModelParams } from '@lumbo/model';
import { findPreset } from '../../lib/presets.ts';
import { mergeParams } from '../../lib/params-path.ts';
import { sameTask, type Answer, type ViewerTask } from '../../lib/viewer-task.ts';
import { findStory, STORIES } from './index.ts';
import { readStoryMetric } from './metrics.ts';
import { metricChange, stepOutcome } from './outcome.ts';
import { stepParams } from './runner.ts';

const FIELD_PATHS = new Set(ALL_FIELDS.map((f) => f.path));
const fieldByPath = new Map(ALL_FIELDS.map((f) => [f.path, f]));

function solve(params: ModelParams, task: ViewerTask): Answer {
  const model = compileModel(params);
  return task.kind === 'gait' ? { kind: 'gait', gait: simulateGait(model) } : { kind: 'static', result: solveTask(model, task) };
}

describe('the story data', () => {
  it('has the four stories of the issue, each id once and kebab-case', () => {
    const ids = STORIES.map((s) => s.id);
    expect(ids).toEqual(['lower-crossed-syndrome', 'trendelenburg-duchenne', 'gluteal-amnesia', 'piriformis']);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(findStory('piriformis')?.title).toBe('Piriformis');
    expect(findStory('no-such-story')).toBeUndefined();
  });

  for (const story of STORIES) {
    describe(story.id, () => {
      it('names existing presets, catalogue paths within range, and existing muscle groups', () => {
        expect(story.steps.length).toBeGreaterThanOrEqual(2);
        for (const step of story.steps) {
          expect(findPreset(step.preset), step.title).toBeDefined();
          for (const [path, value] of Object.entries(step.overrides ?? {})) {
            expect(FIELD_PATHS.has(path), path).toBe(true);
            const f = fieldByPath.get(path)!;
            expect(value).toBeGreaterThanOrEqual(f.min);
            expect(value).toBeLessThanOrEqual(f.max);
          }
          expect(step.highlight.length).toBeGreaterThan(0);
          for (const g of step.highlight) expect(MUSCLE_GROUPS).toContain(g);
          for (const w of [...(step.watch ?? []).map((x) => x.metric), ...(step.predict ? [step.predict.metric] : [])]) {
            if ('group' in w) expect(MUSCLE_GROUPS).toContain(w.group);
          }
        }
        // the model accepts every step's parameters
        for (let k = 0; k < story.steps.length; k++) expect(() => compileModel(stepParams(story, k))).not.toThrow();
      });

      it('gives every step text and at least one source, and says what the model simplifies where it asks a question', () => {
        for (const step of story.steps) {
          expect(step.title.length).toBeGreaterThan(3);
          expect(step.text.length).toBeGreaterThan(30);
          expect(step.sources.length).toBeGreaterThan(0);
          for (const s of step.sources) expect(s).toMatch(/\d{4}|clinical-background|docs\/model\.md/);
          if (step.predict) expect(step.simplifies?.length ?? 0).toBeGreaterThan(30);
        }
      });

      it('asks no question on the first step, and only about a change of parameters on the same task', () => {
        expect(story.steps[0]!.predict).toBeUndefined();
        story.steps.forEach((step, k) => {
          if (!step.predict) return;
          const prev = story.steps[k - 1]!;
          expect(sameTask(prev.task, step.task), `${step.title}: same task as the step before`).toBe(true);
          expect(stepParams(story, k)).not.toEqual(stepParams(story, k - 1));
          const { choices, expected } = step.predict;
          expect(choices.length).toBeGreaterThanOrEqual(2);
          expect(choices.length).toBeLessThanOrEqual(4);
          expect(new Set(choices.map((c) => c.direction)).size).toBe(choices.length);
          expect(choices.map((c) => c.direction)).toContain(expected);
        });
      });

      it('reads every metric it shows from the answers of its own task', () => {
        for (let k = 0; k < story.steps.length; k++) {
          const step = story.steps[k]!;
          const answer = solve(stepParams(story, k), step.task);
          for (const m of [...(step.watch ?? []).map((w) => w.metric), ...(step.predict ? [step.predict.metric] : [])]) {
            const v = readStoryMetric(m, answer);
            expect(v, `${step.title}: ${m.kind}`).not.toBeNull();
            expect(Number.isFinite(v)).toBe(true);
          }
        }
      }, 120_000); // solves every step's task (gait cycles included): generous on a busy CI box
    });
  }
});

describe('what each story claims is what the model computes', () => {
  for (const story of STORIES) {
    story.steps.forEach((step, k) => {
      if (!step.predict) return;
      it(`${story.id}, step ${k + 1} (${step.title})`, () => {
        const before = solve(stepParams(story, k - 1), story.steps[k - 1]!.task);
        const after = solve(stepParams(story, k), step.task);
        const outcome = stepOutcome(step, before, after, null)!;
        expect(outcome, 'metrics fit the task').not.toBeNull();
        // the question's claim
        expect(outcome.main.direction, `${outcome.main.info.label} ${outcome.main.before} → ${outcome.main.after}`).toBe(step.predict!.expected);
        // the other claims; a documented disagreement must still be one (else the note is stale)
        for (const c of outcome.watch) {
          if (c.expected === undefined) continue;
          const what = `${c.info.label} ${c.before} → ${c.after}`;
          if (c.knownDisagreement) expect(c.direction, what).not.toBe(c.expected);
          else expect(c.direction, what).toBe(c.expected);
        }
      });
    });
  }

  it('the gluteal-amnesia note holds: in this model the onset delay alone does not change walking', () => {
    // the story's "simplifies" text says so; this keeps it true
    const base = stepParams(findStory('gluteal-amnesia')!, 3);
    const delayed = mergeParams(base, { muscles: { gluteusMaximus: { left: { onsetDelayMs: 100 }, right: { onsetDelayMs: 100 } } } });
    const a = solve(base, { kind: 'gait' });
    const b = solve(delayed, { kind: 'gait' });
    const change = metricChange({ kind: 'gaitMeanActivation', group: 'hamstrings', side: 'right' }, a, b)!;
    expect(change.direction).toBe('same');
    expect(metricChange({ kind: 'gaitMeanAnteriorTilt' }, a, b)!.direction).toBe('same');
  });
});
