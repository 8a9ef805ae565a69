import { mergeClasses } from '@fluentui/react-components';
import * as React from 'react';
import { a1 } from '../../sheet/a1';
import { ERROR_MEANING } from '../editing';
import { formatValue } from '../format';
import { columnLetter, HEADER_PX, windowOf } from '../layout';
import type { CellRange, PreviewSheet, PreviewWorkbook } from '../workbook';
import { CHAR_PX, useGridStyles } from './gridStyles';

/** Where rows and columns are: sizes as prefix sums, the frozen panes, the row header's width. */
export interface Geometry {
  readonly rows: number;
  readonly cols: number;
  readonly colOff: Float64Array;
  readonly rowOff: Float64Array;
  readonly fr: number;
  readonly fc: number;
  readonly headerW: number;
}

const range = (from: number, to: number): number[] => (to < from ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i));
const mergeKey = (r: number, c: number) => `${r}:${c}`;

export interface SheetViewProps {
  readonly host: PreviewWorkbook;
  readonly sheet: PreviewSheet;
  /** The workbook's version: the cells are drawn again when it changes (sheets are mutated in place). */
  readonly version: number;
  readonly g: Geometry;
  readonly scroll: { readonly top: number; readonly left: number };
  readonly size: { readonly w: number; readonly h: number };
  readonly selected: { readonly row: number; readonly col: number };
  readonly selection: CellRange;
}

/**
 * The cells in view and the row and column headers, in the four panes of a frozen sheet. Only the rows and columns in
 * view are drawn. Memoized apart from the grid: a keystroke in the cell editor redraws the editor, not the sheet.
 */
const SheetViewInner: React.FC<SheetViewProps> = ({ host, sheet, g, scroll, size, selected, selection }) => {
  const styles = useGridStyles();
  const filled = (row: number, col: number): boolean => {
    const v = host.valueAt(sheet, row, col).value;
    return v !== null && v !== '';
  };
  const frozenW = g.colOff[g.fc]!;
  const frozenH = g.rowOff[g.fr]!;
  const bodyW = Math.max(0, size.w - g.headerW - frozenW);
  const bodyH = Math.max(0, size.h - HEADER_PX - frozenH);
  const bodyRows = windowOf(g.rowOff, scroll.top + frozenH, bodyH, g.fr);
  const bodyCols = windowOf(g.colOff, scroll.left + frozenW, bodyW, g.fc);
  const frozenRows = range(0, g.fr - 1);
  const frozenCols = range(0, g.fc - 1);
  const rowsInView = [...frozenRows, ...range(bodyRows.from, bodyRows.to)];
  const colsInView = [...frozenCols, ...range(bodyCols.from, bodyCols.to)];

  // Merged cells in view: the anchor's content spans the area, the covered cells are not drawn. A merge starting in the
  // frozen columns and reaching past them (a form's title over A:H) is drawn whole, in a band of its own that does not
  // scroll sideways; any other merge crossing the freeze line is drawn in each pane it reaches, each showing its part.
  const merged = new Map<string, CellRange>();
  const rMin = rowsInView[0] ?? 0;
  const rMax = rowsInView[rowsInView.length - 1] ?? 0;
  const cMin = colsInView[0] ?? 0;
  const cMax = colsInView[colsInView.length - 1] ?? 0;
  const mergesInView = sheet.merges.filter((m) => !(m.r2 < rMin || m.r1 > rMax || m.c2 < cMin || m.c1 > cMax));
  for (const m of mergesInView) for (let r = m.r1; r <= m.r2; r++) for (let c = m.c1; c <= m.c2; c++) merged.set(mergeKey(r, c), m);
  const areaOf = (r: number, c: number): CellRange => merged.get(mergeKey(r, c)) ?? { r1: r, c1: c, r2: r, c2: c };
  /** A cell's box in a pane: `xs`, `ys` are the pane's shifts (0 when frozen, frozen size + scroll otherwise). */
  const rect = (area: CellRange, xs: number, ys: number) => ({
    left: g.colOff[area.c1]! - xs,
    top: g.rowOff[area.r1]! - ys,
    width: g.colOff[area.c2 + 1]! - g.colOff[area.c1]!,
    height: g.rowOff[area.r2 + 1]! - g.rowOff[area.r1]!,
  });

  /** The width a cell's text may take: its own, and that of each empty, unfilled, unmerged cell after it in view. */
  const spillWidth = (r: number, c: number, own: number, needed: number): number => {
    let width = own;
    for (let n = c + 1; n <= cMax && n < c + 12 && width < needed; n++) {
      if (merged.has(mergeKey(r, n)) || filled(r, n) || host.cellView(sheet, r, n).fill) break;
      width += g.colOff[n + 1]! - g.colOff[n]!;
    }
    return width;
  };

  /** `owner`: this pane holds the cell's top-left corner (the copy a test or a screen reader addresses). */
  const renderCell = (area: CellRange, xs: number, ys: number, owner: boolean) => {
    const box = rect(area, xs, ys);
    if (box.width <= 0) return null;
    const { r1: r, c1: c } = area;
    const v = host.cellView(sheet, r, c);
    const text = v.error ? String(v.value) : formatValue(v.value, v.numberFormat);
    const st = v.style;
    const numeric = typeof v.value === 'number' && !v.error;
    const align = st?.horizontal ?? (numeric ? 'right' : typeof v.value === 'boolean' || v.error ? 'center' : 'left');
    const address = a1(r, c);
    const meaning = v.error ? ERROR_MEANING[String(v.value)] : undefined;
    const errorTitle = v.error ? `${String(v.value)}: ${v.errorMessage ?? (meaning ? `${meaning.vi} / ${meaning.en}` : '')}` : undefined;
    const title = v.note ?? errorTitle ?? (text.length > 20 ? text : undefined);
    // Text too long for its cell runs on over the empty cells to its right, as in Excel ("Không hoàn" in D4).
    // A right-aligned text (a formula's classification) that cannot fit runs on to the right too, its start readable.
    const needed = text.length * CHAR_PX + 8;
    const spill = !st?.wrap && typeof v.value === 'string' && needed > box.width && area.r1 === area.r2 && area.c1 === area.c2 ? spillWidth(r, c, box.width, needed) : 0;
    return (
      <div
        key={address}
        data-cell={address}
        {...(owner ? { 'data-testid': `cell-${address}` } : {})}
        {...(v.fill ? { 'data-fill': v.fill } : {})}
        {...(v.note ? { 'data-note': 'true' } : {})}
        className={mergeClasses(styles.cell, st?.border && styles.bordered)}
        style={{
          ...box,
          backgroundColor: v.fill ?? undefined,
          fontWeight: st?.bold ? 600 : undefined,
          fontStyle: st?.italic ? 'italic' : undefined,
          color: v.error ? '#C00000' : st?.fontColor,
          fontSize: st?.fontSize ? `${st.fontSize}px` : undefined,
          justifyContent: align === 'right' ? 'flex-end' : align === 'center' ? 'center' : 'flex-start',
          alignItems: st?.vertical === 'top' ? 'flex-start' : st?.vertical === 'center' ? 'center' : 'flex-end',
          textAlign: align,
          ...(spill > box.width ? { overflow: 'visible', zIndex: 1 } : {}),
        }}
        title={title}
      >
        {/* The cell's fill stays in the cell, as in Excel; the text runs on over white. */}
        {spill > box.width ? (
          <span className={styles.spill} style={{ width: spill, background: v.fill ? `linear-gradient(to right, ${v.fill} ${box.width - 1}px, #FFFFFF ${box.width - 1}px)` : '#FFFFFF', justifyContent: 'flex-start' }} data-spill="true">
            {text}
          </span>
        ) : (
          <span className={st?.wrap ? styles.wrap : styles.nowrap}>{text}</span>
        )}
        {v.note ? <span className={styles.note} aria-hidden="true" /> : null}
      </div>
    );
  };

  const selArea = areaOf(selected.row, selected.col);
  const showRange = selection.r1 !== selection.r2 || selection.c1 !== selection.c2;

  const crossesFrozenColumns = (m: CellRange) => g.fc > 0 && m.c1 < g.fc && m.c2 >= g.fc && m.c2 > m.c1;

  /** Merges from the frozen columns into the scrolled ones, over one band of rows: drawn whole, above the panes. */
  const band = (id: string, rowFrozen: boolean, box: React.CSSProperties) => {
    const ys = rowFrozen ? 0 : frozenH + scroll.top;
    const here = mergesInView.filter((m) => crossesFrozenColumns(m) && m.r1 < g.fr === rowFrozen);
    const selectedHere = crossesFrozenColumns(selArea) && selArea.r1 < g.fr === rowFrozen;
    if (here.length === 0 && !selectedHere) return null;
    return (
      <div key={id} className={mergeClasses(styles.layer, styles.band)} style={box}>
        {here.map((m) => renderCell(m, 0, ys, true))}
        {selectedHere ? <div className={styles.selection} style={{ ...rect(selArea, 0, ys), pointerEvents: 'none' }} data-testid="preview-selection" /> : null}
      </div>
    );
  };

  /** One of the four panes (frozen rows × frozen columns, frozen × scrolled, …). */
  const layer = (id: string, rows: readonly number[], cols: readonly number[], box: React.CSSProperties, rowFrozen: boolean, colFrozen: boolean) => {
    const xs = colFrozen ? 0 : frozenW + scroll.left;
    const ys = rowFrozen ? 0 : frozenH + scroll.top;
    const owns = (r: number, c: number) => r < g.fr === rowFrozen && c < g.fc === colFrozen;
    const [r0, r1] = [rows[0] ?? 0, rows[rows.length - 1] ?? -1];
    const [c0, c1] = [cols[0] ?? 0, cols[cols.length - 1] ?? -1];
    const mergesHere = mergesInView.filter((m) => !crossesFrozenColumns(m) && !(m.r2 < r0 || m.r1 > r1 || m.c2 < c0 || m.c1 > c1));
    return (
      <div key={id} className={mergeClasses(styles.layer, colFrozen && g.fc > 0 && styles.frozenRight, rowFrozen && g.fr > 0 && styles.frozenBottom)} style={box}>
        {rows.flatMap((r) => cols.map((c) => (merged.has(mergeKey(r, c)) ? null : renderCell({ r1: r, c1: c, r2: r, c2: c }, xs, ys, true))))}
        {mergesHere.map((m) => renderCell(m, xs, ys, owns(m.r1, m.c1)))}
        {owns(selected.row, selected.col) && !crossesFrozenColumns(selArea) ? (
          <div className={styles.selection} style={rect(selArea, xs, ys)} data-testid="preview-selection" />
        ) : null}
        {showRange && owns(selection.r1, selection.c1) ? <div className={styles.range} style={rect(selection, xs, ys)} data-testid="preview-range" /> : null}
      </div>
    );
  };

  const bodyRowList = range(bodyRows.from, bodyRows.to);
  const bodyColList = range(bodyCols.from, bodyCols.to);
  const top = HEADER_PX;
  const left = g.headerW;
  const layers = [
    g.fr > 0 && g.fc > 0 ? layer('q00', frozenRows, frozenCols, { left, top, width: frozenW, height: frozenH }, true, true) : null,
    g.fr > 0 ? layer('q01', frozenRows, bodyColList, { left: left + frozenW, top, width: bodyW, height: frozenH }, true, false) : null,
    g.fc > 0 ? layer('q10', bodyRowList, frozenCols, { left, top: top + frozenH, width: frozenW, height: bodyH }, false, true) : null,
    layer('q11', bodyRowList, bodyColList, { left: left + frozenW, top: top + frozenH, width: bodyW, height: bodyH }, false, false),
    band('b0', true, { left, top, width: frozenW + bodyW, height: frozenH }),
    band('b1', false, { left, top: top + frozenH, width: frozenW + bodyW, height: bodyH }),
  ];

  const colHeader = (c: number, x: number) => {
    const width = g.colOff[c + 1]! - g.colOff[c]!;
    if (width <= 0) return null;
    return (
      <div key={`c${c}`} className={mergeClasses(styles.header, c >= Math.min(selArea.c1, selection.c1) && c <= Math.max(selArea.c2, selection.c2) && styles.headerOn)} style={{ left: x, top: 0, width, height: HEADER_PX }}>
        {columnLetter(c)}
      </div>
    );
  };
  const rowHeader = (r: number, y: number) => (
    <div
      key={`r${r}`}
      className={mergeClasses(styles.header, r >= Math.min(selArea.r1, selection.r1) && r <= Math.max(selArea.r2, selection.r2) && styles.headerOn)}
      style={{ top: y, left: 0, width: g.headerW, height: g.rowOff[r + 1]! - g.rowOff[r]! }}
    >
      {r + 1}
    </div>
  );

  return (
    <>
      {layers}
      <div className={styles.layer} style={{ left: 0, top: 0, width: g.headerW, height: HEADER_PX }}>
        <div className={styles.header} style={{ left: 0, top: 0, width: g.headerW, height: HEADER_PX }} />
      </div>
      <div className={styles.layer} style={{ left, top: 0, width: frozenW, height: HEADER_PX }}>
        {frozenCols.map((c) => colHeader(c, g.colOff[c]!))}
      </div>
      <div className={styles.layer} style={{ left: left + frozenW, top: 0, width: bodyW, height: HEADER_PX }}>
        {bodyColList.map((c) => colHeader(c, g.colOff[c]! - frozenW - scroll.left))}
      </div>
      <div className={styles.layer} style={{ left: 0, top, width: g.headerW, height: frozenH }}>
        {frozenRows.map((r) => rowHeader(r, g.rowOff[r]!))}
      </div>
      <div className={styles.layer} style={{ left: 0, top: top + frozenH, width: g.headerW, height: bodyH }}>
        {bodyRowList.map((r) => rowHeader(r, g.rowOff[r]! - frozenH - scroll.top))}
      </div>
    </>
  );
};

const sameRange = (a: CellRange, b: CellRange) => a.r1 === b.r1 && a.c1 === b.c1 && a.r2 === b.r2 && a.c2 === b.c2;

export const SheetView = React.memo(
  SheetViewInner,
  (a, b) =>
    a.host === b.host &&
    a.sheet === b.sheet &&
    a.version === b.version &&
    a.g === b.g &&
    a.scroll === b.scroll &&
    a.size === b.size &&
    a.selected.row === b.selected.row &&
    a.selected.col === b.selected.col &&
    sameRange(a.selection, b.selection),
);
