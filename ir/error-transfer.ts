// Errors as plain data, so that an error raised in another thread (a network built in a worker,
// runtime/network.ts) arrives as the same typed error, with its location, expected/found and cause.
import * as errors from './errors.ts';
import { InternalError, TempofuseError, type ErrorDetail } from './errors.ts';

/** Structured-clone-safe description of a thrown value. */
export type ErrorData =
  | { kind: 'tempofuse'; name: string; detail: string; site: Omit<ErrorDetail, 'cause'>; stack?: string; cause?: ErrorData }
  | { kind: 'internal'; detail: string; loc?: string; node?: string; kernel?: string; stack?: string; cause?: ErrorData }
  | { kind: 'other'; name: string; message: string; stack?: string };

type TypedErrorClass = new (detail: string, info?: ErrorDetail) => TempofuseError;

const TYPED: ReadonlyMap<string, TypedErrorClass> = new Map(
  Object.entries(errors).filter(([, v]) => typeof v === 'function' && v.prototype instanceof TempofuseError) as [string, TypedErrorClass][],
);

export function errorToData(e: unknown): ErrorData {
  const cause = e instanceof Error && e.cause !== undefined ? errorToData(e.cause) : undefined;
  if (e instanceof TempofuseError && TYPED.has(e.name)) {
    return { kind: 'tempofuse', name: e.name, detail: e.detail, site: { loc: e.loc, node: e.node, expected: e.expected, found: e.found }, stack: e.stack, cause };
  }
  if (e instanceof InternalError) return { kind: 'internal', detail: e.detail, loc: e.loc, node: e.node, kernel: e.kernel, stack: e.stack, cause };
  if (e instanceof Error) return { kind: 'other', name: e.name, message: e.message, stack: e.stack };
  return { kind: 'other', name: typeof e, message: String(e) };
}

export function errorFromData(d: ErrorData): Error {
  const cause = d.kind !== 'other' && d.cause !== undefined ? errorFromData(d.cause) : undefined;
  let e: Error;
  if (d.kind === 'tempofuse') {
    const Class = TYPED.get(d.name);
    if (!Class) throw new InternalError(`an error of unknown class '${d.name}' came from another thread`);
    e = new Class(d.detail, { ...d.site, cause });
  } else if (d.kind === 'internal') {
    e = new InternalError(d.detail, { loc: d.loc, node: d.node, kernel: d.kernel, cause });
  } else {
    e = new Error(d.message);
    e.name = d.name;
  }
  if (d.stack !== undefined) e.stack = d.stack;
  return e;
}
