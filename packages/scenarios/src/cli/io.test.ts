import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { endQuietlyOnClosedPipe, EXIT_OK } from './io.ts';

function stream() {
  const emitter = new EventEmitter();
  return { emitter, on: emitter.on.bind(emitter) as never };
}

describe('a reader that closes the pipe early', () => {
  it('ends the command quietly with the exit code it had so far (EPIPE)', () => {
    const s = stream();
    const codes: number[] = [];
    endQuietlyOnClosedPipe(s, (code) => codes.push(code));
    s.emitter.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(codes).toEqual([EXIT_OK]);
  });

  it('still throws any other stream error', () => {
    const s = stream();
    endQuietlyOnClosedPipe(s, () => undefined);
    expect(() => s.emitter.emit('error', Object.assign(new Error('disk full'), { code: 'ENOSPC' }))).toThrow('disk full');
  });
});
