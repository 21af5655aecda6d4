import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_FIELDS, DEFAULT_PARAMS } from '@lumbo/model';
import { mergeParams, setNumberAt } from '../../lib/params-path.ts';
import { findPreset, PRESETS } from '../../lib/presets.ts';
import { PATH_BY_SHORT, SHORT_BY_PATH } from './short-names.ts';
import { decodeSharedState, encodeSharedState, MAX_LINK_CHARS, type SharedState } from './url-state.ts';

const STORIES = new Map([['lower-crossed-syndrome', 4], ['piriformis', 3]]);
const lcs = mergeParams(DEFAULT_PARAMS, findPreset('lower-crossed-syndrome')!.params);

const DEFAULT_STATE: SharedState = {
  current: { presetId: 'lower-crossed-syndrome', params: lcs },
  task: { kind: 'standing' },
  view: 'side',
  focus: 'body',
  compare: { presetId: 'healthy', params: DEFAULT_PARAMS },
  compareLayout: 'overlay',
  lecture: false,
  story: null,
};

function decode(hash: string) {
  return decodeSharedState(hash, STORIES);
}

describe('shared links', () => {
  it('give every catalogue parameter a unique short name', () => {
    expect(SHORT_BY_PATH.size).toBe(ALL_FIELDS.length);
    expect(PATH_BY_SHORT.size).toBe(ALL_FIELDS.length);
  });

  it('write the default view as a short link and read it back', () => {
    const hash = encodeSharedState(DEFAULT_STATE);
    expect(hash).toBe('#s=1&p=lower-crossed-syndrome&c=healthy');
    const back = decode(hash);
    expect(back.ok && back.state).toEqual(DEFAULT_STATE);
  });

  it('round-trip a full state: changed sliders, gait, back view, a modified compare set, lecture and a story step', () => {
    const state: SharedState = {
      current: { presetId: 'trendelenburg-right', params: setNumberAt(mergeParams(DEFAULT_PARAMS, findPreset('trendelenburg-right')!.params), 'muscles.gluteusMedius.right.strength', 0.3) },
      task: { kind: 'gait' },
      view: 'back',
      focus: 'spine',
      compare: { presetId: null, params: setNumberAt(DEFAULT_PARAMS, 'subject.massKg', 90) },
      compareLayout: 'beside',
      lecture: true,
      story: { id: 'piriformis', step: 2, phase: 'predict' },
    };
    const hash = encodeSharedState(state);
    expect(hash.length).toBeLessThan(200);
    expect(hash).toContain('x=gmed.R.str~0.3');
    const back = decode(hash);
    expect(back.ok && back.state).toEqual(state);
  });

  it('round-trip any slider values within their ranges (property)', () => {
    const fields = ALL_FIELDS;
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS.map((p) => p.id)),
        fc.array(fc.tuple(fc.integer({ min: 0, max: fields.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 8 }),
        fc.constantFrom<SharedState['task']>({ kind: 'standing' }, { kind: 'sitting' }, { kind: 'gait' }, { kind: 'single-leg-stance', side: 'left' }, { kind: 'trunk-flexion', angleDeg: 45 }),
        (presetId, changes, task) => {
          let params = mergeParams(DEFAULT_PARAMS, findPreset(presetId)!.params);
          for (const [i, u] of changes) {
            const f = fields[i]!;
            // slider values: on the field's step grid, within its range
            const v = Math.min(f.max, f.min + Math.round((u * (f.max - f.min)) / f.step) * f.step);
            params = setNumberAt(params, f.path, Number(v.toFixed(4)));
          }
          const state: SharedState = { ...DEFAULT_STATE, current: { presetId, params }, task };
          const back = decode(encodeSharedState(state));
          expect(back.ok && back.state).toEqual(state);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([
    ['an out-of-range value', '#p=healthy&x=gmed.R.str~7', ['x: muscles.gluteusMedius.right.strength must be a number within [0, 1.5] fraction, got "7"']],
    ['an unknown parameter', '#x=gmed.X.str~1', ['x: "gmed.X.str~1" is not a parameter change']],
    ['a non-decimal number', '#x=gmed.R.str~1e3', ['must be a number within', 'got "1e3"']],
    ['Infinity', '#x=gmed.R.str~Infinity', ['got "Infinity"']],
    ['an unknown preset', '#p=%3Cscript%3Ealert(1)%3C%2Fscript%3E', ['p: expected a preset id', 'got "<script>alert(1)</script>"']],
    ['an unknown field', '#s=1&javascript=alert(1)', ['unknown link field "javascript"']],
    ['a prototype key', '#__proto__=1&constructor=2', ['unknown link field "__proto__"', 'unknown link field "constructor"']],
    ['a newer link format', '#s=2', ['s: link format 1 is supported, got "2"']],
    ['a task out of range', '#t=flex.120', ['t: expected standing, sitting, gait']],
    ['a story step past the end', '#st=piriformis.9.p', ['st: story piriformis has steps 1–3, got 9']],
    ['an unknown story', '#st=nope.1.p', ['st: expected <story id>.<step>.<p|s>']],
    ['a repeated field', '#p=healthy&p=healthy', ['p: appears 2 times; expected once']],
    ['a compare change without a compare set', '#c=none&cx=massKg~80', ['cx: parameter changes for a compare set, but c=none']],
  ])('refuse %s, naming the field, what is allowed and what was received', (_why, hash, says) => {
    const result = decode(hash);
    expect(result.ok).toBe(false);
    const text = result.ok ? '' : result.errors.join('\n');
    for (const s of says) expect(text).toContain(s);
  });

  it('refuse an overlong link unread', () => {
    const result = decode(`#x=${'a'.repeat(MAX_LINK_CHARS)}`);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors[0]).toContain(`at most ${MAX_LINK_CHARS}`);
  });

  it('never throw, whatever the hash (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = decode(`#${s}`);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
