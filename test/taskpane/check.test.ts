import { describe, expect, it } from 'vitest';
import { MARK_FILL } from '../../src/sheet/host';
import type { SheetIssue } from '../../src/sheet/types';
import { checkSuccess, clearOnSheet, clearSuccess, goToIssue, groupIssues, markOnSheet, markSuccess, runCheck } from '../../src/taskpane/hooks/useCheck';
import { fillFromGallery } from '../../src/taskpane/hooks/useGallery';
import { brokenHost, form, typeXaScores, workbook } from './helpers';

const BEFORE_LOCK = new Date(2024, 10, 1);

async function filledXa() {
  const { wb, settings } = workbook();
  const r = await fillFromGallery(wb, settings, { templateId: 'xa-2024', form: form({ unit: 'UBND xã A', year: '2024' }), mode: 'new' });
  if (!r.ok) throw new Error(r.error.en);
  typeXaScores(wb, r.value.sheet);
  return { wb, settings, sheet: r.value.sheet };
}

const issue = (severity: SheetIssue['severity'], code: string): SheetIssue => ({
  code,
  severity,
  sheet: 'S',
  cell: 'A1',
  criterion: '1.1',
  message: { vi: code, en: code },
});

describe('groupIssues', () => {
  it('always gives errors, warnings, information in that order, empty groups included', () => {
    const groups = groupIssues([issue('info', 'I1'), issue('error', 'E1'), issue('warning', 'W1'), issue('error', 'E2')]);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
    expect(groups.map((g) => g.issues.map((i) => i.code))).toEqual([['E1', 'E2'], ['W1'], ['I1']]);
    expect(groupIssues([]).map((g) => g.issues.length)).toEqual([0, 0, 0]);
  });
});

describe('the check on a filled xa-2024 sheet', () => {
  it('finds the missing and placeholder evidence, grouped by severity', async () => {
    const { wb, sheet } = await filledXa();
    const r = await runCheck(wb, BEFORE_LOCK);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.sheet).toBe(sheet);
    const groups = groupIssues(r.value.value);
    expect(groups.reduce((n, g) => n + g.issues.length, 0)).toBe(r.value.value.length);
    const errors = groups[0]!.issues;
    expect(errors.some((i) => i.criterion === '2.1.1' && i.code === 'E1')).toBe(true);
    expect(r.value.value.some((i) => i.criterion === '2.3.1' && i.code === 'E2')).toBe(true);
    expect(r.value.value.some((i) => i.criterion === '2.1.2')).toBe(false);
    for (const g of groups) expect(g.issues.every((i) => i.severity === g.severity)).toBe(true);
    expect(checkSuccess(r.value)).toBeNull();
  });

  it('selects the cell of an issue', async () => {
    const { wb } = await filledXa();
    const r = await runCheck(wb, BEFORE_LOCK);
    if (!r.ok) throw new Error(r.error.en);
    const first = r.value.value[0]!;
    wb.active = 'Sheet1';
    const go = await goToIssue(wb, first);
    expect(go.ok).toBe(true);
    expect(wb.selection).toEqual({ sheet: first.sheet, cell: first.cell });
    expect(wb.active).toBe(first.sheet);
  });

  it('marks the issues on the sheet and clears them again', async () => {
    const { wb, settings, sheet } = await filledXa();
    const r = await runCheck(wb, BEFORE_LOCK);
    if (!r.ok) throw new Error(r.error.en);
    const marked = await markOnSheet(wb, settings, r.value, 'vi');
    expect(marked.ok).toBe(true);
    if (!marked.ok) return;
    const cells = new Set(r.value.value.map((i) => i.cell));
    expect(marked.value).toBe(cells.size);
    const e1 = r.value.value.find((i) => i.code === 'E1')!;
    const cell = wb.sheet(sheet)!.cells.get(e1.cell)!;
    expect(cell.fill).toBe(MARK_FILL.error);
    expect(cell.note).toContain('E1');
    expect(markSuccess(sheet, marked.value).vi).toContain(String(marked.value));

    const cleared = await clearOnSheet(wb, settings, sheet);
    expect(cleared).toEqual({ ok: true, value: { sheet, cleared: cells.size } });
    expect(wb.sheet(sheet)!.cells.get(e1.cell)!.note ?? '').not.toContain('E1:');
    expect(wb.sheet(sheet)!.cells.get(e1.cell)!.fill).not.toBe(MARK_FILL.error);
    if (cleared.ok) expect(clearSuccess(cleared.value).en).toContain(sheet);
  });

  it('clears the marks of the active sheet when nothing was checked in this session', async () => {
    const { wb, settings, sheet } = await filledXa();
    const r = await runCheck(wb, BEFORE_LOCK);
    if (!r.ok) throw new Error(r.error.en);
    await markOnSheet(wb, settings, r.value, 'en');
    const cleared = await clearOnSheet(wb, settings, null);
    expect(cleared.ok && cleared.value.sheet).toBe(sheet);
    expect(cleared.ok && cleared.value.cleared).toBeGreaterThan(0);
    const again = await clearOnSheet(wb, settings, null);
    expect(again.ok && again.value.cleared).toBe(0);
    if (again.ok) expect(clearSuccess(again.value).vi).toContain('không có đánh dấu');
  });

  it('says so when the sheet is clean', async () => {
    expect(checkSuccess({ sheet: 'S', templateId: 'xa-2024', value: [] })?.vi).toContain('“S”');
  });
});

describe('check failures', () => {
  it('a sheet that is not a template: the core message, in both languages', async () => {
    const { wb } = workbook();
    const r = await runCheck(wb);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.vi).toContain('không phải mẫu');
    expect(r.error.en).toContain('not a Chấm điểm template');
  });

  it('Office.js errors become messages, never exceptions', async () => {
    const host = brokenHost('InvalidSelection');
    const r = await runCheck(host);
    expect(r.ok ? '' : r.error.en).toContain('InvalidSelection');
    const go = await goToIssue(host, { sheet: 'S', cell: 'A1' });
    expect(go.ok).toBe(false);
    const { settings } = workbook();
    const clear = await clearOnSheet(host, settings, null);
    expect(clear.ok).toBe(false);
  });
});
