import { describe, expect, it } from 'vitest';
import { ALL_FIELDS } from '@lumbo/model';
import { parseAssignment, parseAssignments, settingsToParams } from './set-assignments.ts';
import { CliUsageError } from './usage-error.ts';

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliUsageError);
    return (error as Error).message;
  }
  throw new Error('expected a CliUsageError');
}

describe('parseAssignment', () => {
  it('reads a catalogue path and a number', () => {
    expect(parseAssignment('muscles.gluteusMedius.right.strength=0.5')).toEqual({
      path: 'muscles.gluteusMedius.right.strength',
      value: 0.5,
    });
  });

  it('accepts every path in the parameter catalogue', () => {
    for (const field of ALL_FIELDS) expect(parseAssignment(`${field.path}=${field.default}`).value).toBe(field.default);
  });

  it('leaves range checks to the model, so an out-of-range number parses', () => {
    expect(parseAssignment('subject.massKg=1000').value).toBe(1000);
  });

  it('rejects text without "=" and shows the expected form', () => {
    const message = messageOf(() => parseAssignment('subject.massKg'));
    expect(message).toContain('<path>=<number>');
    expect(message).toContain('"subject.massKg"');
  });

  it('rejects a non-numeric value, naming the field, its range and unit, and the value', () => {
    const message = messageOf(() => parseAssignment('subject.massKg=heavy'));
    expect(message).toContain('subject.massKg');
    expect(message).toContain('[35, 150] kg');
    expect(message).toContain('"heavy"');
  });

  it('rejects an empty value rather than reading it as 0', () => {
    expect(messageOf(() => parseAssignment('subject.massKg='))).toContain('got ""');
  });

  it('rejects an unknown path and suggests the nearest valid ones', () => {
    const message = messageOf(() => parseAssignment('muscles.gluteusMedius.rigth.strength=0.5'));
    expect(message).toContain('unknown parameter "muscles.gluteusMedius.rigth.strength"');
    expect(message).toContain('muscles.gluteusMedius.right.strength');
    expect(message).toContain('lumbo params');
  });
});

describe('parseAssignments', () => {
  it('keeps the last value when a path is given twice', () => {
    expect(parseAssignments(['subject.massKg=70', 'subject.heightM=1.8', 'subject.massKg=90'])).toEqual([
      { path: 'subject.heightM', value: 1.8 },
      { path: 'subject.massKg', value: 90 },
    ]);
  });

  it('gives no settings for no assignments', () => {
    expect(parseAssignments([])).toEqual([]);
  });
});

describe('settingsToParams', () => {
  it('nests dotted paths into the partial parameter object the model takes', () => {
    expect(
      settingsToParams([
        { path: 'subject.massKg', value: 90 },
        { path: 'muscles.gluteusMedius.right.strength', value: 0.4 },
        { path: 'muscles.gluteusMedius.left.tone', value: 0.1 },
      ]),
    ).toEqual({
      subject: { massKg: 90 },
      muscles: { gluteusMedius: { right: { strength: 0.4 }, left: { tone: 0.1 } } },
    });
  });
});
