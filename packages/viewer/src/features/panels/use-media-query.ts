/** Whether a CSS media query matches now, re-rendering when it starts or stops matching (false outside a browser). */
import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (changed) => {
      if (typeof window === 'undefined') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => typeof window !== 'undefined' && window.matchMedia(query).matches,
    () => false,
  );
}
