/**
 * The quarter/year sheets in the gallery as blank forms (like Mẫu 1A in unit.ts), for a unit that fills them by hand:
 * Phụ lục 03 of seed 000 (THADS quarters and year) and the Hà Nội year. "Tổng hợp năm / quý" builds them filled from
 * the monthly sheets (yearBuild.ts); the marker of a built sheet names the same template.
 */
import { msg, rollupPeriod, YEAR_MONTHS, ND90_M02 } from '../scoring';
import { planThadsYear, solveThadsYear, THADS_YEAR_TEMPLATE } from './quarter';
import type { TemplateDef } from './templates';
import type { Details } from './types';
import { HN_YEAR_TEMPLATE, planHnYear, type HnYear } from './year';
import { checkHnYear, checkThadsYear } from './yearChecks';

const emptyHnYear = (details: Details): HnYear => ({
  name: details.name ?? '',
  post: details.post ?? '',
  unit: details.unit ?? '',
  year: details.year ?? null,
  form: ND90_M02,
  months: new Map(),
  rollup: rollupPeriod(new Map(), YEAR_MONTHS),
  overrides: [],
  decided: [],
  proposed: null,
  basis: msg('', ''),
  notes: [],
});

export const YEAR_TEMPLATES: readonly TemplateDef[] = [
  {
    id: THADS_YEAR_TEMPLATE,
    title: msg('Kết quả chấm điểm quý, năm của công chức, người lao động THADS (Phụ lục 03)', 'Quarterly and yearly scores of THADS staff (Phụ lục 03)'),
    description: msg(
      'Bốn quý và cả năm: điểm tự chấm từng tháng, tổng điểm trừ, điểm thưởng, điểm sau họp chấm điểm, xếp loại, hạn báo cáo về Cục (trước ngày 05 tháng đầu quý sau, năm sau). Dùng "Năm / quý" để lập từ các phiếu tháng.',
      'The four quarters and the year: monthly self-scores, deductions, bonuses, the score after the meeting, the level, the deadline to the Cục (before the 5th of the next quarter’s or year’s first month). Use "Year / quarters" to build it from the monthly sheets.',
    ),
    asks: ['name', 'unit', 'year'],
    plan: (details) => planThadsYear({ ...solveThadsYear([], details.year !== undefined ? { year: details.year } : {}), person: details.name ?? '', unit: details.unit ?? '', notes: [] }, details),
    check: (s) => checkThadsYear(s),
  },
  {
    id: HN_YEAR_TEMPLATE,
    title: msg('Tổng hợp kết quả xếp loại hằng tháng trong năm', 'The year’s monthly results'),
    description: msg(
      'Mười hai tháng: điểm, xếp loại theo điểm, tự xếp loại, mức do cấp có thẩm quyền quyết định, kỷ luật; điểm cả năm và mức đề xuất theo Nghị định 90. Dùng "Năm / quý" để lập từ các phiếu tháng.',
      'Twelve months: score, grade, self-grade, the authority’s decision, overrides; the year’s score and the level proposed for Decree 90. Use "Year / quarters" to build it from the monthly sheets.',
    ),
    asks: ['name', 'post', 'unit', 'year'],
    plan: (details) => planHnYear(emptyHnYear(details), details),
    check: (s) => checkHnYear(s),
  },
];
