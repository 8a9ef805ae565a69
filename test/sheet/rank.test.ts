import { describe, expect, it } from 'vitest';
import { rankUnits, XA_2024 } from '../../src/scoring';
import { a1 } from '../../src/sheet/a1';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { fillTemplate } from '../../src/sheet/operations';
import { COL, planFramework } from '../../src/sheet/plans/framework';
import { planRanking, rankSections, RANK_COL, RANK_ROW, unitEntryOf, type UnitEntry } from '../../src/sheet/rank';
import { communeInputs, DISTRICT, type Commune } from '../support/district';

async function entryOf(c: Commune, appraise: 'none' | 'all' | 'partial'): Promise<UnitEntry> {
  const wb = new MemoryWorkbook();
  wb.addSheet('Sheet1');
  const r = await fillTemplate(wb, 'xa-2024', { unit: c.unit, year: 2024 });
  if (!r.ok) throw new Error('fill');
  for (const [ref, v] of communeInputs(c, appraise)) wb.setValue(r.value.sheet, ref, v);
  const e = unitEntryOf(XA_2024, wb.snapshot(r.value.sheet), `${c.unit}.xlsx`);
  if (!e.ok) throw new Error(e.error.message.en);
  return e.value;
}

const district = (appraise: (c: Commune, i: number) => 'none' | 'all' | 'partial') => Promise.all(DISTRICT.map((c, i) => entryOf(c, appraise(c, i))));

describe('unitEntryOf (a commune sheet)', () => {
  it('reads the totals, levels by the sheet bands, sections and the council changes with their reasons', async () => {
    const e = await entryOf(DISTRICT[0]!, 'all');
    expect([e.unit, e.self, e.forecast, e.appraised, e.level, e.appraisedLevel]).toEqual(['UBND xã An', 9, 9, 7, 'HTXSNV', 'HTTNV']);
    // An: 2.1.1 = 1 (II), 3.6.2 + 3.9.1 = 4 → 2 appraised (III), 5.3.4 = 2 (V), 6.1 = 1 (VI), IX = 1.
    const s = Object.fromEntries(e.sections.map((x) => [x.id, [x.self, x.appraised]]));
    expect(s).toMatchObject({ 'NỘI DUNG I': [7, 5], II: [1, 1], III: [4, 2], V: [2, 2], 'NỘI DUNG II': [1, 1], VI: [1, 1], 'NỘI DUNG III': [1, 1], IX: [1, 1], X: [0, 0] });
    expect(e.differences).toEqual([expect.objectContaining({ id: '3.9.1', self: 2, appraised: 0, change: -2, reason: 'Kế hoạch không có số, ngày ban hành' })]);
    expect(e.notes).toEqual([]);
  });

  it('a half-appraised sheet has no appraised total and says which criteria wait', async () => {
    const e = await entryOf(DISTRICT[0]!, 'partial');
    expect(e.appraised).toBeNull();
    expect(e.appraisedLevel).toBeNull();
    expect(e.notes[0]!.vi).toContain('5 tiêu chí chưa có điểm thẩm định (3.6.2, 3.9.1, 5.3.4, 6.1, IX)');
  });

  it('an appraised score the rule cannot give is not counted, and listed', async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet('Sheet1');
    const r = await fillTemplate(wb, 'xa-2024', { unit: 'UBND xã An', year: 2024 });
    if (!r.ok) throw new Error('fill');
    for (const [ref, v] of communeInputs(DISTRICT[0]!, 'all')) wb.setValue(r.value.sheet, ref, v);
    const row = planFramework(XA_2024).layout.rowOf['3.6.2']!;
    wb.setValue(r.value.sheet, a1(row, COL.appraised), 1.5); // 3.6.2 allows 0, 1 or 2
    const e = unitEntryOf(XA_2024, wb.snapshot(r.value.sheet), 'an.xlsx');
    expect(e.ok && e.value.appraised).toBeNull();
    expect(e.ok && e.value.notes.map((n) => n.vi).join('\n')).toMatch(new RegExp(`${a1(row, COL.appraised)} \\(3\\.6\\.2\\): Điểm thẩm định`));
  });

  it('an empty sheet is refused, not ranked last', async () => {
    const wb = new MemoryWorkbook();
    wb.addSheet('Sheet1');
    const r = await fillTemplate(wb, 'xa-2024', { unit: 'UBND xã Trống', year: 2024 });
    if (!r.ok) throw new Error('fill');
    const e = unitEntryOf(XA_2024, wb.snapshot(r.value.sheet), 'trong.xlsx');
    expect(e.ok).toBe(false);
  });
});

describe('a district of twelve communes', () => {
  it('some appraised (one half-way): ranked by the self totals, ties sharing ranks', async () => {
    // An, Bình, Hà, Nam appraised; Đông half-way; the rest not yet.
    const entries = await district((c) => (['UBND xã An', 'UBND xã Bình', 'UBND xã Hà', 'UBND xã Nam'].includes(c.unit) ? 'all' : c.unit === 'UBND xã Đông' ? 'partial' : 'none'));
    const r = rankUnits(entries);
    expect(r.rankedBy).toBe('self');
    expect(r.rows.map((x) => [x.entry.unit.replace('UBND xã ', ''), x.rank, x.entry.self, x.entry.appraised])).toEqual([
      ['An', 1, 9, 7],
      ['Bình', 2, 8, 8],
      ['Cường', 2, 8, null],
      ['Dũng', 2, 8, null],
      ['Đông', 5, 7, null],
      ['Giang', 5, 7, null],
      ['Hà', 7, 6, 6],
      ['Hòa', 7, 6, null],
      ['Khánh', 9, 5, null],
      ['Lâm', 9, 5, null],
      ['Minh', 11, 4, null],
      ['Nam', 12, 3, 1],
    ]);
    expect(r.ties.map((g) => g.map((e) => e.unit.replace('UBND xã ', '')))).toEqual([['Bình', 'Cường', 'Dũng'], ['Đông', 'Giang'], ['Hà', 'Hòa'], ['Khánh', 'Lâm']]);
    // Levels by the bands block (A from 8, B from 6, C from 4).
    expect(r.rows.map((x) => x.entry.level)).toEqual(['HTXSNV', 'HTXSNV', 'HTXSNV', 'HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTNV', 'HTNV', 'KHTNV']);
  });

  it('all appraised: ranked by the appraised totals', async () => {
    const r = rankUnits(await district(() => 'all'));
    expect(r.rankedBy).toBe('appraised');
    expect(r.rows.map((x) => [x.entry.unit.replace('UBND xã ', ''), x.rank, x.score])).toEqual([
      ['Bình', 1, 8],
      ['Dũng', 1, 8],
      ['An', 3, 7],
      ['Cường', 3, 7],
      ['Đông', 3, 7],
      ['Hà', 6, 6],
      ['Hòa', 6, 6],
      ['Khánh', 6, 6],
      ['Giang', 9, 5],
      ['Lâm', 9, 5],
      ['Minh', 11, 4],
      ['Nam', 12, 1],
    ]);
    expect(r.rows.map((x) => x.entry.appraisedLevel)).toEqual(['HTXSNV', 'HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV', 'HTNV', 'HTNV', 'KHTNV']);
    const khanh = r.rows.find((x) => x.entry.unit === 'UBND xã Khánh')!.entry;
    expect(khanh.differences.map((d) => [d.id, d.change])).toEqual([['6.1', 1]]);
  });

  it('plans a sorted, print-ready ranking with the official header and a REPT bar of the ranked totals', async () => {
    const r = rankUnits(await district(() => 'all'));
    const plan = planRanking(XA_2024, r, { unit: 'UBND huyện Định Hóa', year: 2024 });
    const v = (row: number, col: number) => plan.grid[row]?.[col]?.value;
    expect(v(0, 0)).toBe('UBND HUYỆN ĐỊNH HÓA');
    expect(v(0, 4)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(v(1, 4)).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(String(v(5, 0))).toMatch(/^Xếp hạng theo điểm thẩm định/);
    const first = RANK_ROW.first;
    expect([v(first, RANK_COL.rank), v(first, RANK_COL.unit), v(first, RANK_COL.appraised)]).toEqual([1, 'UBND xã Bình', 8]);
    expect([v(first + 11, RANK_COL.rank), v(first + 11, RANK_COL.unit), v(first + 11, RANK_COL.appraised)]).toEqual([12, 'UBND xã Nam', 1]);
    const sections = rankSections(XA_2024);
    expect(sections.map((s) => s.id)).toEqual(['NỘI DUNG I', 'I', 'II', 'III', 'IV', 'V', 'NỘI DUNG II', 'VI', 'VII', 'VIII', 'NỘI DUNG III', 'IX', 'X']);
    const bar = RANK_COL.firstSection + sections.length;
    expect(plan.grid[first]![bar]!.formula).toBe('=IF(MAX($E$9:$E$20)<=0,"",REPT("█",ROUND(MAX(0,E9)/MAX($E$9:$E$20)*20,0)))');
    expect(plan.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    expect(plan.grid.flat().some((c) => c?.value === 'Đồng hạng 3: UBND xã An, UBND xã Cường, UBND xã Đông.')).toBe(true);
    expect(v(first + 2, bar + 1)).toBe('3.9.1: 2 → 0');
  });
});
