import { type Result } from '../scoring';
import { toExcelError, type CellResult } from './errors';

/**
 * Runs a core call for a custom function: a Result becomes a value or an Excel error; an unexpected exception
 * becomes #VALUE! with its text. A custom function never throws.
 */
export function cell(compute: () => Result<number | string>): CellResult {
  try {
    const r = compute();
    return r.ok ? r.value : toExcelError(r.error);
  } catch (e) {
    return new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidValue,
      `Lỗi không mong đợi / Unexpected error: ${(e instanceof Error ? e.message : String(e)).slice(0, 200)}`,
    );
  }
}
