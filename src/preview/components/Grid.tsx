import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { a1, parseA1 } from '../../sheet/a1';
import { dataEdge, ERROR_MEANING, formulaProblem, listAccepts, listShown, parseTsv, refusedValue, shiftFormula, toTsv } from '../editing';
import { editText, formatValue } from '../format';
import { parseTyped } from '../input';
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
/** Average character width (px) of the grid's 13 px font: whether a text fits its cell, without measuring it. */
const CHAR_PX = 6.6;
const GRIDLINE = '#E1E1E1';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
  scroller: {
    flex: '1 1 auto',
    minHeight: 0,
    overflow: 'auto',
    position: 'relative',
    outlineStyle: 'none',
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
  /** The keyboard's target while no cell is edited: an input at the selected cell, so input methods compose into it. */
  sink: { opacity: 0, pointerEvents: 'none', caretColor: 'transparent', boxShadow: 'none', border: 'none', zIndex: 1 },
  range: { position: 'absolute', boxSizing: 'border-box', backgroundColor: 'rgba(33, 115, 70, 0.12)', border: `1px solid ${EXCEL_GREEN}`, pointerEvents: 'none', zIndex: 2 },
  spill: { position: 'absolute', top: 0, bottom: '1px', left: 0, padding: '1px 4px', display: 'flex', alignItems: 'inherit', whiteSpace: 'pre', overflow: 'hidden', pointerEvents: 'none', zIndex: 1 },
  focusedGrid: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}` },
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
  /** Excel's two modes: "enter" (typing over a cell: arrows commit and move) and "edit" (F2, a double-click: arrows move the caret). */
  readonly mode: 'enter' | 'edit';
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

/** Excel's sheet bounds (the engine's own limits are lower; a write past them is refused with a message). */
const LAST_ROW = 1_048_575;

/**
 * The workbook as a grid: a formula bar, the active sheet and its tabs. Only the rows and columns in view are rendered
 * (frozen panes kept in place), so a 10,000-row sheet scrolls as a small one does. Click a cell, type, Enter: the value
 * or formula ("=…", custom functions included) goes to the workbook, whose formulas HyperFormula recomputes. Keys as in
 * Excel (arrows, Ctrl+arrows, Shift+arrows, Page keys, Tab, Enter, F2, Delete, Esc, Ctrl+Z/Y, Ctrl+C/V, Ctrl+D,
 * Ctrl+PgUp/PgDn); F6 leaves for the task pane.
 *
 * The keyboard's focus is an input kept at the selected cell (the "sink"), never a bare element: an input method
 * (Telex, VNI, ibus) composes only into an editable element, and its first composed letter ("Đ" of "Điều 1") then
 * starts the edit as a plain key does. The same input becomes the cell's editor, so the composition is not broken.
 */
export const Grid: React.FC<GridProps> = ({ host, onLeave }) => {
  const styles = useStyles();
  const version = React.useSyncExternalStore(host.subscribe, host.getVersion);
  const active = host.active;
  const sheet = host.sheet(active);
  const scroller = React.useRef<HTMLDivElement>(null);
  const sink = React.useRef<HTMLInputElement>(null);
  const [size, setSize] = React.useState({ w: 800, h: 500 });
  const [scroll, setScroll] = React.useState({ top: 0, left: 0 });
  const saved = React.useRef(new Map<string, { top: number; left: number }>());
  const shown = React.useRef(active);
  const [editing, setEditingState] = React.useState<Editing | null>(null);
  const editingRef = React.useRef<Editing | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [focused, setFocused] = React.useState(false);
  /** The other corner of a selected range (Shift+arrows), on the sheet it was set on. */
  const [anchor, setAnchor] = React.useState<{ sheet: string; row: number; col: number } | null>(null);
  const caretToEnd = React.useRef(false);
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

  // An operation selected a cell (an issue clicked in the pane, a template filled, an undo): bring it into view.
  React.useLayoutEffect(() => {
    const at = parseA1(host.selectionOf(host.active));
    if (at) reveal(at.row, at.col);
  }, [host.revealed]);

  // A finding opened from the pane (Enter or a click on it): the focus goes to its cell, as the issue list promises.
  const focusRequests = React.useRef(host.focusRequests);
  React.useEffect(() => {
    if (host.focusRequests === focusRequests.current) return;
    focusRequests.current = host.focusRequests;
    sink.current?.focus({ preventScroll: true });
  }, [host.focusRequests]);

  // A cell reached with the keyboard, a click or the name box: into view once the grid is drawn for it.
  const pendingReveal = React.useRef(false);
  React.useLayoutEffect(() => {
    if (!pendingReveal.current) return;
    pendingReveal.current = false;
    reveal(selected.row, selected.col);
  });

  // The cell editor opened by F2 or a double-click: the focus in it, the caret after its text.
  React.useLayoutEffect(() => {
    const el = sink.current;
    if (!el || !editing || editing.from !== 'cell') return;
    if (document.activeElement !== el) el.focus({ preventScroll: true });
    if (caretToEnd.current) {
      caretToEnd.current = false;
      el.setSelectionRange(el.value.length, el.value.length);
    }
  });

  if (!sheet || !g) return <div className={styles.root} />;

  const focusGrid = () => sink.current?.focus({ preventScroll: true });

  const visibleCol = (col: number, step: number): number => {
    let c = col;
    do c += step;
    while (c > 0 && c < g.cols - 1 && g.colOff[c + 1]! - g.colOff[c]! === 0);
    return Math.max(0, Math.min(g.cols - 1, c));
  };

  const select = (row: number, col: number, extend = false) => {
    pendingReveal.current = true;
    if (extend) {
      if (!anchor || anchor.sheet !== active) setAnchor({ sheet: active, row: selected.row, col: selected.col });
    } else if (anchor) setAnchor(null);
    host.setSelection(active, a1(Math.max(0, Math.min(LAST_ROW, row)), Math.max(0, col)));
  };

  const move = (from: { row: number; col: number }, dr: number, dc: number, extend = false) =>
    select(Math.max(0, Math.min(g.rows - 1, from.row + dr)), dc === 0 ? from.col : visibleCol(from.col, dc), extend);

  /** The selected range: the cell, or the rectangle from the anchor (Shift+arrows) to it. */
  const selection: CellRange =
    anchor && anchor.sheet === active
      ? { r1: Math.min(anchor.row, selected.row), c1: Math.min(anchor.col, selected.col), r2: Math.max(anchor.row, selected.row), c2: Math.max(anchor.col, selected.col) }
      : { r1: selected.row, c1: selected.col, r2: selected.row, c2: selected.col };

  const currentText = (row: number, col: number): string => {
    const v = host.cellView(sheet, row, col);
    return editText(v.value, v.formula);
  };

  const filled = (row: number, col: number): boolean => {
    const v = host.valueAt(sheet, row, col).value;
    return v !== null && v !== '';
  };

  const startEdit = (text: string, from: Editing['from'], mode: Editing['mode'], original = currentText(selected.row, selected.col)) => {
    caretToEnd.current = true;
    setEditing({ sheet: active, row: selected.row, col: selected.col, text, original, from, mode });
  };

  const report = (e: unknown, address: string) =>
    setProblem(`Không ghi được ô ${address} / Could not write ${address}: ${e instanceof Error ? e.message : String(e)}`);

  /** Writes what was typed; a refusal (beyond the engine's 40,000 rows, say) is shown above the grid. */
  const write = (sheetName: string, address: string, text: string) => {
    try {
      host.setInput(sheetName, address, text);
      setProblem(null);
    } catch (e) {
      report(e, address);
    }
  };

  const writeMany = (cells: Record<string, string>) => {
    const first = Object.keys(cells)[0] ?? selectedAddress;
    try {
      host.setInputs(active, cells);
      setProblem(null);
    } catch (e) {
      report(e, first);
    }
  };

  /** Why Excel would refuse what is typed into this cell: a value not in its list, a formula it cannot read. */
  const refusal = (ed: Editing): string | null => {
    if (ed.text === ed.original) return null;
    const target = host.sheet(ed.sheet);
    const typed = parseTyped(ed.text);
    if (typed.kind === 'formula') {
      if (host.formulaIsValid(typed.formula)) return null;
      const m = formulaProblem(typed.formula);
      return `${m.vi} / ${m.en}`;
    }
    const v = target ? host.validationAt(target, ed.row, ed.col) : undefined;
    if (!v || listAccepts(v.list, ed.text)) return null;
    const m = refusedValue(a1(ed.row, ed.col), v.list);
    return `${m.vi} / ${m.en}`;
  };

  /** Ends the edit, writing what was typed; false (the edit goes on, the reason shown) when the cell refuses it. */
  const commit = (dr = 0, dc = 0): boolean => {
    const ed = editingRef.current;
    if (!ed) return true;
    const refused = refusal(ed);
    if (refused) {
      setProblem(refused);
      return false;
    }
    setEditing(null);
    if (ed.text !== ed.original) write(ed.sheet, a1(ed.row, ed.col), ed.text);
    if ((dr !== 0 || dc !== 0) && ed.sheet === active) move(ed, dr, dc);
    focusGrid();
    return true;
  };

  const cancel = () => {
    setEditing(null);
    setProblem(null);
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
    if (!commit()) return;
    select(at.row, at.col, e.shiftKey);
    focusGrid();
  };

  const onDoubleClick = (e: React.MouseEvent) => {
    const at = cellAt(e.target);
    if (!at) return;
    const text = currentText(at.row, at.col);
    caretToEnd.current = true;
    setEditing({ sheet: active, row: at.row, col: at.col, text, original: text, from: 'cell', mode: 'edit' });
  };

  /** Ctrl+D: the range's first row copied down it (a single cell takes the one above), formulas' references moved. */
  const fillDown = () => {
    const { r1, c1, r2, c2 } = selection;
    const source = r1 === r2 ? r1 - 1 : r1;
    if (source < 0) return;
    const cells: Record<string, string> = {};
    for (let c = c1; c <= c2; c++) {
      const v = host.cellView(sheet, source, c);
      for (let r = Math.max(r1, source + 1); r <= r2; r++) cells[a1(r, c)] = v.formula !== undefined ? shiftFormula(v.formula, r - source, 0) : editText(v.value, undefined);
    }
    writeMany(cells);
  };

  const clearSelection = () => {
    const cells: Record<string, string> = {};
    for (let r = selection.r1; r <= selection.r2; r++) for (let c = selection.c1; c <= selection.c2; c++) cells[a1(r, c)] = '';
    writeMany(cells);
  };

  const sheetStep = (step: number) => {
    const names = host.sheets.map((s) => s.name);
    const next = names[names.indexOf(active) + step];
    if (next) host.activate(next);
  };

  /** Rows one Page key moves: those the body shows. */
  const pageRows = () => Math.max(1, Math.floor((size.h - HEADER_PX - g.rowOff[g.fr]!) / 22) - 1);

  /** Keys on the selected cell, no edit under way. True: handled. */
  const navigate = (e: React.KeyboardEvent): boolean => {
    const ctrl = e.ctrlKey || e.metaKey;
    const arrows: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    const arrow = arrows[e.key];
    if (arrow && ctrl) {
      const [dr, dc] = arrow;
      const lastRow = Math.max(host.dimensions(active).rows - 1, selected.row);
      const lastCol = Math.max(host.dimensions(active).columns - 1, selected.col);
      const row = dr === 0 ? selected.row : dataEdge(selected.row, dr as 1 | -1, lastRow, (r) => filled(r, selected.col));
      const col = dc === 0 ? selected.col : dataEdge(selected.col, dc as 1 | -1, lastCol, (c) => filled(selected.row, c));
      select(row, col, e.shiftKey);
      return true;
    }
    if (arrow) {
      move(selected, arrow[0], arrow[1], e.shiftKey);
      return true;
    }
    switch (e.key) {
      case 'Enter':
        move(selected, e.shiftKey ? -1 : 1, 0);
        return true;
      case 'Tab':
        move(selected, 0, e.shiftKey ? -1 : 1);
        return true;
      case 'Home':
        if (ctrl) select(g.fr, g.fc, e.shiftKey);
        else select(selected.row, 0, e.shiftKey);
        return true;
      case 'End': {
        if (!ctrl) return false;
        const d = host.dimensions(active);
        select(Math.max(0, d.rows - 1), Math.max(0, d.columns - 1), e.shiftKey);
        return true;
      }
      case 'PageDown':
      case 'PageUp':
        if (ctrl) sheetStep(e.key === 'PageDown' ? 1 : -1);
        else move(selected, (e.key === 'PageDown' ? 1 : -1) * pageRows(), 0, e.shiftKey);
        return true;
      case 'F6':
        // Tab moves between cells, as in Excel; F6 goes on to the task pane (Excel's key between panes).
        onLeave?.();
        return true;
      case 'F2': {
        const text = currentText(selected.row, selected.col);
        startEdit(text, 'cell', 'edit', text);
        return true;
      }
      case 'Delete':
      case 'Backspace':
        clearSelection();
        return true;
      case 'Escape':
        setAnchor(null);
        setProblem(null);
        return true;
    }
    if (!ctrl || e.altKey) return false;
    switch (e.key.toLowerCase()) {
      case 'z':
        if (e.shiftKey) host.redo();
        else host.undo();
        setAnchor(null);
        return true;
      case 'y':
        host.redo();
        setAnchor(null);
        return true;
      case 'd':
        fillDown();
        return true;
    }
    return false;
  };

  const onSinkKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    // An input method composing ("Đ" being built from "dd"): its keys are its own, Enter included.
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    const ed = editingRef.current;
    if (!ed || ed.from !== 'cell') {
      if (navigate(e)) e.preventDefault();
      return;
    }
    const arrows: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    const arrow = arrows[e.key];
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(e.shiftKey ? -1 : 1, 0);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      commit(0, e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      cancel();
    } else if (e.key === 'F2') {
      e.preventDefault();
      setEditing({ ...ed, mode: ed.mode === 'enter' ? 'edit' : 'enter' });
    } else if (arrow && ed.mode === 'enter' && !e.shiftKey) {
      // Typing over a cell, an arrow ends the entry and moves, as in Excel (in F2's mode it moves the caret).
      e.preventDefault();
      commit(arrow[0], arrow[1]);
    }
  };

  /** What the sink receives while no cell is edited starts an edit with it: a key, a composed letter, a dictated word. */
  const onSinkChange = (text: string) => {
    const ed = editingRef.current;
    if (ed && ed.from === 'cell') {
      setEditing({ ...ed, text });
      if (problem) setProblem(null);
    } else if (text !== '') {
      startEdit(text, 'cell', 'enter');
    }
  };

  const onCompositionStart = () => {
    const ed = editingRef.current;
    if (!ed || ed.from !== 'cell') setEditing({ sheet: active, row: selected.row, col: selected.col, text: '', original: currentText(selected.row, selected.col), from: 'cell', mode: 'enter' });
  };

  const onCopy = (e: React.ClipboardEvent) => {
    if (editingRef.current) return;
    e.preventDefault();
    const rows: string[][] = [];
    for (let r = selection.r1; r <= selection.r2; r++) {
      const line: string[] = [];
      for (let c = selection.c1; c <= selection.c2; c++) {
        const v = host.cellView(sheet, r, c);
        line.push(v.error ? String(v.value) : formatValue(v.value, v.numberFormat));
      }
      rows.push(line);
    }
    e.clipboardData.setData('text/plain', toTsv(rows));
  };

  const onPaste = (e: React.ClipboardEvent) => {
    if (editingRef.current) return;
    e.preventDefault();
    const rows = parseTsv(e.clipboardData.getData('text/plain'));
    if (rows.length === 0) return;
    const cells: Record<string, string> = {};
    rows.forEach((line, i) => line.forEach((text, j) => (cells[a1(selection.r1 + i, selection.c1 + j)] = text)));
    writeMany(cells);
    const width = Math.max(...rows.map((r) => r.length));
    if (rows.length > 1 || width > 1) {
      setAnchor({ sheet: active, row: selection.r1 + rows.length - 1, col: selection.c1 + width - 1 });
      host.setSelection(active, a1(selection.r1, selection.c1));
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
        }}
        title={title}
      >
        {spill > box.width ? (
          <span className={styles.spill} style={{ width: spill, backgroundColor: v.fill ?? '#FFFFFF', justifyContent: 'flex-start' }} data-spill="true">
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
  const editHere = editing && editing.sheet === active && editing.from === 'cell' ? editing : null;
  const showRange = selection.r1 !== selection.r2 || selection.c1 !== selection.c2;
  /** The sink (the editor once an edit begins) over the cell it serves, placed in the viewport's coordinates. */
  const sinkCell = editHere ? { row: editHere.row, col: editHere.col } : selected;
  const sinkArea = areaOf(sinkCell.row, sinkCell.col);
  const sinkBox = (() => {
    const x = g.headerW + g.colOff[sinkArea.c1]! - (sinkArea.c1 < g.fc ? 0 : scroll.left);
    const y = HEADER_PX + g.rowOff[sinkArea.r1]! - (sinkArea.r1 < g.fr ? 0 : scroll.top);
    const width = Math.max(editHere ? 120 : 8, g.colOff[sinkArea.c2 + 1]! - g.colOff[sinkArea.c1]!);
    const height = g.rowOff[sinkArea.r2 + 1]! - g.rowOff[sinkArea.r1]!;
    // Out of view, the idle sink stays inside the viewport: the browser never scrolls the grid to show it.
    if (editHere) return { left: x, top: y, width, height };
    return { left: Math.max(0, Math.min(x, size.w - width)), top: Math.max(0, Math.min(y, size.h - height)), width, height };
  })();

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

  const barText = editing && editing.sheet === active ? editing.text : currentText(selected.row, selected.col);
  const validation = host.validationAt(sheet, selected.row, selected.col);
  const totalW = g.headerW + g.colOff[g.cols]!;
  const totalH = HEADER_PX + g.rowOff[g.rows]!;

  return (
    <div className={styles.root}>
      <FormulaBar
        address={selectedAddress}
        text={barText}
        {...(validation ? { list: listShown(validation.list) } : {})}
        describedBy={nameId}
        onFocusEdit={() => {
          if (!editingRef.current) {
            const text = currentText(selected.row, selected.col);
            startEdit(text, 'bar', 'edit', text);
          }
        }}
        onChange={(text) => {
          const ed = editingRef.current;
          setEditing(
            ed ? { ...ed, text } : { sheet: active, row: selected.row, col: selected.col, text, original: currentText(selected.row, selected.col), from: 'bar', mode: 'edit' },
          );
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
        className={mergeClasses(styles.scroller, focused && !editHere && styles.focusedGrid)}
        tabIndex={-1}
        role="application"
        aria-roledescription="bảng tính / spreadsheet"
        aria-label={`Trang tính “${sheet.name}” / Sheet “${sheet.name}”`}
        data-testid="preview-grid"
        data-sheet={sheet.name}
        onScroll={onScroll}
        onFocus={(e) => {
          if (e.target === scroller.current) focusGrid();
        }}
        onMouseDown={onMouseDown}
        onDoubleClick={onDoubleClick}
      >
        <div style={{ width: Math.max(totalW, size.w), height: Math.max(totalH, size.h), position: 'relative' }}>
          <div className={styles.viewport} style={{ width: size.w, height: size.h }}>
            {layers}
            <input
              ref={sink}
              className={mergeClasses(styles.editor, !editHere && styles.sink)}
              data-testid="preview-editor"
              data-editing={editHere ? 'true' : 'false'}
              data-grid-focus="true"
              aria-label={
                editHere
                  ? `Sửa ô ${a1(editHere.row, editHere.col)} / Edit ${a1(editHere.row, editHere.col)}`
                  : `Ô ${selectedAddress}: mũi tên, Tab, Enter để di chuyển, gõ để nhập, F2 để sửa, F6 sang ngăn tác vụ / Cell ${selectedAddress}: arrows, Tab, Enter move, type to enter, F2 edits, F6 goes to the task pane`
              }
              aria-describedby={nameId}
              style={sinkBox}
              value={editHere ? editHere.text : ''}
              spellCheck={false}
              autoComplete="off"
              onChange={(e) => onSinkChange(e.target.value)}
              onCompositionStart={onCompositionStart}
              onKeyDown={onSinkKeyDown}
              onCopy={onCopy}
              onPaste={onPaste}
              onFocus={() => setFocused(true)}
              onBlur={() => {
                setFocused(false);
                if (editingRef.current?.from === 'cell') commit();
              }}
            />
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
