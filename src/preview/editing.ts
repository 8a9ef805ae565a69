/**
 * What the grid does with cells beyond typing one, pure so it is tested without a browser: copy and paste as
 * tab-separated text (what Excel and LibreOffice put on the clipboard), Ctrl+D's references moved down as Excel moves
 * them, Ctrl+arrow's edge of the data, a list validation's refusal, a formula's missing parenthesis.
 */
import { outsideStrings } from '../cli/formulaText';
import type { Msg } from '../scoring';
import type { CellValue } from '../sheet/types';
import { formatValue } from './format';
import { parseTyped } from './input';

/** Cells as tab-separated text: a cell holding a tab, a line break or a quote is quoted, as Excel writes it. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  const cell = (s: string) => (/[\t\n\r"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return rows.map((r) => r.map(cell).join('\t')).join('\r\n');
}

/** Tab-separated text (Excel, LibreOffice, a text editor) as rows of cells; the clipboard's last line break dropped. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quotedCell = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell === '' && !quotedCell) {
      // A quoted cell: up to the closing quote, "" inside being one quote.
      let j = i + 1;
      let body = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            body += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        body += text[j];
        j++;
      }
      const next = text[j];
      if (closed && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        cell = body;
        quotedCell = true;
        i = j;
        continue;
      }
      // Not a quoted cell after all (a quote that starts some text): taken as it is.
    }
    if (ch === '\t') {
      row.push(cell);
      cell = '';
      quotedCell = false;
      i++;
    } else if (ch === '\n' || ch === '\r') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      quotedCell = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0 || quotedCell) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const columnNumber = (letters: string) => [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
const columnLetters = (n: number) => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

/**
 * A formula copied `rows` down and `cols` right: relative references move, "$" parts stay (Excel's Ctrl+D and paste).
 * A reference moved off the sheet becomes #REF!, as in Excel. Function names (CCHC.RATIO, LOG10) and text are untouched.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(/(^|[^A-Za-z0-9_.!'"])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(.])/g, (all, before: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const c = columnNumber(letters) + (colAbs ? 0 : cols);
      const r = Number(digits) + (rowAbs ? 0 : rows);
      if (c > 16_384 || letters.length > 3) return all;
      if (c < 1 || r < 1) return `${before}#REF!`;
      return `${before}${colAbs}${columnLetters(c)}${rowAbs}${r}`;
    }),
  );
}

/**
 * Ctrl+arrow from `from` along one line of cells (`filled(i)` says whether cell i holds something, `last` the last
 * index): to the end of the block of data it is in, else to the next data, else to the edge, as Excel moves.
 */
export function dataEdge(from: number, step: 1 | -1, last: number, filled: (i: number) => boolean): number {
  const inside = (i: number) => i >= 0 && i <= last;
  let i = from;
  if (!inside(i + step)) return i;
  if (filled(i) && filled(i + step)) {
    while (inside(i + step) && filled(i + step)) i += step;
    return i;
  }
  i += step;
  while (inside(i) && !filled(i)) {
    if (!inside(i + step)) return i;
    i += step;
  }
  return i;
}

/** Whether a list validation accepts what was typed: a value of the list, compared as Excel does (case aside). */
export function listAccepts(list: readonly (string | number)[], typed: string): boolean {
  const t = parseTyped(typed);
  if (t.kind === 'formula') return true;
  const v: CellValue = t.value;
  if (v === null) return true;
  return list.some((item) => (typeof item === 'number' ? v === item : String(v).toLowerCase() === item.toLowerCase().trim() || String(v).trim().toLowerCase() === item.toLowerCase().trim()));
}

/** The list's values as its cells show them ("0,5", not "0.5"). */
export const listShown = (list: readonly (string | number)[]): string[] => list.map((v) => formatValue(v));

export const refusedValue = (cell: string, list: readonly (string | number)[]): Msg => ({
  vi: `Ô ${cell} chỉ nhận một trong các giá trị của danh sách: ${listShown(list).join('; ')}.`,
  en: `${cell} only takes one of the list's values: ${listShown(list).join('; ')}.`,
});

/** Why a formula cannot be read: a parenthesis missing or extra, else a general word. */
export function formulaProblem(formula: string): Msg {
  let depth = 0;
  let extra = false;
  outsideStrings(formula, (code) => {
    for (const ch of code) {
      if (ch === '(') depth++;
      else if (ch === ')') {
        depth--;
        if (depth < 0) extra = true;
      }
    }
    return code;
  });
  const quotes = (formula.match(/"/g) ?? []).length;
  if (quotes % 2 === 1) return { vi: 'Công thức thiếu dấu ngoặc kép " đóng.', en: 'The formula is missing a closing quote ".' };
  if (depth > 0) return { vi: `Công thức thiếu ${depth} dấu ngoặc đóng “)”.`, en: `The formula is missing ${depth === 1 ? 'a closing parenthesis' : `${depth} closing parentheses`} “)”.` };
  if (extra || depth < 0) return { vi: 'Công thức thừa dấu ngoặc đóng “)”.', en: 'The formula has a closing parenthesis “)” too many.' };
  return { vi: 'Công thức này không đọc được: kiểm tra tên hàm, dấu phân cách và dấu ngoặc.', en: 'This formula cannot be read: check the function names, separators and parentheses.' };
}

/** The standard error values, explained for a person hovering over one. */
export const ERROR_MEANING: Readonly<Record<string, Msg>> = {
  '#DIV/0!': { vi: 'Chia cho 0 (hoặc cho ô trống).', en: 'Division by zero (or by an empty cell).' },
  '#VALUE!': { vi: 'Giá trị không đúng kiểu (chữ ở chỗ cần số?).', en: 'A value of the wrong kind (text where a number is needed?).' },
  '#N/A': { vi: 'Không có giá trị phù hợp.', en: 'No value available.' },
  '#REF!': { vi: 'Công thức trỏ tới ô không còn tồn tại.', en: 'The formula refers to a cell that no longer exists.' },
  '#NAME?': { vi: 'Tên hàm hoặc tên vùng không đúng.', en: 'Unknown function or name.' },
  '#NUM!': { vi: 'Số không hợp lệ hoặc quá lớn.', en: 'An invalid or too large number.' },
  '#ERROR!': { vi: 'Công thức không đọc được.', en: 'The formula cannot be read.' },
  '#CYCLE!': { vi: 'Công thức tham chiếu vòng tới chính nó.', en: 'The formula refers to itself (a circular reference).' },
  '#SPILL!': { vi: 'Kết quả không đủ chỗ để hiển thị.', en: 'The result has no room to spill.' },
};
