/**
 * The active sheet cut into A4 pages as Excel prints it, pure so it is tested without a browser: the plan's print area,
 * its title rows repeated on each page, fitted to one page wide when the plan asks. Sizes in CSS pixels (96 per inch).
 */
import type { PrintPlan } from '../sheet/types';
import { parseRange, type CellRange } from './workbook';

const MM = 96 / 25.4;
/** Excel's normal margins, about 19 mm left and right, 19 mm top and bottom (less the header and footer). */
export const MARGIN_MM = 15;

export interface PageCut {
  /** Rows printed on the page (title rows first on every page but the first, where they are already). */
  readonly rows: readonly number[];
}

export interface PrintLayout {
  readonly area: CellRange;
  readonly scale: number;
  readonly pageWidthPx: number;
  readonly pageHeightPx: number;
  readonly pages: readonly PageCut[];
}

/** Pages of the print area, given the columns' widths and the rows' heights in pixels. */
export function printLayout(print: PrintPlan, columnPx: (c: number) => number, rowPx: (r: number) => number, used: CellRange): PrintLayout {
  const area = parseRange(print.area) ?? used;
  const landscape = print.orientation === 'landscape';
  const pageWidthPx = (landscape ? 297 : 210) * MM;
  const pageHeightPx = (landscape ? 210 : 297) * MM;
  const innerW = pageWidthPx - 2 * MARGIN_MM * MM;
  const innerH = pageHeightPx - 2 * MARGIN_MM * MM;
  let width = 0;
  for (let c = area.c1; c <= area.c2; c++) width += columnPx(c);
  const scale = print.fitToWidth && width > innerW ? innerW / width : 1;
  const titles = print.titleRows ? parseTitleRows(print.titleRows) : [];
  const titleH = titles.reduce((h, r) => h + rowPx(r) * scale, 0);
  const pages: PageCut[] = [];
  let rows: number[] = [];
  let height = 0;
  for (let r = area.r1; r <= Math.min(area.r2, used.r2); r++) {
    const h = rowPx(r) * scale;
    if (rows.length > 0 && height + h > innerH) {
      pages.push({ rows });
      rows = titles.filter((t) => t < r);
      height = titleH;
    }
    rows.push(r);
    height += h;
  }
  if (rows.length > 0) pages.push({ rows });
  return { area, scale, pageWidthPx, pageHeightPx, pages };
}

/** "$5:$5" or "5:6" → the 0-based rows. */
export function parseTitleRows(ref: string): number[] {
  const m = /^\$?(\d+):\$?(\d+)$/.exec(ref.replace(/\s/g, ''));
  if (!m) return [];
  const from = Number(m[1]) - 1;
  const to = Number(m[2]) - 1;
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
