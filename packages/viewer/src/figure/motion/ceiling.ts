/**
 * The top of the disc colour scale for what is on screen: the smallest of
 * 500, 1000, 2000, 4000, 8000 N that holds the largest disc half over every
 * frame of the answer (and of the compare figure), so the colours are
 * comparable between the two figures and stable while a cycle plays.
 */
import type { Answer } from '../../lib/viewer-task.ts';
import { compressionCeilingN } from '../../lib/colour-scales.ts';

/** The larger of `max` and the finite entries of `values` (a plain loop: a closure per value boxed each number, ~70 kB an answer). */
function largestOf(values: ArrayLike<number>, max: number): number {
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    if (Number.isFinite(x) && x > max) max = x;
  }
  return max;
}

function largestHalfN(answer: Answer): number {
  let max = 0;
  if (answer.kind === 'static') {
    for (const l of answer.result.lumbar.levels) max = largestOf([l.leftCompressionN, l.rightCompressionN], max);
  } else {
    for (const series of Object.values(answer.gait.levels)) max = largestOf(series.rightCompressionN, largestOf(series.leftCompressionN, max));
  }
  return max;
}

export function ceilingForAnswers(main: Answer | null | undefined, compare: Answer | null | undefined): number {
  return compressionCeilingN(Math.max(main ? largestHalfN(main) : 0, compare ? largestHalfN(compare) : 0));
}
