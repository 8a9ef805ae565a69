import { describe, expect, it } from 'vitest';
import { startAutosave, type SavedWorkbook, type WorkbookStore } from '../../src/preview/autosave';
import { printLayout, parseTitleRows } from '../../src/preview/print';
import { UNDO_LIMIT, PreviewWorkbook } from '../../src/preview/workbook';
import { MemorySettings } from '../../src/sheet/memoryHost';
import { checkSheet, fillTemplate, markIssues } from '../../src/sheet/operations';

async function commune(host: PreviewWorkbook): Promise<string> {
  const r = await fillTemplate(host, 'xa-2024', { unit: 'UBND xã A', year: 2024 });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.sheet;
}

describe('PreviewWorkbook: undo and redo', () => {
  it('takes back typed cells one step at a time, formulas recomputed, and puts them back', () => {
    const host = new PreviewWorkbook();
    host.setValues('S', { A1: 1 });
    host.clearHistory();
    host.setInput('S', 'B1', '=A1*2');
    host.setInput('S', 'A1', '5');
    const sheet = host.sheet('S')!;
    expect(host.valueAt(sheet, 0, 1).value).toBe(10);
    expect(host.undo()).toBe(true);
    expect(host.valueAt(sheet, 0, 1).value).toBe(2);
    expect(host.undo()).toBe(true);
    expect(host.valueAt(sheet, 0, 1).value).toBe(null);
    expect(host.cellView(sheet, 0, 1).formula).toBeUndefined();
    expect(host.undo()).toBe(false);
    expect(host.redo()).toBe(true);
    expect(host.cellView(sheet, 0, 1).formula).toBe('=A1*2');
    expect(host.redo()).toBe(true);
    expect(host.valueAt(sheet, 0, 1).value).toBe(10);
    expect(host.redo()).toBe(false);
  });

  it('a pasted block is one step; a new edit forgets what could be redone', () => {
    const host = new PreviewWorkbook();
    host.addSheet('S');
    host.setInputs('S', { A1: '1', B1: '2', A2: '3', B2: '0,5' });
    expect(host.valueAt(host.sheet('S')!, 1, 1).value).toBe(0.5);
    host.undo();
    expect(host.snapshot('S').values.flat().every((v) => v === '')).toBe(true);
    expect(host.canRedo).toBe(true);
    host.setInput('S', 'C3', 'x');
    expect(host.canRedo).toBe(false);
  });

  it('undoes a task pane operation as a whole: a fill removes its sheet, a mark its fills and notes', async () => {
    const host = new PreviewWorkbook();
    const name = await commune(host);
    expect(host.sheets.map((s) => s.name)).toEqual([name]);
    host.setInput(name, 'D17', '1'); // a score without evidence: a finding to mark
    const checked = await checkSheet(host, { sheet: name, now: new Date(Date.UTC(2024, 10, 21)) });
    if (!checked.ok) throw new Error('check');
    const before = JSON.stringify(host.state());
    expect(await markIssues(host, new MemorySettings(), checked.value)).toBeGreaterThan(0);
    expect(JSON.stringify(host.state())).not.toBe(before);
    host.undo();
    expect(JSON.stringify(host.state())).toBe(before);
    host.undo();
    host.undo();
    expect(host.sheets).toEqual([]);
    host.redo();
    expect(host.sheets.map((s) => s.name)).toEqual([name]);
  });

  it('keeps the last UNDO_LIMIT steps; moving the selection is not a step', async () => {
    const host = new PreviewWorkbook();
    host.addSheet('S');
    for (let i = 0; i < UNDO_LIMIT + 5; i++) host.setInput('S', 'A1', String(i));
    await host.write([{ kind: 'select', sheet: 'S', cell: 'B2' }]);
    let n = 0;
    while (host.undo()) n++;
    expect(n).toBe(UNDO_LIMIT);
    expect(host.valueAt(host.sheet('S')!, 0, 0).value).toBe(4);
  });
});

describe('PreviewWorkbook: the workbook as data', () => {
  it('state() → load() gives the same workbook: values, formulas, styles, notes, lists, merges, selection', async () => {
    const host = new PreviewWorkbook();
    const name = await commune(host);
    host.setInput(name, 'D17', '1');
    await host.write([{ kind: 'select', sheet: name, cell: 'F17' }]);
    const state = structuredClone(host.state());
    const copy = new PreviewWorkbook();
    copy.load(state);
    expect(copy.snapshot(name)).toEqual(host.snapshot(name));
    expect(copy.state()).toEqual(host.state());
    expect(copy.active).toBe(name);
    expect(copy.selectionOf(name)).toBe('F17');
    expect(copy.canUndo).toBe(false);
  });
});

/** A store that keeps what it is given, and can be told to refuse. */
class FakeStore implements WorkbookStore {
  saved: SavedWorkbook[] = [];
  refuse = false;
  async load() {
    return this.saved.at(-1) ?? null;
  }
  async save(s: SavedWorkbook) {
    if (this.refuse) throw new Error('QuotaExceededError');
    this.saved.push(s);
  }
  async clear() {
    this.saved = [];
  }
}

describe('startAutosave', () => {
  it('saves once a burst of changes is over, and at once when flushed', async () => {
    const host = new PreviewWorkbook();
    const store = new FakeStore();
    const autosave = startAutosave({ subscribe: host.subscribe, snapshot: () => ({ state: host.state(), marks: [] }) }, store, 20, undefined, () => 42);
    host.setInput('S', 'A1', 'một');
    host.setInput('S', 'A2', 'hai');
    expect(store.saved).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 60));
    expect(store.saved).toHaveLength(1);
    expect(store.saved[0]!.savedAt).toBe(42);
    expect(store.saved[0]!.state.sheets[0]!.contents).toEqual([["'một"], ["'hai"]]);
    host.setInput('S', 'A3', 'ba');
    await autosave.flush();
    expect(store.saved).toHaveLength(2);
    await autosave.flush();
    expect(store.saved).toHaveLength(2); // nothing new
    autosave.stop();
  });

  it('reports a refusal (storage full) instead of losing it silently, and recovers', async () => {
    const host = new PreviewWorkbook();
    const store = new FakeStore();
    store.refuse = true;
    const autosave = startAutosave({ subscribe: host.subscribe, snapshot: () => ({ state: host.state(), marks: [] }) }, store, 1000);
    host.setInput('S', 'A1', 'x');
    await autosave.flush();
    expect(autosave.problem).toBe('QuotaExceededError');
    store.refuse = false;
    host.setInput('S', 'A1', 'y');
    await autosave.flush();
    expect(autosave.problem).toBeNull();
    expect(store.saved).toHaveLength(1);
    autosave.stop();
  });
});

describe('printLayout: A4 pages', () => {
  const print = { orientation: 'portrait', paper: 'A4', fitToWidth: true, area: 'A1:D100', titleRows: '$3:$3' } as const;
  it('cuts the rows into pages of an A4 height, the title rows repeated', () => {
    const layout = printLayout(print, () => 100, () => 22, { r1: 0, c1: 0, r2: 99, c2: 3 });
    expect(layout.scale).toBe(1);
    expect(layout.pages.length).toBe(Math.ceil((100 * 22) / (layout.pageHeightPx - 2 * 15 * (96 / 25.4)) + 0.1));
    expect(layout.pages[0]!.rows[0]).toBe(0);
    expect(layout.pages[1]!.rows[0]).toBe(2); // row 3 repeated
    expect(layout.pages.flatMap((p) => p.rows).filter((r) => r !== 2)).toEqual(Array.from({ length: 99 }, (_, i) => (i < 2 ? i : i + 1)));
  });

  it('fits a wide area to one page wide, landscape wider than portrait', () => {
    const narrow = printLayout(print, () => 400, () => 22, { r1: 0, c1: 0, r2: 9, c2: 3 });
    expect(narrow.scale).toBeLessThan(1);
    const wide = printLayout({ ...print, orientation: 'landscape' }, () => 400, () => 22, { r1: 0, c1: 0, r2: 9, c2: 3 });
    expect(wide.scale).toBeGreaterThan(narrow.scale);
    expect(printLayout({ ...print, fitToWidth: false }, () => 400, () => 22, { r1: 0, c1: 0, r2: 9, c2: 3 }).scale).toBe(1);
    expect(parseTitleRows('$5:$6')).toEqual([4, 5]);
    expect(parseTitleRows('bad')).toEqual([]);
  });
});

describe('PreviewWorkbook.edits: what autosave waits for', () => {
  it('counts changes of content, not moves of the selection nor the sheet shown', async () => {
    const host = new PreviewWorkbook();
    host.setInput('A', 'A1', '1');
    host.addSheet('B');
    const at = host.edits;
    host.setSelection('A', 'C3');
    host.activate('B');
    await host.write([{ kind: 'select', sheet: 'A', cell: 'B2' }]);
    expect(host.edits).toBe(at);
    host.setInput('A', 'A2', '2');
    host.undo();
    host.redo();
    await host.write([{ kind: 'mark', sheet: 'A', marks: [{ cell: 'A1', severity: 'error', note: 'E1' }] }]);
    host.load(host.state());
    expect(host.edits).toBe(at + 5);
  });
});
