/**
 * Lets a thrown ModelParamsError or TaskError keep its `path` and `received`
 * when it crosses to the caller. comlink copies only name, message and stack
 * of an Error; its default receiving side already copies every field it gets
 * onto the rejected Error, so only the worker side needs this.
 */
import { transferHandlers, type TransferHandler } from 'comlink';

interface WireError {
  isError: boolean;
  value: unknown;
}

/** Own fields worth sending besides name, message and stack (structured-clone safe). */
const EXTRA_FIELDS = ['path', 'received', 'code'] as const;

function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

/** Installs the richer error serializer in this realm (call once, in the worker entry). */
export function installErrorSerializer(): void {
  const base = transferHandlers.get('throw') as TransferHandler<{ value: unknown }, WireError> | undefined;
  if (!base) return;
  const richer: TransferHandler<{ value: unknown }, WireError> = {
    canHandle: base.canHandle,
    deserialize: base.deserialize,
    serialize(thrown) {
      const [wire, transferables] = base.serialize(thrown);
      const error = thrown.value;
      if (wire.isError && error instanceof Error && typeof wire.value === 'object' && wire.value !== null) {
        const extra: Record<string, unknown> = {};
        for (const field of EXTRA_FIELDS) {
          const v: unknown = (error as unknown as Record<string, unknown>)[field];
          if (v !== undefined && cloneable(v)) extra[field] = v;
        }
        return [{ ...wire, value: { ...wire.value, ...extra } }, transferables];
      }
      return [wire, transferables];
    },
  };
  transferHandlers.set('throw', richer as TransferHandler<unknown, unknown>);
}
