/**
 * Round trips per operation through the real Office.js adapter on a mocked Excel: fill, check, score, mark, clear,
 * summary each take at most 2 context.sync() calls, at 10 and at 10,000 rows of data (issue: read once, write once).
 */
import { describe, expect, it } from 'vitest';
import { MemorySettings } from '../../../src/sheet/memoryHost';
import { buildNotice, buildSummary, checkSheet, clearMarks, fillTemplate, markIssues, scoreSheet } from '../../../src/sheet/operations';
import { TEMPLATES } from '../../../src/sheet/templates';
import { createOfficeHost } from '../../../src/taskpane/excel/officeHost';
import { MockExcel, SheetModel } from './mockExcel';

const NOW = new Date('2024-11-21T09:00:00+07:00');

async function workbookWith(rows: number) {
  const mock = new MockExcel({ sheets: [new SheetModel('Sheet1')] });
  const host = createOfficeHost(mock.run, { notes: () => true });
  const xa = await fillTemplate(host, 'xa-2024', { unit: 'UBND xã Bình Thành', year: 2024 });
  if (!xa.ok) throw new Error('fill failed');
  const sheet = mock.sheet(xa.value.sheet);
  // Self-scores and evidence on the criteria rows, then `rows` rows of the user's own data below the table.
  for (let r = 7; r < 120; r++) if (sheet.formulas.get(SheetModel.key(r, 3)) === undefined) sheet.put(r, 3, 1);
  for (let r = 0; r < rows; r++) sheet.put(200 + r, 1, `Ghi chép ${r}`);
  for (let i = 0; i < 12; i++) {
    const p = await fillTemplate(host, 'hn-m03', { name: `Cán bộ ${i + 1}`, unit: 'Phòng Văn hóa', month: 11, year: 2026 });
    if (!p.ok) throw new Error('fill failed');
  }
  mock.syncs = 0;
  return { mock, host, sheet: xa.value.sheet };
}

describe.each([10, 10_000])('operations at %i rows', (rows) => {
  it('fill each template: ≤ 2 syncs', async () => {
    const { mock, host } = await workbookWith(rows);
    for (const t of TEMPLATES) {
      const before = mock.syncs;
      const r = await fillTemplate(host, t.id, { name: 'Nguyễn Văn A', unit: 'UBND', month: 11, year: 2026 });
      expect(r.ok, t.id).toBe(true);
      expect(mock.syncs - before, t.id).toBeLessThanOrEqual(2);
    }
  });

  it('re-fill into the big sheet: ≤ 2 syncs, user values unchanged', async () => {
    const { mock, host, sheet } = await workbookWith(rows);
    const model = mock.sheet(sheet);
    const before = new Map(model.values);
    const r = await fillTemplate(host, 'xa-2024', {}, { into: sheet });
    expect(r.ok).toBe(true);
    expect(mock.syncs).toBeLessThanOrEqual(2);
    for (const [k, v] of before) if (v !== null && v !== '') expect(model.values.get(k), k).toEqual(v);
  });

  it('check, score, mark, clear: ≤ 2 syncs each', async () => {
    const { mock, host, sheet } = await workbookWith(rows);
    const settings = new MemorySettings();
    let before = mock.syncs;
    const check = await checkSheet(host, { sheet, now: NOW });
    expect(check.ok).toBe(true);
    expect(mock.syncs - before).toBeLessThanOrEqual(2);
    before = mock.syncs;
    const score = await scoreSheet(host, { sheet });
    expect(score.ok).toBe(true);
    expect(mock.syncs - before).toBeLessThanOrEqual(2);
    if (!check.ok) return;
    expect(check.value.value.length).toBeGreaterThan(0);
    before = mock.syncs;
    await markIssues(host, settings, check.value);
    expect(mock.syncs - before).toBeLessThanOrEqual(2);
    before = mock.syncs;
    expect(await clearMarks(host, settings, sheet)).toBeGreaterThan(0);
    expect(mock.syncs - before).toBeLessThanOrEqual(2);
  });

  it('summary (1A) and notice (2A): ≤ 2 syncs each', async () => {
    const { mock, host } = await workbookWith(rows);
    const summary = await buildSummary(host, { cap: 0.2, details: { unit: 'Phòng Văn hóa' } });
    expect(summary.ok).toBe(true);
    expect(mock.syncs).toBeLessThanOrEqual(2);
    if (!summary.ok) return;
    expect(summary.value.value.people).toHaveLength(12);
    const before = mock.syncs;
    const notice = await buildNotice(host, summary.value.value, { unit: 'Phòng Văn hóa' });
    expect(notice.ok).toBe(true);
    expect(mock.syncs - before).toBeLessThanOrEqual(2);
  });
});
