import type { Msg } from './messages';

/**
 * Errors are values (STYLE 4). `code` is chosen for Excel: only #VALUE! and #N/A display a custom message,
 * so errors the user must read are 'value' or 'na'; 'num' and 'div0' keep Excel's usual meaning.
 */
export type ErrorCode = 'value' | 'na' | 'num' | 'div0';

export interface ScoreError {
  readonly kind: 'error';
  readonly code: ErrorCode;
  readonly message: Msg;
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ScoreError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: Msg): { readonly ok: false; readonly error: ScoreError } => ({
  ok: false,
  error: { kind: 'error', code, message },
});

export const isScoreError = (x: unknown): x is ScoreError =>
  typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'error';
