import { describe, expect, it } from 'vitest';
import { ND90_M02, ND90_M03 } from '../../src/scoring';
import { a1, parseA1 } from '../../src/sheet/a1';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { checkNd90, ND90_REQUIRED } from '../../src/sheet/nd90';
import { checkSheet, fillTemplate, peopleFrom, scoreSheet } from '../../src/sheet/operations';
import { HEAD, MARKER_COL, MARKER_ROW } from '../../src/sheet/plans/builder';
import { ND90_CELL, ND90_COL, ND90_ROW } from '../../src/sheet/plans/nd90Form';
import { getTemplate } from '../../src/sheet/templates';
import type { Details, SheetPlan } from '../../src/sheet/types';

const DETAILS: Details = { name: 'Trần Văn Bình', post: 'Chuyên viên chính', unit: 'Văn phòng UBND tỉnh', year: 2020, month: 11 };

function expectWellFormed(plan: SheetPlan, templateId: string): void {
  expect(plan.grid[MARKER_ROW]?.[MARKER_COL]?.value).toBe(`chamdiem:${templateId}:1`);
  const width = plan.grid[0]!.length;
  const inside = (ref: string) => {
    const at = parseA1(ref);
    return at !== null && at.row < plan.grid.length && at.col < width;
  };
  for (const row of plan.grid) for (const c of row) if (c?.formula !== undefined) expect(c.formula.startsWith('=')).toBe(true);
  for (const v of plan.validations) for (const ref of v.range.split(':')) expect(inside(ref)).toBe(true);
  for (const m of plan.merges) for (const ref of m.split(':')) expect(inside(ref)).toBe(true);
  expect(plan.print).toMatchObject({ paper: 'A4', orientation: 'portrait', fitToWidth: true });
  expect(plan.print.area).toMatch(/^A1:D\d+$/);
  expect(inside(plan.print.area.split(':')[1]!)).toBe(true);
  expect(plan.frozen.rows).toBeGreaterThan(0);
  for (const [r, c] of Object.values(ND90_CELL)) {
    expect(r).toBeLessThan(HEAD.rows);
    expect(c).toBeLessThan(HEAD.columns);
    expect(plan.grid[r]?.[c]?.input).toBe(true);
  }
}

/** The answer cell of a field: the merged cell under its title row. */
const answerCell = (plan: SheetPlan, id: string) => a1(plan.layout.rowOf[id]! + 1, ND90_COL.first);

async function fill(templateId: string) {
  const wb = new MemoryWorkbook();
  const r = await fillTemplate(wb, templateId, DETAILS);
  if (!r.ok) throw new Error(r.error.message.en);
  const plan = getTemplate(templateId)!.plan(DETAILS);
  const sheet = r.value.sheet;
  const answerAll = () => {
    for (const id of ND90_REQUIRED) wb.setValue(sheet, answerCell(plan, id), id === 'II.2' ? 'Hoàn thành tốt nhiệm vụ' : `Tự nhận xét mục ${id}.`);
  };
  return { wb, sheet, plan, answerAll, snapshot: () => wb.snapshot(sheet) };
}

describe.each([
  ['nd90-m02', ND90_M02, 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC', 'Chức vụ, chức danh:', 'Mẫu số 02'],
  ['nd90-m03', ND90_M03, 'PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC', 'Chức danh nghề nghiệp:', 'Mẫu số 03'],
] as const)('%s', (id, fw, title, postLabel, form) => {
  const plan = getTemplate(id)!.plan(DETAILS);
  const at = (ref: string) => {
    const p = parseA1(ref)!;
    return plan.grid[p.row]?.[p.col];
  };

  it('is well-formed: marker, print area, frozen title, head block within 12 × 26', () => {
    expectWellFormed(plan, id);
    expect(plan.sheetName).toBe(`Phiếu ${id.slice(-2)} Trần Văn Bình 2020`);
  });

  it('has the official header: agency, national motto, form number, title, year, name, post, unit', () => {
    expect(at('C1')?.value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(at('C2')?.value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(at('D3')?.value).toBe(form);
    expect(plan.grid[ND90_ROW.title]![0]?.value).toBe(title);
    expect(at('A1')).toMatchObject({ input: true });
    expect([at('A5')?.value, at('B5')?.value]).toEqual(['Năm:', 2020]);
    expect([at('A6')?.value, at('B6')?.value]).toEqual(['Họ và tên:', 'Trần Văn Bình']);
    expect([at('A7')?.value, at('B7')?.value]).toEqual([postLabel, 'Chuyên viên chính']);
    expect([at('A8')?.value, at('B8')?.value]).toEqual(['Đơn vị công tác:', 'Văn phòng UBND tỉnh']);
  });

  it('writes every field as a title row and a tall merged answer, the leaders-only heading before 7', () => {
    const fields = fw.criteria.flatMap((c) => (c.children?.length ? c.children : [c]));
    for (const f of fields) {
      const row = plan.layout.rowOf[f.id]!;
      expect(plan.grid[row]![ND90_COL.id]?.value).toBe(f.id);
      expect(String(plan.grid[row]![0]?.value)).toContain(f.title);
    }
    const r1 = plan.layout.rowOf['1']!;
    expect(plan.merges).toContain(`A${r1 + 2}:D${r1 + 5}`);
    expect(plan.grid[r1 + 1]![0]).toMatchObject({ input: true, style: 'input' });
    expect(String(plan.grid[plan.layout.rowOf['7']! - 1]![0]?.value)).toMatch(/^PHẦN DÀNH RIÊNG CHO (CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ|VIÊN CHỨC QUẢN LÝ)$/);
    expect(plan.columns[ND90_COL.id]?.hidden).toBe(true);
    expect(plan.layout.rowOf['IV.3'] !== undefined).toBe(id === 'nd90-m02');
  });

  it('offers the four levels in II.2 and IV.2, with the printed reminder under them', () => {
    for (const field of ['II.2', 'IV.2']) {
      const cell = answerCell(plan, field);
      expect(plan.validations.find((v) => v.range === cell)?.list).toEqual([
        'Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ',
      ]);
      expect(String(plan.grid[plan.layout.rowOf[field]! + 2]![0]?.value)).toContain('(Hoàn thành xuất sắc nhiệm vụ; hoàn thành tốt nhiệm vụ');
    }
  });

  it('check: N1 for each required field left empty, nothing once filled', async () => {
    const f = await fill(id);
    const empty = checkNd90(fw, f.snapshot());
    expect(empty.map((i) => [i.code, i.severity, i.criterion])).toEqual(ND90_REQUIRED.map((r) => ['N1', 'warning', r]));
    expect(empty[0]!.cell).toBe(answerCell(f.plan, '1'));
    f.answerAll();
    expect(checkNd90(fw, f.snapshot())).toEqual([]);
    f.wb.setValue(f.sheet, 'B6', '');
    expect(checkNd90(fw, f.snapshot())).toEqual([expect.objectContaining({ code: 'N1', cell: 'B6', sheet: f.sheet })]);
  });

  it('check: N2 when the self-grade (or the authority\'s grade) is not one of the four levels', async () => {
    const f = await fill(id);
    f.answerAll();
    f.wb.setValue(f.sheet, answerCell(f.plan, 'II.2'), 'Tốt');
    f.wb.setValue(f.sheet, answerCell(f.plan, 'IV.2'), 'hoàn thành nhiệm vụ');
    const issues = checkNd90(fw, f.snapshot());
    expect(issues).toEqual([expect.objectContaining({ code: 'N2', severity: 'error', cell: answerCell(f.plan, 'II.2'), criterion: 'II.2' })]);
    expect(issues[0]!.message.en).toContain('four levels');
  });

  it('runs through the operations: check yes, score no, not a person of Mẫu 1A', async () => {
    const f = await fill(id);
    const c = await checkSheet(f.wb, { sheet: f.sheet });
    expect(c.ok && c.value.value.length).toBe(ND90_REQUIRED.length);
    const s = await scoreSheet(f.wb, { sheet: f.sheet });
    expect(s.ok).toBe(false);
    expect(peopleFrom((await f.wb.read({ head: HEAD })).sheets)).toEqual([]);
  });
});
