import { CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { ModelParamsError } from '@lumbo/model';
import { captureIo } from './capture-io.ts';
import { reportError } from './report-error.ts';
import { CliUsageError } from './usage-error.ts';

describe('reportError', () => {
  it('treats help and version as success and prints nothing more', () => {
    const io = captureIo();
    expect(reportError(new CommanderError(0, 'commander.helpDisplayed', '(outputHelp)'), io)).toBe(0);
    expect(io.stderr()).toBe('');
  });

  it('turns a commander parse error into one line and exit code 2', () => {
    const io = captureIo();
    const code = reportError(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'\n(Did you mean --set?)"), io);
    expect(code).toBe(2);
    expect(io.stderr()).toBe("lumbo: unknown option '--x' (Did you mean --set?) (see --help)\n");
  });

  it('prints usage and model parameter errors as their message alone, exit code 2', () => {
    const io = captureIo();
    expect(reportError(new CliUsageError('--side must be "left" or "right", got nothing'), io)).toBe(2);
    expect(reportError(new ModelParamsError('subject.massKg must be within [35, 150], got 20', 'subject.massKg', 20), io)).toBe(2);
    expect(io.stderr()).toBe('lumbo: --side must be "left" or "right", got nothing\nlumbo: subject.massKg must be within [35, 150], got 20\n');
  });

  it('reports an unexpected error as internal, exit code 1, without a stack trace', () => {
    const io = captureIo();
    expect(reportError(new RangeError('boom'), io, {})).toBe(1);
    expect(io.stderr()).toBe('lumbo: internal error: boom (LUMBO_DEBUG=1 shows the stack trace)\n');
  });

  it('adds the stack trace when LUMBO_DEBUG is set', () => {
    const io = captureIo();
    reportError(new RangeError('boom'), io, { LUMBO_DEBUG: '1' });
    expect(io.stderr()).toMatch(/^\s+at /m);
  });
});
