import { describe, expect, it } from 'vitest';
import { flatten, XA_2024, THADS_LS } from '../../src/scoring';
import { a1, parseA1 } from '../../src/sheet/a1';
import { MemorySettings, MemoryWorkbook } from '../../src/sheet/memoryHost';
import { checkSheet, clearMarks, fillTemplate, keepMask, markIssues, scoreSheet, uniqueSheetName } from '../../src/sheet/operations';
import { MARKER_COL } from '../../src/sheet/plans/builder';
import { bandCells, COL, inputValueCol, planFramework, ROW } from '../../src/sheet/plans/framework';
import { readMarker } from '../../src/sheet/read';
import { getTemplate } from '../../src/sheet/templates';

const NOW = new Date('2024-11-21T09:00:00+07:00');

describe('planFramework (xa-2024)', () => {
  const plan = planFramework(XA_2024, { unit: 'UBND xã Bình Thành', year: 2024 });
  const cell = (ref: string) => {
    const at = parseA1(ref)!;
    return plan.grid[at.row]?.[at.col];
  };

  it('carries its marker, title and official columns in the official order', () => {
    expect(readMarker(plan.grid.map((r) => r.map((c) => c?.value ?? null)))).toEqual({ templateId: 'xa-2024', version: 1 });
    expect(plan.columns[MARKER_COL]?.hidden).toBe(true);
    const headers = plan.grid[ROW.header]!.slice(0, 8).map((c) => c?.value);
    expect(headers).toEqual([
      'STT',
      'Lĩnh vực/Tiêu chí/Tiêu chí thành phần và cách thức, phương pháp đánh giá, chấm điểm',
      'Điểm tối đa',
      'Điểm tự đánh giá',
      'Điểm thẩm định',
      'Tài liệu kiểm chứng',
      'Giải trình',
      'Cơ quan thẩm định điểm tự đánh giá',
    ]);
    expect(plan.grid[ROW.header]![COL.firstInput]?.style).toBe('inputHeader');
  });

  it('writes one row per criterion in table order, ids in STT', () => {
    const nodes = flatten(XA_2024);
    nodes.forEach((p, i) => {
      expect(plan.layout.rowOf[p.node.id]).toBe(ROW.first + i);
      expect(plan.grid[ROW.first + i]![COL.id]?.value).toBe(p.node.id);
    });
  });

  it('sums parents with native SUMs and computes criteria through the custom functions', () => {
    const row = (id: string) => plan.layout.rowOf[id]!;
    expect(cell(a1(ROW.total, COL.self))?.formula).toBe(
      `=SUM(${['NỘI DUNG I', 'NỘI DUNG II', 'NỘI DUNG III'].map((id) => a1(row(id), COL.self)).join(',')})`,
    );
    const [j, l] = [a1(row('5.5.1'), inputValueCol(0)), a1(row('5.5.1'), inputValueCol(1))];
    // Both inputs of a ratio are required: one of them blank is "Thiếu số liệu", as the core reads it, not a 0.
    expect(cell(a1(row('5.5.1'), COL.self))?.formula).toBe(
      `=IF(COUNTA(${j},${l})=0,"",IF(COUNTA(${j},${l})<2,"Thiếu số liệu / Missing input",CCHC.RATIO(${j},${l},${a1(row('5.5.1'), COL.max)},0.8)))`,
    );
    // The survey's five counts default to 0: no guard.
    expect(cell(a1(row('1.1'), COL.self))?.formula).not.toContain('Thiếu số liệu');
    // The evidence check names its criterion, so that 7.2, the figures warning and the council's own rows apply.
    expect(cell(a1(row('7.2'), COL.check))?.formula).toContain(`,"xa-2024","7.2"),"")`);
    expect(cell(a1(row('8.3.1'), COL.self))?.formula).toContain('CCHC.COMPARE(');
    expect(cell(a1(row('8.3.1'), COL.self))?.formula).toContain(',TRUE)');
    expect(cell(a1(row('7.3'), COL.self))?.formula).toMatch(/^=IF\([A-Z]+\d+<>"",CCHC\.SCORE\("xa-2024","7\.3",/);
    for (const r of plan.grid) for (const c of r) if (c?.formula) expect(c.formula.startsWith('=')).toBe(true);
  });

  it('restricts levels criteria to the values the rule allows', () => {
    const r211 = plan.layout.rowOf['2.1.1']!;
    expect(plan.validations.find((v) => v.range === a1(r211, COL.self))?.list).toEqual([0, 1]);
    const r231 = plan.layout.rowOf['2.3.1']!;
    expect(plan.validations.find((v) => v.range === a1(r231, COL.self))?.list).toEqual([0, 0.5, 1]);
    // The list is written as real numbers in hidden cells and referenced, so "0.5" is never text under a vi-VN Excel.
    const v231 = plan.validations.find((v) => v.range === a1(r231, COL.self))!;
    const src = /^\$([A-Z]+)\$1:\$\1\$3$/.exec(v231.source ?? '');
    expect(src).not.toBeNull();
    const col = parseA1(`${src![1]}1`)!.col;
    expect([0, 1, 2].map((r) => plan.grid[r]![col]?.value)).toEqual([0, 0.5, 1]);
    expect(plan.columns[col]?.hidden).toBe(true);
    const r81 = plan.layout.rowOf['8.1']!;
    expect(plan.validations.find((v) => v.range === a1(r81, COL.special))?.list).toHaveLength(1);
  });

  it('marks input cells and prints the official columns on A4 landscape', () => {
    const r = plan.layout.rowOf['2.1.1']!;
    for (const c of [COL.self, COL.evidence, COL.explanation]) expect(plan.grid[r]![c]?.input).toBe(true);
    expect(plan.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    expect(plan.print.area.startsWith('A1:H')).toBe(true);
    expect(plan.frozen).toEqual({ rows: ROW.header + 1, columns: COL.title + 1 });
  });

  it('adds the base to the THADS total', () => {
    const thads = planFramework(THADS_LS, {});
    expect(thads.grid[ROW.total]![COL.max]?.value).toBe(200);
    expect(thads.grid[ROW.total]![COL.self]?.formula).toMatch(/^=C7\+SUM\(/);
  });
});

describe('fill, re-fill, check, score, mark, clear on an in-memory workbook', () => {
  const setup = async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet('Sheet1');
    const r = await fillTemplate(wb, 'xa-2024', { unit: 'UBND xã Bình Thành', year: 2024 });
    expect(r.ok).toBe(true);
    const sheet = r.ok ? r.value.sheet : '';
    const row = (id: string) => planFramework(XA_2024).layout.rowOf[id]! ;
    const put = (id: string, col: number, v: string | number) => wb.setValue(sheet, a1(row(id), col), v);
    return { wb, sheet, row, put };
  };

  it('fills into a new, uniquely named sheet in one read and one write', async () => {
    const { wb, sheet } = await setup();
    expect(sheet).toBe('Tự chấm UBND xã Bình Thành 2024');
    expect(wb.roundTrips).toBe(2);
    const again = await fillTemplate(wb, 'xa-2024', { unit: 'UBND xã Bình Thành', year: 2024 });
    expect(again.ok && again.value.sheet).toBe('Tự chấm UBND xã Bình Thành (2)');
    expect(wb.roundTrips).toBe(4);
    expect(uniqueSheetName('a'.repeat(40), ['a'.repeat(31)])).toBe(`${'a'.repeat(27)} (2)`);
  });

  it('re-filling a sheet keeps every value the user typed', async () => {
    const { wb, sheet, put, row } = await setup();
    put('2.1.1', COL.self, 1);
    put('2.1.1', COL.evidence, 'Kế hoạch 12/KH-UBND');
    wb.setValue(sheet, a1(row('2.1.1'), COL.title), 'Tôi đã sửa tiêu đề'); // even a label the user changed
    wb.setValue(sheet, 'X40', 'ghi chú riêng'); // outside the plan
    wb.setValue(sheet, a1(row('5.5.1'), COL.self), null); // a formula the user cleared: restored
    const before = wb.snapshot(sheet);
    const rounds = wb.roundTrips;
    const r = await fillTemplate(wb, 'xa-2024', {}, { into: sheet });
    expect(r.ok && r.value.created).toBe(false);
    expect(wb.roundTrips - rounds).toBe(2);
    const after = wb.snapshot(sheet);
    before.formulas.forEach((cells, rr) =>
      cells.forEach((v, cc) => {
        if (v !== '' && v !== null) expect(after.formulas[rr]![cc], a1(rr, cc)).toEqual(v);
      }),
    );
    expect(after.formulas[row('5.5.1')]![COL.self]).toMatch(/^=IF\(COUNTA/);
    expect(keepMask(before, planFramework(XA_2024))[row('2.1.1')]![COL.title]).toBe(true);
  });

  it('finds the council objections E1, E2, E3, E6 with their cells, and nothing on a clean row', async () => {
    const { wb, sheet, put, row } = await setup();
    put('2.1.1', COL.self, 1); // no evidence, no explanation
    put('2.1.2', COL.self, 1);
    put('2.1.2', COL.evidence, 'Báo cáo Số:   /BC-UBND');
    put('2.1.2', COL.explanation, 'Tại Mục II');
    put('2.1.3', COL.self, 0.7); // not a value of the rule
    put('3.1.2', COL.self, 1);
    put('3.1.2', COL.evidence, 'Báo cáo 45/BC-UBND ngày 10/11/2024');
    put('3.1.2', COL.explanation, 'Số liệu tại Mục 2, trang 3');
    const r = await checkSheet(wb, { sheet, now: NOW });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const found = r.value.value.map((i) => `${i.code} ${i.criterion} ${i.cell}`);
    expect(found).toContain(`E1 2.1.1 ${a1(row('2.1.1'), COL.evidence)}`);
    expect(found).toContain(`E3 2.1.1 ${a1(row('2.1.1'), COL.explanation)}`);
    expect(found).toContain(`E2 2.1.2 ${a1(row('2.1.2'), COL.evidence)}`);
    expect(found).toContain(`E6 2.1.3 ${a1(row('2.1.3'), COL.self)}`);
    expect(found.filter((f) => f.includes(' 3.1.2 '))).toEqual([]);
    expect(r.value.value.every((i) => i.message.vi && i.message.en && i.sheet === sheet)).toBe(true);
    const severities = r.value.value.map((i) => i.severity);
    expect([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b))).toEqual(severities);
  });

  it('reports the lock after 17:00 on 25/11/2024', async () => {
    const { wb, sheet } = await setup();
    const r = await checkSheet(wb, { sheet, now: new Date('2024-11-26T08:00:00+07:00') });
    expect(r.ok && r.value.value.some((i) => i.code === 'E5' && i.severity === 'warning')).toBe(true);
  });

  it('scores from the inputs and forecasts 0 where evidence fails', async () => {
    const { wb, sheet, put } = await setup();
    put('7.1', inputValueCol(0), 0);
    put('7.1', inputValueCol(1), 3); // 3 late → 2
    put('7.1', COL.evidence, 'Báo cáo 7/BC-UBND ngày 01/11/2024');
    put('7.1', COL.explanation, 'Phụ lục 1, trang 2');
    put('5.5.1', inputValueCol(0), 8);
    put('5.5.1', inputValueCol(1), 10); // 80% → 0.8, no evidence → forecast 0
    put('8.1', COL.special, 'Năm đầu tiên đánh giá (2024): chấm điểm tối đa');
    put('8.1', COL.evidence, 'Báo cáo 9/BC-UBND');
    put('8.1', COL.explanation, 'Mục 1');
    const r = await scoreSheet(wb, { sheet });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.value.value;
    const by = (id: string) => s.criteria.find((c) => c.id === id)!;
    expect(by('7.1')).toMatchObject({ self: 2, forecast: 2 });
    expect(by('5.5.1')).toMatchObject({ self: 0.8, forecast: 0 });
    expect(by('8.1')).toMatchObject({ self: 1, forecast: 1 });
    expect(s.total).toBe(3.8);
    // Seed 002, mục VIII: "Hội đồng thẩm định chấm điểm tối đa đối với Tiêu chí 8.1; 8.2" — 8.2 left blank still forecasts 1.
    expect(by('8.2')).toMatchObject({ self: null, forecast: 1 });
    expect(s.forecastTotal).toBe(4);
    expect(s.level).toBe('KHTNV');
    expect(s.sections.map((x) => x.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']);
    expect(s.sections.find((x) => x.id === 'VII')).toMatchObject({ self: 2, forecast: 2 });
    expect(s.sections.find((x) => x.id === 'V')).toMatchObject({ self: 0.8, forecast: 0 });
    expect(s.sections.find((x) => x.id === 'VIII')).toMatchObject({ self: 1, forecast: 2 });
  });

  it('marks issues and clears them, leaving values untouched', async () => {
    const { wb, sheet, put, row } = await setup();
    put('2.1.1', COL.self, 1);
    const settings = new MemorySettings();
    const check = await checkSheet(wb, { sheet, now: NOW });
    if (!check.ok) throw new Error('check failed');
    const before = wb.snapshot(sheet);
    const rounds = wb.roundTrips;
    const n = await markIssues(wb, settings, check.value);
    expect(wb.roundTrips - rounds).toBe(1);
    expect(n).toBeGreaterThan(0);
    const ev = wb.sheet(sheet)!.cells.get(a1(row('2.1.1'), COL.evidence))!;
    expect(ev.fill).toBe('#F8C9C4');
    expect(ev.note).toMatch(/^E1: /);
    expect(await clearMarks(wb, settings, sheet)).toBe(n);
    const restored = wb.sheet(sheet)!.cells.get(a1(row('2.1.1'), COL.evidence))!;
    expect(restored.fill).toBe('#FFF2CC');
    expect(restored.note).toMatch(/^Yêu cầu: Các văn bản ban hành/); // the plan's own note is back
    expect(wb.snapshot(sheet)).toEqual(before);
  });

  it('refuses a sheet that is not a template, in the user language pair', async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet('Sổ tay');
    wb.setValue('Sổ tay', 'A1', 'ghi chép');
    const r = await checkSheet(wb, {});
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.vi).toContain('không phải mẫu của Chấm điểm');
  });
});

describe('issue 11 item 15 — grade bands that really are configurable (a bands block on the sheet)', () => {
  it('xa-2024 carries the default bands, labelled; the score grades by the block as edited', async () => {
    const wb = new MemoryWorkbook();
    const r = await fillTemplate(wb, 'xa-2024', { unit: 'Xã A', year: 2024 });
    if (!r.ok) throw new Error('fill');
    const sheet = r.value.sheet;
    const plan = getTemplate('xa-2024')!.plan({});
    const [a, b, c] = bandCells().map(([row, col]) => a1(row, col));
    expect([a!, b!, c!].map((ref) => { const at = parseA1(ref)!; return plan.grid[at.row]![at.col]?.value; })).toEqual([90, 70, 50]);
    const summary = plan.grid[ROW.summary]![3]!;
    expect(summary.formula).toContain('Chưa có thang xếp loại');
    expect(summary.note).toContain('mặc định');
    wb.setValue(sheet, a1(plan.layout.rowOf['2.1.1']!, COL.self), 1);
    let s = await scoreSheet(wb, { sheet });
    expect(s.ok && s.value.value.level).toBe('KHTNV');
    // A unit that grades from 1 point: A ≥ 1, B ≥ 0.5, C ≥ 0.2.
    wb.setValue(sheet, a!, 1);
    wb.setValue(sheet, b!, '0,5');
    wb.setValue(sheet, c!, 0.2);
    s = await scoreSheet(wb, { sheet });
    expect(s.ok && s.value.value.level).toBe('HTXSNV');
    wb.setValue(sheet, b!, 2); // not descending
    const check = await checkSheet(wb, { sheet, now: new Date('2024-11-20T00:00:00Z') });
    expect(check.ok && check.value.value.filter((i) => i.code === 'B1').map((i) => i.cell)).toEqual([a]);
    s = await scoreSheet(wb, { sheet });
    expect(s.ok && [s.value.value.level, s.value.value.incomplete?.vi]).toEqual(['', expect.stringContaining('Thang xếp loại không hợp lệ')]);
  });
  it('thads-ls: no bands until the user sets them — "chưa có thang xếp loại", not HTXSNV for 120 points', async () => {
    const wb = new MemoryWorkbook();
    const r = await fillTemplate(wb, 'thads-ls', { name: 'A', month: 11, year: 2024 });
    if (!r.ok) throw new Error('fill');
    const s = await scoreSheet(wb, { sheet: r.value.sheet });
    expect(s.ok && [s.value.value.total, s.value.value.level, s.value.value.incomplete?.vi]).toEqual([200, '', expect.stringContaining('Chưa có thang xếp loại')]);
    const [a, b, c] = bandCells().map(([row, col]) => a1(row, col));
    wb.setValue(r.value.sheet, a!, 190);
    wb.setValue(r.value.sheet, b!, 170);
    wb.setValue(r.value.sheet, c!, 150);
    const graded = await scoreSheet(wb, { sheet: r.value.sheet });
    expect(graded.ok && graded.value.value.level).toBe('HTXSNV');
  });
});

describe('issue 11 items 3 and 5 in the sheet: E4 zeroes the forecast cell; the council\'s own criteria', () => {
  const plan = planFramework(XA_2024);
  const at = (id: string, col: number) => plan.grid[plan.layout.rowOf[id]!]![col]!;
  it('the forecast formula counts E1–E4 as 0 (seed 002 §2b "không lập Bảng thống kê kết quả")', () => {
    expect(at('6.2', COL.forecast).formula).toContain('SEARCH("E4:"');
  });
  it('8.1, 8.2 forecast their maximum; "trực tiếp trên Hệ thống" and the surveys forecast the self-score, with a note', () => {
    expect(at('8.1', COL.forecast).formula).toBe(`=${a1(plan.layout.rowOf['8.1']!, COL.max)}`);
    // The self-score as it stands; one that could not be computed (#NAME? without the add-in) stays an error.
    const self5531 = a1(plan.layout.rowOf['5.5.3.1']!, COL.self);
    expect(at('5.5.3.1', COL.forecast).formula).toBe(`=IF(ISERROR(${self5531}),${self5531},IF(ISNUMBER(${self5531}),${self5531},""))`);
    expect(String(at('5.5.3.1', COL.check).value)).toContain('trực tiếp trên Hệ thống');
    expect(String(at('1.3', COL.check).value)).toContain('Phiếu đánh giá của Lãnh đạo UBND huyện');
    expect(String(at('8.2', COL.evidence).note)).toContain('chấm điểm tối đa');
    expect(at('2.1.1', COL.check).formula).toContain('CCHC.EVIDENCE');
  });
  it('the check lists no E1 for them, and E1 for a row with evidence of its own', async () => {
    const wb = new MemoryWorkbook();
    const filled = await fillTemplate(wb, 'xa-2024', { unit: 'UBND xã Bình Thành', year: 2024 });
    if (!filled.ok) throw new Error('fill');
    const sheet = filled.value.sheet;
    const put = (id: string, col: number, v: string | number) => wb.setValue(sheet, a1(plan.layout.rowOf[id]!, col), v);
    for (const id of ['5.5.3.1', '8.2', '2.1.1']) put(id, COL.self, 1);
    put('1.1', inputValueCol(4), 3); // all five answers "5" → 4 (capped)
    const r = await checkSheet(wb, { sheet, now: NOW });
    if (!r.ok) throw new Error('check');
    const e1 = r.value.value.filter((i) => i.code === 'E1').map((i) => i.criterion);
    expect(e1).toEqual(['2.1.1']);
  });
});
