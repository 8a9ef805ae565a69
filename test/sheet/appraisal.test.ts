/** The council's side of a framework sheet (frameworkSheet.readAppraisal, the plan's "Ý kiến thẩm định" column). */
import { describe, expect, it } from 'vitest';
import { PreviewWorkbook } from '../../src/preview/workbook';
import { XA_2024 } from '../../src/scoring';
import { a1 } from '../../src/sheet/a1';
import { checkFrameworkSheet, readAppraisal } from '../../src/sheet/frameworkSheet';
import { alignToPlan } from '../../src/sheet/layout';
import { fillTemplate } from '../../src/sheet/operations';
import { APPRAISAL_NOTE_HEADER, APPRAISAL_ROW, COL, planFramework, ROW } from '../../src/sheet/plans/framework';
import type { CellValue, SheetSnapshot } from '../../src/sheet/types';
import { communeInputs, DISTRICT } from '../support/district';

const NOW = new Date('2024-11-21T09:00:00+07:00');
const plan = planFramework(XA_2024);
const row = (id: string) => plan.layout.rowOf[id]!;

async function commune(appraise: 'none' | 'all' | 'partial', c = DISTRICT[0]!) {
  const wb = new PreviewWorkbook();
  const r = await fillTemplate(wb, 'xa-2024', { unit: c.unit, year: 2024 });
  if (!r.ok) throw new Error('fill');
  wb.setValues(r.value.sheet, Object.fromEntries(communeInputs(c, appraise)));
  return { wb, sheet: r.value.sheet };
}

describe('the plan: the council column and its total', () => {
  it('has an "Ý kiến thẩm định" input column and the appraised cells as inputs with the rule list', () => {
    expect(plan.grid[ROW.header]![COL.appraisalNote]?.value).toBe(APPRAISAL_NOTE_HEADER);
    expect(plan.grid[row('3.6.2')]![COL.appraised]).toMatchObject({ input: true, style: 'input' });
    expect(plan.grid[row('3.6.2')]![COL.appraisalNote]).toMatchObject({ input: true });
    expect(plan.validations.find((v) => v.range === a1(row('3.6.2'), COL.appraised))?.list).toEqual([0, 1, 2]);
    expect(plan.layout.optionalColumns).toEqual([COL.appraisalNote]);
  });

  it('computes the appraised total and level in the head block (HyperFormula), blank until the council enters a score', async () => {
    const none = await commune('none');
    const at = (wb: PreviewWorkbook, sheet: string, r: number, c: number) => wb.snapshot(sheet).values[r]?.[c];
    expect([at(none.wb, none.sheet, APPRAISAL_ROW, 1), at(none.wb, none.sheet, APPRAISAL_ROW, 3)]).toEqual(['', '']);
    const all = await commune('all');
    // An: 9 self-assessed, 3.9.1 appraised 0 instead of 2 → 7; bands A from 8, B from 6 → HTTNV.
    expect(at(all.wb, all.sheet, APPRAISAL_ROW, 1)).toBe(7);
    expect(at(all.wb, all.sheet, APPRAISAL_ROW, 3)).toBe('Hoàn thành tốt nhiệm vụ');
    expect(at(all.wb, all.sheet, row('III'), COL.appraised)).toBe(2);
    expect(at(all.wb, all.sheet, row('IV'), COL.appraised)).toBe(''); // nothing appraised below it
  });
});

describe('readAppraisal and the check', () => {
  it('reads the appraised points, the total and the level by the sheet bands', async () => {
    const { wb, sheet } = await commune('all');
    const a = readAppraisal(XA_2024, wb.snapshot(sheet));
    expect([a.started, a.total, a.level, a.missing]).toEqual([true, 7, 'HTTNV', []]);
    expect(a.criteria.find((c) => c.id === '3.9.1')).toMatchObject({ self: 2, appraised: 0, reason: 'Kế hoạch không có số, ngày ban hành' });
    expect(a.points.get('NỘI DUNG I')).toBe(5);
  });

  it('warns of a change without its reason (A2) and refuses a score the rule cannot give (A1)', async () => {
    const { wb, sheet } = await commune('all');
    wb.setValue(sheet, a1(row('3.9.1'), COL.appraisalNote), null);
    wb.setValue(sheet, a1(row('3.6.2'), COL.appraised), 1.5);
    const issues = checkFrameworkSheet(XA_2024, wb.snapshot(sheet), NOW).filter((i) => i.code.startsWith('A'));
    expect(issues.map((i) => `${i.code} ${i.criterion} ${i.cell}`)).toEqual([`A1 3.6.2 ${a1(row('3.6.2'), COL.appraised)}`, `A2 3.9.1 ${a1(row('3.9.1'), COL.appraisalNote)}`]);
    const a = readAppraisal(XA_2024, wb.snapshot(sheet));
    expect([a.total, a.missing]).toEqual([null, ['3.6.2']]);
  });
});

describe('a sheet written before the council column existed', () => {
  /** The plan as values, without the new header, and with a column inserted before "Tài liệu kiểm chứng" (F). */
  const oldSheet = (): SheetSnapshot => {
    const values: CellValue[][] = plan.grid.map((r) => r.map((c) => (c?.value ?? '') as CellValue));
    values[ROW.header]![COL.appraisalNote] = '';
    values[row('2.1.1')]![COL.self] = 1;
    for (const r of values) r.splice(COL.evidence, 0, '');
    return { name: 'cũ', values, formulas: values };
  };

  it('is still read when its columns moved: the missing optional header is not a refusal', () => {
    const aligned = alignToPlan(plan, oldSheet());
    expect(aligned.ok).toBe(true);
    if (!aligned.ok) return;
    expect(aligned.value.moved).toBe(true);
    expect(aligned.value.snapshot.values[row('2.1.1')]![COL.self]).toBe(1);
  });

  it('a required header still missing is refused', () => {
    const s = oldSheet();
    (s.values[ROW.header] as CellValue[])[COL.explanation + 1] = '';
    expect(alignToPlan(plan, s).ok).toBe(false);
  });
});
