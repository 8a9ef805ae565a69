/**
 * Mẫu 1A from the monthly forms (src/sheet/summary.ts): the quota per group of similar duties and for the unit, the
 * head's part d, contract workers of Mẫu 03, the authority's decided grade, overrides — issue 11, items 9–14.
 */
import { describe, expect, it } from 'vitest';
import { checkQuotaCap, QUOTA_CAP_OUTSTANDING } from '../../src/scoring';
import { a1, parseA1 } from '../../src/sheet/a1';
import { kpiQuotaCell } from '../../src/scoring/cells';
import type { RawValue } from '../../src/scoring/params';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { buildNoticeFromWorkbook, buildSummary, checkSheet, fillTemplate, peopleFrom, scoreSheet } from '../../src/sheet/operations';
import { COL } from '../../src/sheet/plans/framework';
import { getTemplate } from '../../src/sheet/templates';
import { HEAD } from '../../src/sheet/plans/builder';
import { HN_CELL, HN_COL, OVERRIDE_CORRUPTION, OVERRIDE_DISCIPLINE } from '../../src/sheet/plans/hnMonthly';
import { planNotice } from '../../src/sheet/notice';
import { planSummary, readSummaryMarks, solveUnit } from '../../src/sheet/summary';
import type { PersonLine } from '../../src/sheet/templates';
import { line } from '../support/personLine';

const A = (at: readonly [number, number]) => a1(at[0], at[1]);
const names = (ids: readonly string[]) => ids.map((id) => id.replace(/^hn-m0\d /, '')).sort();

describe('item 9 — the quota per group of similar duties and for the unit, both limits holding', () => {
  // Seed 004 §3.2a: "không vượt quá 20% tổng số CBCCVC được xếp loại “Hoàn thành tốt nhiệm vụ” trong phạm vi cùng
  // một cơ quan, tổ chức, đơn vị và trong từng nhóm công chức có nhiệm vụ tương đồng".
  const group = (g: string, people: [string, number][]) => people.map(([n, s]) => line(n, s, { dutyGroup: g }));
  it('one group by default: the unit alone', () => {
    const s = solveUnit([line('An', 95), line('Bình', 93), ...['C', 'D', 'E', 'G', 'H'].map((n) => line(n, 80))], 0.2);
    expect(s.groups).toEqual([]);
    // 2 A, 5 B: k ≤ 0.2 × (5 + 2 − k) → k = 1.
    expect(s.quota.maxA).toBe(1);
    expect(names(s.quota.demoted)).toEqual(['Bình']);
  });
  it('a group over its own limit loses an A even when the unit as a whole is within', () => {
    // Group "Tiếp dân": 2 A and 1 B → keeps 0; group "Văn phòng": 0 A and 9 B. The unit: 2 A, 10 B → 2 allowed.
    const people = [
      ...group('Tiếp dân', [['An', 95], ['Bình', 93], ['Chi', 80]]),
      ...group('Văn phòng', ['D', 'E', 'G', 'H', 'K', 'L', 'M', 'N', 'P'].map((n): [string, number] => [n, 80])),
    ];
    const unitOnly = solveUnit(people.map((p) => ({ ...p, dutyGroup: '' })), 0.2);
    expect(unitOnly.quota.demoted).toEqual([]);
    const s = solveUnit(people, 0.2);
    expect(s.groups.map((g) => [g.group, g.quota.maxA, g.quota.demoted.length])).toEqual([['Tiếp dân', 0, 2], ['Văn phòng', 0, 0]]);
    expect(names(s.quota.demoted)).toEqual(['An', 'Bình']);
    expect(s.people.find((p) => p.name === 'An')?.proposedGrade).toBe('HTTNV');
  });
  it('the group within its limit, the unit over: the unit demotes its lowest A (people with no group count for the unit only)', () => {
    // Group X: 1 A, 5 B → k ≤ 0.2 × (6 − k) → 1 kept. The unit adds one A with no group: 2 A, 5 B → k ≤ 0.2 × (7 − k) → 1.
    const people = [...group('X', [['XA', 95], ...['1', '2', '3', '4', '5'].map((n): [string, number] => [`X${n}`, 80])]), line('Lẻ', 90)];
    const s = solveUnit(people, 0.2);
    expect(s.groups.map((g) => [g.group, g.quota.maxA, g.quota.demoted.length])).toEqual([['X', 1, 0]]);
    expect(names(s.quota.demoted)).toEqual(['Lẻ']);
    expect(s.quota.maxA).toBe(1);
  });
  it('Mẫu 1A shows the groups: a column, and one line a group beside the quota box', () => {
    const s = solveUnit([...group('Tiếp dân', [['An', 95], ['Chi', 80]]), ...group('Văn phòng', [['Dũng', 80]])], 0.2);
    const plan = planSummary(s, {});
    const cells = plan.grid.flatMap((r) => r.map((c) => c?.value)).filter((v): v is string => typeof v === 'string');
    expect(cells).toContain('Nhóm nhiệm vụ tương đồng');
    expect(cells.filter((v) => v.startsWith('Nhóm "'))).toEqual([
      'Nhóm "Tiếp dân": 1 loại A, 1 loại B, giữ tối đa 0 loại A, đề xuất hạ 1.',
      'Nhóm "Văn phòng": 0 loại A, 1 loại B, giữ tối đa 0 loại A.',
    ]);
  });
  it('the group is read from the form, blank meaning the whole unit', async () => {
    const wb = new MemoryWorkbook();
    const r = await fillTemplate(wb, 'hn-m03', { name: 'An', month: 11, year: 2026 });
    if (!r.ok) throw new Error(r.error.message.en);
    wb.setValue(r.value.sheet, A(HN_CELL.dutyGroup), 'Tiếp công dân');
    const read = await wb.read({ head: HEAD, all: true });
    const [person] = peopleFrom(read.sheets, read.all ?? []);
    expect(person?.dutyGroup).toBe('Tiếp công dân');
  });
});

describe('item 10 — the higher cap is at most 25% ("nhưng không vượt quá 25%", seed 004 §3.2b)', () => {
  it('refuses above 25% with a message, accepts 20% and 25%', () => {
    expect(checkQuotaCap(0.2)).toEqual({ ok: true, value: 0.2 });
    expect(checkQuotaCap(QUOTA_CAP_OUTSTANDING)).toEqual({ ok: true, value: 0.25 });
    const r = checkQuotaCap(0.5);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.vi).toContain('không vượt quá 20%');
    expect(checkQuotaCap(0).ok).toBe(false);
    expect(checkQuotaCap(0.2500001).ok).toBe(false);
  });
  it('buildSummary refuses a 40% cap', async () => {
    const wb = new MemoryWorkbook();
    await fillTemplate(wb, 'hn-m03', { name: 'An', month: 11, year: 2026 });
    const r = await buildSummary(wb, { cap: 0.4, details: {} });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.en).toContain('above the limit');
  });
});

describe('item 11 — the head\'s part d counts everyone managed, deputies included ("100% CBCCVC thuộc thẩm quyền quản lý")', () => {
  it('a deputy graded D gives d = 50%', () => {
    const head = line('Trưởng', 92, { group: 'leader', isHead: true, templateId: 'hn-m02' });
    const deputy = line('Phó', 40, { group: 'leader', templateId: 'hn-m02' });
    expect(solveUnit([head, deputy, line('An', 85)], 0.2).leaderD).toBe(0.5);
    expect(solveUnit([head, { ...deputy, score: 60 }, line('An', 85)], 0.2).leaderD).toBe(1);
  });
});

describe('item 12 — contract workers on Mẫu 03 belong in section III "Lao động hợp đồng"', () => {
  it('the category field of Mẫu 03 puts a contract worker in III', async () => {
    const wb = new MemoryWorkbook();
    const a = await fillTemplate(wb, 'hn-m03', { name: 'An', month: 11, year: 2026 });
    const b = await fillTemplate(wb, 'hn-m03', { name: 'Bình', month: 11, year: 2026 });
    if (!a.ok || !b.ok) throw new Error('fill');
    expect(wb.snapshot(a.value.sheet).values[HN_CELL.category[0]]![HN_CELL.category[1]]).toBe('Công chức');
    wb.setValue(b.value.sheet, A(HN_CELL.category), 'Lao động hợp đồng');
    const read = await wb.read({ head: HEAD, all: true });
    const people = peopleFrom(read.sheets, read.all ?? []);
    expect(people.map((p) => [p.name, p.group])).toEqual([['An', 'staff'], ['Bình', 'contract']]);
    wb.setValue(b.value.sheet, A(HN_CELL.category), 'Hợp đồng 68');
    const check = await checkSheet(wb, { sheet: b.value.sheet, now: new Date('2026-11-20T00:00:00Z') });
    expect(check.ok && check.value.value.some((i) => i.code === 'K10' && i.severity === 'error')).toBe(true);
  });
});

describe('item 13 — the reviewer (before the 26th) and the authority (before the 28th)', () => {
  it('Mẫu 1A columns 5–8 show the decided grade where recorded, the proposal otherwise, labelled', () => {
    // 1 A, 5 B: the quota keeps An's A (k ≤ 0.2 × (6 − k) → 1); the authority decided B.
    const s = solveUnit([line('An', 95, { decidedGrade: 'Hoàn thành tốt nhiệm vụ' }), line('Bình', 75), ...['C', 'D', 'E', 'G'].map((n) => line(n, 80))], 0.2);
    const an = s.people.find((p) => p.name === 'An')!;
    const binh = s.people.find((p) => p.name === 'Bình')!;
    expect([an.grade, an.proposedGrade, an.shownGrade, an.shownFrom]).toEqual(['HTXSNV', 'HTXSNV', 'HTTNV', 'decided']);
    expect([binh.shownGrade, binh.shownFrom]).toEqual(['HTTNV', 'proposed']);
    const plan = planSummary(s, {});
    const row = plan.grid.findIndex((r) => r[1]?.value === 'An');
    expect(plan.grid[row]!.slice(4, 8).map((c) => c?.value)).toEqual(['', 'x', '', '']);
    expect(plan.grid[row]![12]?.value).toBe('Đã quyết định');
    expect(plan.grid[plan.grid.findIndex((r) => r[1]?.value === 'Bình')]![12]?.value).toBe('Đề xuất theo điểm');
    const notice = planNotice(s, {});
    expect(notice.grid.flatMap((r) => r.map((c) => c?.value))).toContain('Hoàn thành tốt nhiệm vụ');
  });
  it('the form has a reviewer comment and a decided grade, read into the line and checked', async () => {
    const wb = new MemoryWorkbook();
    const r = await fillTemplate(wb, 'hn-m02', { name: 'An', month: 11, year: 2026 });
    if (!r.ok) throw new Error('fill');
    wb.setValue(r.value.sheet, A(HN_CELL.review), 'Hoàn thành tốt nhiệm vụ được giao');
    wb.setValue(r.value.sheet, A(HN_CELL.decidedGrade), 'Loại Z');
    const read = await wb.read({ head: HEAD, all: true });
    expect(peopleFrom(read.sheets, read.all ?? [])[0]).toMatchObject({ review: 'Hoàn thành tốt nhiệm vụ được giao', decidedGrade: 'Loại Z' });
    const check = await checkSheet(wb, { sheet: r.value.sheet, now: new Date('2026-11-20T00:00:00Z') });
    expect(check.ok && check.value.value.filter((i) => i.code === 'K11').map((i) => i.severity)).toEqual(['error']);
  });
});

describe('item 14 — overrides: KHTNV whatever the score, shown beside the computed grade', () => {
  it('1A proposes KHTNV, keeps the grade of the score beside it, and the quota does not count the A', () => {
    const s = solveUnit([line('An', 96, { override: { reason: OVERRIDE_DISCIPLINE, basis: 'QĐ 12/QĐ-UBND ngày 02/11/2026' } }), line('Bình', 95), ...['C', 'D', 'E', 'G', 'H'].map((n) => line(n, 80))], 0.2);
    const an = s.people.find((p) => p.name === 'An')!;
    expect([an.grade, an.proposedGrade, an.shownGrade]).toEqual(['HTXSNV', 'KHTNV', 'KHTNV']);
    // Without An's A: 1 A, 5 B → 1 allowed; Bình keeps A (with it, 2 A would allow 1 and demote Bình).
    expect(solveUnit(s.people.map((p) => ({ ...p, override: null })), 0.2).people.find((p) => p.name === 'Bình')?.status).toBe('demoted');
    expect(s.quota.countA).toBe(1);
    expect(s.people.find((p) => p.name === 'Bình')?.status).toBe('kept');
    const plan = planSummary(s, {});
    const row = plan.grid.findIndex((r) => r[1]?.value === 'An');
    expect(plan.grid[row]![8]?.value).toBe('A');
    expect(plan.grid[row]![7]?.value).toBe('x');
    expect(String(plan.grid[row]![14]?.value)).toContain('khiển trách');
  });
  it('the form offers the reasons (corruption only to leaders), and the check shows it with its basis', async () => {
    const wb = new MemoryWorkbook();
    const r = await fillTemplate(wb, 'hn-m03', { name: 'An', month: 11, year: 2026 });
    if (!r.ok) throw new Error('fill');
    wb.setValue(r.value.sheet, A(HN_CELL.override), OVERRIDE_CORRUPTION);
    let check = await checkSheet(wb, { sheet: r.value.sheet, now: new Date('2026-11-20T00:00:00Z') });
    expect(check.ok && check.value.value.filter((i) => i.code === 'K12').map((i) => i.severity)).toEqual(['error']);
    wb.setValue(r.value.sheet, A(HN_CELL.override), OVERRIDE_DISCIPLINE);
    check = await checkSheet(wb, { sheet: r.value.sheet, now: new Date('2026-11-20T00:00:00Z') });
    expect(check.ok && check.value.value.filter((i) => i.code === 'K12').map((i) => i.severity).sort()).toEqual(['info', 'warning']);
    const read = await wb.read({ head: HEAD, all: true });
    expect(peopleFrom(read.sheets, read.all ?? [])[0]?.override).toEqual({ reason: OVERRIDE_DISCIPLINE, basis: '' });
  });
});

describe('item 17 — nothing invalid is scored silently', () => {
  it('a commune sheet lists each entry counted 0, with its cell; an empty table has no grade', async () => {
    const wb = new MemoryWorkbook();
    const r = await fillTemplate(wb, 'xa-2024', { unit: 'Xã A', year: 2024 });
    if (!r.ok) throw new Error('fill');
    const empty = await scoreSheet(wb, { sheet: r.value.sheet });
    expect(empty.ok && [empty.value.value.level, empty.value.value.incomplete?.vi]).toEqual(['', 'Chưa đủ dữ liệu để xếp loại.']);
    const plan = getTemplate('xa-2024')!.plan({});
    const at = (id: string) => a1(plan.layout.rowOf[id]!, COL.self);
    wb.setValue(r.value.sheet, at('2.1.1'), 1);
    wb.setValue(r.value.sheet, at('3.6.2'), 1.5); // 0, 1 or 2 only
    wb.setValue(r.value.sheet, at('2.3.3'), 8.5); // maximum 1
    const s = await scoreSheet(wb, { sheet: r.value.sheet });
    if (!s.ok) throw new Error('score');
    expect(s.value.value.total).toBe(1);
    expect(s.value.value.level).toBe('KHTNV');
    expect(s.value.value.notCounted?.map((e) => `${e.criterion} ${e.cell}`)).toEqual([`2.3.3 ${at('2.3.3')}`, `3.6.2 ${at('3.6.2')}`]);
  });
  it('a monthly form lists an invalid deduction', async () => {
    const wb = new MemoryWorkbook();
    const r = await fillTemplate(wb, 'hn-m03', { name: 'An', month: 11, year: 2026 });
    if (!r.ok) throw new Error('fill');
    const plan = getTemplate('hn-m03')!.plan({});
    const cell = a1(plan.layout.rowOf['1.1']!, HN_COL.deduction);
    wb.setValue(r.value.sheet, cell, 'nhiều');
    const s = await scoreSheet(wb, { sheet: r.value.sheet });
    if (!s.ok) throw new Error('score');
    expect(s.value.value.notCounted?.map((e) => e.cell)).toEqual([cell]);
  });
});

describe('the quota box of Mẫu 1A agrees with the summary: duty groups and overrides included', () => {
  const quotaOf = (people: PersonLine[], cap = 0.2): { formula: number; core: number; tied: number } => {
    const s = solveUnit(people, cap);
    const plan = planSummary(s, { unit: 'Phường X' });
    const at = plan.grid.flatMap((row, r) => row.map((c, col) => ({ r, col, f: c?.formula ?? '' }))).find((x) => x.f.startsWith('=KPI.QUOTA('))!;
    const m = /^=KPI\.QUOTA\(([A-Z]+\d+)(?::([A-Z]+\d+))?,([A-Z]+\d+)\)$/.exec(at.f)!;
    const [from, to] = [parseA1(m[1]!)!, parseA1(m[2] ?? m[1]!)!];
    const capCell = parseA1(m[3]!)!;
    const column = plan.grid.slice(from.row, to.row + 1).map((row) => [(row[from.col]?.value ?? null) as RawValue]);
    const r = kpiQuotaCell(column, plan.grid[capCell.row]![capCell.col]!.value as RawValue);
    if (!r.ok) throw new Error(r.error.message.en);
    return { formula: r.value, core: s.quota.maxA, tied: s.quota.tied.length };
  };
  const group = (g: string, people: [string, number][]) => people.map(([n, s]) => line(n, s, { dutyGroup: g }));
  it('a group over its own limit: 0 A kept, where the grades alone would allow 2', () => {
    const people = [
      ...group('Tiếp dân', [['An', 95], ['Bình', 93], ['Chi', 80]]),
      ...group('Văn phòng', ['D', 'E', 'G', 'H', 'K', 'L', 'M', 'N', 'P'].map((n): [string, number] => [n, 80])),
    ];
    expect(quotaOf(people)).toMatchObject({ formula: 0, core: 0 });
  });
  it('an override (KHTNV whatever the score) is not an A of the quota', () => {
    // By the grades alone: 2 A, 10 B → 2; An's override leaves 1 A: 1.
    const people = [line('An', 96, { override: { reason: OVERRIDE_DISCIPLINE, basis: 'QĐ 12/QĐ-UBND' } }), line('Bình', 95), ...'CDEGHKLMNP'.split('').map((n) => line(n, 80))];
    expect(quotaOf(people)).toMatchObject({ formula: 1, core: 1 });
  });
  it('random units (groups, overrides, heads, 20% and 25%): the same number wherever no tie is left to the authority', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let compared = 0;
    for (let u = 0; u < 300; u++) {
      const n = 3 + Math.floor(rnd() * 25);
      const people = Array.from({ length: n }, (_, i) =>
        line(`P${i}`, rnd() < 0.05 ? null : Math.round((60 + rnd() * 40) * 100) / 100, {
          dutyGroup: rnd() < 0.5 ? ['Tiếp dân', 'Văn phòng', ''][Math.floor(rnd() * 3)]! : '',
          isHead: i === 0 && rnd() < 0.5,
          ...(rnd() < 0.1 ? { override: { reason: OVERRIDE_DISCIPLINE, basis: '' } } : {}),
        }),
      );
      const q = quotaOf(people, rnd() < 0.5 ? 0.2 : 0.25);
      if (q.tied > 0) continue;
      expect(q.formula, `unit ${u}`).toBe(q.core);
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });
});

describe('issue 14 item 11 — 1A built again in place, 2A from the workbook, ties, the unit, the quota value', () => {
  const NOV = { month: 11, year: 2026 };
  /** Seven staff of November (2 A, 5 B by score: 1 A allowed, Bình proposed for B), their totals as Excel has them. */
  async function unit(extra: [string, number][] = []) {
    const wb = new MemoryWorkbook();
    const people: [string, number][] = [['An', 96], ['Bình', 93], ['Chi', 80], ['Dũng', 80], ['Giang', 80], ['Hà', 80], ['Khoa', 80], ...extra];
    for (const [name, score] of people) await addPerson(wb, name, score);
    return wb;
  }
  async function addPerson(wb: MemoryWorkbook, name: string, score: number, period = NOV) {
    const r = await fillTemplate(wb, 'hn-m03', { name, post: 'Chuyên viên', unit: 'UBND phường Hà Đông', ...period });
    if (!r.ok) throw new Error(r.error.message.en);
    wb.setValue(r.value.sheet, A(HN_CELL.total), score);
  }
  const rowOf = async (wb: MemoryWorkbook, sheet: string, name: string) => {
    const full = (await wb.read({ head: { rows: 0, columns: 0 }, full: sheet })).full!;
    return { full, row: full.values.findIndex((r, i) => i >= 9 && r[1] === name) };
  };
  const marks = (values: readonly (readonly unknown[])[], row: number) => [4, 5, 6, 7].map((c) => values[row]?.[c] ?? '');

  it('the second build of the month updates the same sheet and keeps the grade the authority marked', async () => {
    const wb = await unit();
    const first = await buildSummary(wb, { cap: 0.2, details: {}, ...NOV });
    if (!first.ok) throw new Error(first.error.message.en);
    expect([first.value.sheet, first.value.rebuilt]).toEqual(['1A 11-2026', false]);
    const sheets = wb.sheets.length;
    let { full, row } = await rowOf(wb, first.value.sheet, 'Bình');
    // As built: Bình is proposed for B (over the quota): the "x" is in column 6 (HTTNV).
    expect(marks(full.values, row)).toEqual(['', 'x', '', '']);
    // The authority keeps Bình at A: the x moved to column 5 (HTXSNV), as people mark the printed form.
    wb.setValue(first.value.sheet, a1(row, 5), '');
    wb.setValue(first.value.sheet, a1(row, 4), 'x');

    const again = await buildSummary(wb, { cap: 0.2, details: {}, ...NOV });
    if (!again.ok) throw new Error(again.error.message.en);
    expect([again.value.sheet, again.value.rebuilt, again.value.keptCells]).toEqual(['1A 11-2026', true, 1]);
    expect(wb.sheets.length).toBe(sheets);
    ({ full, row } = await rowOf(wb, again.value.sheet, 'Bình'));
    expect(marks(full.values, row)).toEqual(['x', '', '', '']);
    expect(full.values[row]![12]).toBe('Ghi trên Mẫu 1A');
    // The proposal is still the quota's: B.
    expect(full.values[row]![9]).toBe('B');
    expect(again.value.value.people.find((p) => p.name === 'Bình')).toMatchObject({ markedGradeCode: 'HTXSNV', shownGrade: 'HTXSNV', proposedGrade: 'HTTNV' });

    // A third build reads the carried mark back as the authority's.
    const third = await buildSummary(wb, { cap: 0.2, details: {}, ...NOV });
    expect(third.ok && third.value.value.people.find((p) => p.name === 'Bình')?.markedGradeCode).toBe('HTXSNV');
  });

  it('a person added moves the lines down: the mark follows its person, the signature its block, nothing stale is left', async () => {
    const wb = await unit();
    const first = await buildSummary(wb, { cap: 0.2, details: {}, ...NOV });
    if (!first.ok) throw new Error(first.error.message.en);
    let { full, row } = await rowOf(wb, first.value.sheet, 'Bình');
    wb.setValue(first.value.sheet, a1(row, 5), '');
    wb.setValue(first.value.sheet, a1(row, 4), 'x');
    const footer = full.values.findIndex((r) => r[1] === 'NGƯỜI LẬP BIỂU');
    wb.setValue(first.value.sheet, a1(footer + 3, 1), 'Nguyễn Thị Hoa');
    const lastName = full.values.findIndex((r, i) => i >= 9 && r[1] === 'Khoa');

    await addPerson(wb, 'Ánh', 80); // sorts right after An: everyone below moves down one row
    const again = await buildSummary(wb, { cap: 0.2, details: {}, ...NOV });
    if (!again.ok) throw new Error(again.error.message.en);
    expect(again.value.rebuilt).toBe(true);
    const before = row;
    ({ full, row } = await rowOf(wb, again.value.sheet, 'Bình'));
    expect(row).toBe(before + 1);
    expect(marks(full.values, row)).toEqual(['x', '', '', '']);
    // The row Bình left now holds Ánh's line, with the proposal's mark only (B).
    expect(full.values[before]![1]).toBe('Ánh');
    expect(marks(full.values, before)).toEqual(['', 'x', '', '']);
    expect(full.values.findIndex((r, i) => i >= 9 && r[1] === 'Khoa')).toBe(lastName + 1);
    const newFooter = full.values.findIndex((r) => r[1] === 'NGƯỜI LẬP BIỂU');
    // The signature block moves down by Ánh's line (Ánh is B: section IV is unchanged).
    expect(newFooter).toBe(footer + 1);
    expect(full.values[newFooter + 3]![1]).toBe('Nguyễn Thị Hoa');
    expect(full.values[footer + 3]![1] ?? '').toBe('');
  });

  it('people tied at the cut line print "Chờ quyết định": the printed 1A never shows more A than the quota allows', () => {
    // An and Bình share 95 points; 2 A and 5 B allow 1 A: neither is shown A until the authority decides.
    const s = solveUnit([line('An', 95), line('Bình', 95), ...['C', 'D', 'E', 'G', 'H'].map((n) => line(n, 80))], 0.2);
    expect([s.quota.maxA, s.quota.tied.length]).toEqual([1, 2]);
    const plan = planSummary(s, {});
    const rows = plan.grid.filter((r, i) => i >= 9 && typeof r[11]?.value === 'string' && r[11].value !== '');
    const printedA = rows.filter((r) => r[4]?.value === 'x').length;
    expect(printedA).toBe(0);
    for (const name of ['An', 'Bình']) {
      const r = rows.find((x) => x[1]?.value === name)!;
      expect([4, 5, 6, 7].map((c) => r[c]?.value)).toEqual(['Chờ quyết định', '', '', '']);
      expect(r[12]?.value).toBe('Chờ quyết định');
    }
    // One A and its tie below: the A is printed, the tie waits; never more than 1.
    // 3 A, 9 B: k ≤ 0.2 × (9 + 3 − k) → k = 2; An keeps A, Bình and Chi share the second seat.
    const t = solveUnit([line('An', 97), line('Bình', 95), line('Chi', 95), ...['D', 'E', 'G', 'H', 'K', 'L', 'M', 'N', 'P'].map((n) => line(n, 80))], 0.2);
    expect([t.quota.maxA, t.quota.seatsForTied]).toEqual([2, 1]);
    const tp = planSummary(t, {}).grid.filter((r, i) => i >= 9 && r[11]?.value);
    expect(tp.filter((r) => r[4]?.value === 'x').map((r) => r[1]?.value)).toEqual(['An']);
    expect(tp.filter((r) => r[4]?.value === 'Chờ quyết định').map((r) => r[1]?.value)).toEqual(['Bình', 'Chi']);
  });

  it('the month asked for is explained when no sheet matches it', async () => {
    const wb = await unit();
    await addPerson(wb, 'Lâm', 85, { month: 12, year: 2026 });
    const r = await buildSummary(wb, { cap: 0.2, details: {}, month: 10, year: 2026 });
    expect(r.ok ? null : r.error.message).toEqual({
      vi: 'Không có phiếu tháng 10/2026; có phiếu tháng 11/2026, 12/2026.',
      en: 'No sheet for month 10/2026; sheets exist for 11/2026, 12/2026.',
    });
  });

  it('the unit is read from the forms unless one is given; the quota cell holds its value beside its formula', async () => {
    const wb = await unit();
    const r = await buildSummary(wb, { cap: 0.2, details: {}, ...NOV });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(wb.sheet(r.value.sheet)!.cells.get('A1')!.value).toBe('UBND PHƯỜNG HÀ ĐÔNG');
    const plan = planSummary(r.value.value, { unit: 'Phòng Nội vụ' });
    expect(plan.grid[0]![0]!.value).toBe('PHÒNG NỘI VỤ');
    const box = plan.grid.findIndex((row) => row[16]?.value === 'Số loại A được giữ');
    // 2 A, 5 B by score → k ≤ 0.2 × (5 + 2 − k): k = 1.
    expect(plan.grid[box]![17]).toMatchObject({ formula: expect.stringMatching(/^=KPI\.QUOTA\(J\d+:J\d+,R10\)$/), value: 1 });
    expect(planSummary(solveUnit([], 0.2), {}).grid[0]![0]!.value).toBe('ĐƠN VỊ.....');
  });

  it('2A is built from the workbook\'s 1A of the month, with the authority\'s marks, in a later session', async () => {
    const wb = await unit();
    const none = await buildNoticeFromWorkbook(wb, { cap: 0.2, details: {}, ...NOV });
    expect(none.ok ? '' : none.error.message.vi).toContain('Hãy lập danh sách 1A trước');
    const built = await buildSummary(wb, { cap: 0.2, details: {}, ...NOV });
    if (!built.ok) throw new Error(built.error.message.en);
    const { row } = await rowOf(wb, built.value.sheet, 'Bình');
    wb.setValue(built.value.sheet, a1(row, 5), '');
    wb.setValue(built.value.sheet, a1(row, 4), 'x');
    // Nothing of the build is remembered: the notice reads the 1A sheet itself.
    const n = await buildNoticeFromWorkbook(wb, { cap: 0.2, details: {}, ...NOV });
    if (!n.ok) throw new Error(n.error.message.en);
    expect(n.value.from).toBe('1A 11-2026');
    const notice = (await wb.read({ head: { rows: 0, columns: 0 }, full: n.value.sheet })).full!;
    const grades = new Map(notice.values.filter((r) => typeof r[1] === 'string').map((r) => [r[1], r[4]]));
    expect(grades.get('Bình')).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(grades.get('An')).toBe('Hoàn thành xuất sắc nhiệm vụ');
    expect(grades.get('Chi')).toBe('Hoàn thành tốt nhiệm vụ');
    expect(notice.values[0]![0]).toBe('UBND PHƯỜNG HÀ ĐÔNG');
  });

  it('2A for a month whose 1A is not built yet is refused, naming the lists there are', async () => {
    const wb = await unit();
    await addPerson(wb, 'Lâm', 85, { month: 12, year: 2026 });
    expect((await buildSummary(wb, { cap: 0.2, details: {}, ...NOV })).ok).toBe(true);
    const r = await buildNoticeFromWorkbook(wb, { cap: 0.2, details: {}, month: 12, year: 2026 });
    expect(r.ok ? null : r.error.message.vi).toBe('Chưa có danh sách 1A của tháng này (có: "1A 11-2026"). Hãy lập danh sách 1A trước.');
    expect(wb.sheets.some((s) => s.name.startsWith('2A'))).toBe(false);
  });

  it('readSummaryMarks: a mark the add-in wrote is not the authority\'s; a second new mark on a line is not guessed', () => {
    const values: unknown[][] = [];
    values[4] = ['Tháng 11/2026'];
    values[9] = ['1', 'An', 96, '', 'x', '', '', '', 'A', 'A', '', 'Mẫu 03 An', 'Đề xuất theo điểm'];
    values[10] = ['2', 'Bình', 93, '', 'x', 'x', '', '', 'A', 'B', '', 'Mẫu 03 Bình', 'Đề xuất theo điểm'];
    values[11] = ['3', 'Chi', 95, '', 'x', '', 'x', '', 'A', 'A', '', 'Mẫu 03 Chi', 'Chờ quyết định'];
    values[12] = ['4', 'Dũng', 80, '', '', '', 'X', '', 'B', 'B', '', 'Mẫu 03 Dũng', 'Đã quyết định'];
    const m = readSummaryMarks(values);
    expect([m.month, m.year]).toEqual([11, 2026]);
    expect([...m.marks]).toEqual([['Mẫu 03 Bình', 'HTXSNV']]);
    expect(m.rows.get('Mẫu 03 Dũng')).toBe(12);
  });
});
