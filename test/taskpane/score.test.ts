import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/sheet/a1';
import { bandCells, COL } from '../../src/sheet/plans/framework';
import type { SheetScore } from '../../src/sheet/types';
import { fillFromGallery } from '../../src/taskpane/hooks/useGallery';
import { barPercent, chartScale } from '../../src/taskpane/hooks/sectionChart';
import { pointLosses, runScore, scoreView } from '../../src/taskpane/hooks/useScore';
import { brokenHost, form, typeXaScores, workbook, xaRow } from './helpers';

describe('the score of a filled xa-2024 sheet', () => {
  it('gives the total, its grade, the forecast and the criteria that lose points', async () => {
    const { wb, settings } = workbook();
    const filled = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form({ unit: 'Xã A' }), mode: 'new' });
    if (!filled.ok) throw new Error(filled.error.en);
    typeXaScores(wb, filled.value.sheet);
    wb.setValue(filled.value.sheet, a1(xaRow('2.4.1'), COL.self), 0.5);

    const r = await runScore(wb);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const v = r.value;
    expect(v.sheet).toBe(filled.value.sheet);
    expect(v.total).toBe(3.5);
    // 2.1.1 (no evidence), 2.4.1 (no evidence) and 2.3.1 (placeholder number) fail; only 2.1.2 keeps its point.
    // …and 8.1, 8.2 left blank forecast 1 each: "Hội đồng thẩm định chấm điểm tối đa đối với Tiêu chí 8.1; 8.2".
    expect(v.forecastTotal).toBe(3);
    expect(v.level).toBe('KHTNV');
    expect(v.forecastLevel).toBe('KHTNV');
    expect(v.bandsAreDefault).toBe(true);
    expect(v.sheetBands).toBeNull();
    expect(v.losses.map((l) => l.id)).toEqual(['2.1.1', '2.3.1', '2.4.1']);
    expect(v.losses.map((l) => l.loss)).toEqual([1, 1, 0.5]);
    expect(v.losses.reduce((s, l) => s + l.loss, 0)).toBe(v.total - v.forecastTotal + 2);
    expect(v.sections.length).toBeGreaterThan(1);
    const ii = v.sections.find((s) => s.id === 'II')!;
    expect(ii).toMatchObject({ self: 3.5, forecast: 1 });
    expect(v.sections.find((s) => s.id === 'VIII')).toMatchObject({ self: 0, forecast: 2 });
  });

  it('a sheet that is not a template, or a failing host, gives a message', async () => {
    const { wb } = workbook();
    const r = await runScore(wb);
    expect(r.ok ? '' : r.error.vi).toContain('không phải mẫu');
    const thrown = await runScore(brokenHost('Timeout'));
    expect(thrown.ok ? '' : thrown.error.en).toContain('Timeout');
  });
});

describe('pointLosses without a framework', () => {
  it('counts the leaves only (ids no other id extends) and sorts by the loss', () => {
    const score: SheetScore = {
      template: 'not-a-framework',
      sheet: 'S',
      total: 10,
      level: 'KHTNV',
      forecastTotal: 6,
      criteria: [
        { id: '1', maxPoints: 6, self: 6, forecast: 2 },
        { id: '1.1', maxPoints: 3, self: 3, forecast: 2 },
        { id: '1.2', maxPoints: 3, self: 3, forecast: 0 },
        { id: '2', maxPoints: 4, self: 4, forecast: 4 },
        { id: '3', maxPoints: 4, self: null, forecast: null },
      ],
      sections: [],
    };
    expect(pointLosses(score).map((l) => [l.id, l.loss])).toEqual([
      ['1.2', 3],
      ['1.1', 1],
    ]);
  });
});

describe('the section chart geometry', () => {
  const sections = [
    { id: 'I', title: 'A', self: 10, forecast: 5, max: 20 },
    { id: 'II', title: 'B', self: 8.5, forecast: 8.5, max: 8.5 },
  ];

  it('draws every row on the largest maximum', () => {
    const scale = chartScale(sections);
    expect(scale).toBe(20);
    expect(barPercent(10, scale)).toBe(50);
    expect(barPercent(8.5, scale)).toBeCloseTo(42.5);
  });

  it('never draws outside the track, and draws negative (THADS deduction) sections by their size', () => {
    expect(barPercent(30, 20)).toBe(100);
    expect(barPercent(-5, 20)).toBe(25);
    expect(barPercent(5, 0)).toBe(0);
    expect(barPercent(Number.NaN, 20)).toBe(0);
    expect(chartScale([{ id: 'X', title: '', self: -12, forecast: -12, max: null }])).toBe(12);
    expect(chartScale([])).toBe(0);
  });
});

describe('issue 11 in the score result: the sheet\'s own bands, entries not counted, no grade without data', () => {
  it('grades the forecast by the sheet\'s bands block, not the framework\'s default bands', async () => {
    const { wb, settings } = workbook();
    const filled = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form({ unit: 'Xã A' }), mode: 'new' });
    if (!filled.ok) throw new Error(filled.error.en);
    typeXaScores(wb, filled.value.sheet);
    wb.setValue(filled.value.sheet, a1(xaRow('2.4.1'), COL.self), 0.5);
    // The unit's own bands: A from 3, B from 2, C from 1 (the default would make 3 points KHTNV).
    bandCells().forEach(([r, c], i) => wb.setValue(filled.value.sheet, a1(r, c), [3, 2, 1][i]!));
    const r = await runScore(wb);
    if (!r.ok) throw new Error(r.error.en);
    expect([r.value.total, r.value.forecastTotal]).toEqual([3.5, 3]);
    expect(r.value.level).toBe('HTXSNV');
    expect(r.value.forecastLevel).toBe('HTXSNV');
    expect(r.value.incomplete).toBeNull();
    expect([r.value.bandsAreDefault, r.value.sheetBands]).toEqual([false, [3, 2, 1]]);
  });

  it('lists every entry not counted with its cell, and an unfilled sheet has no grade ("Chưa đủ dữ liệu để xếp loại")', async () => {
    const { wb, settings } = workbook();
    const filled = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form({ unit: 'Xã A' }), mode: 'new' });
    if (!filled.ok) throw new Error(filled.error.en);
    const empty = await runScore(wb);
    if (!empty.ok) throw new Error(empty.error.en);
    expect(empty.value.incomplete?.vi).toBe('Chưa đủ dữ liệu để xếp loại.');
    expect([empty.value.level, empty.value.forecastLevel]).toEqual([null, null]);
    // "0,5 in a 0/1 cell": 2.1.1 allows 0 or 1.
    wb.setValue(filled.value.sheet, a1(xaRow('2.1.1'), COL.self), 0.5);
    wb.setValue(filled.value.sheet, a1(xaRow('2.1.2'), COL.self), 1);
    const r = await runScore(wb);
    if (!r.ok) throw new Error(r.error.en);
    expect(r.value.notCounted.map((n) => [n.criterion, n.cell])).toEqual([['2.1.1', a1(xaRow('2.1.1'), COL.self)]]);
    expect(r.value.total).toBe(1);
  });

  it('without a grade from the score (a monthly form without its KPI), the forecast has none either', () => {
    const v = scoreView({
      sheet: 'S',
      templateId: 'hn-m03',
      value: { template: 'hn-m03', sheet: 'S', total: 30, level: '', incomplete: { vi: 'Chưa đủ dữ liệu để xếp loại.', en: 'Not enough data for a grade yet.' }, forecastTotal: 30, criteria: [], sections: [] },
    });
    expect([v.level, v.forecastLevel, v.notCounted]).toEqual([null, null, []]);
  });
});
