/**
 * What happened in a story step, computed from the model's answers before
 * and after it: each metric's values and direction, whether the class's
 * prediction matched, and whether the model agrees with the clinical claim.
 * Nothing here is written in advance; the sentences are built from numbers.
 */
import { formatNumber } from '../../lib/format.ts';
import type { Answer } from '../../lib/viewer-task.ts';
import { metricInfo, readStoryMetric, type MetricInfo } from './metrics.ts';
import type { Direction, StoryMetric, StoryStep } from './types.ts';

export interface MetricChange {
  readonly metric: StoryMetric;
  readonly info: MetricInfo;
  readonly before: number;
  readonly after: number;
  readonly delta: number;
  /** What the model computed. */
  readonly direction: Direction;
  /** What the step's text claims, if it claims a direction. */
  readonly expected?: Direction | undefined;
  /** Why this model cannot reproduce the claim (from the story data), if known. */
  readonly knownDisagreement?: string | undefined;
}

export interface StepOutcome {
  /** The metric the question asked about. */
  readonly main: MetricChange;
  /** The direction the class chose, or null when the educator revealed without a choice. */
  readonly predicted: Direction | null;
  /** Whether that choice matched the model; null without a choice. */
  readonly predictionMatched: boolean | null;
  readonly watch: readonly MetricChange[];
}

export function directionOf(delta: number, sameWithin: number): Direction {
  if (!Number.isFinite(delta) || Math.abs(delta) < sameWithin) return 'same';
  return delta > 0 ? 'up' : 'down';
}

export function metricChange(metric: StoryMetric, before: Answer, after: Answer, expected?: Direction, knownDisagreement?: string): MetricChange | null {
  const b = readStoryMetric(metric, before);
  const a = readStoryMetric(metric, after);
  if (b === null || a === null) return null;
  const info = metricInfo(metric);
  const delta = a - b;
  return { metric, info, before: b, after: a, delta, direction: directionOf(delta, info.sameWithin), expected, knownDisagreement };
}

/** The outcome of a step with a question, or null when the step has none or the answers do not fit its metrics. */
export function stepOutcome(step: StoryStep, before: Answer, after: Answer, choice: number | null): StepOutcome | null {
  const predict = step.predict;
  if (!predict) return null;
  const main = metricChange(predict.metric, before, after, predict.expected);
  if (!main) return null;
  const chosen = choice === null ? undefined : predict.choices[choice];
  const watch = (step.watch ?? []).flatMap((w) => metricChange(w.metric, before, after, w.expected, w.knownDisagreement) ?? []);
  return {
    main,
    predicted: chosen?.direction ?? null,
    predictionMatched: chosen ? chosen.direction === main.direction : null,
    watch,
  };
}

const VERB: Record<Direction, string> = { up: 'rose', down: 'fell', same: 'stayed about the same' };
const EXPECT: Record<Direction, string> = { up: 'to rise', down: 'to fall', same: 'to stay about the same' };

export function formatValue(value: number, info: MetricInfo): string {
  return info.say ? info.say(value) : `${formatNumber(value, info.decimals)}${info.suffix}`;
}

function signed(delta: number, info: MetricInfo): string {
  const text = formatValue(Math.abs(delta), info);
  if (formatNumber(Math.abs(delta), info.decimals) === formatNumber(0, info.decimals)) return `±${text}`;
  return `${delta > 0 ? '+' : '−'}${text}`;
}

/** What the change means in words: "it rose", or the metric's own words for signed quantities. */
function changeWords(c: MetricChange): string {
  if (c.direction === 'same') return `it ${VERB.same} (less than ${formatValue(c.info.sameWithin, c.info)})`;
  return c.info.words?.[c.direction] ?? `it ${VERB[c.direction]}`;
}

/** "Anterior pelvic tilt: 13.0° → 15.7° (+2.7°): it rose." */
export function describeChange(c: MetricChange): string {
  // a sided quantity says its side in each value, so no signed difference beside it
  const delta = c.info.say ? `${formatNumber(Math.abs(c.delta), c.info.decimals)}${c.info.suffix} change` : signed(c.delta, c.info);
  return `${c.info.label}: ${formatValue(c.before, c.info)} → ${formatValue(c.after, c.info)} (${delta}): ${changeWords(c)}.`;
}

/** Null when the model agrees with the claim (or there is none); otherwise the honest sentence. */
export function describeDisagreement(c: MetricChange): string | null {
  if (c.expected === undefined || c.expected === c.direction) return null;
  const why = c.knownDisagreement ? ` ${c.knownDisagreement}` : '';
  const expected = c.info.words && c.expected !== 'same' ? `that ${c.info.words[c.expected]}` : `the ${c.info.label.toLowerCase()} ${EXPECT[c.expected]}`;
  return `The clinical description expects ${expected}; this model computes: ${changeWords(c)}.${why}`;
}

/** The sentence about the class's prediction. */
export function describePrediction(o: StepOutcome, choiceLabel: string | null): string {
  if (o.predicted === null || choiceLabel === null) return 'No prediction was chosen.';
  return o.predictionMatched
    ? `Prediction “${choiceLabel}”: matches what the model computed.`
    : `Prediction “${choiceLabel}”: the model computed something else (${changeWords(o.main)}).`;
}
