/**
 * The top of the disc colour scale for what is on screen: the smallest of
 * 500, 1000, 2000, 4000, 8000 N that holds the largest disc half over every
 * frame of the answer (and of the compare figure), so the colours are
 * comparable between the two figures and stable while a cycle plays.
 */
import type { Answer } from '../../lib/viewer-task.ts';
import { compressionCeilingN } from '../../lib/colour-scales.ts';

function largestHalfN(answer: Answer): number {
  let max = 0;
  const take = (x: number) => {
    if (Number.isFinite(x) && x > max) max = x;
  };
  if (answer.kind === 'static') {
    for (const l of answer.result.lumbar.levels) {
      take(l.leftCompressionN);
      take(l.rightCompressionN);
    }
  } else {
    for (const series of Object.values(answer.gait.levels)) {
      for (let i = 0; i < series.leftCompressionN.length; i++) {
        take(series.leftCompressionN[i]!);
        take(series.rightCompressionN[i]!);
      }
    }
  }
  return max;
}

export function ceilingForAnswers(main: Answer | null | undefined, compare: Answer | null | undefined): number {
  return compressionCeilingN(Math.max(main ? largestHalfN(main) : 0, compare ? largestHalfN(compare) : 0));
}
