import { describe, expect, it } from 'vitest';
import { a1 } from '../../src/sheet/a1';
import { HN_CELL } from '../../src/sheet/plans/hnMonthly';
import { solveUnit } from '../../src/sheet/summary';
import { TEMPLATES, type PersonLine } from '../../src/sheet/templates';
import { DETAILS_KEY, fillFromGallery } from '../../src/taskpane/hooks/useGallery';
import { noticeSuccess, runNotice, runSummary, summarySuccess, summaryView, type SummaryForm, type SummaryResult } from '../../src/taskpane/hooks/useSummary';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import { renderToString } from 'react-dom/server';
import { SummaryResult as SummaryResultView } from '../../src/taskpane/components/SummaryResult';
import { OVERRIDE_DISCIPLINE } from '../../src/sheet/plans/hnMonthly';
import { brokenHost, form, workbook } from './helpers';
import { line } from '../support/personLine';

const november: SummaryForm = { cap: 'normal', month: '11', year: '2026' };


const summaryOf = (people: PersonLine[], cap = 0.2): SummaryResult => ({ sheet: '1A 11-2026', templateId: 'hn-1a', value: solveUnit(people, cap), rebuilt: false, keptCells: 0 });

/** Two A's at 95 and one at 90 over seven B's: 20% allows one A, so the two 95s tie at the cut line and 90 is demoted. */
const UNIT: readonly [string, number][] = [
  ['An', 95],
  ['Bình', 95],
  ['Cường', 90],
  ...['Dung', 'Giang', 'Hà', 'Khánh', 'Lan', 'Minh', 'Nam'].map((n, i): [string, number] => [n, 80 - i]),
];

describe('summaryView', () => {
  it('shows the counts, the cap, who is demoted and who is tied for the authority', () => {
    const v = summaryView(summaryOf(UNIT.map(([n, s]) => line(n, s))));
    expect(v).toMatchObject({ countA: 3, countB: 7, maxA: 1, seatsForTied: 1, cutScore: 95, people: 10, cap: 0.2 });
    expect(v.demoted.map((p) => p.name)).toEqual(['Cường']);
    expect(v.tied.map((p) => p.name).sort()).toEqual(['An', 'Bình']);
    expect(v.leaderD).toBe(1);
  });

  it('with 25% (outstanding unit) both 95s keep A', () => {
    const v = summaryView(summaryOf(UNIT.map(([n, s]) => line(n, s)), 0.25));
    expect(v.maxA).toBe(2);
    expect(v.tied).toEqual([]);
    expect(v.demoted.map((p) => p.name)).toEqual(['Cường']);
  });

  it('lists heads of unit apart, and d falls to 50% when someone managed is graded D', () => {
    const v = summaryView(summaryOf([line('Trưởng', 92, { group: 'leader', isHead: true, templateId: 'hn-m02' }), line('An', 85), line('Bình', 40)]));
    expect(v.heads.map((p) => p.name)).toEqual(['Trưởng']);
    expect(v.countA).toBe(0);
    expect(v.leaderD).toBe(0.5);
  });
});

describe('building 1A and 2A', () => {
  it('says what is wrong when the workbook holds no monthly sheet', async () => {
    const { wb, settings } = workbook();
    const r = await runSummary(wb, settings, november);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.vi).toContain('Mẫu 01–04');
    expect(r.error.en).toContain('No monthly evaluation sheet');
  });

  it('rejects a bad month before reading the workbook', async () => {
    const { wb, settings } = workbook();
    const r = await runSummary(wb, settings, { ...november, month: '13' });
    expect(r.ok).toBe(false);
    expect(wb.roundTrips).toBe(0);
  });

  it('asks for the list before the notice: 2A publishes what the workbook\'s 1A lists', async () => {
    const { wb, settings } = workbook();
    const r = await runNotice(wb, settings, november);
    expect(r.ok ? '' : r.error.vi).toBe('Sổ làm việc chưa có danh sách 1A. Hãy lập danh sách 1A trước: thông báo 2A công khai những gì 1A ghi.');
    expect(r.ok ? '' : r.error.en).toContain('Build list 1A first');
  });

  it('turns host failures into messages', async () => {
    const { settings } = workbook();
    const r = await runSummary(brokenHost('ItemNotFound'), settings, november);
    expect(r.ok ? '' : r.error.en).toContain('ItemNotFound');
    const n = await runNotice(brokenHost('ItemNotFound'), settings, november);
    expect(n.ok).toBe(false);
  });

  // The monthly templates (hn-m01…m04) come from src/sheet/hn.ts; without them there is nothing to summarise.
  const hasMonthly = TEMPLATES.some((t) => t.id === 'hn-m03' && t.person);
  it.skipIf(!hasMonthly)('from hn-m03 sheets of the month: 1A with the quota, then 2A', async () => {
    const { wb, settings } = workbook();
    for (const [name, score] of UNIT) {
      const r = await fillFromGallery(wb, settings, { templateId: 'hn-m03', form: form({ name, post: 'Chuyên viên', unit: 'Phường A', month: '11', year: '2026' }), mode: 'new' });
      if (!r.ok) throw new Error(r.error.en);
      // The total as Excel computes it (the in-memory workbook does not evaluate formulas).
      wb.setValue(r.value.sheet, a1(HN_CELL.total[0], HN_CELL.total[1]), score);
    }
    const october = await fillFromGallery(wb, settings, { templateId: 'hn-m03', form: form({ name: 'Tháng trước', month: '10', year: '2026' }), mode: 'new' });
    if (!october.ok) throw new Error(october.error.en);
    wb.setValue(october.value.sheet, a1(HN_CELL.total[0], HN_CELL.total[1]), 99);

    const r = await runSummary(wb, settings, november);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(wb.sheet(r.value.sheet)).toBeDefined();
    const v = summaryView(r.value);
    expect(v.people).toBe(UNIT.length);
    expect(v).toMatchObject({ countA: 3, countB: 7, maxA: 1 });
    expect(v.demoted.map((p) => p.name)).toEqual(['Cường']);
    expect(v.tied.map((p) => p.name).sort()).toEqual(['An', 'Bình']);
    expect(summarySuccess(r.value).vi).toContain(String(UNIT.length));

    // The unit's name comes from the forms (nothing remembered in the details).
    expect(wb.sheet(r.value.sheet)!.cells.get('A1')!.value).toBe('PHƯỜNG A');

    await settings.set(DETAILS_KEY, JSON.stringify({ unit: 'UBND phường Cửa Nam' }));
    const n = await runNotice(wb, settings, november);
    expect(n.ok).toBe(true);
    if (!n.ok) return;
    expect(wb.sheets.map((s) => s.name)).toContain(n.value);
    // The unit remembered in the details wins over the forms'.
    expect(wb.sheet(n.value)!.cells.get('A1')!.value).toBe('UBND PHƯỜNG CỬA NAM');
    expect(noticeSuccess(n.value).vi).toContain(n.value);
  });
});

describe('the summary result shows the duty groups, the decided grades and the overrides (issue 11, items 9, 13, 14)', () => {
  const people = [
    line('An', 95, { dutyGroup: 'Tiếp dân' }),
    line('Bình', 93, { dutyGroup: 'Tiếp dân' }),
    line('Chi', 80, { dutyGroup: 'Tiếp dân', decidedGrade: 'HTXSNV' }),
    line('Dũng', 96, { dutyGroup: 'Văn phòng', override: { reason: OVERRIDE_DISCIPLINE, basis: 'QĐ 12/QĐ-UBND' } }),
    ...['E', 'G', 'H', 'K', 'L'].map((n) => line(n, 80, { dutyGroup: 'Văn phòng' })),
  ];
  const v = summaryView(summaryOf(people));
  it('in the view', () => {
    expect(v.groups).toEqual([
      { group: 'Tiếp dân', countA: 2, countB: 1, maxA: 0, demoted: 2 },
      { group: 'Văn phòng', countA: 0, countB: 5, maxA: 0, demoted: 0 },
    ]);
    expect(v.decided.map((p) => [p.name, p.decidedGradeCode, p.proposedGrade])).toEqual([['Chi', 'HTXSNV', 'HTTNV']]);
    expect(v.overridden.map((p) => [p.name, p.grade, p.proposedGrade])).toEqual([['Dũng', 'HTXSNV', 'KHTNV']]);
  });
  it('on screen, in both languages', () => {
    const html = (lang: 'vi' | 'en') => renderToString(<FluentProvider theme={webLightTheme}><SummaryResultView view={v} lang={lang} /></FluentProvider>);
    const vi = html('vi');
    expect(vi).toContain('Nhóm nhiệm vụ tương đồng (2)');
    expect(vi).toContain('Tiếp dân: 2 loại A, 1 loại B, giữ tối đa 0 loại A, đề xuất hạ 2');
    expect(vi).toContain('Chi: HTXSNV (đề xuất theo điểm: HTTNV)');
    expect(vi).toContain(`Dũng: ${OVERRIDE_DISCIPLINE} (QĐ 12/QĐ-UBND) — xếp loại theo điểm: HTXSNV`);
    const en = html('en');
    expect(en).toContain('Groups of similar duties (2)');
    expect(en).toContain('Chi: HTXSNV (proposal from the score: HTTNV)');
    expect(en).toContain('Did not complete duties whatever the score (1)');
  });
});
