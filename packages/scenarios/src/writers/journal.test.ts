import { appendFileSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frame, JOURNAL_FORMAT, JOURNAL_VERSION, openJournal, scanJournal, type JournalHeader } from './journal.ts';

const HEADER: JournalHeader = { format: JOURNAL_FORMAT, version: JOURNAL_VERSION, fingerprint: 'abc', columns: ['row', 'x'], shard: '1/1', rows: 3 };
const identity = (n: number) => n;

function journalWith(rows: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'lumbo-journal-')), 'out.csv.journal');
  const writer = openJournal(path, HEADER);
  for (let i = 0; i < rows; i++) writer.append([i, i / 10]);
  writer.close();
  return path;
}

describe('the sweep journal', () => {
  it('reads back every row it wrote, in order', () => {
    const seen: unknown[] = [];
    const scan = scanJournal(journalWith(3), identity, (cells) => seen.push(cells));
    expect(scan.header).toEqual(HEADER);
    expect(scan.rowCount).toBe(3);
    expect(seen).toEqual([[0, 0], [1, 0.1], [2, 0.2]]);
  });

  it('drops a torn last line (a kill mid-write) and resumes appending where the good rows end', () => {
    const path = journalWith(2);
    const full = readFileSync(path).length;
    appendFileSync(path, frame(JSON.stringify([2, 0.2])).slice(0, 12)); // half a line
    const scan = scanJournal(path, identity);
    expect(scan.rowCount).toBe(2);
    expect(scan.goodBytes).toBe(full);
    const writer = openJournal(path, HEADER, scan.goodBytes);
    writer.append([2, 0.2]);
    writer.close();
    expect(scanJournal(path, identity).rowCount).toBe(3);
  });

  it('stops at a line whose checksum does not match', () => {
    const path = journalWith(3);
    const text = readFileSync(path, 'utf8').replace('[1,0.1]', '[1,0.7]');
    writeFileSync(path, text);
    expect(scanJournal(path, identity).rowCount).toBe(1);
  });

  it('stops at a row out of sequence', () => {
    const path = journalWith(2);
    appendFileSync(path, frame(JSON.stringify([5, 0.5])));
    expect(scanJournal(path, identity).rowCount).toBe(2);
  });

  it('treats a journal whose header is torn as empty', () => {
    const path = journalWith(0);
    truncateSync(path, 20);
    expect(scanJournal(path, identity)).toEqual({ header: undefined, rowCount: 0, goodBytes: 0 });
  });
});
