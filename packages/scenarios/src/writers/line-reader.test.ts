import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openLineReader } from './line-reader.ts';

const fileWith = (text: string | Buffer) => {
  const path = join(mkdtempSync(join(tmpdir(), 'lumbo-lines-')), 'f.txt');
  writeFileSync(path, text);
  return path;
};

function readAll(path: string, options: { chunkBytes?: number; maxLineBytes?: number } = {}) {
  const reader = openLineReader(path, options);
  const lines: string[] = [];
  for (let line = reader.next(); line !== undefined; line = reader.next()) lines.push(line);
  return { lines, torn: reader.torn, offset: reader.offset };
}

describe('the line reader (journals and parts in constant memory)', () => {
  it('reads lines that straddle its chunks, multi-byte characters included', () => {
    const text = 'première ligne\n[1,2.5,"é"]\n\nlast\n';
    for (const chunkBytes of [1, 3, 7, 64]) {
      expect(readAll(fileWith(text), { chunkBytes })).toEqual({ lines: ['première ligne', '[1,2.5,"é"]', '', 'last'], torn: false, offset: Buffer.byteLength(text) });
    }
  });

  it('stops before a torn last line and reports where the good lines end', () => {
    expect(readAll(fileWith('a\nbb\ncc'), { chunkBytes: 2 })).toEqual({ lines: ['a', 'bb'], torn: true, offset: 5 });
  });

  it('gives up on a line longer than its limit instead of buffering it (e.g. a file of zeros)', () => {
    expect(readAll(fileWith(Buffer.alloc(5000)), { chunkBytes: 256, maxLineBytes: 1024 })).toEqual({ lines: [], torn: true, offset: 0 });
  });
});
