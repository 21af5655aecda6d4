import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { column, formatStorage, parseStorage, StorageFormatError } from './storage.ts';

const motPath = new URL('../../../../test/fixtures/subject01_walk1_ik.mot', import.meta.url);

describe('OpenSim storage files', () => {
  it('reads the gait2392 subject01 inverse-kinematics .mot', () => {
    const t = parseStorage(readFileSync(motPath, 'utf8'));
    expect(t.name).toBe('Coordinates');
    expect(t.inDegrees).toBe(true);
    expect(t.columns).toContain('lumbar_bending');
    expect(t.data[0]!.length).toBe(211);
    expect(column(t, 'pelvis_tilt')![0]).toBeCloseTo(4.76281529, 8);
  });

  it('round-trips every value within 1e-6', () => {
    const t = parseStorage(readFileSync(motPath, 'utf8'));
    const back = parseStorage(formatStorage(t));
    expect(back.columns).toEqual(t.columns);
    t.data.forEach((col, c) => col.forEach((v, r) => expect(Math.abs(back.data[c]![r]! - v)).toBeLessThan(1e-6)));
  });

  it('rejects malformed text with the line number', () => {
    expect(() => parseStorage('hello')).toThrow(StorageFormatError);
    expect(() => parseStorage('x\nendheader\ntime\ta\n0\t1\n1\tfoo\n')).toThrow(/line 5: column "a" is not a finite number/);
    expect(() => parseStorage('x\nendheader\ntime\ta\n0\t1 2\n')).toThrow(/line 4: expected 2 values, got 3/);
  });
});
