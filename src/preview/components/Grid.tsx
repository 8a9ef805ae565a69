import { mergeClasses } from '@fluentui/react-components';
import * as React from 'react';
import { a1, parseA1 } from '../../sheet/a1';
import { dataEdge, formulaProblem, listAccepts, listShown, parseTsv, refusedValue, shiftFormula, toTsv } from '../editing';
import { editText, formatValue } from '../format';
import { parseTyped } from '../input';
import {
  columnWidths,
  HEADER_PX,
  MIN_COLUMNS,
  MIN_ROWS,
  prefixSums,
  revealScroll,
  rowHeights,
  SPARE_COLUMNS,
  SPARE_ROWS,
} from '../layout';
import { inRange, type CellRange, type PreviewSheet, type PreviewWorkbook } from '../workbook';
import { FormulaBar } from './FormulaBar';
import { useGridStyles } from './gridStyles';
import { SheetTabs } from './SheetTabs';
import { SheetView, type Geometry } from './SheetView';

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
  const styles = useGridStyles();
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
    // Again when the scroller comes back (a workbook emptied by an undo, then given a sheet again).
  }, [sheet === undefined]);

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
    // An operation of the pane showed another sheet mid-edit: the entry is kept where it was typed, as a click away would.
    const ed = editingRef.current;
    if (ed && ed.sheet !== active) {
      setEditing(null);
      if (ed.text !== ed.original && host.sheet(ed.sheet)) {
        try {
          host.setInput(ed.sheet, a1(ed.row, ed.col), ed.text);
        } catch {
          // Beyond the engine's limits: the entry is dropped, as its sheet is no longer shown to say why.
        }
      }
    }
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
  const commit = (dr = 0, dc = 0, refocus = true): boolean => {
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
    if (refocus) focusGrid();
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

  const editHere = editing && editing.sheet === active && editing.from === 'cell' ? editing : null;
  /** The sink (the editor once an edit begins) over the cell it serves, placed in the viewport's coordinates. */
  const sinkCell = editHere ? { row: editHere.row, col: editHere.col } : selected;
  const sinkArea = sheet.merges.find((m) => inRange(m, sinkCell.row, sinkCell.col)) ?? { r1: sinkCell.row, c1: sinkCell.col, r2: sinkCell.row, c2: sinkCell.col };
  const sinkBox = (() => {
    const x = g.headerW + g.colOff[sinkArea.c1]! - (sinkArea.c1 < g.fc ? 0 : scroll.left);
    const y = HEADER_PX + g.rowOff[sinkArea.r1]! - (sinkArea.r1 < g.fr ? 0 : scroll.top);
    const width = Math.max(editHere ? 120 : 8, g.colOff[sinkArea.c2 + 1]! - g.colOff[sinkArea.c1]!);
    const height = g.rowOff[sinkArea.r2 + 1]! - g.rowOff[sinkArea.r1]!;
    // Out of view, the idle sink stays inside the viewport: the browser never scrolls the grid to show it.
    if (editHere) return { left: x, top: y, width, height };
    return { left: Math.max(0, Math.min(x, size.w - width)), top: Math.max(0, Math.min(y, size.h - height)), width, height };
  })();


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
            <SheetView host={host} sheet={sheet} version={version} g={g} scroll={scroll} size={size} selected={selected} selection={selection} />
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
                // The focus went elsewhere (the pane, the bar): the entry is kept, the focus left where it went.
                if (editingRef.current?.from === 'cell') commit(0, 0, false);
              }}
            />
          </div>
        </div>
      </div>
      <SheetTabs
        sheets={host.sheets.map((s) => s.name)}
        active={active}
        onActivate={(name) => {
          if (!commit()) return;
          host.activate(name);
        }}
      />
    </div>
  );
};
