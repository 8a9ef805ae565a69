import { describe, expect, it, vi } from 'vitest';
import { checkedCells } from '../../src/cli/recompute';
import { PreviewWorkbook } from '../../src/preview/workbook';
import { a1 } from '../../src/sheet/a1';
import { MARK_FILL } from '../../src/sheet/host';
import { MemorySettings, MemoryWorkbook } from '../../src/sheet/memoryHost';
import { checkSheet, clearMarks, fillTemplate, markIssues, scoreSheet } from '../../src/sheet/operations';
import { COL, inputValueCol, ROW } from '../../src/sheet/plans/framework';
import { getTemplate, TEMPLATES } from '../../src/sheet/templates';
import type { Details, SheetPlan } from '../../src/sheet/types';
import { sampleInputs } from '../cli/support';

const NOW = new Date(Date.UTC(2024, 10, 21));
const xa = getTemplate('xa-2024')!;
const xaPlan = xa.plan({});
const xaRow = (id: string) => xaPlan.layout.rowOf[id]!;

async function filled(host: PreviewWorkbook | MemoryWorkbook, id = 'xa-2024', details: Details = { unit: 'UBND xã A', year: 2024 }) {
  const r = await fillTemplate(host, id, details);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.sheet;
}

/** A plan of `rows` rows: an id, a number, and a formula over it in each row (the shape of a long work plan). */
function longPlan(rows: number): SheetPlan {
  const base = getTemplate('hn-tasks')!.plan({});
  const grid = Array.from({ length: rows }, (_, r) => [
    { value: `Việc ${r + 1}` },
    { value: r % 7, style: 'input' as const, input: true },
    { formula: `=B${r + 1}*2`, style: 'computed' as const },
    { formula: `=KPI.DEDUCT(10,B${r + 1})` },
  ]);
  return { ...base, templateId: 'long', grid, merges: [], validations: [{ range: `B1:B${rows}`, list: [0, 1, 2] }], frozen: { rows: 1, columns: 1 } };
}

describe('PreviewWorkbook, the WorkbookHost', () => {
  it('reads in one round trip: the head block of every sheet, a full sheet, all sheets', async () => {
    const host = new PreviewWorkbook();
    const sheet = await filled(host);
    host.addSheet('Trống');
    const before = host.roundTrips;
    const wb = await host.read({ head: { rows: 2, columns: 3 }, full: 'active', all: true });
    expect(host.roundTrips - before).toBe(1);
    expect(wb.active).toBe(sheet);
    expect(wb.sheets.map((s) => s.name)).toEqual([sheet, 'Trống']);
    expect(wb.sheets[1]!.values).toEqual([['', '', ''], ['', '', '']]);
    expect(wb.sheets[0]!.values[0]![0]).toBe(xaPlan.grid[0]![0]!.value);
    expect(wb.full!.name).toBe(sheet);
    expect(wb.all!.map((s) => s.name)).toEqual([sheet, 'Trống']);
    expect((await host.read({ head: { rows: 0, columns: 0 } })).sheets[0]!.values).toEqual([]);
  });

  it('writes in one round trip, none for nothing', async () => {
    const host = new PreviewWorkbook();
    await host.write([]);
    expect(host.roundTrips).toBe(0);
    await filled(host);
    expect(host.roundTrips).toBe(2); // fillTemplate: one read, one write
  });

  it('writes a plan: values, formulas as typed, fills from the plan styles, notes, validations, merges, frozen panes', async () => {
    const host = new PreviewWorkbook();
    const name = await filled(host);
    const s = host.snapshot(name);
    const sheet = host.sheet(name)!;
    const plan = xa.plan({ unit: 'UBND xã A', year: 2024 });
    plan.grid.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) expect(s.formulas[r]?.[c] ?? '', a1(r, c)).toEqual(cell.formula ?? cell.value ?? '');
      }),
    );
    expect(s.formulas[ROW.details]![1]).toBe('UBND xã A');
    const input = host.cellView(sheet, xaRow('2.1.1'), COL.self);
    expect(input.fill).toBe(xaPlan.styles.input.fill);
    expect(input.note).toBe(xaPlan.grid[xaRow('2.1.1')]![COL.self]!.note);
    expect(host.validationAt(sheet, xaRow('2.1.1'), COL.self)?.list).toEqual([0, 1]);
    expect(sheet.merges.length).toBe(xaPlan.merges.length);
    expect(sheet.frozen).toEqual(xaPlan.frozen);
    expect(sheet.templateId).toBe('xa-2024');
    // Ids stay text, not numbers ("1.1" is a criterion, not 1.1).
    expect(s.values[xaRow('1.1')]![COL.id]).toBe('1.1');
  });

  it('computes the formulas with the custom functions, live as cells change', async () => {
    const host = new PreviewWorkbook();
    const name = await filled(host);
    const r = xaRow('5.5.1');
    const listener = vi.fn();
    host.subscribe(listener);
    host.setValues(name, { [a1(r, inputValueCol(0))]: 46, [a1(r, inputValueCol(1))]: 50 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(host.snapshot(name).values[r]![COL.self]).toBe(0.92);
    host.setInput(name, a1(r, inputValueCol(0)), '30');
    expect(host.snapshot(name).values[r]![COL.self]).toBe(0); // 60% < 80%
    host.setInput(name, 'AA1', '=CCHC.RATIO(8;10;1;0,8)');
    const snap = host.snapshot(name);
    expect(snap.values[0]![26]).toBe(0.8);
    expect(snap.formulas[0]![26]).toBe('=CCHC.RATIO(8,10,1,0.8)');
    host.setInput(name, 'AA2', '=1/0');
    expect(host.snapshot(name).values[1]![26]).toBe('#DIV/0!');
  });

  it('keeps the user’s cells on a re-fill (keep mask) and puts back what the plan wrote', async () => {
    const host = new PreviewWorkbook();
    const name = await filled(host);
    const r = xaRow('2.1.2');
    host.setValues(name, { [a1(r, COL.self)]: 1, [a1(r, COL.title)]: null, [a1(ROW.summary, 1)]: 99 });
    const again = await fillTemplate(host, 'xa-2024', { unit: 'UBND xã A', year: 2024 }, { into: 'active' });
    expect(again.ok).toBe(true);
    const s = host.snapshot(name);
    expect(s.values[r]![COL.self]).toBe(1);
    expect(s.formulas[ROW.summary]![1]).toBe(99); // typed over a formula: the user's, kept
    expect(s.values[r]![COL.title]).toBe(xaPlan.grid[r]![COL.title]!.value); // emptied: the plan's text back
  });

  it('marks and clears: fill and note set, then the plan style’s fill and the plan’s note back; values untouched', async () => {
    const host = new PreviewWorkbook();
    const settings = new MemorySettings();
    const name = await filled(host);
    const r = xaRow('2.1.3');
    host.setValues(name, { [a1(r, COL.self)]: 1 });
    const check = await checkSheet(host, { now: NOW });
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(await markIssues(host, settings, check.value)).toBeGreaterThan(0);
    const sheet = host.sheet(name)!;
    const marked = host.cellView(sheet, r, COL.evidence);
    expect(marked.fill).toBe(MARK_FILL.error);
    expect(marked.note).toMatch(/^E1: /);
    expect(await clearMarks(host, settings, name)).toBeGreaterThan(0);
    const cleared = host.cellView(sheet, r, COL.evidence);
    expect(cleared.fill).toBe(xaPlan.styles.input.fill);
    expect(cleared.note).toBe(xaPlan.grid[r]![COL.evidence]!.note);
    expect(host.snapshot(name).values[r]![COL.self]).toBe(1);
  });

  it('selects: the sheet becomes active, the cell selected, the grid told to bring it into view', async () => {
    const host = new PreviewWorkbook();
    const first = await filled(host);
    const second = await filled(host, 'hn-m03', { name: 'B', month: 11, year: 2024 });
    expect(host.active).toBe(second);
    const revealed = host.revealed;
    await host.write([{ kind: 'select', sheet: first.toUpperCase(), cell: 'f19' }]);
    expect(host.active).toBe(first);
    expect(host.selectionOf(first)).toBe('F19');
    expect(host.revealed).toBe(revealed + 1);
    host.setSelection(first, 'A2');
    expect(host.revealed).toBe(revealed + 1); // a click is not an operation
  });

  it('refuses what Office.js refuses: a sheet that exists, a sheet that does not', async () => {
    const host = new PreviewWorkbook();
    host.addSheet('Một');
    await expect(host.write([{ kind: 'addSheet', sheet: 'một' }])).rejects.toThrow(/exists/);
    await expect(host.write([{ kind: 'mark', sheet: 'Hai', marks: [] }])).rejects.toThrow(/No sheet/);
  });
});

describe('three hosts, one truth', () => {
  it('the same operations through the preview host and the in-memory host give the same sheet, check and score', async () => {
    const preview = new PreviewWorkbook();
    const memory = new MemoryWorkbook();
    const inputs = sampleInputs(xa, 2, { unit: 'UBND xã A', year: 2024 });
    const names = [await filled(preview), await filled(memory)];
    expect(names[0]).toBe(names[1]);
    for (const [cell, v] of inputs) {
      preview.setValue(names[0]!, cell, v);
      memory.setValue(names[1]!, cell, v);
    }
    expect(preview.snapshot(names[0]!).formulas).toEqual(memory.snapshot(names[1]!).formulas);
    expect(await checkSheet(preview, { now: NOW })).toEqual(await checkSheet(memory, { now: NOW }));
    expect(await scoreSheet(preview)).toEqual(await scoreSheet(memory));
  });

  for (const def of TEMPLATES.filter((t) => t.score)) {
    it(`${def.id}: HyperFormula's results in the sheet equal the core's for every criterion and total`, async () => {
      const details = { name: 'Nguyễn Văn A', unit: 'UBND phường X', month: 11, year: 2024 };
      const host = new PreviewWorkbook();
      const r = await fillTemplate(host, def.id, details);
      if (!r.ok) throw new Error(r.error.message.en);
      for (const [cell, v] of sampleInputs(def, 1, details)) host.setValue(r.value.sheet, cell, v);
      const snapshot = host.snapshot(r.value.sheet);
      const scored = await scoreSheet(host);
      if (!scored.ok) throw new Error(scored.error.message.en);
      const cells = checkedCells(def, snapshot, scored.value.value);
      const wrong = cells
        .map((c) => ({ cell: c.cell, core: c.recomputed, engine: snapshot.values[c.row]?.[c.col] }))
        .filter((m) => typeof m.engine !== 'number' || Math.abs(m.engine - m.core) > 1e-9);
      expect(cells.length).toBeGreaterThan(3);
      expect(wrong).toEqual([]);
    });
  }
});

describe('a 10,000-row sheet', () => {
  it('is written, computed, read and edited in well under the time a person notices', async () => {
    const host = new PreviewWorkbook();
    let t = performance.now();
    await host.write([
      { kind: 'addSheet', sheet: 'Dài' },
      { kind: 'applyPlan', sheet: 'Dài', plan: longPlan(10_000) },
    ]);
    const written = performance.now() - t;
    t = performance.now();
    const wb = await host.read({ head: { rows: 12, columns: 26 }, full: 'Dài' });
    const read = performance.now() - t;
    expect(wb.full!.values).toHaveLength(10_000);
    expect(wb.full!.values[9_999]).toEqual(['Việc 10000', 9_999 % 7, (9_999 % 7) * 2, 10 - (9_999 % 7)]);
    t = performance.now();
    host.setInput('Dài', 'B10000', '1');
    const edited = performance.now() - t;
    expect(host.snapshot('Dài').values[9_999]![2]).toBe(2);
    expect(host.validationAt(host.sheet('Dài')!, 9_999, 1)?.list).toEqual([0, 1, 2]);
    expect({ written: written < 8_000, read: read < 1_500, edited: edited < 100 }).toEqual({ written: true, read: true, edited: true });
  });
});
