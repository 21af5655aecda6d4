/**
 * A file-system failure while reading or writing sweep files (disk full,
 * permission denied, a directory where a file should be…): one line naming
 * the path and the cause, e.g.
 * `cannot write results.csv.journal: no space left on device (ENOSPC)`.
 * The CLI exits 3 for these (docs/sweeps.md, "Exit codes").
 */

const CAUSES: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a component of the path is not a directory',
  ENOENT: 'no such file or directory',
  EEXIST: 'it already exists',
  EIO: 'input/output error',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files in the system',
  EFBIG: 'file too large',
  ENAMETOOLONG: 'file name too long',
  EXDEV: 'cannot rename across file systems',
};

export class SweepIoError extends Error {
  override readonly name = 'SweepIoError';
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The errno code of a Node file-system error, if it is one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

export function causeText(code: string, fallback = ''): string {
  return CAUSES[code] ?? (fallback.replace(/^[A-Z0-9]+: /, '').replace(/, \w+ '.*'$/, '') || code);
}

/** Turns a Node file-system error into a SweepIoError about `path`; anything else passes through. */
export function asIoError(error: unknown, action: string, path: string): unknown {
  if (error instanceof SweepIoError) return error;
  const code = errnoCode(error);
  if (!code) return error;
  const message = (error as Error).message;
  return new SweepIoError(path, code, `cannot ${action} ${path}: ${causeText(code, message)} (${code})`, { cause: error });
}

/** Runs `fn`, reporting a file-system failure as "cannot <action> <path>: <cause>". */
export function io<T>(action: string, path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asIoError(error, action, path);
  }
}
