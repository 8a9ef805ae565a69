/**
 * What a button's work ends with, as the pane shows it: a value, or a message to put in an error MessageBar.
 * Core errors (Result ok:false) and host failures (a thrown Office.js error, a settings store that cannot save)
 * end the same way, so no failure is only logged.
 */
import type { Msg, Result } from '../../scoring';
import { HostError } from '../../sheet/host';
import { both } from '../strings';

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Msg };

export const done = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const failed = (error: Msg): { readonly ok: false; readonly error: Msg } => ({ ok: false, error });

/** The text of whatever a host threw: Error, OfficeExtension.Error ({ message, code }), a string. */
export function describeThrown(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'object' && e !== null) {
    const { message, code } = e as { message?: unknown; code?: unknown };
    if (typeof message === 'string' && message) return message;
    if (typeof code === 'string' && code) return code;
  }
  if (typeof e === 'string' && e) return e;
  return String(e);
}

export const hostFailure = (e: unknown): Msg =>
  e instanceof HostError ? e.msg : both('errorHost', { detail: describeThrown(e) });

/** Runs a step that may throw and returns a core Result or a plain value. */
export async function attempt<T>(run: () => Promise<Result<T>>): Promise<Outcome<T>> {
  try {
    const r = await run();
    return r.ok ? done(r.value) : failed(r.error.message);
  } catch (e) {
    return failed(hostFailure(e));
  }
}

export async function attemptPlain<T>(run: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return done(await run());
  } catch (e) {
    return failed(hostFailure(e));
  }
}
