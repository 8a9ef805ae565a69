/**
 * The monthly sheets a quarter or a year is built from (THADS thads-ls, Hà Nội hn-m01…m04), as every host hands them
 * over: the sheet's score (recomputed from its inputs by its template) and its head block. The CLI gives one per sheet
 * of many files, the task pane one per sheet of the workbook; what follows (quarter.ts, year.ts) is the same for both.
 */
import { msg, type Msg } from '../scoring';
import type { CellValue, SheetScore } from './types';

export interface MonthSheet {
  /** What the user sees in messages: "file › sheet" (CLI) or the sheet name (workbook). */
  readonly source: string;
  readonly sheet: string;
  /** The file the sheet came from (CLI); its name may carry the month. */
  readonly file?: string;
  readonly templateId: string;
  /** The head block as the template reads it (rows × columns from A1). */
  readonly head: readonly (readonly CellValue[])[];
  readonly score: SheetScore;
}

/** A sheet the period could not use, and why: listed, never silently dropped. */
export interface SkippedSheet {
  readonly source: string;
  readonly reason: Msg;
}

const MONTH_YEAR = /(?:^|[^\d])(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)/;
/** "Tháng 3", "thang-03", "T3": the word (or a lone T) not inside another word. */
const MONTH_WORD = /(?<!\p{L})(?:tháng|thang|t)\s*[-_.]?\s*0?(\d{1,2})(?!\d)/iu;

/**
 * Month and year written in a name: "thads-ls Lan 03-2026" (the name the add-in gives a filled sheet), "03/2026",
 * "Tháng 3". The last match wins (a person's name carries no digits; the period comes last).
 */
export function periodInName(name: string): { month: number | null; year: number | null } {
  const all = [...name.matchAll(new RegExp(MONTH_YEAR.source, 'g'))];
  const last = all[all.length - 1];
  if (last) {
    const month = Number(last[1]);
    if (month >= 1 && month <= 12) return { month, year: Number(last[2]) };
  }
  const word = MONTH_WORD.exec(name);
  const month = word ? Number(word[1]) : NaN;
  return { month: month >= 1 && month <= 12 ? month : null, year: null };
}

export const monthsText = (months: readonly number[]): string => months.join(', ');

export const YEAR_MSG = {
  noMonth: (): Msg =>
    msg(
      'không xác định được tháng của phiếu: đặt tên trang tính hoặc tên tệp có tháng, ví dụ "03-2026".',
      'the month of the sheet could not be found: name the sheet or the file with its month, e.g. "03-2026".',
    ),
  duplicateMonth: (month: number, kept: string, dropped: string): Msg =>
    msg(`Tháng ${month} có hai phiếu: dùng ${kept}, bỏ qua ${dropped}.`, `Month ${month} has two sheets: ${kept} is used, ${dropped} is not.`),
  missing: (months: readonly number[]): Msg =>
    msg(
      `Chưa có phiếu tháng ${monthsText(months)}: không tính vào kết quả (không coi là 0 điểm).`,
      `No sheet for month${months.length > 1 ? 's' : ''} ${monthsText(months)}: not counted (not taken as 0 points).`,
    ),
  noMonthCell: (): Msg => msg('phiếu chưa ghi tháng (ô "Tháng" ở đầu phiếu), không tính.', 'the sheet has no month (the "Tháng" cell at its top); not counted.'),
  noScore: (): Msg => msg('phiếu chưa đủ dữ liệu để có điểm tháng, không tính.', "the sheet has too little data for a month's score; not counted."),
  /** A skipped sheet in one line: where, then why. */
  skipped: (s: SkippedSheet): Msg => msg(`${s.source}: ${s.reason.vi}`, `${s.source}: ${s.reason.en}`),
};
