/**
 * Every operation of the task pane through the real Office.js adapter on the strict Excel simulator, in every host
 * profile, at 10, 10,000 and 50,000 rows of the user's own data: it passes, and it takes at most 2 context.sync()
 * calls up to 10,000 rows, 2 + ⌈bytes ÷ budget⌉ above. Then the workbooks that broke it: an unrelated 20,000 × 20
 * sheet, a stray entry at XFD1048576, 302 sheets, protected sheets, a threaded comment on a marked cell.
 */
import { describe, expect, it } from 'vitest';
import { HostError } from '../../../src/sheet/host';
import { MemorySettings } from '../../../src/sheet/memoryHost';
import { buildNotice, buildNoticeFromWorkbook, buildSummary, checkSheet, clearMarks, fillTemplate, markIssues, scoreSheet } from '../../../src/sheet/operations';
import { TEMPLATES } from '../../../src/sheet/templates';
import { PAYLOAD_BUDGET, createOfficeHost } from '../../../src/taskpane/excel/officeHost';
import { ExcelSimulator, PROFILES, SimSheet, SimWorkbook, customFunctionNames, type HostProfile } from '../../support/excelSim';

const NOW = new Date('2024-11-21T09:00:00+07:00');
const FUNCTIONS = customFunctionNames();

function simulator(profile: HostProfile, sheets: SimSheet[] = [new SimSheet('Sheet1')]) {
  const sim = new ExcelSimulator({ profile, workbook: new SimWorkbook(sheets), customFunctions: FUNCTIONS });
  const host = createOfficeHost(sim.run, { supports: sim.isSetSupported });
  return { sim, host };
}

/** Syncs an operation took and what it may take: 2, plus one per budget of bytes it moved. */
async function measured<T>(sim: ExcelSimulator, op: () => Promise<T>): Promise<{ value: T; syncs: number; allowed: number }> {
  const from = sim.syncs.length;
  const value = await op();
  const records = sim.syncs.slice(from);
  const bytes = records.reduce((n, r) => n + r.requestBytes + r.responseBytes, 0);
  return { value, syncs: records.length, allowed: 2 + (bytes > PAYLOAD_BUDGET ? Math.ceil(bytes / PAYLOAD_BUDGET) : 0) };
}

/** The commune sheet and twelve staff sheets, filled through the adapter once per profile; each test gets a copy. */
const bases = new Map<string, Promise<{ sheets: SimSheet[]; xa: string }>>();
function base(profile: HostProfile): Promise<{ sheets: SimSheet[]; xa: string }> {
  let b = bases.get(profile.name);
  if (!b) {
    b = (async () => {
      const { sim, host } = simulator(profile);
      const xa = await fillTemplate(host, 'xa-2024', { unit: 'UBND xã Bình Thành', year: 2024 });
      if (!xa.ok) throw new Error(`fill failed: ${xa.error.message.en}`);
      const sheet = sim.workbook.sheet(xa.value.sheet);
      // Self-scores on the criteria rows (where the plan left an input).
      for (let r = 7; r < 120; r++) if (sheet.cell(r, 3)?.formula === undefined && sheet.cell(r, 3)?.value === undefined) sheet.put(r, 3, 1);
      for (let i = 0; i < 12; i++) {
        const p = await fillTemplate(host, 'hn-m03', { name: `Cán bộ ${i + 1}`, unit: 'Phòng Văn hóa', month: 11, year: 2026 });
        if (!p.ok) throw new Error('fill failed');
      }
      return { sheets: sim.workbook.sheets, xa: xa.value.sheet };
    })();
    bases.set(profile.name, b);
  }
  return b;
}

/** A copy of the base workbook with `rows` rows of the user's own data below the commune table, and `extra` sheets. */
async function workbookWith(profile: HostProfile, rows: number, extra: SimSheet[] = []) {
  const { sheets, xa } = await base(profile);
  const { sim, host } = simulator(profile, [...sheets.map((s) => s.clone()), ...extra]);
  const sheet = sim.workbook.sheet(xa);
  for (let r = 0; r < rows; r++) sheet.put(200 + r, 1, `Ghi chép ${r}`);
  return { sim, host, sheet: xa };
}

for (const profile of PROFILES) {
  describe.each([10, 10_000, 50_000])(`${profile.label}: operations at %i rows`, (rows) => {
    const within = (m: { syncs: number; allowed: number }) => {
      if (rows <= 10_000) expect(m.syncs).toBeLessThanOrEqual(2);
      expect(m.syncs).toBeLessThanOrEqual(m.allowed);
    };

    it('fill each template into a new sheet, then re-fill the big sheet keeping every value', async () => {
      const { sim, host, sheet } = await workbookWith(profile, rows);
      for (const t of TEMPLATES) {
        const m = await measured(sim, () => fillTemplate(host, t.id, { name: 'Nguyễn Văn A', unit: 'UBND', month: 11, year: 2026 }));
        expect(m.value.ok, t.id).toBe(true);
        within(m);
        if (profile.payloadLimit !== null) expect(sim.largest(sim.syncs.length - m.syncs).request).toBeLessThan(profile.payloadLimit);
      }
      const before = sim.workbook.sheet(sheet).snapshotValues();
      const m = await measured(sim, () => fillTemplate(host, 'xa-2024', {}, { into: sheet }));
      expect(m.value.ok).toBe(true);
      within(m);
      const after = sim.workbook.sheet(sheet).snapshotValues();
      for (const [k, v] of before) expect([k, after.get(k)]).toEqual([k, v]);
    });

    it('check, score, mark, clear', async () => {
      const { sim, host, sheet } = await workbookWith(profile, rows);
      const settings = new MemorySettings();
      const check = await measured(sim, () => checkSheet(host, { sheet, now: NOW }));
      expect(check.value.ok).toBe(true);
      within(check);
      const score = await measured(sim, () => scoreSheet(host, { sheet }));
      expect(score.value.ok).toBe(true);
      within(score);
      if (!check.value.ok || !score.value.ok) return;
      expect(check.value.value.value.length).toBeGreaterThan(0);
      expect(score.value.value.value.criteria.length).toBeGreaterThan(0);
      const before = sim.workbook.sheet(sheet).snapshotValues();
      within(await measured(sim, () => markIssues(host, settings, check.value.ok ? check.value.value : (null as never))));
      const marked = sim.workbook.sheet(sheet);
      expect(marked.notes.size > 0).toBe(profile.name !== 'excel2019');
      const cleared = await measured(sim, () => clearMarks(host, settings, sheet));
      expect(cleared.value).toBeGreaterThan(0);
      within(cleared);
      expect(sim.workbook.sheet(sheet).snapshotValues()).toEqual(before);
    });

    it('summary (1A) and notice (2A)', async () => {
      const { sim, host } = await workbookWith(profile, rows);
      const summary = await measured(sim, () => buildSummary(host, { cap: 0.2, details: { unit: 'Phòng Văn hóa' } }));
      expect(summary.value.ok).toBe(true);
      within(summary);
      if (!summary.value.ok) return;
      expect(summary.value.value.value.people).toHaveLength(12);
      const notice = await measured(sim, () => buildNotice(host, summary.value.ok ? summary.value.value.value : (null as never), { unit: 'Phòng Văn hóa' }));
      expect(notice.value.ok).toBe(true);
      within(notice);
    });
  });
}

describe.each(PROFILES.map((p) => [p.label, p] as const))('%s: workbooks that broke the adapter', (_label, profile) => {
  it('an unrelated 20,000 × 20 data sheet: the summary reads only the monthly sheets', async () => {
    const data = new SimSheet('Dữ liệu');
    for (let r = 0; r < 20_000; r++) for (let c = 0; c < 20; c++) data.put(r, c, `Bản ghi số ${r}-${c} của kho dữ liệu`);
    const { sim, host } = await workbookWith(profile, 10, [data]);
    const m = await measured(sim, () => buildSummary(host, { cap: 0.2, details: {} }));
    expect(m.value.ok).toBe(true);
    expect(m.syncs).toBeLessThanOrEqual(2);
    if (profile.payloadLimit !== null) expect(sim.largest(sim.syncs.length - m.syncs).response).toBeLessThan(profile.payloadLimit);
  });

  it('a stray entry at XFD1048576: check, score, re-fill and summary read only the plan columns', async () => {
    const { sim, host, sheet } = await workbookWith(profile, 10);
    sim.workbook.sheet(sheet).put(1_048_575, 16_383, 'x');
    expect((await checkSheet(host, { sheet, now: NOW })).ok).toBe(true);
    expect((await scoreSheet(host, { sheet })).ok).toBe(true);
    expect((await fillTemplate(host, 'xa-2024', {}, { into: sheet })).ok).toBe(true);
    expect((await buildSummary(host, { cap: 0.2, details: {} })).ok).toBe(true);
    expect(sim.workbook.sheet(sheet).cell(1_048_575, 16_383)?.value).toBe('x');
  });

  it('302 sheets: the new sheet gets a name no sheet has, even one past the 300th', async () => {
    const sheets = Array.from({ length: 301 }, (_, i) => new SimSheet(`Trang ${i + 1}`));
    const { sim, host } = simulator(profile, sheets);
    const plan = TEMPLATES.find((t) => t.id === 'hn-m03')!.plan({ name: 'Lan', month: 11, year: 2026 });
    sim.workbook.sheets.push(new SimSheet(plan.sheetName));
    const r = await fillTemplate(host, 'hn-m03', { name: 'Lan', month: 11, year: 2026 });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value.sheet.toLowerCase()).not.toBe(plan.sheetName.toLowerCase());
    expect(sim.workbook.sheets).toHaveLength(303);
    const s = await buildSummary(host, { cap: 0.2, details: {} });
    expect(s.ok).toBe(true);
    if (s.ok) expect(s.value.value.people).toHaveLength(1);
  });

  it('a protected sheet: re-fill and marks are refused with a clear message, nothing written', async () => {
    const { sim, host, sheet } = await workbookWith(profile, 10);
    const check = await checkSheet(host, { sheet, now: NOW });
    if (!check.ok) throw new Error('check');
    const model = sim.workbook.sheet(sheet);
    model.protected = true;
    const before = JSON.stringify([...model.cells]);
    const refill = fillTemplate(host, 'xa-2024', {}, { into: sheet });
    await expect(refill).rejects.toBeInstanceOf(HostError);
    await expect(fillTemplate(host, 'xa-2024', {}, { into: sheet })).rejects.toThrow(/được bảo vệ.*protected/s);
    await expect(markIssues(host, new MemorySettings(), check.value)).rejects.toBeInstanceOf(HostError);
    // A fresh host knows nothing of the sheet: it asks before writing.
    const fresh = createOfficeHost(sim.run, { supports: sim.isSetSupported });
    await expect(markIssues(fresh, new MemorySettings(), check.value)).rejects.toBeInstanceOf(HostError);
    expect(JSON.stringify([...model.cells])).toBe(before);
    // Reading a protected sheet is allowed.
    expect((await scoreSheet(host, { sheet })).ok).toBe(true);
  });

  it('a protected workbook structure: no sheet added, a clear message', async () => {
    const { sim, host } = simulator(profile);
    sim.workbook.structureProtected = true;
    await expect(fillTemplate(host, 'hn-m01', { name: 'A' })).rejects.toThrow(/bảo vệ.*protected/s);
    expect(sim.workbook.sheets).toHaveLength(1);
  });

  it('a threaded comment on a marked cell: the mark is coloured, its note left out, nothing fails', async () => {
    const { sim, host, sheet } = await workbookWith(profile, 10);
    const check = await checkSheet(host, { sheet, now: NOW });
    if (!check.ok) throw new Error('check');
    const cell = check.value.value.find((i) => i.cell)!.cell!;
    const model = sim.workbook.sheet(sheet);
    // A cell holds a note or a threaded comment: the user replaced the template's note, if any, by a comment.
    model.notes.delete(cell);
    model.comments.add(cell);
    // The check read the sheet before the comment was added: read again, as the pane does before marking.
    expect((await checkSheet(host, { sheet, now: NOW })).ok).toBe(true);
    await markIssues(host, new MemorySettings(), check.value);
    expect(model.notes.has(cell)).toBe(false);
    expect(model.cell(Number(cell.match(/\d+/)![0]) - 1, cell.charCodeAt(0) - 65)?.format?.fill).toBeTruthy();
  });
});

describe.each(PROFILES.map((p) => [p.label, p] as const))('%s: Mẫu 1A built again in place (issue 14 item 11)', (_label, profile) => {
  it("keeps the authority's mark, adds no sheet, and 2A reads that 1A — one read and one write each", async () => {
    const { sim, host } = await workbookWith(profile, 10);
    // Totals as Excel computes them: 3 A (96, 95, 93), 9 B → k ≤ 0.2 × (9 + 3 − k): 2 kept, Cán bộ 3 proposed for B.
    const totals = [96, 95, 93, 80, 80, 80, 80, 80, 80, 80, 80, 80];
    totals.forEach((t, i) => sim.workbook.sheet(`Mẫu 03 Cán bộ ${i + 1} 11-2026`).put(5, 1, t));
    const first = await buildSummary(host, { cap: 0.2, details: {}, month: 11, year: 2026 });
    if (!first.ok) throw new Error(first.error.message.en);
    const list = sim.workbook.sheet(first.value.sheet);
    const sheets = sim.workbook.sheets.length;
    const row = Array.from({ length: 40 }, (_, r) => r).find((r) => list.cell(r, 1)?.value === 'Cán bộ 3')!;
    expect([4, 5].map((c) => list.cell(row, c)?.value)).toEqual([undefined, 'x']);
    // The authority keeps Cán bộ 3 at A, as typed on the printed list: "X" in column 5.
    list.put(row, 5, '');
    list.put(row, 4, 'X');
    expect(list.cell(0, 0)?.value).toBe('PHÒNG VĂN HÓA');

    const again = await measured(sim, () => buildSummary(host, { cap: 0.2, details: {}, month: 11, year: 2026 }));
    if (!again.value.ok) throw new Error(again.value.error.message.en);
    expect(again.syncs).toBeLessThanOrEqual(2);
    expect([again.value.value.sheet, again.value.value.rebuilt, again.value.value.keptCells]).toEqual([first.value.sheet, true, 1]);
    expect(sim.workbook.sheets.length).toBe(sheets);
    // Never written: the authority's "X" stays as typed (the plan would write "x").
    expect([4, 5, 6, 7].map((c) => list.cell(row, c)?.value)).toEqual(['X', undefined, undefined, undefined]);
    expect(list.cell(row, 12)?.value).toBe('Ghi trên Mẫu 1A');

    const notice = await measured(sim, () => buildNoticeFromWorkbook(host, { cap: 0.2, details: {}, month: 11, year: 2026 }));
    if (!notice.value.ok) throw new Error(notice.value.error.message.en);
    expect(notice.syncs).toBeLessThanOrEqual(2);
    const n = sim.workbook.sheet(notice.value.value.sheet);
    const line = Array.from({ length: 30 }, (_, r) => r).find((r) => n.cell(r, 1)?.value === 'Cán bộ 3')!;
    expect(n.cell(line, 4)?.value).toBe('Hoàn thành xuất sắc nhiệm vụ');
  });

  it('a rebuild leaves no old look on a moved row (a grey, bold row now holding a person), and the kept cell keeps its own', async () => {
    const { sim, host } = await workbookWith(profile, 10);
    const first = await buildSummary(host, { cap: 0.2, details: {}, month: 11, year: 2026 });
    if (!first.ok) throw new Error(first.error.message.en);
    const list = sim.workbook.sheet(first.value.sheet);
    const row = Array.from({ length: 40 }, (_, r) => r).find((r) => list.cell(r, 1)?.value === 'Cán bộ 2')!;
    // What a section row or the old signature block left on a row that now holds a person.
    for (let c = 0; c <= 8; c++) list.ensure(row, c).format = { fill: '#D9D9D9', bold: true };
    list.put(row, 4, 'X');
    const again = await buildSummary(host, { cap: 0.2, details: {}, month: 11, year: 2026 });
    if (!again.ok) throw new Error(again.error.message.en);
    // Each cell has the plan's look for a person's row (no fill but the computed column's), none of the old one.
    for (const c of [0, 1, 2, 3, 6, 7, 8]) expect([c, list.cell(row, c)?.format?.fill === '#D9D9D9', list.cell(row, c)?.format?.bold === true]).toEqual([c, false, false]);
    expect(list.cell(row, 4)?.format).toEqual({ fill: '#D9D9D9', bold: true });
    expect(list.cell(row, 4)?.value).toBe('X');
    // The head's merged title is merged again after the clear.
    expect(list.merges.length).toBeGreaterThan(0);
  });
});
