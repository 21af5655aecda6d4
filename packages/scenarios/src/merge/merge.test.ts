import { appendFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetMetadata } from 'hyparquet';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../scenario/load.ts';
import { createPlan } from '../sweep/plan.ts';
import { journalPathOf, sweepToFile } from '../writers/sweep-to-file.ts';
import { readPartMeta, type PartMeta } from '../writers/part-meta.ts';
import { mergeParts } from './merge.ts';
import { PartsError } from './parts-error.ts';
import { splitCsvLine } from './read-part.ts';
import { verifyParts } from './verify.ts';

const FILE = (seed: number) => `
lumbo: 1
tasks: [standing, { kind: single-leg-stance, side: left }]
outputs: [pelvis.obliquityDeg, lumbar.levels.L4/L5.compressionN, converged]
design:
  type: one-at-a-time
  factors:
    muscles.gluteusMedius.left.strength: [0.2, 0.6]
    strategy.duchenne: [${seed / 10}, 1]
`;
const dir = mkdtempSync(join(tmpdir(), 'lumbo-merge-'));
const at = (name: string) => join(dir, name);

async function run(out: string, shard = { index: 1, count: 1 }, seed = 5): Promise<string> {
  await sweepToFile(createPlan(await parseScenario(FILE(seed), 'oat.yaml'), shard), { out, workers: 0 });
  return out;
}

describe('merging the parts of a sharded sweep', () => {
  const parts: Record<string, string[]> = {};
  beforeAll(async () => {
    for (const format of ['csv', 'jsonl', 'parquet']) {
      await run(at(`whole.${format}`));
      parts[format] = [];
      for (const k of [1, 2, 3]) parts[format]!.push(await run(at(`part-${k}.${format}`), { index: k, count: 3 }));
    }
  }, 600_000); // a few seconds of solving on a quiet machine

  for (const format of ['csv', 'jsonl', 'parquet']) {
    it(`gives exactly the unsharded run's ${format.toUpperCase()} bytes, whatever the order the parts are given in`, async () => {
      const out = at(`merged.${format}`);
      const result = await mergeParts([...parts[format]!].reverse(), { out });
      expect(result.rows).toBe((readPartMeta(at(`whole.${format}`)) as PartMeta).rows);
      expect(readFileSync(out).equals(readFileSync(at(`whole.${format}`)))).toBe(true);
    });
  }

  it('keeps the units in the merged Parquet file (lumbo.units)', async () => {
    const out = at('units.parquet');
    await mergeParts(parts.parquet!, { out });
    const bytes = readFileSync(out);
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer).key_value_metadata ?? [];
    const units = JSON.parse(metadata.find((kv) => kv.key === 'lumbo.units')!.value!) as Record<string, string>;
    expect(units['lumbar.levels.L4/L5.compressionN']).toBe('N');
    expect(units['pelvis.obliquityDeg']).toBe('deg');
    expect(metadata).toContainEqual({ key: 'lumbo.shard', value: '1/1' });
  });

  it('writes a format other than the parts’ (CSV parts → Parquet) identical to the unsharded Parquet', async () => {
    const out = at('from-csv.parquet');
    await mergeParts(parts.csv!, { out });
    expect(readFileSync(out).equals(readFileSync(at('whole.parquet')))).toBe(true);
  });

  it('reports a missing part, and merges nothing', async () => {
    const report = await verifyParts(parts.csv!.slice(0, 2));
    expect(report.ok).toBe(false);
    expect(report.missing).toEqual([3]);
    await expect(mergeParts(parts.csv!.slice(0, 2), { out: at('never.csv') })).rejects.toThrow(PartsError);
    expect(existsSync(at('never.csv'))).toBe(false);
  });

  it('reports a part from another sweep as foreign', async () => {
    const foreign = await run(at('foreign-3.csv'), { index: 3, count: 3 }, 3);
    const report = await verifyParts([...parts.csv!.slice(0, 2), foreign]);
    expect(report.problems.join('\n')).toMatch(/foreign-3\.csv: foreign: from another sweep/);
  });

  it('reports a damaged part, a part without its metadata and a part with a journal beside it as not mergeable', async () => {
    const damaged = at('damaged.csv');
    writeFileSync(damaged, readFileSync(parts.csv![0]!));
    writeFileSync(`${damaged}.meta.json`, readFileSync(`${parts.csv![0]!}.meta.json`));
    appendFileSync(damaged, '99,9,standing,,,,,,\n');
    const bare = at('bare.csv');
    writeFileSync(bare, readFileSync(parts.csv![1]!));
    writeFileSync(journalPathOf(parts.csv![2]!), 'x');
    try {
      const report = await verifyParts([damaged, bare, parts.csv![2]!]);
      const text = report.problems.join('\n');
      expect(text).toMatch(/damaged\.csv: damaged or replaced: its size/);
      expect(text).toMatch(/bare\.csv: no metadata file .*bare\.csv\.meta\.json/);
      expect(text).toMatch(/part-3\.csv: incomplete: .*part-3\.csv\.journal is beside it/);
      expect(report.ok).toBe(false);
    } finally {
      writeFileSync(journalPathOf(parts.csv![2]!), '');
      (await import('node:fs')).rmSync(journalPathOf(parts.csv![2]!));
    }
  });
});

describe('reading CSV lines back', () => {
  it('splits quoted fields with commas and doubled quotes, and empty cells', () => {
    expect(splitCsvLine('1,"a,b","say ""hi""",,x')).toEqual(['1', 'a,b', 'say "hi"', '', 'x']);
  });
});
