/**
 * The Hà Nội year (seed 004 phần V §3: the monthly results are "căn cứ quan trọng" of the year's rating) and the
 * Decree 90 form it feeds (seed 003: Mẫu số 02 công chức, Mẫu số 03 viên chức).
 *
 * DOMAIN.md Roll-up Decision: the year's score is the mean of the months present, graded by the monthly bands; months
 * graded D, recorded overrides (kỷ luật…) and months where the authority decided a grade other than the score's or the
 * self-grade are flagged beside the result, never applied. The Decree 90 form is prefilled with that proposal and its
 * basis (months, scores, flags); a prefill never writes a cell the user has filled.
 */
import {
  getFramework,
  gradeInfo,
  gradeOf,
  MONTHLY_BANDS,
  msg,
  ND90_M02,
  ND90_M03,
  normalizeChoice,
  parseGrade,
  rollupPeriod,
  YEAR_MONTHS,
  type Framework,
  type GradeCode,
  type Msg,
  type PeriodRollup,
} from '../scoring';
import { a1, columnLetter } from './a1';
import { personFromHead } from './hn';
import { PlanBuilder } from './plans/builder';
import { HN_CELL } from './plans/hnMonthly';
import { ND90_COL, planNd90 } from './plans/nd90Form';
import type { CellValue, Details, PlanCell, SheetPlan } from './types';
import { monthsText, YEAR_MSG, type MonthSheet, type SkippedSheet } from './yearSources';

export interface HnMonth {
  readonly source: string;
  readonly templateId: string;
  readonly month: number;
  readonly year: number | null;
  readonly name: string;
  readonly post: string;
  readonly unit: string;
  /** Mẫu 03's "Công chức / Viên chức / Lao động hợp đồng", '' elsewhere. */
  readonly category: string;
  readonly score: number;
  readonly grade: GradeCode;
  readonly selfGrade: GradeCode | null;
  /** The grade the competent authority decided (seed 004 phần IV, bước 4), when recorded. */
  readonly decidedGrade: GradeCode | null;
  readonly override: { readonly reason: string; readonly basis: string } | null;
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : String(v).trim());
const gradeCode = (raw: string | null | undefined): GradeCode | null => {
  if (!raw) return null;
  const g = parseGrade(raw);
  return g.ok ? g.value : null;
};

/** One month of a Hà Nội monthly sheet, or why it cannot be used. */
export function readHnMonth(m: MonthSheet): HnMonth | SkippedSheet {
  const fw = getFramework(m.templateId)!;
  const person = personFromHead(fw, { name: m.sheet, values: m.head });
  if (person.month === null || person.month < 1 || person.month > 12) return { source: m.source, reason: YEAR_MSG.noMonthCell() };
  // The score recomputed from the inputs when every criterion has a value (as the summary does), else the sheet's own.
  const complete = m.score.criteria.length > 0 && m.score.criteria.every((c) => c.self !== null) && !m.score.incomplete;
  const score = complete ? m.score.total : person.score;
  if (score === null) return { source: m.source, reason: YEAR_MSG.noScore() };
  return {
    source: m.source,
    templateId: m.templateId,
    month: person.month,
    year: person.year,
    name: person.name,
    post: person.post,
    unit: text(m.head[HN_CELL.unit[0]]?.[HN_CELL.unit[1]]),
    category: m.templateId === 'hn-m03' ? text(m.head[HN_CELL.category[0]]?.[HN_CELL.category[1]]) : '',
    score,
    grade: gradeOf(score, MONTHLY_BANDS),
    selfGrade: gradeCode(person.selfGrade),
    decidedGrade: gradeCode(person.decidedGrade),
    override: person.override ?? null,
  };
}

export interface DecidedFlag {
  readonly month: number;
  readonly decided: GradeCode;
  readonly byScore: GradeCode;
  readonly self: GradeCode | null;
}

export interface HnYear {
  readonly name: string;
  readonly post: string;
  readonly unit: string;
  readonly year: number | null;
  /** Decree 90 form: Mẫu 03 for a viên chức (Mẫu 03 sheet's category), else Mẫu 02 (seed 003, 3c: công chức and người lao động). */
  readonly form: Framework;
  readonly months: ReadonlyMap<number, HnMonth>;
  readonly rollup: PeriodRollup;
  readonly overrides: readonly { readonly month: number; readonly reason: string; readonly basis: string }[];
  readonly decided: readonly DecidedFlag[];
  /** The level proposed for the year: the grade of the year's score (flags not applied, DOMAIN.md Roll-up). */
  readonly proposed: GradeCode | null;
  /** The proposal's basis, as printed beside it: months, scores, flags. */
  readonly basis: Msg;
  readonly notes: readonly Msg[];
}

const fmt = (n: number): string => String(n).replace('.', ',');
const letter = (g: GradeCode): string => gradeInfo(g).letter;

export function solveHnYear(monthsIn: readonly HnMonth[], options: { readonly year?: number } = {}): HnYear {
  const notes: Msg[] = [];
  const months = new Map<number, HnMonth>();
  for (const m of [...monthsIn].sort((a, b) => a.month - b.month)) {
    const kept = months.get(m.month);
    if (kept) notes.push(YEAR_MSG.duplicateMonth(m.month, kept.source, m.source));
    else months.set(m.month, m);
  }
  const scores = new Map([...months].map(([k, m]) => [k, m.score]));
  const rollup = rollupPeriod(scores, YEAR_MONTHS, { method: 'mean', bands: MONTHLY_BANDS });
  const list = [...months.values()];
  const overrides = list.filter((m) => m.override).map((m) => ({ month: m.month, reason: m.override!.reason, basis: m.override!.basis }));
  const decided = list
    .filter((m) => m.decidedGrade !== null && (m.decidedGrade !== m.grade || (m.selfGrade !== null && m.decidedGrade !== m.selfGrade)))
    .map((m) => ({ month: m.month, decided: m.decidedGrade!, byScore: m.grade, self: m.selfGrade }));
  const latest = list[list.length - 1];
  const publicEmployee = list.some((m) => normalizeChoice(m.category) === normalizeChoice('Viên chức'));
  if (rollup.missing.length > 0) notes.unshift(YEAR_MSG.missing(rollup.missing));

  const vi: string[] = [];
  const en: string[] = [];
  if (rollup.score !== null) {
    vi.push(
      `Điểm bình quân ${rollup.present.length}/12 tháng có phiếu: ${fmt(rollup.score)} → ${gradeInfo(rollup.grade!).name.vi} (${list.map((m) => `tháng ${m.month}: ${fmt(m.score)}`).join('; ')}).`,
    );
    en.push(`Mean of the ${rollup.present.length}/12 months with a sheet: ${rollup.score} → ${gradeInfo(rollup.grade!).name.en} (${list.map((m) => `month ${m.month}: ${m.score}`).join('; ')}).`);
  }
  if (rollup.missing.length > 0) {
    vi.push(`Thiếu phiếu tháng ${monthsText(rollup.missing)} (không tính).`);
    en.push(`No sheet for month(s) ${monthsText(rollup.missing)} (not counted).`);
  }
  const flagsVi: string[] = [];
  const flagsEn: string[] = [];
  if (rollup.monthsGradedD.length > 0) {
    flagsVi.push(`tháng ${monthsText(rollup.monthsGradedD)} xếp loại D theo điểm`);
    flagsEn.push(`month(s) ${monthsText(rollup.monthsGradedD)} graded D by the score`);
  }
  for (const o of overrides) {
    flagsVi.push(`tháng ${o.month} không hoàn thành nhiệm vụ do ${o.reason}${o.basis ? ` (${o.basis})` : ''}`);
    flagsEn.push(`month ${o.month}: did not complete duties (${o.reason}${o.basis ? `, ${o.basis}` : ''})`);
  }
  for (const d of decided) {
    flagsVi.push(`tháng ${d.month} cấp có thẩm quyền quyết định loại ${letter(d.decided)} (theo điểm ${letter(d.byScore)}${d.self ? `, tự xếp loại ${letter(d.self)}` : ''})`);
    flagsEn.push(`month ${d.month}: the authority decided ${letter(d.decided)} (score ${letter(d.byScore)}${d.self ? `, self ${letter(d.self)}` : ''})`);
  }
  if (flagsVi.length > 0) {
    vi.push(`Lưu ý (chưa áp dụng vào mức đề xuất): ${flagsVi.join('; ')}.`);
    en.push(`Flagged (not applied to the proposal): ${flagsEn.join('; ')}.`);
  }
  return {
    name: latest?.name ?? '',
    post: latest?.post ?? '',
    unit: latest?.unit ?? '',
    year: options.year ?? latest?.year ?? null,
    form: publicEmployee ? ND90_M03 : ND90_M02,
    months,
    rollup,
    overrides,
    decided,
    proposed: rollup.grade,
    basis: msg(vi.join(' '), en.join(' ')),
    notes,
  };
}

/** People and years of many months: one year each. */
export function groupHn(months: readonly HnMonth[]): HnMonth[][] {
  const groups = new Map<string, HnMonth[]>();
  for (const m of months) {
    const key = `${m.name.trim().toLowerCase()}|${m.year ?? ''}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()];
}

export const HN_YEAR_TEMPLATE = 'hn-nam';
export const Y_ROW = { unit: 0, title: 2, name: 4, post: 5, header: 7, first: 8 } as const;
export const Y_COL = { month: 0, score: 1, grade: 2, self: 3, decided: 4, override: 5, flags: 6, sheet: 7 } as const;

/** The year of one person: twelve months, the year's score and grade, the flags, the proposal for Decree 90. */
export function planHnYear(report: HnYear, details: Details = {}): SheetPlan {
  const name = details.name ?? report.name;
  const year = report.year;
  const sheet = `Năm ${name} ${year ?? ''}`.replace(/[[\]:*?/\\']/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31);
  const b = new PlanBuilder(HN_YEAR_TEMPLATE, msg('Tổng hợp kết quả xếp loại các tháng trong năm', 'The year’s monthly results'), sheet);
  const last = Y_COL.sheet;
  b.set(Y_ROW.unit, 0, { value: (details.unit ?? report.unit ?? '').toUpperCase() || 'ĐƠN VỊ.....', style: 'group' }).merge(Y_ROW.unit, 0, Y_ROW.unit, 2);
  b.set(Y_ROW.title, 0, { value: `TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI HẰNG THÁNG NĂM ${year ?? '20…'}`, style: 'title' }).merge(Y_ROW.title, 0, Y_ROW.title, last);
  b.set(Y_ROW.title + 1, 0, {
    value: '(Kết quả hằng tháng là căn cứ đánh giá, xếp loại chất lượng hằng năm)',
    style: 'subtitle',
    note: 'Văn bản không quy định công thức: điểm năm là bình quân các tháng có phiếu, xếp loại theo thang tháng; tháng loại D, kỷ luật và mức do cấp có thẩm quyền quyết định được ghi chú, không tự áp dụng.',
  }).merge(Y_ROW.title + 1, 0, Y_ROW.title + 1, last);
  b.set(Y_ROW.name, 0, { value: 'Họ và tên:', style: 'label' });
  b.set(Y_ROW.name, 1, { value: name, style: 'input', input: true }).merge(Y_ROW.name, 1, Y_ROW.name, 3);
  b.set(Y_ROW.post, 0, { value: 'Chức vụ, chức danh:', style: 'label' });
  b.set(Y_ROW.post, 1, { value: details.post ?? report.post, style: 'input', input: true }).merge(Y_ROW.post, 1, Y_ROW.post, 3);
  for (const r of [Y_ROW.name, Y_ROW.post]) for (let c = 2; c <= 3; c++) b.set(r, c, { value: '', style: 'input' });
  const headers = ['Tháng', 'Điểm', 'Xếp loại theo điểm', 'Cá nhân tự xếp loại', 'Mức do cấp có thẩm quyền quyết định', 'Không hoàn thành nhiệm vụ do', 'Lưu ý', 'Phiếu tháng'];
  headers.forEach((h, c) => b.set(Y_ROW.header, c, { value: h, style: 'header' }));
  // A blank form (the gallery's, filled by hand): scores typed, grades and the year by native formulas (seed 004 bands).
  const blank = report.months.size === 0;
  const [bandA, bandB, bandC] = MONTHLY_BANDS.map((x) => x.min);
  const letterFormula = (ref: string) => `=IF(${ref}="","",IF(ROUND(${ref},2)>=${bandA},"A",IF(ROUND(${ref},2)>=${bandB},"B",IF(ROUND(${ref},2)>=${bandC},"C","D"))))`;
  let r = Y_ROW.first;
  for (const m of YEAR_MONTHS) {
    const got = report.months.get(m);
    b.set(r, Y_COL.month, { value: m, style: 'criterion' });
    if (blank) {
      b.set(r, Y_COL.score, { value: null, style: 'input', input: true, numberFormat: '0.00' });
      b.set(r, Y_COL.grade, { formula: letterFormula(a1(r, Y_COL.score)), style: 'computed' });
      for (const c of [Y_COL.self, Y_COL.decided, Y_COL.override, Y_COL.flags, Y_COL.sheet]) b.set(r, c, { value: null, style: 'input', input: true });
      r++;
      continue;
    }
    if (!got) {
      b.set(r, Y_COL.score, { value: null, style: 'computed' });
      for (let c: number = Y_COL.grade; c <= last; c++) b.set(r, c, { value: c === Y_COL.flags ? 'Chưa có phiếu (không tính)' : '', style: 'label' });
      r++;
      continue;
    }
    const flags: string[] = [];
    if (got.grade === 'KHTNV') flags.push('Loại D theo điểm');
    const d = report.decided.find((x) => x.month === m);
    if (d) flags.push(`Cấp có thẩm quyền quyết định loại ${letter(d.decided)}`);
    b.set(r, Y_COL.score, { value: got.score, style: 'computed', numberFormat: '0.00' });
    b.set(r, Y_COL.grade, { value: letter(got.grade), style: 'computed' });
    b.set(r, Y_COL.self, { value: got.selfGrade ? letter(got.selfGrade) : '', style: 'criterion' });
    b.set(r, Y_COL.decided, { value: got.decidedGrade ? letter(got.decidedGrade) : '', style: 'criterion' });
    b.set(r, Y_COL.override, { value: got.override ? `${got.override.reason}${got.override.basis ? ` (${got.override.basis})` : ''}` : '', style: 'criterion' });
    b.set(r, Y_COL.flags, { value: flags.join('; '), style: 'label' });
    b.set(r, Y_COL.sheet, { value: got.source, style: 'label' });
    r++;
  }
  const yearRow = r;
  b.set(r, Y_COL.month, { value: 'Cả năm', style: 'total' });
  const months = `${a1(Y_ROW.first, Y_COL.score)}:${a1(r - 1, Y_COL.score)}`;
  b.set(r, Y_COL.score, blank ? { formula: `=IF(COUNT(${months})=0,"",ROUND(AVERAGE(${months}),2))`, style: 'total', numberFormat: '0.00' } : { value: report.rollup.score, style: 'total', numberFormat: '0.00' });
  b.set(r, Y_COL.grade, blank ? { formula: letterFormula(a1(r, Y_COL.score)), style: 'total' } : { value: report.rollup.grade ? letter(report.rollup.grade) : '', style: 'total' });
  b.set(r, Y_COL.self, { value: blank ? 'Bình quân các tháng có điểm' : `Bình quân ${report.rollup.present.length}/12 tháng có phiếu`, style: 'label' }).merge(r, Y_COL.self, r, last);
  for (let c = Y_COL.self + 1; c <= last; c++) b.set(r, c, { value: '', style: 'label' });
  r += 2;
  b.set(r, 0, { value: 'Mức xếp loại đề xuất (Nghị định 90/2020/NĐ-CP):', style: 'label' }).merge(r, 0, r, 2);
  b.set(r, 1, { value: '', style: 'label' }).set(r, 2, { value: '', style: 'label' });
  b.set(r, 3, blank ? { value: null, style: 'input', input: true } : { value: report.proposed ? gradeInfo(report.proposed).name.vi : 'Chưa có điểm tháng nào', style: 'total' }).merge(r, 3, r, last);
  for (let c = 4; c <= last; c++) b.set(r, c, { value: '', style: blank ? 'input' : 'total' });
  r++;
  b.set(r, 0, { value: blank ? 'Căn cứ: điểm bình quân các tháng có phiếu (tháng chưa có phiếu để trống, không tính); tháng loại D, kỷ luật và mức do cấp có thẩm quyền quyết định ghi ở cột "Lưu ý".' : `Căn cứ: ${report.basis.vi}`, style: 'method' }).merge(r, 0, r, last);
  r++;
  for (const n of report.notes) {
    b.set(r, 0, { value: n.vi, style: 'method' }).merge(r, 0, r, last);
    r++;
  }
  for (const [c, w] of [[0, 12], [1, 9], [2, 12], [3, 12], [4, 16], [5, 30], [6, 28], [7, 44]] as const) b.column(c, w);
  b.freeze(Y_ROW.first, 1);
  return b.build(
    { orientation: 'landscape', paper: 'A4', fitToWidth: true, area: `A1:${columnLetter(last)}${r}`, titleRows: `$${Y_ROW.header + 1}:$${Y_ROW.header + 1}` },
    { headerRow: Y_ROW.header, firstRow: Y_ROW.first, columns: { ...Y_COL, yearRow } },
  );
}

/** Column right of the printed form (A:D) where the prefilled level's basis is written. */
export const ND90_BASIS_COL = ND90_COL.last + 2;

/**
 * The Decree 90 form of the person, prefilled: the head (year, name, post, unit) and II.2 "Tự xếp loại chất lượng"
 * with the proposed level, its basis beside it (right of the printed area, and in the cell's note). Every prefilled
 * cell is an input: applied over an existing form with the keep mask, what the user typed stays.
 */
export function planNd90Prefilled(report: HnYear, details: Details = {}): SheetPlan {
  const plan = planNd90(report.form, {
    name: details.name ?? report.name,
    post: details.post ?? report.post,
    unit: details.unit ?? report.unit,
    ...(report.year !== null ? { year: report.year } : {}),
  });
  const level = plan.layout.rowOf['II.2'];
  if (level === undefined || report.proposed === null) return plan;
  const answer = level + 1;
  const grid = plan.grid.map((row) => [...row]);
  const at = grid[answer]![ND90_COL.first]!;
  const basis = `Đề xuất từ kết quả hằng tháng năm ${report.year ?? ''}: ${report.basis.vi}`.replace(/\s+:/, ':');
  grid[answer]![ND90_COL.first] = { ...at, value: gradeInfo(report.proposed).name.vi, note: basis } satisfies PlanCell;
  while (grid[answer]!.length <= ND90_BASIS_COL) grid[answer]!.push(undefined);
  grid[answer]![ND90_BASIS_COL] = { value: basis, style: 'method' };
  const columns = [...plan.columns];
  columns[ND90_BASIS_COL] = { width: 60 };
  return { ...plan, grid, columns };
}

/** Where the proposal went in the prefilled form (A1), for messages and tests. */
export const nd90LevelCell = (plan: SheetPlan): string | null => {
  const row = plan.layout.rowOf['II.2'];
  return row === undefined ? null : a1(row + 1, ND90_COL.first);
};
