/**
 * The story runner as a state machine, the store actions that apply it
 * (forward and back restore each state's parameters, task, camera and
 * highlight), answers filed per step, and the outcome sentences built from
 * real model answers.
 */
import { describe, expect, it } from 'vitest';
import { compileModel, solveTask, type ModelParams } from '@lumbo/model';
import { createViewerStore, type Shown } from '../store.ts';
import type { ViewerTask } from '../../lib/viewer-task.ts';
import { findStory } from './index.ts';
import { describeChange, describeDisagreement, describePrediction, directionOf, stepOutcome } from './outcome.ts';
import { isAtEnd, isAtStart, recordStoryAnswer, screenStepOf, startStory, stepParams, storyBackward, storyForward, storyReveal, type StoryState } from './runner.ts';
import type { Story } from './types.ts';

const lcs = findStory('lower-crossed-syndrome')!;
const td = findStory('trendelenburg-duchenne')!;

function walkForward(story: Story): StoryState[] {
  const states = [startStory(story)];
  for (;;) {
    const next = storyForward(story, states[states.length - 1]!);
    if (next === states[states.length - 1]) return states;
    states.push(next);
  }
}

let requestId = 0;
function answerFor(params: ModelParams, task: ViewerTask & { kind: 'standing' | 'single-leg-stance' | 'sitting' | 'trunk-flexion' }): Shown {
  return { answer: { kind: 'static', result: solveTask(compileModel(params), task) }, params, task, requestId: ++requestId };
}

describe('the story state machine', () => {
  it('walks (0, shown) → (1, predict) → (1, shown) → … and stops at the end', () => {
    const states = walkForward(lcs);
    expect(states.map((s) => `${s.step}:${s.phase}`)).toEqual(['0:shown', '1:predict', '1:shown', '2:predict', '2:shown']);
    expect(isAtStart(states[0]!)).toBe(true);
    expect(isAtEnd(lcs, states[states.length - 1]!)).toBe(true);
  });

  it('walks back over exactly the same states, and stops at the start', () => {
    const forward = walkForward(td);
    const back = [forward[forward.length - 1]!];
    for (;;) {
      const prev = storyBackward(td, back[back.length - 1]!);
      if (prev === back[back.length - 1]) break;
      back.push(prev);
    }
    expect(back.reverse()).toEqual(forward);
  });

  it('a step without a question (a new task) has no predict state', () => {
    const states = walkForward(td);
    // step 4 (index 3) is healthy walking: a new task, no question
    expect(states.filter((s) => s.step === 3).map((s) => s.phase)).toEqual(['shown']);
  });

  it('reveals with the chosen answer, ignores out-of-range choices and reveals only from predict', () => {
    const predict = storyForward(lcs, startStory(lcs));
    expect(storyReveal(lcs, predict, 0)).toEqual({ ...predict, phase: 'shown', choice: 0 });
    expect(storyReveal(lcs, predict, 7).choice).toBeNull();
    const shown = storyReveal(lcs, predict, 1);
    expect(storyReveal(lcs, shown, 2)).toBe(shown);
  });

  it('shows the step before while a question is open, and the step itself once revealed', () => {
    const predict = storyForward(lcs, startStory(lcs));
    expect(screenStepOf(predict)).toBe(0);
    expect(screenStepOf(storyReveal(lcs, predict, null))).toBe(1);
  });
});

describe('the store runs a story', () => {
  it('applies each state: parameters and task of the step on screen, camera and highlight of the current step', () => {
    const store = createViewerStore({ presetId: 'lower-crossed-syndrome', task: { kind: 'sitting' } });
    store.getState().openStory('trendelenburg-duchenne');
    let s = store.getState();
    expect(s.story).toEqual({ id: 'trendelenburg-duchenne', step: 0, phase: 'shown', choice: null });
    expect(s.params).toEqual(stepParams(td, 0));
    expect(s.presetId).toBe('healthy');
    expect(s.task).toEqual({ kind: 'single-leg-stance', side: 'right' });
    expect(s.view).toBe('back');
    expect(s.highlight).toEqual(['gluteusMedius', 'gluteusMinimus']);

    const before = s.params;
    store.getState().storyNext();
    s = store.getState();
    expect(s.story?.phase).toBe('predict');
    // the question is asked over the unchanged state: same parameter object, nothing re-solved
    expect(s.params).toBe(before);

    store.getState().storyReveal(0);
    s = store.getState();
    expect(s.story).toMatchObject({ step: 1, phase: 'shown', choice: 0 });
    expect(s.presetId).toBe('trendelenburg-right');
    expect(s.params.muscles.gluteusMedius.right.strength).toBeLessThan(0.5);
    expect(s.modified).toBe(false);

    store.getState().storyBack();
    s = store.getState();
    expect(s.story).toMatchObject({ step: 1, phase: 'predict', choice: null });
    expect(s.params).toEqual(stepParams(td, 0));
    expect(s.presetId).toBe('healthy');
  });

  it('restores the previous step when going back across a task change, and keeps the highlight of each step', () => {
    const store = createViewerStore();
    store.getState().openStory('trendelenburg-duchenne');
    for (let i = 0; i < 5; i++) store.getState().storyNext(); // … (3, shown): healthy walking
    expect(store.getState().story).toMatchObject({ step: 3, phase: 'shown' });
    expect(store.getState().task).toEqual({ kind: 'gait' });
    store.getState().storyBack();
    expect(store.getState().story).toMatchObject({ step: 2, phase: 'shown' });
    expect(store.getState().task).toEqual({ kind: 'single-leg-stance', side: 'right' });
    expect(store.getState().params).toEqual(stepParams(td, 2));
    expect(store.getState().highlight).toEqual(td.steps[2]!.highlight);
  });

  it('Reset returns to the story step, and closing keeps the parameters but clears story and highlight', () => {
    const store = createViewerStore();
    store.getState().openStory('lower-crossed-syndrome');
    store.getState().storyNext();
    store.getState().storyNext();
    const stepOne = store.getState().params;
    expect(stepOne.muscles.iliopsoas.left.tightness).toBe(0.6);
    expect(store.getState().presetLabel).toContain('tight, tense hip flexors');
    store.getState().setField('muscles.iliopsoas.left.tightness', 0);
    store.getState().reset();
    expect(store.getState().params).toBe(stepOne);
    store.getState().closeStory();
    expect(store.getState().story).toBeNull();
    expect(store.getState().highlight).toEqual([]);
    expect(store.getState().params).toBe(stepOne);
  });

  it('files each arriving answer under the step it answers, and not an answer for other parameters', () => {
    const store = createViewerStore();
    store.getState().openStory('lower-crossed-syndrome');
    const a0 = answerFor(store.getState().params, { kind: 'standing' });
    store.setState({ shown: a0 });
    expect(store.getState().storyAnswers[0]).toBe(a0);
    store.getState().storyNext();
    store.getState().storyReveal(null);
    const other = answerFor(stepParams(lcs, 2), { kind: 'standing' });
    store.setState({ shown: other });
    expect(store.getState().storyAnswers[1]).toBeUndefined();
    const a1 = answerFor(store.getState().params, { kind: 'standing' });
    store.setState({ shown: a1 });
    expect(store.getState().storyAnswers[1]).toBe(a1);
    expect(store.getState().storyAnswers[0]).toBe(a0);
  });

  it('keeps lecture mode and highlight as plain settable state', () => {
    const store = createViewerStore();
    expect(store.getState().lecture).toBe(false);
    store.getState().setLecture(true);
    expect(store.getState().lecture).toBe(true);
    store.getState().setHighlight(['piriformis']);
    expect(store.getState().highlight).toEqual(['piriformis']);
  });
});

describe('the outcome, computed from the model', () => {
  const before = answerFor(stepParams(lcs, 0), { kind: 'standing' });
  const after = answerFor(stepParams(lcs, 1), { kind: 'standing' });
  const step = lcs.steps[1]!;

  it('compares the metric before and after and judges the prediction', () => {
    const right = stepOutcome(step, before.answer, after.answer, 0)!;
    expect(right.main.direction).toBe('up');
    // the 3-D model (v2) tips the pelvis +0.7° for this step: clearly above the story's noise band
    expect(right.main.delta).toBeGreaterThan(0.5);
    expect(right.predictionMatched).toBe(true);
    const wrong = stepOutcome(step, before.answer, after.answer, 1)!;
    expect(wrong.predictionMatched).toBe(false);
    expect(stepOutcome(step, before.answer, after.answer, null)!.predictionMatched).toBeNull();
    // backwards (undoing the step), the same metric falls: nothing about the direction is fixed in advance
    expect(stepOutcome(step, after.answer, before.answer, 0)!.main.direction).toBe('down');
  });

  it('writes the sentences from the numbers and says so when the model disagrees with the claim', () => {
    const o = stepOutcome(step, before.answer, after.answer, 0)!;
    if (before.answer.kind !== 'static') throw new Error('a standing answer is static');
    const r = before.answer.result.pelvis.anteriorTiltDeg;
    expect(describeChange(o.main)).toContain(`${r.toFixed(1)}° →`);
    expect(describeChange(o.main)).toMatch(/it rose\.$/);
    expect(describePrediction(o, 'Tip forward (more anterior tilt)')).toContain('matches');
    expect(describeDisagreement(o.main)).toBeNull();
    const reversed = stepOutcome(step, after.answer, before.answer, 0)!;
    expect(describeDisagreement(reversed.main)).toMatch(/expects the anterior pelvic tilt to rise; this model computes: it fell/);
  });

  it('says which side moved for signed quantities', () => {
    const level = answerFor(stepParams(td, 0), { kind: 'single-leg-stance', side: 'right' });
    const dropped = answerFor(stepParams(td, 1), { kind: 'single-leg-stance', side: 'right' });
    const o = stepOutcome(td.steps[1]!, level.answer, dropped.answer, 1)!;
    expect(describeChange(o.main)).toMatch(/the pelvis turned toward the left side being lower\.$/);
    expect(describePrediction(o, 'The right side drops')).toContain('the model computed something else (the pelvis turned toward the left side being lower)');
  });

  it('counts changes inside the noise band as "about the same"', () => {
    expect(directionOf(0.1, 0.2)).toBe('same');
    expect(directionOf(-0.3, 0.2)).toBe('down');
    expect(directionOf(Number.NaN, 0.2)).toBe('same');
  });

  it('files nothing without an answer', () => {
    const s = startStory(lcs);
    const answers = {};
    expect(recordStoryAnswer(lcs, s, answers, null)).toBe(answers);
  });
});
