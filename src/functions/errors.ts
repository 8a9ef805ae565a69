import { excelMessage, type ScoreError } from '../scoring';

/** What a custom function may return: a number, a text, or an Excel error value. Never throws. */
export type CellResult = number | string | CustomFunctions.Error;

const EXCEL_CODES = {
  value: 'invalidValue',
  na: 'notAvailable',
  num: 'invalidNumber',
  div0: 'divisionByZero',
} as const;

/**
 * The one place core errors become Excel errors (STYLE 4). Excel shows a custom message only with #VALUE! and
 * #N/A; for #NUM! and #DIV/0! Microsoft documents that "a custom error message can't be used", so none is passed.
 */
export function toExcelError(error: ScoreError): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[EXCEL_CODES[error.code]];
  return error.code === 'value' || error.code === 'na'
    ? new CustomFunctions.Error(code, excelMessage(error.message))
    : new CustomFunctions.Error(code);
}
