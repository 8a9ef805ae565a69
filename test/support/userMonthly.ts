/**
 * A unit's monthly framework made from the built-in Mẫu 03 as a user would (issue 12): exported as a "Khung tiêu chí"
 * sheet, its own id and year, criterion 1.8 raised from 1 to 3 points (1: 15 → 17, I: 30 → 32) and the KPI row
 * lowered from 70 to 68 points, so that the total stays 100 (test/sheet/userMonthly.test.ts, test/cli/userMonthly.test.ts).
 */
import { HN_M03 } from '../../src/scoring';
import type { CellValue } from '../../src/sheet/types';
import { planFrameworkSheet } from '../../src/sheet/userFramework';
import { valuesOf } from './userFramework';

/** Column of "Điểm tối đa" in the framework sheet (A STT, B Thuộc mục, C Tên, D Cách chấm, E Điểm tối đa). */
export const MAX_COLUMN = 4;
export const MAX_CHANGES: ReadonlyMap<string, number> = new Map([['1.8', 3], ['1', 17], ['I', 32], ['II', 68]]);
export const HEAD_CHANGES: ReadonlyMap<string, string> = new Map([['Mã khung', 'phuong-hd-thang'], ['Năm / phiên bản', '2027']]);

/** Applies the unit's changes to a framework sheet's values, by the labels in column A (header) and the ids (table). */
export function editValues(values: CellValue[][]): CellValue[][] {
  return values.map((row) => {
    const out = [...row];
    const a = typeof row[0] === 'string' ? row[0] : '';
    const head = HEAD_CHANGES.get(a);
    if (head !== undefined) out[1] = head;
    const max = MAX_CHANGES.get(a);
    if (max !== undefined) out[MAX_COLUMN] = max;
    return out;
  });
}

export const unitFrameworkValues = (): CellValue[][] => editValues(valuesOf(planFrameworkSheet(HN_M03)));

/**
 * Two people's answers and their hand-computed points.
 * An: 1.8 − 1 (3 → 2), 2.1 − 0,5 (3 → 2,5): I = 32 − 1,5 = 30,5; a, b, c = 100%, 90%, 95%: KPI = 95%, II = 0,95 × 68 = 64,6;
 *   total 95,1 → "Hoàn thành xuất sắc nhiệm vụ" (A from 90).
 * Bình: 2.1 − 3 (→ 0), 3 − 1 (5 → 4): I = 32 − 4 = 28; a, b, c = 80%, 70%, 75%: KPI = 75%, II = 51; total 79 → B.
 * Quota (20%): 1 A, 1 B: k ≤ 0,2 × (2 − k) gives k = 0, so An's A is proposed down to B.
 */
export const PEOPLE = [
  { name: 'Nguyễn Thị An', deductions: { '1.8': 1, '2.1': 0.5 }, parts: [1, 0.9, 0.95], general: 30.5, kpi: 64.6, total: 95.1, grade: 'HTXSNV' },
  { name: 'Trần Văn Bình', deductions: { '2.1': 3, '3': 1 }, parts: [0.8, 0.7, 0.75], general: 28, kpi: 51, total: 79, grade: 'HTTNV' },
] as const;
