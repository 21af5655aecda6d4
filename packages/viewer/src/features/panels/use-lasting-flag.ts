/**
 * A flag that turns on only once its input has stayed on for a while, and off at once.
 *
 * Why: a slider step is answered in a few milliseconds (docs/performance.md), and marking
 * the outputs "updating" for that moment (a fade in and out, a status line that flips)
 * made the browser restyle and repaint the outputs panel twice per step, on the main
 * thread the answer was waiting for. A request still open after NOTICEABLE_WAIT_MS is one
 * a person can notice, and is marked as before.
 */
import { useEffect, useState } from 'react';

/** A wait shorter than this passes unnoticed: the outputs are marked "updating" only after it. */
export const NOTICEABLE_WAIT_MS = 150;

/** The timing of a lasting flag, apart from React: `set` the input, `onChange` hears the output. */
export function createLastingFlag(afterMs: number, onChange: (lasting: boolean) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lasting = false;
  const emit = (value: boolean) => {
    if (value === lasting) return;
    lasting = value;
    onChange(value);
  };
  return {
    set(flag: boolean) {
      if (!flag) {
        clearTimeout(timer);
        timer = undefined;
        emit(false);
      } else if (!lasting && timer === undefined) {
        timer = setTimeout(() => {
          timer = undefined;
          emit(true);
        }, afterMs);
      }
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}

export function useLastingFlag(flag: boolean, afterMs: number): boolean {
  const [lasting, setLasting] = useState(false);
  const [machine] = useState(() => createLastingFlag(afterMs, setLasting));
  useEffect(() => machine.set(flag), [machine, flag]);
  useEffect(() => () => machine.dispose(), [machine]);
  // an input that went off shows off in this very render, not one effect later
  return flag && lasting;
}
