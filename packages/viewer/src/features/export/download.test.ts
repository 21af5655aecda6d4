import { describe, expect, it } from 'vitest';
import { exportFileName, slug, taskSlug, timeStamp } from './download.ts';

// local time, as the file name uses
const date = new Date(2026, 10, 23, 9, 5, 7);

describe('export file names', () => {
  it('are lumbo-<preset>-<task>-<yyyymmdd-hhmmss>.<ext>', () => {
    expect(exportFileName({ presetId: 'lower-crossed-syndrome', presetLabel: 'Lower crossed syndrome', modified: false, task: { kind: 'gait' }, date, extension: 'mp4' })).toBe(
      'lumbo-lower-crossed-syndrome-gait-20261123-090507.mp4',
    );
  });

  it('mark modified parameters and name the stance side', () => {
    expect(exportFileName({ presetId: 'trendelenburg-right', presetLabel: 'x', modified: true, task: { kind: 'single-leg-stance', side: 'right' }, date, extension: 'csv' })).toBe(
      'lumbo-trendelenburg-right-modified-single-leg-stance-right-20261123-090507.csv',
    );
  });

  it('use the label when the parameters are not a named preset', () => {
    expect(exportFileName({ presetId: null, presetLabel: 'Model defaults', modified: false, task: { kind: 'sitting' }, date, extension: 'json' })).toBe(
      'lumbo-model-defaults-sitting-20261123-090507.json',
    );
  });

  it('spell the flexion angle safely', () => {
    expect(taskSlug({ kind: 'trunk-flexion', angleDeg: 30 })).toBe('trunk-flexion-30deg');
    expect(taskSlug({ kind: 'trunk-flexion', angleDeg: 22.5 })).toBe('trunk-flexion-22-5deg');
  });

  it('keep only lower-case letters, digits and hyphens', () => {
    expect(slug('Trendelenburg (right) — Ü/ß')).toBe('trendelenburg-right-u');
    expect(slug('***')).toBe('unnamed');
  });

  it('pad every part of the time stamp', () => {
    expect(timeStamp(new Date(2026, 0, 2, 3, 4, 5))).toBe('20260102-030405');
  });
});
