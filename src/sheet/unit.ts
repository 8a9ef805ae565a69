/**
 * Mẫu 1A and 2A (seed 004, Phụ lục 3) in the gallery as blank official forms, for a unit that fills them by hand.
 * The add-in builds them filled from the staff sheets with "Tổng hợp" (operations.buildSummary / buildNotice).
 */
import { msg, QUOTA_CAP } from '../scoring';
import { planNotice } from './notice';
import { planSummary, solveUnit, type UnitSummary } from './summary';
import type { TemplateDef } from './templates';
import type { Details } from './types';

/** A unit with nobody in it yet: the forms keep their sections, headers and the quota box; the month asked is printed. */
const emptyUnit = (details: Details): UnitSummary => ({ ...solveUnit([], QUOTA_CAP), month: details.month ?? null, year: details.year ?? null });

/** The column header row of planNotice (0-based), as it writes it. */
const NOTICE_HEADER_ROW = 6;

export const UNIT_TEMPLATES: readonly TemplateDef[] = [
  {
    id: 'hn-1a',
    title: msg('Danh sách tổng hợp kết quả xếp loại tháng (Mẫu 1A)', 'Monthly summary list of grades (Mẫu 1A)'),
    description: msg(
      'Mẫu 1A để trống: STT, họ và tên, điểm, cá nhân tự xếp loại, mức xếp loại theo nhóm lãnh đạo / công chức, viên chức / lao động hợp đồng. Dùng "Tổng hợp" để lập từ các phiếu tháng, kèm tỷ lệ loại A.',
      'Blank Mẫu 1A: number, name, score, self-grade, grade by leaders / civil servants / contract workers. Use "Summary" to build it from the monthly sheets, with the A quota.',
    ),
    asks: ['unit', 'month', 'year'],
    plan: (details) => planSummary(emptyUnit(details), details),
  },
  {
    id: 'hn-2a',
    title: msg('Thông báo công khai kết quả xếp loại tháng (Mẫu 2A)', 'Public notice of the monthly grades (Mẫu 2A)'),
    description: msg(
      'Mẫu 2A để trống: thông báo công khai kết quả đánh giá, xếp loại trước ngày 05 tháng sau.',
      'Blank Mẫu 2A: the public notice of the month’s grades, due before the 5th of the next month.',
    ),
    asks: ['unit', 'month', 'year'],
    // planNotice freezes nothing; the blank form keeps its column headers (row 7) in view while a long list is typed.
    plan: (details) => ({ ...planNotice(emptyUnit(details), details), frozen: { rows: NOTICE_HEADER_ROW + 1, columns: 0 } }),
  },
];
