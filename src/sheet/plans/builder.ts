import type { Msg } from '../../scoring';
import { a1, columnLetter, parseA1, range } from '../a1';
import type { CellStyle, ColumnPlan, ListValidation, PlanCell, PrintPlan, SheetLayout, SheetPlan, StyleName } from '../types';

/** Template marker: "chamdiem:<templateId>:<layout version>" in a hidden cell of row 1 (column Z), read back by the check. */
export const MARKER_ROW = 0;
export const MARKER_COL = 25;
export const MARKER_PREFIX = 'chamdiem:';
export const markerText = (templateId: string, version = 1): string => `${MARKER_PREFIX}${templateId}:${version}`;

/** First hidden column holding the dropdown lists (AA), right of the marker. */
export const LISTS_COL = 26;

/** Head block every host reads from each sheet in the summary's single read: marker and the person's totals live here.
 * 40 columns wide: the marker (Z) is still found after columns are inserted before it. */
export const HEAD = { rows: 12, columns: 40 } as const;

/** The look of the official forms: Times New Roman-like sizes are left to the host; colours mark what the user types. */
export const STYLES: Readonly<Record<StyleName, CellStyle>> = {
  title: { bold: true, fontSize: 14, horizontal: 'center', vertical: 'center', wrap: true },
  subtitle: { italic: true, horizontal: 'center', wrap: true },
  header: { bold: true, fill: '#D9E2F3', horizontal: 'center', vertical: 'center', wrap: true, border: true },
  section: { bold: true, fill: '#EDEDED', wrap: true, vertical: 'top', border: true },
  group: { bold: true, wrap: true, vertical: 'top', border: true },
  criterion: { wrap: true, vertical: 'top', border: true },
  method: { italic: true, wrap: true, vertical: 'top', border: true, fontColor: '#404040' },
  input: { fill: '#FFF2CC', vertical: 'top', border: true, wrap: true },
  inputHeader: { bold: true, fill: '#FFE699', horizontal: 'center', vertical: 'center', wrap: true, border: true },
  computed: { fill: '#E2EFDA', vertical: 'top', border: true, horizontal: 'right' },
  total: { bold: true, fill: '#C6E0B4', border: true, horizontal: 'right' },
  label: { fontColor: '#595959', italic: true, vertical: 'top', wrap: true, border: true },
  marker: { fontColor: '#FFFFFF', fontSize: 8 },
  plain: {},
};

/** Excel's default row height (points) for 11 pt text. */
const DEFAULT_ROW_PT = 15;
/** Line spacing of wrapped text, in font sizes. */
const LINE_SPACING = 1.25;
/** Characters of prose on one line per unit of column width (the width of a "0"), word breaks and wider fonts included. */
const CHARS_PER_WIDTH = 1.0;

/** Lines a paragraph takes when wrapped at word breaks into lines of `perLine` characters (a longer word is cut). */
function wrappedLines(text: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) used = need;
    else if (word.length <= perLine) {
      lines++;
      used = word.length;
    } else {
      lines += used === 0 ? Math.ceil(word.length / perLine) - 1 : Math.ceil(word.length / perLine);
      used = word.length % perLine || perLine;
    }
  }
  return lines;
}

/** Builds a SheetPlan cell by cell; the result is plain data. */
export class PlanBuilder {
  private readonly grid: (PlanCell | undefined)[][] = [];
  private readonly merges: string[] = [];
  private readonly validations: ListValidation[] = [];
  private readonly columns: ColumnPlan[] = [];
  private frozen = { rows: 0, columns: 0 };
  readonly rowOf: Record<string, number> = {};

  constructor(
    private readonly templateId: string,
    private readonly title: Msg,
    private readonly sheetName: string,
  ) {
    this.set(MARKER_ROW, MARKER_COL, { value: markerText(templateId), style: 'marker' });
  }

  set(row: number, col: number, cell: PlanCell): this {
    const r = (this.grid[row] ??= []);
    r[col] = cell;
    return this;
  }

  get(row: number, col: number): PlanCell | undefined {
    return this.grid[row]?.[col];
  }

  merge(r1: number, c1: number, r2: number, c2: number): this {
    this.merges.push(range(r1, c1, r2, c2));
    return this;
  }

  validate(row: number, col: number, list: readonly (string | number)[], prompt?: string, error?: string): this {
    this.validations.push({ range: a1(row, col), list, source: this.listSource(list), ...(prompt ? { prompt } : {}), ...(error ? { error } : {}) });
    return this;
  }

  private readonly lists = new Map<string, string>();

  /** Each distinct list once, down a hidden column from AA on (real numbers in cells, labels with commas intact). */
  private listSource(list: readonly (string | number)[]): string {
    const key = JSON.stringify(list);
    const known = this.lists.get(key);
    if (known) return known;
    const col = LISTS_COL + this.lists.size;
    list.forEach((v, r) => this.set(r, col, { value: v, style: 'plain' }));
    this.column(col, 12, true);
    const source = `$${columnLetter(col)}$1:$${columnLetter(col)}$${Math.max(1, list.length)}`;
    this.lists.set(key, source);
    return source;
  }

  column(col: number, width: number, hidden = false): this {
    this.columns[col] = hidden ? { width, hidden } : { width };
    return this;
  }

  freeze(rows: number, columns: number): this {
    this.frozen = { rows, columns };
    return this;
  }

  build(print: PrintPlan, layout: Omit<SheetLayout, 'rowOf'>): SheetPlan {
    const width = Math.max(MARKER_COL + 1, ...Array.from(this.grid, (r) => r?.length ?? 0));
    const grid = Array.from({ length: this.grid.length }, (_, r) => Array.from({ length: width }, (_, c) => this.grid[r]?.[c]));
    const columns = Array.from({ length: width }, (_, c) => this.columns[c] ?? (c >= LISTS_COL ? { width: 12, hidden: true } : { width: 10 }));
    columns[MARKER_COL] = { width: 4, hidden: true };
    const rowHeights = this.rowHeights(grid, columns);
    return {
      templateId: this.templateId,
      sheetName: this.sheetName,
      title: this.title,
      grid,
      merges: this.merges,
      validations: this.validations,
      columns,
      frozen: this.frozen,
      print,
      styles: STYLES,
      layout: { ...layout, rowOf: this.rowOf },
      ...(rowHeights.some((h) => h !== undefined) ? { rowHeights } : {}),
    };
  }

  /**
   * The height (points) each row needs for its wrapped text, from the text's length and its column's width (a merged
   * cell: the merged columns' widths): without it a row keeps 15 pt and a wrapped criterion prints over the next rows.
   * Widths are estimated for the wider of the fonts a host may substitute (Calibri, or DejaVu Sans in LibreOffice).
   */
  private rowHeights(grid: readonly (readonly (PlanCell | undefined)[])[], columns: readonly ColumnPlan[]): (number | undefined)[] {
    const spans = new Map<string, { cols: number[]; rows: number }>();
    for (const m of this.merges) {
      const [from = m, to = from] = m.split(':');
      const p = parseA1(from);
      const q = parseA1(to);
      if (p && q) spans.set(`${p.row}:${p.col}`, { cols: Array.from({ length: q.col - p.col + 1 }, (_, i) => p.col + i), rows: q.row - p.row + 1 });
    }
    return grid.map((row, r) => {
      let need = 0;
      row.forEach((cell, c) => {
        if (!cell || cell.value === null || cell.value === undefined || cell.value === '') return;
        const style = STYLES[cell.style ?? 'plain'];
        if (!style.wrap) return;
        if (columns[c]?.hidden) return;
        const span = spans.get(`${r}:${c}`) ?? { cols: [c], rows: 1 };
        const width = span.cols.reduce((w, k) => w + (columns[k]?.hidden ? 0 : (columns[k]?.width ?? 9)), 0);
        const size = style.fontSize ?? 11;
        const perLine = Math.max(1, Math.floor((width * CHARS_PER_WIDTH * 11) / size / (style.bold ? 1.1 : 1)));
        const lines = String(cell.value)
          .split('\n')
          .reduce((n, line) => n + wrappedLines(line, perLine), 0);
        need = Math.max(need, (lines * size * LINE_SPACING + 4) / span.rows);
      });
      return need > DEFAULT_ROW_PT ? Math.ceil(need) : undefined;
    });
  }
}

/** Excel formula text literal. */
export const str = (s: string): string => `"${s.replace(/"/g, '""')}"`;
/** A number in a formula (invariant: "." decimal point). */
export const numLit = (n: number): string => String(n);
