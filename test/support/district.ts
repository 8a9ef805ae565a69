/**
 * A district of twelve communes filled on the commune framework (xa-2024), with hand-computed totals: the fixture of the
 * ranking's tests (sheet, CLI, bench). Each commune self-scores six typed criteria; the council's changes are listed.
 * Forecast (DOMAIN.md): 5.3.4 asks for a statistics table that the evidence does not name (E4: 0), and the council gives
 * 8.1 and 8.2 full points (1 + 1) — so forecast = self − (5.3.4) + 2 (An: 9 − 2 + 2 = 9; Nam: 3 − 0 + 2 = 5).
 */
import { a1 } from '../../src/sheet/a1';
import { bandCells, COL, planFramework } from '../../src/sheet/plans/framework';
import { XA_2024 } from '../../src/scoring';
import type { CellValue } from '../../src/sheet/types';

/** The criteria typed, their section (Roman) and top part (NỘI DUNG): 2.1.1 (II, max 1), 3.6.2 (III, 2), 3.9.1 (III, 2), 5.3.4 (V, 2), 6.1 (VI, 1), IX (1). */
export const CRITERIA = ['2.1.1', '3.6.2', '3.9.1', '5.3.4', '6.1', 'IX'] as const;

export interface Commune {
  readonly unit: string;
  readonly self: readonly number[];
  /** criterion → [appraised, reason]; every other criterion appraised as self-assessed when `appraisedAll`. */
  readonly changes: Readonly<Record<string, readonly [number, string]>>;
}

export const DISTRICT: readonly Commune[] = [
  { unit: 'UBND xã An', self: [1, 2, 2, 2, 1, 1], changes: { '3.9.1': [0, 'Kế hoạch không có số, ngày ban hành'] } }, // 9 → 7
  { unit: 'UBND xã Bình', self: [1, 2, 2, 2, 1, 0], changes: {} }, // 8 → 8
  { unit: 'UBND xã Cường', self: [1, 2, 2, 2, 0, 1], changes: { '3.6.2': [1, 'Chỉ hoàn thành một nội dung'] } }, // 8 → 7
  { unit: 'UBND xã Dũng', self: [1, 1, 2, 2, 1, 1], changes: {} }, // 8 → 8
  { unit: 'UBND xã Đông', self: [1, 2, 2, 0, 1, 1], changes: {} }, // 7 → 7
  { unit: 'UBND xã Giang', self: [0, 2, 2, 2, 0, 1], changes: { '5.3.4': [0, 'Thiếu biểu thống kê'] } }, // 7 → 5
  { unit: 'UBND xã Hà', self: [1, 1, 2, 2, 0, 0], changes: {} }, // 6 → 6
  { unit: 'UBND xã Hòa', self: [1, 2, 0, 2, 0, 1], changes: {} }, // 6 → 6
  { unit: 'UBND xã Khánh', self: [1, 0, 2, 2, 0, 0], changes: { '6.1': [1, 'Hồ sơ bổ sung đạt yêu cầu'] } }, // 5 → 6
  { unit: 'UBND xã Lâm', self: [0, 1, 2, 0, 1, 1], changes: {} }, // 5 → 5
  { unit: 'UBND xã Minh', self: [1, 1, 0, 2, 0, 0], changes: {} }, // 4 → 4
  { unit: 'UBND xã Nam', self: [0, 0, 2, 0, 0, 1], changes: { '3.9.1': [0, 'Tài liệu ngày 22/11/2024, sau ngày chốt số liệu'] } }, // 3 → 1
];

/** The sheet's bands block set to A from 8, B from 6, C from 4 (the communes score on six criteria only). */
export const BAND_MINS = [8, 6, 4] as const;

/**
 * A1 → value for one commune: its self-scores, its bands, and — per `appraise` — the council's column ('none', 'all':
 * every typed criterion, 'partial': only 2.1.1).
 */
export function communeInputs(c: Commune, appraise: 'none' | 'all' | 'partial'): Map<string, CellValue> {
  const rows = planFramework(XA_2024).layout.rowOf;
  const out = new Map<string, CellValue>();
  CRITERIA.forEach((id, i) => {
    const row = rows[id]!;
    out.set(a1(row, COL.self), c.self[i]!);
    out.set(a1(row, COL.evidence), 'Báo cáo số 123/BC-UBND ngày 10/11/2024');
    out.set(a1(row, COL.explanation), 'Mục II, trang 3');
    if (appraise === 'none' || (appraise === 'partial' && id !== '2.1.1')) return;
    const change = c.changes[id];
    out.set(a1(row, COL.appraised), change ? change[0] : c.self[i]!);
    if (change) out.set(a1(row, COL.appraisalNote), change[1]);
  });
  bandCells().forEach(([r, col], i) => out.set(a1(r, col), BAND_MINS[i]!));
  return out;
}
