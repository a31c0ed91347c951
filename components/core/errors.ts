import { ErrorKind, type DeniedBy } from './constants.js';

/** A capture failure, with the browser's DOMException (or other throw) kept as `cause`. */
export class LocalMediaError extends Error {
  override readonly name = 'LocalMediaError';
  readonly kind: ErrorKind;
  /** For `overconstrained`: the constraint the device could not satisfy, e.g. `deviceId` or `width`. */
  readonly constraint: string | undefined;
  /** For `denied`: who denied it, `user`, `system` (the OS blocks the browser) or `policy` (see core/denial.ts). */
  readonly deniedBy: DeniedBy | undefined;
  declare readonly cause: unknown;

  constructor(kind: ErrorKind, message: string, options: { cause?: unknown; constraint?: string; deniedBy?: DeniedBy } = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.constraint = options.constraint;
    this.deniedBy = options.deniedBy;
  }
}

const kindsByName: Record<string, ErrorKind> = {
  NotAllowedError: ErrorKind.Denied,
  PermissionDeniedError: ErrorKind.Denied, // Chrome before 64
  SecurityError: ErrorKind.Denied,
  NotFoundError: ErrorKind.NotFound,
  DevicesNotFoundError: ErrorKind.NotFound, // Chrome before 64
  NotReadableError: ErrorKind.InUse,
  TrackStartError: ErrorKind.InUse, // Chrome before 64
  // Firefox throws AbortError when the device fails to start (typically: held by another application).
  AbortError: ErrorKind.InUse,
  OverconstrainedError: ErrorKind.Overconstrained,
  ConstraintNotSatisfiedError: ErrorKind.Overconstrained, // Chrome before 64
  TypeError: ErrorKind.Unsupported,
  NotSupportedError: ErrorKind.Unsupported,
};

/**
 * Maps anything a capture API can throw to a LocalMediaError; a LocalMediaError passes through unchanged. Its
 * message is the browser's, for developers: what people read comes from the elements' dictionaries, by `kind`.
 */
export function toLocalMediaError(error: unknown): LocalMediaError {
  if (error instanceof LocalMediaError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const kind = (typeof name === 'string' && kindsByName[name]) || ErrorKind.Unknown;
  const detail = (error as { message?: unknown } | null)?.message;
  const constraint = (error as { constraint?: unknown } | null)?.constraint;
  return new LocalMediaError(kind, typeof detail === 'string' && detail ? detail : String(name ?? kind), {
    cause: error,
    constraint: kind === ErrorKind.Overconstrained && typeof constraint === 'string' ? constraint : undefined,
  });
}

/** The error for a request the kit itself cancelled. */
export function abortedError(reason?: unknown, message = 'The request was cancelled.'): LocalMediaError {
  return new LocalMediaError(ErrorKind.Aborted, message, { cause: reason });
}

/**
 * Tells the page of an error that is not a capture's (the page's own code threw while the kit called it) as an
 * uncaught one would be: `reportError` fires the window's `error` event and logs it, with its own message.
 */
export function reportError(error: unknown): void {
  if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
  else console.error(error);
}

/** The errors the kit makes itself where the browser has no capture API to throw one. */
export function errorFor(kind: typeof ErrorKind.Insecure | typeof ErrorKind.Unsupported): LocalMediaError {
  const message = kind === ErrorKind.Insecure ? 'Media capture needs a secure context (https or localhost).' : 'This browser does not support the requested capture.';
  return new LocalMediaError(kind, message);
}
