/**
 * Hà Nội monthly templates (seed 004): the self-assessment forms Mẫu 01–04 and the standalone work plan.
 * Check and score read a snapshot back and recompute from the inputs (deductions, work plan, typed a/b/c) through the
 * core, never from cached formula results: the in-memory host and fresh ExcelJS files have none, and a cached value
 * can be stale.
 */
import {
  checkSelfScore,
  flatten,
  gradeInfo,
  gradeOf,
  gradeRank,
  HN_M01,
  HN_M02,
  HN_M03,
  HN_M04,
  isBlank,
  kpiComponents,
  messages,
  monthlyDeadline,
  msg,
  normalizeChoice,
  normalizeId,
  parseGrade,
  parseVietnameseNumber,
  round,
  scoreCriterion,
  type Criterion,
  type Framework,
  type KpiComponents,
  type Msg,
  type RawValue,
  type WorkItem,
} from '../scoring';
import { readBoolean, workItems } from '../scoring/cells';
import { a1, parseA1 } from './a1';
import type { SheetHead } from './host';
import {
  generalNode,
  HN_CELL,
  HN_COL,
  HN_ROW,
  CATEGORY_CHOICES,
  CONTRACT_CATEGORY,
  hasCategory,
  isLeaderForm,
  kpiNode,
  overrideChoices,
  kpiValueCol,
  partsOf,
  planMonthly,
  type KpiPart,
} from './plans/hnMonthly';
import { planTasks, RESULT_COL, WORK_COL, WORK_PRODUCT_HEADER, WORK_STT_HEADER } from './plans/hnTasks';
import { cellAt, formulaAt, isEmptyCell, textAt } from './read';
import type { PersonLine, TemplateDef } from './templates';
import type { CellValue, CriterionScore, Severity, SheetIssue, SheetScore, SheetSnapshot } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Reading cells

const isFormula = (v: CellValue): boolean => typeof v === 'string' && v.trim().startsWith('=');
const raw = (v: CellValue): RawValue => (typeof v === 'string' && v.trim() === '' ? null : v);

/** A number from a value: numbers as they are, Vietnamese text numbers ("0,5", "95%") parsed, else null. */
const asNumber = (v: CellValue | undefined): number | null => {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && !isBlank(v)) return parseVietnameseNumber(v);
  return null;
};

const headValue = (values: readonly (readonly CellValue[])[], [r, c]: readonly [number, number]): CellValue => values[r]?.[c] ?? null;
const headText = (values: readonly (readonly CellValue[])[], at: readonly [number, number]): string => {
  const v = headValue(values, at);
  return v === null || v === undefined ? '' : String(v).trim();
};

/** A finding before it is given its sheet name. */
interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly cell: string;
  readonly criterion: string;
  readonly message: Msg;
}

// ---------------------------------------------------------------------------------------------------------------
// The work plan block (kế hoạch công tác tháng)

export interface WorkPlanReading {
  readonly headerRow: number;
  /** The a, b, c result cells (A1) of the block, and their formulas' A1 for row II to refer to. */
  readonly resultCells: readonly [string, string, string];
  /** Rows holding a work item (assigned or completed given), valid or not. */
  readonly itemRows: readonly number[];
  readonly items: readonly WorkItem[];
  /** a, b, c as fractions, when at least one valid item and a non-zero assigned total. */
  readonly components: KpiComponents | null;
  readonly findings: readonly Finding[];
}

/** The block's header row: "STT" in A and "Sản phẩm/công việc" in B (rows may have been inserted above it). */
export function findWorkPlanHeader(s: SheetSnapshot, from = 0): number | null {
  for (let r = from; r < s.values.length; r++) {
    if (textAt(s, r, WORK_COL.stt) === WORK_STT_HEADER && textAt(s, r, WORK_COL.product).startsWith(WORK_PRODUCT_HEADER)) return r;
  }
  return null;
}

const ITEM_COLUMNS = [WORK_COL.coefficient, WORK_COL.assigned, WORK_COL.completed, WORK_COL.failedReviews, WORK_COL.delays, WORK_COL.excused] as const;

/** The first cell of a row the user must fix, for the message the core gave about that row. */
function badItemColumn(s: SheetSnapshot, row: number): number {
  for (const col of ITEM_COLUMNS) {
    const v = raw(cellAt(s, row, col));
    if (isBlank(v)) {
      if (col === WORK_COL.assigned) return col;
      continue;
    }
    if (col === WORK_COL.excused) {
      if (!readBoolean(v, msg('', '')).ok) return col;
      continue;
    }
    const n = asNumber(v as CellValue);
    if (n === null || n < 0) return col;
    if ((col === WORK_COL.failedReviews || col === WORK_COL.delays) && !Number.isInteger(n)) return col;
  }
  return WORK_COL.assigned;
}

/**
 * Reads the work items below the header, each through the core's own reading of the KPI functions' ranges
 * (workItems), so a row is valid here exactly when KPI.QUANTITY/QUALITY/TIMELINESS accept it.
 */
export function readWorkPlan(s: SheetSnapshot, headerRow: number, resultRowsAbove: number): WorkPlanReading {
  const findings: Finding[] = [];
  const items: WorkItem[] = [];
  const itemRows: number[] = [];
  const first = headerRow - resultRowsAbove;
  const resultCells: [string, string, string] = [a1(first, RESULT_COL), a1(first + 1, RESULT_COL), a1(first + 2, RESULT_COL)];
  for (let r = headerRow + 1; r < s.values.length; r++) {
    const at = (c: number) => raw(cellAt(s, r, c));
    const assigned = at(WORK_COL.assigned);
    const completed = at(WORK_COL.completed);
    if (isBlank(assigned) && isBlank(completed)) continue;
    itemRows.push(r);
    const id = `${WORK_PRODUCT_HEADER} ${textAt(s, r, WORK_COL.stt) || r + 1}`;
    const quality = workItems(completed, assigned, at(WORK_COL.failedReviews), at(WORK_COL.coefficient), at(WORK_COL.excused), 'failedReviews');
    const timeliness = workItems(completed, assigned, at(WORK_COL.delays), at(WORK_COL.coefficient), at(WORK_COL.excused), 'delays');
    const bad = !quality.ok ? quality : !timeliness.ok ? timeliness : null;
    if (bad && !bad.ok) {
      findings.push({ code: 'K2', severity: 'error', cell: a1(r, badItemColumn(s, r)), criterion: id, message: bad.error.message });
      continue;
    }
    const q = quality.ok ? quality.value[0] : undefined;
    const t = timeliness.ok ? timeliness.value[0] : undefined;
    if (!q || !t) continue;
    if (q.completed > q.assigned + 1e-9) {
      findings.push({
        code: 'K2',
        severity: 'error',
        cell: a1(r, WORK_COL.completed),
        criterion: id,
        message: msg(
          `Số hoàn thành (${q.completed}) lớn hơn số được giao (${q.assigned}): số lượng a chỉ tính đến 100%.`,
          `Completed (${q.completed}) is more than assigned (${q.assigned}): quantity a counts at most 100%.`,
        ),
      });
    }
    items.push({ ...q, delays: t.delays });
  }
  let components: KpiComponents | null = null;
  if (items.length > 0) {
    const c = kpiComponents(items);
    if (c.ok) components = c.value;
    else findings.push({ code: 'K2', severity: 'error', cell: a1(itemRows[0]!, WORK_COL.assigned), criterion: WORK_PRODUCT_HEADER, message: c.error.message });
  }
  return { headerRow, resultCells, itemRows, items, components, findings };
}

/** Result cells of the block (a, b, c, KPI%) typed over with a number instead of the formula: above 100% is a K3. */
function typedResultFindings(s: SheetSnapshot, plan: WorkPlanReading, withKpi: boolean): Finding[] {
  const out: Finding[] = [];
  const rows = [...plan.resultCells.map((c) => parseA1(c)!.row), ...(withKpi ? [plan.headerRow - 1] : [])];
  rows.forEach((row, i) => {
    const f = formulaAt(s, row, RESULT_COL);
    if (isFormula(f) || isEmptyCell(f)) return;
    const cell = a1(row, RESULT_COL);
    const name = RESULT_LABELS[i]!;
    const label = msg(name.vi, name.en);
    const n = asNumber(cellAt(s, row, RESULT_COL));
    if (n === null || n < 0) out.push({ code: 'K3', severity: 'error', cell, criterion: name.vi, message: messages.notANumber(label, String(f)) });
    else if (n > 1 + 1e-12) out.push({ code: 'K3', severity: 'error', cell, criterion: name.vi, message: messages.fractionAboveOne(label, n) });
  });
  return out;
}

const RESULT_LABELS = [
  msg('Số lượng (a)', 'Quantity (a)'),
  msg('Chất lượng (b)', 'Quality (b)'),
  msg('Tiến độ (c)', 'Timeliness (c)'),
  msg('Kết quả KPI', 'KPI result'),
] as const;

// ---------------------------------------------------------------------------------------------------------------
// The monthly forms

interface LeafReading {
  readonly node: Criterion;
  readonly row: number;
  /** Recomputed points; null when the input cannot be read (counted 0, reported). */
  readonly self: number | null;
  readonly stored: number | null;
}

interface PartReading {
  readonly part: KpiPart;
  readonly cell: string;
  readonly source: 'plan' | 'typed' | 'formula' | 'blank';
  readonly value: number | null;
  readonly rawText: string;
}

export interface MonthlyReading {
  readonly framework: Framework;
  readonly rows: ReadonlyMap<string, number>;
  readonly missing: readonly string[];
  readonly leaves: readonly LeafReading[];
  readonly parts: readonly PartReading[];
  readonly plan: WorkPlanReading | null;
  /** Points of row II, recomputed (KPI × 70, rounded); null while a part is missing or invalid. */
  readonly kpiPoints: number | null;
  /** Points of group I: the sum of the recomputed leaves. */
  readonly general: number;
  readonly total: number | null;
  readonly findings: readonly Finding[];
}

const MONTHLY_PLAN_RESULT_ROWS = 3;

function readCriteriaRows(fw: Framework, s: SheetSnapshot, end: number): Map<string, number> {
  const known = new Set(flatten(fw).map((p) => normalizeId(p.node.id)));
  const out = new Map<string, number>();
  for (let r = HN_ROW.first; r < end; r++) {
    const v = cellAt(s, r, HN_COL.id);
    if (v === null || v === '') continue;
    const id = normalizeId(String(v));
    if (known.has(id) && !out.has(id)) out.set(id, r);
  }
  return out;
}

function readLeaf(node: Criterion, row: number, s: SheetSnapshot, findings: Finding[]): LeafReading {
  const deductionRaw = raw(cellAt(s, row, HN_COL.deduction));
  const selfFormula = formulaAt(s, row, HN_COL.self);
  const stored = asNumber(cellAt(s, row, HN_COL.self));
  const max = node.maxPoints ?? 0;
  const dCell = a1(row, HN_COL.deduction);
  const eCell = a1(row, HN_COL.self);
  const typedSelf = !isFormula(selfFormula) && !isEmptyCell(selfFormula);
  if (!isBlank(deductionRaw)) {
    const r = scoreCriterion(node, [deductionRaw]);
    if (!r.ok) {
      findings.push({ code: 'K1', severity: 'error', cell: dCell, criterion: node.id, message: r.error.message });
      return { node, row, self: null, stored };
    }
    const d = asNumber(deductionRaw as CellValue) ?? 0;
    if (d > max + 1e-9) {
      findings.push({
        code: 'K1',
        severity: 'warning',
        cell: dCell,
        criterion: node.id,
        message: msg(
          `Điểm trừ ${fmt(d)} vượt điểm tối đa ${fmt(max)} của tiêu chí ${node.id}: chỉ trừ ${fmt(max)} điểm (điểm trừ không vượt quá số điểm của tiêu chí).`,
          `Deduction ${d} is above criterion ${node.id}'s maximum ${max}: only ${max} is deducted (a deduction never exceeds the criterion's points).`,
        ),
      });
    }
    if (typedSelf && stored !== null && Math.abs(stored - r.value) > 0.005) {
      findings.push({
        code: 'K1',
        severity: 'warning',
        cell: eCell,
        criterion: node.id,
        message: msg(
          `Điểm tự chấm ghi ${fmt(stored)} nhưng điểm tối đa − điểm trừ = ${fmt(r.value)} (công thức đã bị gõ đè?).`,
          `The self-score holds ${stored} but maximum − deduction = ${r.value} (was the formula overwritten?).`,
        ),
      });
    }
    return { node, row, self: r.value, stored };
  }
  if (typedSelf) {
    // No deduction, the self-score typed directly: accepted when it is a score the criterion can have.
    if (stored === null) {
      findings.push({ code: 'K1', severity: 'error', cell: eCell, criterion: node.id, message: msg(`"${String(selfFormula)}" không phải là điểm.`, `"${String(selfFormula)}" is not a score.`) });
      return { node, row, self: null, stored };
    }
    const r = checkSelfScore(node, stored);
    if (!r.ok) {
      findings.push({ code: 'K1', severity: 'error', cell: eCell, criterion: node.id, message: r.error.message });
      return { node, row, self: null, stored };
    }
    return { node, row, self: r.value, stored };
  }
  const r = scoreCriterion(node, [null]);
  return { node, row, self: r.ok ? r.value : max, stored };
}

const fmt = (n: number): string => String(round(n, 4)).replace('.', ',');
const pctText = (n: number): string => `${fmt(n * 100)}%`;

function readPart(part: KpiPart, i: number, row: number, s: SheetSnapshot, plan: WorkPlanReading | null): PartReading {
  const col = kpiValueCol(i);
  const cell = a1(row, col);
  const f = formulaAt(s, row, col);
  const v = cellAt(s, row, col);
  if (isFormula(f)) {
    const ref = String(f).replace(/\$/g, '').replace(/\s/g, '').toUpperCase();
    const ours = i < 3 && plan !== null && ref === `=${plan.resultCells[i]}`;
    if (ours) {
      const c = plan.components;
      const value = c === null ? null : [c.quantity, c.quality, c.timeliness][i]!;
      return { part, cell, source: 'plan', value, rawText: String(f) };
    }
    // Another formula the user wrote: only Excel can compute it; its cached result is all there is.
    return { part, cell, source: 'formula', value: asNumber(v), rawText: String(f) };
  }
  if (isEmptyCell(v)) return { part, cell, source: 'blank', value: null, rawText: '' };
  return { part, cell, source: 'typed', value: asNumber(v), rawText: String(v) };
}

export function readMonthly(fw: Framework, s: SheetSnapshot): MonthlyReading {
  const findings: Finding[] = [];
  const header = findWorkPlanHeader(s, HN_ROW.first);
  const plan = header === null ? null : readWorkPlan(s, header, MONTHLY_PLAN_RESULT_ROWS);
  if (plan) findings.push(...plan.findings);
  const rows = readCriteriaRows(fw, s, header === null ? s.values.length : header - MONTHLY_PLAN_RESULT_ROWS - 1);
  const missing: string[] = [];
  const leaves: LeafReading[] = [];
  for (const { node } of flatten(fw)) {
    const row = rows.get(normalizeId(node.id));
    if (row === undefined) {
      missing.push(node.id);
      findings.push({
        code: 'T1',
        severity: 'warning',
        cell: a1(HN_ROW.first, HN_COL.id),
        criterion: node.id,
        message: msg(`Không tìm thấy dòng của tiêu chí ${node.id} (cột TT).`, `No row for criterion ${node.id} (TT column).`),
      });
      continue;
    }
    if (node.rule?.kind === 'cappedDeduction' && !node.children?.length) leaves.push(readLeaf(node, row, s, findings));
  }
  const general = round(leaves.reduce((a, l) => a + (l.self ?? 0), 0));

  // Row II: the parts, from the work plan or typed.
  const kpi = kpiNode(fw);
  const iiRow = rows.get(normalizeId(kpi.id));
  const parts: PartReading[] = iiRow === undefined ? [] : partsOf(fw).map((p, i) => readPart(p, i, iiRow, s, plan));
  let valid = iiRow !== undefined;
  const missingParts: PartReading[] = [];
  for (const [i, p] of parts.entries()) {
    const label = msg(p.part.label, p.part.label);
    if (p.value === null) {
      if (p.source === 'typed' || (p.source === 'formula' && !isEmptyCell(cellAt(s, iiRow!, kpiValueCol(i))))) {
        findings.push({ code: 'K3', severity: 'error', cell: p.cell, criterion: kpi.id, message: messages.notANumber(label, p.rawText) });
      } else missingParts.push(p);
      valid = false;
      continue;
    }
    if (p.value < 0 || p.value > 1 + 1e-12) {
      findings.push({ code: 'K3', severity: 'error', cell: p.cell, criterion: kpi.id, message: p.value < 0 ? messages.negative(label) : messages.fractionAboveOne(label, p.value) });
      valid = false;
      continue;
    }
    if (i >= 3 && Math.abs(p.value - 1) > 1e-9 && Math.abs(p.value - 0.5) > 1e-9) {
      findings.push({ code: 'K5', severity: 'error', cell: p.cell, criterion: kpi.id, message: messages.leaderPart(label, p.value) });
      valid = false;
      continue;
    }
    if (i < 3 && p.source === 'typed' && plan?.components) {
      const fromPlan = [plan.components.quantity, plan.components.quality, plan.components.timeliness][i]!;
      if (Math.abs(fromPlan - p.value) > 0.0005) {
        findings.push({
          code: 'K9',
          severity: 'warning',
          cell: p.cell,
          criterion: kpi.id,
          message: msg(
            `${p.part.label} ghi ${pctText(p.value)} nhưng Kế hoạch công tác tháng cho ${pctText(fromPlan)}.`,
            `${p.part.label} holds ${pctText(p.value)} but the monthly work plan gives ${pctText(fromPlan)}.`,
          ),
        });
      }
    }
  }
  if (missingParts.length > 0) {
    const names = missingParts.map((p) => p.part.label).join(', ');
    const fromPlan = missingParts.some((p) => p.source === 'plan');
    findings.push({
      code: 'K4',
      severity: 'warning',
      cell: missingParts[0]!.cell,
      criterion: kpi.id,
      message: msg(
        `Chưa có ${names}: chưa tính được điểm II và tổng điểm.${fromPlan ? ' Nhập Kế hoạch công tác tháng (số được giao, số hoàn thành) hoặc gõ trực tiếp tỷ lệ.' : ''}`,
        `${names} missing: row II and the total cannot be computed yet.${fromPlan ? ' Fill in the monthly work plan (assigned, completed) or type the percentages.' : ''}`,
      ),
    });
  }
  let kpiPoints: number | null = null;
  if (valid && parts.length > 0) {
    const r = scoreCriterion(kpi, parts.map((p) => p.value));
    if (r.ok) kpiPoints = r.value;
    else findings.push({ code: 'K3', severity: 'error', cell: parts[0]!.cell, criterion: kpi.id, message: r.error.message });
  }
  const total = kpiPoints === null ? null : round(general + kpiPoints);
  return { framework: fw, rows, missing, leaves, parts, plan, kpiPoints, general, total, findings };
}

/** Days from Excel's epoch (30/12/1899) of 1/1/1950 and 31/12/2099: a month cell holding such a number is a date. */
const DATE_SERIALS = [18_264, 73_050] as const;

/**
 * Month and year of a head block as people type them: numbers or texts of numbers; "11/2024", "11-2024" or
 * "tháng 11 năm 2024" in the month cell (the year cell then blank, or merged with it); a date (a month cell formatted as
 * a date holds its serial number, or a text "01/11/2024").
 */
export function readPeriod(values: readonly (readonly CellValue[])[]): { month: number | null; year: number | null } {
  const rawMonth = headValue(values, HN_CELL.month);
  const rawYear = headValue(values, HN_CELL.year);
  let month = asNumber(rawMonth);
  let year = asNumber(rawYear);
  if (typeof rawMonth === 'number' && Number.isInteger(rawMonth) && rawMonth >= DATE_SERIALS[0] && rawMonth <= DATE_SERIALS[1]) {
    const d = new Date(Date.UTC(1899, 11, 30) + rawMonth * 86_400_000);
    month = d.getUTCMonth() + 1;
    year ??= d.getUTCFullYear();
  } else if (month === null && typeof rawMonth === 'string') {
    const t = rawMonth.trim().toLowerCase();
    const m = /^(?:(?:\d{1,2})\s*[/.-]\s*)?(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t) ?? /tháng\s*(\d{1,2})\D*?(?:năm\s*)?(\d{4})/.exec(t);
    if (m) {
      month = Number(m[1]);
      const y = Number(m[2]);
      if (year === null || year === y) year = y;
      else month = null; // two different years: not read
    }
  }
  return { month, year };
}

export function checkMonthly(fw: Framework, s: SheetSnapshot, now: Date = new Date()): SheetIssue[] {
  const reading = readMonthly(fw, s);
  const findings: Finding[] = [...reading.findings];
  const cell = (at: readonly [number, number]) => a1(at[0], at[1]);

  // K8: who and when.
  if (headText(s.values, HN_CELL.name) === '') {
    findings.push({ code: 'K8', severity: 'warning', cell: cell(HN_CELL.name), criterion: '', message: msg('Chưa ghi họ và tên.', 'The name is missing.') });
  }
  const { month, year } = readPeriod(s.values);
  const monthOk = month !== null && Number.isInteger(month) && month >= 1 && month <= 12;
  const yearOk = year !== null && Number.isInteger(year) && year >= 1900 && year <= 9999;
  if (isEmptyCell(headValue(s.values, HN_CELL.month))) {
    findings.push({ code: 'K8', severity: 'warning', cell: cell(HN_CELL.month), criterion: '', message: msg('Chưa ghi tháng đánh giá.', 'The month is missing.') });
  } else if (!monthOk) {
    findings.push({ code: 'K8', severity: 'error', cell: cell(HN_CELL.month), criterion: '', message: messages.invalidMonth() });
  }
  if (isEmptyCell(headValue(s.values, HN_CELL.year))) {
    findings.push({ code: 'K8', severity: 'warning', cell: cell(HN_CELL.year), criterion: '', message: msg('Chưa ghi năm đánh giá.', 'The year is missing.') });
  } else if (!yearOk) {
    findings.push({ code: 'K8', severity: 'error', cell: cell(HN_CELL.year), criterion: '', message: messages.invalidYear() });
  }

  // K6: the person's own grade against the grade of the recomputed total.
  const selfText = headText(s.values, HN_CELL.selfGrade);
  if (selfText !== '') {
    const self = parseGrade(selfText);
    if (!self.ok) {
      findings.push({ code: 'K6', severity: 'error', cell: cell(HN_CELL.selfGrade), criterion: '', message: self.error.message });
    } else if (reading.total !== null) {
      const computed = gradeOf(reading.total, fw.bands);
      if (computed !== self.value) {
        const lower = gradeRank(self.value) > gradeRank(computed);
        const c = gradeInfo(computed).name;
        const g = gradeInfo(self.value).name;
        findings.push({
          code: 'K6',
          severity: lower ? 'info' : 'warning',
          cell: cell(HN_CELL.selfGrade),
          criterion: '',
          message: lower
            ? msg(`Tự xếp loại "${g.vi}" thấp hơn mức theo điểm (${fmt(reading.total)} điểm: "${c.vi}").`, `Self-grade "${g.en}" is lower than the grade of the score (${reading.total}: "${c.en}").`)
            : msg(`Tự xếp loại "${g.vi}" cao hơn mức theo điểm (${fmt(reading.total)} điểm: "${c.vi}").`, `Self-grade "${g.en}" is higher than the grade of the score (${reading.total}: "${c.en}").`),
        });
      }
    }
  } else if (monthOk && yearOk) {
    // K7: the self-assessment is due before the 25th (December: before the 15th), seed 004 phần IV §1.
    const due = monthlyDeadline(year!, month!, 'self');
    if (due.ok && now.getTime() >= due.value.before.getTime()) {
      findings.push({
        code: 'K7',
        severity: 'warning',
        cell: cell(HN_CELL.selfGrade),
        criterion: '',
        message: msg(
          `Chưa tự xếp loại mà đã quá hạn (${due.value.label.vi}).`,
          `No self-grade yet and the deadline has passed (${due.value.label.en}).`,
        ),
      });
    }
  }
  findings.push(...headFieldFindings(fw, s, reading.total));
  return findings.map((f) => ({ ...f, sheet: s.name }));
}

/**
 * K10–K12: the add-in's own head fields — category (Mẫu 03), the authority's decided grade (seed 004 phần IV, bước 4)
 * beside the grade of the score, and an override (DOMAIN.md) with its basis.
 */
function headFieldFindings(fw: Framework, s: SheetSnapshot, total: number | null): Finding[] {
  const out: Finding[] = [];
  const cell = (at: readonly [number, number]) => a1(at[0], at[1]);
  if (hasCategory(fw)) {
    const category = headText(s.values, HN_CELL.category);
    if (category !== '' && !CATEGORY_CHOICES.some((c) => normalizeChoice(c) === normalizeChoice(category))) {
      out.push({ code: 'K10', severity: 'error', cell: cell(HN_CELL.category), criterion: '', message: messages.unknownChoice(msg('Đối tượng', 'Category'), category, CATEGORY_CHOICES) });
    }
  }
  const decided = headText(s.values, HN_CELL.decidedGrade);
  if (decided !== '') {
    const g = parseGrade(decided);
    if (!g.ok) out.push({ code: 'K11', severity: 'error', cell: cell(HN_CELL.decidedGrade), criterion: '', message: g.error.message });
    else if (total !== null && g.value !== gradeOf(total, fw.bands)) {
      const byScore = gradeInfo(gradeOf(total, fw.bands)).name;
      out.push({
        code: 'K11',
        severity: 'info',
        cell: cell(HN_CELL.decidedGrade),
        criterion: '',
        message: msg(
          `Cấp có thẩm quyền quyết định "${gradeInfo(g.value).name.vi}"; theo điểm (${fmt(total)}) là "${byScore.vi}". Mẫu 1A dùng mức đã quyết định.`,
          `The authority decided "${gradeInfo(g.value).name.en}"; the score (${total}) gives "${byScore.en}". Mẫu 1A uses the decided grade.`,
        ),
      });
    }
  }
  const reason = headText(s.values, HN_CELL.override);
  if (reason !== '') {
    const allowed = overrideChoices(isLeaderForm(fw));
    if (!allowed.some((c) => normalizeChoice(c) === normalizeChoice(reason))) {
      out.push({ code: 'K12', severity: 'error', cell: cell(HN_CELL.override), criterion: '', message: messages.unknownChoice(msg('Lý do không hoàn thành nhiệm vụ', 'Reason for "did not complete"'), reason, allowed) });
    } else {
      out.push({
        code: 'K12',
        severity: 'info',
        cell: cell(HN_CELL.override),
        criterion: '',
        message: msg(
          `Xếp loại "Không hoàn thành nhiệm vụ" do: ${reason}${total !== null ? ` (theo điểm ${fmt(total)}: "${gradeInfo(gradeOf(total, fw.bands)).name.vi}")` : ''}.`,
          `Graded "Did not complete duties" because of: ${reason}${total !== null ? ` (the score ${total} gives "${gradeInfo(gradeOf(total, fw.bands)).name.en}")` : ''}.`,
        ),
      });
      if (headText(s.values, HN_CELL.overrideBasis) === '') {
        out.push({
          code: 'K12',
          severity: 'warning',
          cell: cell(HN_CELL.overrideBasis),
          criterion: '',
          message: msg('Chưa ghi căn cứ (quyết định kỷ luật, kết luận: số, ngày).', 'The basis (decision or conclusion: number, date) is missing.'),
        });
      }
    }
  }
  return out;
}

export function scoreMonthly(fw: Framework, s: SheetSnapshot): SheetScore {
  const reading = readMonthly(fw, s);
  const byId = new Map(reading.leaves.map((l) => [l.node.id, l]));
  const kpi = kpiNode(fw);
  const criteria: CriterionScore[] = [];
  const sums = new Map<string, number>();
  const visit = (node: Criterion): number => {
    if (node.children?.length) {
      const sum = round(node.children.map(visit).reduce((a, b) => a + b, 0));
      sums.set(node.id, sum);
      criteria.push({ id: node.id, maxPoints: node.maxPoints, self: sum, forecast: sum });
      return sum;
    }
    if (node.id === kpi.id) {
      criteria.push({ id: node.id, maxPoints: node.maxPoints, self: reading.kpiPoints, forecast: reading.kpiPoints });
      return reading.kpiPoints ?? 0;
    }
    const leaf = byId.get(node.id);
    const self = leaf?.self ?? null;
    const stored = leaf && self !== null && leaf.stored !== null && Math.abs(leaf.stored - self) > 0.005 ? { stored: leaf.stored } : {};
    criteria.push({ id: node.id, maxPoints: node.maxPoints, self, forecast: self, ...stored });
    return self ?? 0;
  };
  const parts = fw.criteria.map(visit);
  const total = round(parts.reduce((a, b) => a + b, 0));
  const order = new Map(flatten(fw).map((p, i) => [p.node.id, i]));
  criteria.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const general = generalNode(fw);
  // A user's framework may have its general criteria as one row (issue 12): its own points, not a sum.
  const generalPoints = sums.get(general.id) ?? byId.get(general.id)?.self ?? 0;
  const sections = [
    { id: general.id, title: general.title, self: generalPoints, forecast: generalPoints, max: general.maxPoints },
    { id: kpi.id, title: kpi.title, self: reading.kpiPoints ?? 0, forecast: reading.kpiPoints ?? 0, max: kpi.maxPoints },
  ];
  // Invalid entries are counted 0 and listed; without row II (the KPI) there is no grade: "chưa đủ dữ liệu".
  const notCounted = reading.findings
    .filter((f) => f.severity === 'error' && ['K1', 'K2', 'K3', 'K5'].includes(f.code))
    .map((f) => ({ cell: f.cell, criterion: f.criterion, message: f.message }));
  const incomplete = reading.kpiPoints === null;
  return {
    template: fw.id,
    sheet: s.name,
    total,
    level: incomplete ? '' : gradeOf(total, fw.bands),
    ...(incomplete ? { incomplete: messages.incomplete() } : {}),
    notCounted,
    forecastTotal: total,
    criteria,
    sections,
  };
}

const GROUP: Readonly<Record<string, PersonLine['group']>> = { 'hn-m01': 'leader', 'hn-m02': 'leader', 'hn-m03': 'staff', 'hn-m04': 'contract' };

/** The section of Mẫu 1A: a contract worker on Mẫu 03 ("lao động hợp đồng thực hiện chuyên môn, nghiệp vụ") is in III. */
function sectionOf(fw: Framework, v: readonly (readonly CellValue[])[]): PersonLine['group'] {
  const group = GROUP[fw.id] ?? (isLeaderForm(fw) ? 'leader' : 'staff');
  if (!hasCategory(fw)) return group;
  return normalizeChoice(headText(v, HN_CELL.category)) === normalizeChoice(CONTRACT_CATEGORY) ? 'contract' : group;
}

/**
 * One line of Mẫu 1A from the head block of a monthly sheet. The head carries the computed total (Excel, the preview's
 * formula engine and files saved by Excel have it); where it is not a number the score is null (no score yet).
 */
export function personFromHead(fw: Framework, head: SheetHead): PersonLine {
  const v = head.values;
  const { month, year } = readPeriod(v);
  const headFlag = isLeaderForm(fw) ? readBoolean(raw(headValue(v, HN_CELL.isHead)), msg('Cấp trưởng', 'Head of unit')) : null;
  const total = headValue(v, HN_CELL.total);
  const selfGrade = headText(v, HN_CELL.selfGrade);
  const decided = headText(v, HN_CELL.decidedGrade);
  const reason = headText(v, HN_CELL.override);
  return {
    sheet: head.name,
    templateId: fw.id,
    name: headText(v, HN_CELL.name),
    post: headText(v, HN_CELL.post),
    unit: headText(v, HN_CELL.unit),
    group: sectionOf(fw, v),
    isHead: headFlag !== null && headFlag.ok && headFlag.value,
    score: typeof total === 'number' && Number.isFinite(total) ? total : null,
    selfGrade: selfGrade === '' ? null : selfGrade,
    month: month !== null && Number.isInteger(month) ? month : null,
    year: year !== null && Number.isInteger(year) ? year : null,
    dutyGroup: headText(v, HN_CELL.dutyGroup),
    review: headText(v, HN_CELL.review),
    decidedGrade: decided === '' ? null : decided,
    override: reason === '' ? null : { reason, basis: headText(v, HN_CELL.overrideBasis) },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// hn-tasks

const TASKS_RESULT_ROWS = 4;

export function checkTasks(s: SheetSnapshot): SheetIssue[] {
  const header = findWorkPlanHeader(s);
  if (header === null) {
    return [{
      code: 'T1',
      severity: 'warning',
      sheet: s.name,
      cell: 'A1',
      criterion: '',
      message: msg(`Không tìm thấy bảng kế hoạch (dòng tiêu đề "${WORK_STT_HEADER} · ${WORK_PRODUCT_HEADER}").`, `The work plan table (header "${WORK_STT_HEADER} · ${WORK_PRODUCT_HEADER}") was not found.`),
    }];
  }
  const plan = readWorkPlan(s, header, TASKS_RESULT_ROWS);
  return [...plan.findings, ...typedResultFindings(s, plan, true)].map((f) => ({ ...f, sheet: s.name }));
}

// ---------------------------------------------------------------------------------------------------------------
// The gallery entries

const monthlyTemplate = (fw: Framework, description: Msg): TemplateDef => ({
  id: fw.id,
  title: fw.title,
  description,
  asks: ['name', 'post', 'unit', 'month', 'year'],
  plan: (details) => planMonthly(fw, details),
  check: (s, now) => checkMonthly(fw, s, now),
  score: (s) => scoreMonthly(fw, s),
  person: (head) => personFromHead(fw, head),
});

export const HN_TEMPLATES: readonly TemplateDef[] = [
  monthlyTemplate(HN_M01, msg('Phiếu tự đánh giá tháng — Mẫu 01: cán bộ diện Ban Thường vụ Thành ủy quản lý (30 điểm tiêu chí chung + 70 điểm KPI 6 thành phần).', 'Monthly self-assessment — Form 01: officials managed by the City Party Standing Committee (30 general + 70 KPI points, six parts).')),
  monthlyTemplate(HN_M02, msg('Phiếu tự đánh giá tháng — Mẫu 02: cán bộ lãnh đạo, quản lý (30 điểm tiêu chí chung + 70 điểm KPI 6 thành phần).', 'Monthly self-assessment — Form 02: leaders and managers (30 general + 70 KPI points, six parts).')),
  monthlyTemplate(HN_M03, msg('Phiếu tự đánh giá tháng — Mẫu 03: CBCCVC không giữ chức vụ lãnh đạo, quản lý (30 điểm tiêu chí chung + 70 điểm KPI a, b, c).', 'Monthly self-assessment — Form 03: staff without a leadership post (30 general + 70 KPI points from a, b, c).')),
  monthlyTemplate(HN_M04, msg('Phiếu tự đánh giá tháng — Mẫu 04: lao động hợp đồng hỗ trợ, phục vụ (30 điểm tiêu chí chung + 70 điểm KPI a, b, c).', 'Monthly self-assessment — Form 04: support and service contract workers (30 general + 70 KPI points from a, b, c).')),
  {
    id: 'hn-tasks',
    title: msg('Kế hoạch công tác tháng (a, b, c, KPI)', 'Monthly work plan (a, b, c, KPI)'),
    description: msg(
      'Sản phẩm/công việc quy đổi với hệ số k, số được giao, số hoàn thành, số lần không đạt chất lượng, chậm tiến độ → số lượng a, chất lượng b, tiến độ c và KPI.',
      'Work products with coefficient k, assigned, completed, failed reviews and delays → quantity a, quality b, timeliness c and the KPI.',
    ),
    asks: ['name', 'post', 'unit', 'month', 'year'],
    plan: (details) => planTasks(details),
    check: (s) => checkTasks(s),
  },
];
