/**
 * comlink has no notion of a dead endpoint: a call in flight when the worker
 * dies would wait forever. This wraps a remote so each method call also
 * rejects when `died` does.
 */
import type { Remote } from 'comlink';

export function rejectOnExit<T>(remote: Remote<T>, died: Promise<never>): Remote<T> {
  return new Proxy(remote as object, {
    get(target, prop, receiver) {
      const member: unknown = Reflect.get(target, prop, receiver);
      if (typeof prop !== 'string' || typeof member !== 'function') return member;
      return (...args: unknown[]) => Promise.race([(member as (...a: unknown[]) => Promise<unknown>)(...args), died]);
    },
  }) as Remote<T>;
}
