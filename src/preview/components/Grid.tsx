import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { a1, parseA1 } from '../../sheet/a1';
import { editText, formatValue } from '../format';
import {
  columnLetter,
  columnWidths,
  HEADER_PX,
  MIN_COLUMNS,
  MIN_ROWS,
  prefixSums,
  revealScroll,
  rowHeights,
  SPARE_COLUMNS,
  SPARE_ROWS,
  windowOf,
} from '../layout';
import type { CellRange, PreviewSheet, PreviewWorkbook } from '../workbook';
import { FormulaBar } from './FormulaBar';
import { SheetTabs } from './SheetTabs';

const EXCEL_GREEN = '#217346';
const GRIDLINE = '#E1E1E1';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
  scroller: {
    flex: '1 1 auto',
    minHeight: 0,
    overflow: 'auto',
    position: 'relative',
    outlineStyle: 'none',
    ':focus-visible': { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}` },
  },
  // 'clip', not 'hidden': a clipped box cannot be scrolled by focus() or scrollIntoView(), which would shift one pane against the others.
  viewport: { position: 'sticky', top: 0, left: 0, overflow: 'clip', backgroundColor: '#FFFFFF' },
  layer: { position: 'absolute', overflow: 'clip' },
  // Over the panes, letting clicks through except on its own cells.
  band: { pointerEvents: 'none', '& > *': { pointerEvents: 'auto' } },
  frozenRight: { borderRight: '1px solid #9E9E9E', boxSizing: 'content-box' },
  frozenBottom: { borderBottom: '1px solid #9E9E9E', boxSizing: 'content-box' },
  cell: {
    position: 'absolute',
    boxSizing: 'border-box',
    display: 'flex',
    padding: '1px 4px',
    overflow: 'hidden',
    borderRight: `1px solid ${GRIDLINE}`,
    borderBottom: `1px solid ${GRIDLINE}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: '13px',
    lineHeight: '16px',
    color: '#000000',
    cursor: 'cell',
  },
  bordered: { borderRight: '1px solid #A6A6A6', borderBottom: '1px solid #A6A6A6' },
  wrap: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', overflow: 'hidden', width: '100%', maxHeight: '100%' },
  nowrap: { whiteSpace: 'pre', overflow: 'hidden', width: '100%' },
  note: {
    position: 'absolute',
    top: 0,
    right: 0,
    width: 0,
    height: 0,
    borderTop: '7px solid #D13438',
    borderLeft: '7px solid transparent',
  },
  selection: { position: 'absolute', boxSizing: 'border-box', border: `2px solid ${EXCEL_GREEN}`, pointerEvents: 'none', zIndex: 2 },
  editor: {
    position: 'absolute',
    zIndex: 3,
    boxSizing: 'border-box',
    border: `2px solid ${EXCEL_GREEN}`,
    padding: '1px 3px',
    fontFamily: tokens.fontFamilyBase,
    fontSize: '13px',
    outlineStyle: 'none',
    backgroundColor: '#FFFFFF',
    boxShadow: tokens.shadow8,
  },
  header: {
    position: 'absolute',
    boxSizing: 'border-box',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: '#F3F3F3',
    color: '#444444',
    fontFamily: tokens.fontFamilyBase,
    fontSize: '11px',
    borderRight: '1px solid #D0D0D0',
    borderBottom: '1px solid #D0D0D0',
    userSelect: 'none',
  },
  headerOn: { backgroundColor: '#D2E6D9', color: EXCEL_GREEN, fontWeight: 700, borderBottom: `2px solid ${EXCEL_GREEN}` },
  status: { color: tokens.colorPaletteRedForeground1, padding: `0 ${tokens.spacingHorizontalS}`, fontSize: tokens.fontSizeBase200 },
});

interface Editing {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly text: string;
  /** What the cell held when editing began: unchanged text is not written back. */
  readonly original: string;
  readonly from: 'cell' | 'bar';
}

interface Geometry {
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

/** Rows and columns drawn: the used range and the selected cell, and some spare ones to type into. */
function geometryOf(host: PreviewWorkbook, sheet: PreviewSheet, selected: { row: number; col: number }): Geometry {
  const dims = host.dimensions(sheet.name);
  const rows = Math.max(MIN_ROWS, dims.rows + SPARE_ROWS, selected.row + 1 + SPARE_ROWS);
  const cols = Math.max(MIN_COLUMNS, dims.columns + SPARE_COLUMNS, selected.col + 1 + SPARE_COLUMNS);
  return {
    rows,
    cols,
    colOff: prefixSums(columnWidths(sheet.columns, cols)),
    rowOff: prefixSums(rowHeights(rows, sheet.rowLines)),
    fr: Math.min(sheet.frozen.rows, rows),
    fc: Math.min(sheet.frozen.columns, cols),
    headerW: Math.max(40, 12 + 8 * String(rows).length),
  };
}

export interface GridProps {
  readonly host: PreviewWorkbook;
  /** F6 in the grid: where the focus goes next (the task pane). */
  readonly onLeave?: () => void;
}

/**
 * The workbook as a grid: a formula bar, the active sheet and its tabs. Only the rows and columns in view are rendered
 * (frozen panes kept in place), so a 10,000-row sheet scrolls as a small one does. Click a cell, type, Enter: the value
 * or formula ("=…", custom functions included) goes to the workbook, whose formulas HyperFormula recomputes. Keys as in
 * Excel (arrows, Tab, Enter, F2, Delete, Esc); F6 leaves for the task pane.
 */
export const Grid: React.FC<GridProps> = ({ host, onLeave }) => {
  const styles = useStyles();
  const version = React.useSyncExternalStore(host.subscribe, host.getVersion);
  const active = host.active;
  const sheet = host.sheet(active);
  const scroller = React.useRef<HTMLDivElement>(null);
  const [size, setSize] = React.useState({ w: 800, h: 500 });
  const [scroll, setScroll] = React.useState({ top: 0, left: 0 });
  const saved = React.useRef(new Map<string, { top: number; left: number }>());
  const shown = React.useRef(active);
  const [editing, setEditingState] = React.useState<Editing | null>(null);
  const editingRef = React.useRef<Editing | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const nameId = React.useId();

  const selectedAddress = host.selectionOf(active);
  const selected = parseA1(selectedAddress) ?? { row: 0, col: 0 };
  // `version`: the workbook changed (its sheets are mutated in place).
  const g = React.useMemo(() => (sheet ? geometryOf(host, sheet, selected) : null), [host, sheet, version, selectedAddress]);

  const setEditing = (next: Editing | null) => {
    editingRef.current = next;
    setEditingState(next);
  };

  React.useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setSize({ w: el.clientWidth, h: el.clientHeight });
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  /** Scrolls so that a cell is in view (frozen rows and columns stay put). */
  const reveal = React.useCallback(
    (row: number, col: number) => {
      const el = scroller.current;
      if (!el || !g) return;
      const r = Math.min(row, g.rows - 1);
      const c = Math.min(col, g.cols - 1);
      const top = revealScroll(g.rowOff, r, g.fr, el.scrollTop, el.clientHeight - HEADER_PX);
      const left = revealScroll(g.colOff, c, g.fc, el.scrollLeft, el.clientWidth - g.headerW);
      if (top !== el.scrollTop) el.scrollTop = top;
      if (left !== el.scrollLeft) el.scrollLeft = left;
      setScroll({ top: el.scrollTop, left: el.scrollLeft });
    },
    [g],
  );

  // Another sheet shown: its own scroll position back, as Excel keeps one a sheet.
  React.useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || shown.current === active) return;
    shown.current = active;
    const back = saved.current.get(active) ?? { top: 0, left: 0 };
    el.scrollTop = back.top;
    el.scrollLeft = back.left;
    setScroll({ top: el.scrollTop, left: el.scrollLeft });
  }, [active]);

  // An operation selected a cell (an issue clicked in the pane, a template filled): bring it into view.
  React.useLayoutEffect(() => {
    const at = parseA1(host.selectionOf(host.active));
    if (at) reveal(at.row, at.col);
  }, [host.revealed]);

  // A cell reached with the keyboard, a click or the name box: into view once the grid is drawn for it.
  const pendingReveal = React.useRef(false);
  React.useLayoutEffect(() => {
    if (!pendingReveal.current) return;
    pendingReveal.current = false;
    reveal(selected.row, selected.col);
  });

  if (!sheet || !g) return <div className={styles.root} />;

  const focusGrid = () => scroller.current?.focus({ preventScroll: true });

  const visibleCol = (col: number, step: number): number => {
    let c = col;
    do c += step;
    while (c > 0 && c < g.cols - 1 && g.colOff[c + 1]! - g.colOff[c]! === 0);
    return Math.max(0, Math.min(g.cols - 1, c));
  };

  const select = (row: number, col: number) => {
    pendingReveal.current = true;
    host.setSelection(active, a1(row, col));
  };

  const move = (from: { row: number; col: number }, dr: number, dc: number) =>
    select(Math.max(0, Math.min(g.rows - 1, from.row + dr)), dc === 0 ? from.col : visibleCol(from.col, dc));

  const currentText = (row: number, col: number): string => {
    const v = host.cellView(sheet, row, col);
    return editText(v.value, v.formula);
  };

  const startEdit = (text: string, from: Editing['from'], original = currentText(selected.row, selected.col)) =>
    setEditing({ sheet: active, row: selected.row, col: selected.col, text, original, from });

  /** Writes what was typed; a refusal (beyond the engine's 40,000 rows, say) is shown above the grid. */
  const write = (sheetName: string, address: string, text: string) => {
    try {
      host.setInput(sheetName, address, text);
      setProblem(null);
    } catch (e) {
      setProblem(`Không ghi được ô ${address} / Could not write ${address}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  const commit = (dr = 0, dc = 0) => {
    const ed = editingRef.current;
    if (!ed) return;
    setEditing(null);
    if (ed.text !== ed.original) write(ed.sheet, a1(ed.row, ed.col), ed.text);
    if ((dr !== 0 || dc !== 0) && ed.sheet === active) move(ed, dr, dc);
    focusGrid();
  };

  const cancel = () => {
    setEditing(null);
    focusGrid();
  };

  const cellAt = (target: EventTarget): { row: number; col: number } | null => {
    const el = (target as HTMLElement).closest?.('[data-cell]');
    return el ? parseA1(el.getAttribute('data-cell') ?? '') : null;
  };

  const onMouseDown = (e: React.MouseEvent) => {
    const at = cellAt(e.target);
    if (!at || e.button !== 0) return;
    if (editingRef.current && editingRef.current.row === at.row && editingRef.current.col === at.col) return;
    e.preventDefault();
    commit();
    select(at.row, at.col);
    focusGrid();
  };

  const onDoubleClick = (e: React.MouseEvent) => {
    const at = cellAt(e.target);
    if (!at) return;
    const text = currentText(at.row, at.col);
    setEditing({ sheet: active, row: at.row, col: at.col, text, original: text, from: 'cell' });
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (editingRef.current || e.target !== scroller.current) return;
    const arrows: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    const step =
      arrows[e.key] ??
      (e.key === 'Enter' ? ([e.shiftKey ? -1 : 1, 0] as [number, number]) : e.key === 'Tab' ? ([0, e.shiftKey ? -1 : 1] as [number, number]) : undefined);
    if (step) {
      e.preventDefault();
      move(selected, step[0], step[1]);
    } else if (e.key === 'F6') {
      // Tab moves between cells, as in Excel; F6 goes on to the task pane (Excel's key between panes).
      e.preventDefault();
      onLeave?.();
    } else if (e.key === 'F2') {
      e.preventDefault();
      const text = currentText(selected.row, selected.col);
      startEdit(text, 'cell', text);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      write(active, a1(selected.row, selected.col), '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEdit(e.key, 'cell');
    }
  };

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const next = { top: el.scrollTop, left: el.scrollLeft };
    saved.current.set(active, next);
    setScroll(next);
  };

  // ---------------------------------------------------------------------------------------------------------
  // What is in view

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
    const title = v.note ?? (text.length > 20 ? text : undefined);
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
        }}
        title={title}
      >
        <span className={st?.wrap ? styles.wrap : styles.nowrap}>{text}</span>
        {v.note ? <span className={styles.note} aria-hidden="true" /> : null}
      </div>
    );
  };

  const selArea = areaOf(selected.row, selected.col);
  const editHere = editing && editing.sheet === active && editing.from === 'cell' ? editing : null;

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
        {editHere && owns(editHere.row, editHere.col) ? (
          <input
            className={styles.editor}
            data-testid="preview-editor"
            aria-label={`Sửa ô ${a1(editHere.row, editHere.col)} / Edit ${a1(editHere.row, editHere.col)}`}
            style={{ ...rect(areaOf(editHere.row, editHere.col), xs, ys), minWidth: 120 }}
            value={editHere.text}
            spellCheck={false}
            ref={(el) => {
              if (el && document.activeElement !== el) {
                el.focus({ preventScroll: true });
                el.setSelectionRange(el.value.length, el.value.length);
              }
            }}
            onChange={(e) => setEditing({ ...editHere, text: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commit(e.shiftKey ? -1 : 1, 0);
              } else if (e.key === 'Tab') {
                e.preventDefault();
                commit(0, e.shiftKey ? -1 : 1);
              } else if (e.key === 'Escape') {
                e.preventDefault();
                cancel();
              }
            }}
            onBlur={() => commit()}
          />
        ) : null}
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
      <div key={`c${c}`} className={mergeClasses(styles.header, c >= selArea.c1 && c <= selArea.c2 && styles.headerOn)} style={{ left: x, top: 0, width, height: HEADER_PX }}>
        {columnLetter(c)}
      </div>
    );
  };
  const rowHeader = (r: number, y: number) => (
    <div
      key={`r${r}`}
      className={mergeClasses(styles.header, r >= selArea.r1 && r <= selArea.r2 && styles.headerOn)}
      style={{ top: y, left: 0, width: g.headerW, height: g.rowOff[r + 1]! - g.rowOff[r]! }}
    >
      {r + 1}
    </div>
  );

  const barText = editing && editing.sheet === active ? editing.text : currentText(selected.row, selected.col);
  const validation = host.validationAt(sheet, selected.row, selected.col);
  const totalW = g.headerW + g.colOff[g.cols]!;
  const totalH = HEADER_PX + g.rowOff[g.rows]!;

  return (
    <div className={styles.root}>
      <FormulaBar
        address={selectedAddress}
        text={barText}
        {...(validation ? { list: validation.list } : {})}
        describedBy={nameId}
        onFocusEdit={() => {
          if (!editingRef.current) {
            const text = currentText(selected.row, selected.col);
            startEdit(text, 'bar', text);
          }
        }}
        onChange={(text) => {
          const ed = editingRef.current;
          setEditing(ed ? { ...ed, text } : { sheet: active, row: selected.row, col: selected.col, text, original: currentText(selected.row, selected.col), from: 'bar' });
        }}
        onCommit={() => commit(editingRef.current?.from === 'bar' ? 1 : 0, 0)}
        onCancel={cancel}
        onGoTo={(address) => {
          const at = parseA1(address);
          if (!at) return false;
          select(at.row, at.col);
          focusGrid();
          return true;
        }}
        onPick={(value) => {
          setEditing(null);
          write(active, selectedAddress, value);
          focusGrid();
        }}
      />
      {problem ? (
        <div className={styles.status} role="alert">
          {problem}
        </div>
      ) : null}
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={0}
        role="application"
        aria-roledescription="bảng tính / spreadsheet"
        aria-label={`Trang tính “${sheet.name}”: mũi tên, Tab, Enter để di chuyển, gõ để nhập, F2 để sửa, F6 sang ngăn tác vụ / Sheet “${sheet.name}”: arrows, Tab, Enter move, type to enter, F2 edits, F6 goes to the task pane`}
        aria-describedby={nameId}
        data-testid="preview-grid"
        data-sheet={sheet.name}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
        onMouseDown={onMouseDown}
        onDoubleClick={onDoubleClick}
      >
        <div style={{ width: Math.max(totalW, size.w), height: Math.max(totalH, size.h), position: 'relative' }}>
          <div className={styles.viewport} style={{ width: size.w, height: size.h }}>
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
          </div>
        </div>
      </div>
      <SheetTabs
        sheets={host.sheets.map((s) => s.name)}
        active={active}
        onActivate={(name) => {
          commit();
          host.activate(name);
        }}
      />
    </div>
  );
};
