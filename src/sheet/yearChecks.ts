/**
 * Check of the quarter and year forms (thads-nam, Phụ lục 03 of seed 000; hn-nam, the Hà Nội year), as a unit fills the
 * gallery's blank forms by hand or corrects a built one. What the sheet's native formulas would get wrong or leave out
 * silently is said: a month typed as text (COUNT, SUM and AVERAGE skip it), a score outside its range, a meeting score
 * outside 0 – (base + the period's bonuses), bands out of order, and a quarter or year with months missing (not counted,
 * never 0 — DOMAIN.md Roll-up).
 */
import { GRADES, msg, parseGrade, quarterMonths, YEAR_MONTHS, type Msg } from '../scoring';
import { THADS_BASE } from '../scoring/frameworks/thadsLs';
import { a1 } from './a1';
import { Q_BANDS, Q_COL, Q_ROW } from './quarter';
import { cellAt, isEmptyCell, textAt } from './read';
import type { CellValue, SheetIssue, SheetSnapshot } from './types';
import { monthsText } from './yearSources';
import { Y_COL, Y_ROW } from './year';

type Push = (code: string, severity: SheetIssue['severity'], cell: string, message: Msg) => void;

const issuesOf = (s: SheetSnapshot): { issues: SheetIssue[]; push: Push } => {
  const issues: SheetIssue[] = [];
  return { issues, push: (code, severity, cell, message) => issues.push({ code, severity, sheet: s.name, cell, criterion: '', message }) };
};

const fmt = (n: number): string => String(n).replace('.', ',');
const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** A number the sheet's formulas count, 'text' for something typed they skip, null for nothing. */
function typed(v: CellValue, ownText: RegExp | null = null): number | 'text' | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : 'text';
  if (isEmptyCell(v)) return null;
  if (ownText && typeof v === 'string' && ownText.test(v.trim())) return null;
  return 'text';
}

const notANumber = (where: string, v: CellValue): Msg =>
  msg(
    `${where}: "${String(v)}" không phải số — công thức của trang không tính ô này. Hãy nhập số (hoặc để trống nếu chưa có).`,
    `${where}: "${String(v)}" is not a number — the sheet's formulas skip this cell. Type a number (or leave it blank).`,
  );

/** thads-nam: Phụ lục 03 (four quarters and the year). */
export function checkThadsYear(s: SheetSnapshot): SheetIssue[] {
  const { issues, push } = issuesOf(s);
  // Bands: A ≥ B ≥ C when all three are typed.
  const bands = Q_BANDS.map(([r, c]) => ({ cell: a1(r, c), value: typed(cellAt(s, r, c)), raw: cellAt(s, r, c) }));
  bands.forEach((b, i) => {
    if (b.value === 'text') push('Y1', 'error', b.cell, notANumber(`Thang xếp loại, ${GRADES[i]!.letter}`, b.raw));
  });
  const [a = null, b = null, c = null] = bands.map((x) => (typeof x.value === 'number' ? x.value : null));
  if (a !== null && b !== null && c !== null && !(a >= b && b >= c)) {
    push('Y2', 'error', bands[0]!.cell, msg(`Thang xếp loại phải giảm dần: A từ ${fmt(a)}, B từ ${fmt(b)}, C từ ${fmt(c)}.`, `The bands must go down: A from ${a}, B from ${b}, C from ${c}.`));
  }
  const present: number[] = [];
  for (let q = 1; q <= 4; q++) {
    const r = Q_ROW.first + q - 1;
    const months = quarterMonths(q);
    const here: number[] = [];
    months.forEach((m, k) => {
      const col = Q_COL.month1 + k;
      const raw = cellAt(s, r, col);
      // A built sheet says "Thiếu tháng n" where a month has no sheet: its own words, not a typing error.
      const v = typed(raw, /^Thiếu tháng \d{1,2}$/);
      if (v === 'text') push('Y1', 'error', a1(r, col), notANumber(`Tháng ${m}`, raw));
      else if (v !== null) {
        here.push(m);
        if (v < 0) push('Y3', 'warning', a1(r, col), msg(`Tháng ${m}: tổng điểm âm (${fmt(v)}).`, `Month ${m}: a negative total (${v}).`));
      }
    });
    present.push(...here);
    if (here.length > 0 && here.length < 3) {
      const missing = months.filter((m) => !here.includes(m));
      push(
        'Y4',
        'warning',
        a1(r, Q_COL.month1 + months.indexOf(missing[0]!)),
        msg(
          `Quý ${ROMAN[q]} chưa đủ ba tháng: thiếu tháng ${monthsText(missing)} (không tính, không coi là 0 điểm); điểm quý tạm tính trên ${here.length} tháng.`,
          `Quarter ${q} is incomplete: month(s) ${monthsText(missing)} missing (not counted, not 0); scored on ${here.length} month(s) for now.`,
        ),
      );
    }
  }
  for (let i = 0; i < 5; i++) {
    const r = Q_ROW.first + i;
    const label = i === 4 ? 'Cả năm' : `Quý ${ROMAN[i + 1]}`;
    for (const col of [Q_COL.deductions, Q_COL.bonuses]) {
      const raw = cellAt(s, r, col);
      const v = typed(raw);
      if (v === 'text') push('Y1', 'error', a1(r, col), notANumber(`${label}, ${col === Q_COL.deductions ? 'tổng điểm trừ' : 'tổng điểm thưởng'}`, raw));
      else if (v !== null && v < 0) push('Y5', 'error', a1(r, col), msg(`${label}: tổng điểm ${col === Q_COL.deductions ? 'trừ' : 'thưởng'} ghi là số dương (${fmt(v)}).`, `${label}: totals are written as positive numbers (${v}).`));
    }
    const raw = cellAt(s, r, Q_COL.adjusted);
    const adjusted = typed(raw);
    const where = a1(r, Q_COL.adjusted);
    if (adjusted === 'text') {
      push('Y1', 'error', where, notANumber(`${label}, điểm sau họp chấm điểm`, raw));
      continue;
    }
    if (adjusted === null) continue;
    const bonuses = typed(cellAt(s, r, Q_COL.bonuses));
    const top = THADS_BASE + (typeof bonuses === 'number' && bonuses > 0 ? bonuses : 0);
    if (adjusted < 0 || adjusted > top) {
      push(
        'Y6',
        'error',
        where,
        msg(
          `${label}: điểm sau họp chấm điểm ${fmt(adjusted)} ngoài khoảng 0 – ${fmt(top)} (điểm chuẩn ${THADS_BASE} + tổng điểm thưởng của kỳ).`,
          `${label}: the meeting score ${adjusted} is outside 0 – ${top} (base ${THADS_BASE} + the period's bonuses).`,
        ),
      );
    }
  }
  const missing = YEAR_MONTHS.filter((m) => !present.includes(m));
  if (present.length > 0 && missing.length > 0) {
    push(
      'Y4',
      'info',
      a1(Q_ROW.first + 4, Q_COL.self),
      msg(`Cả năm: ${present.length}/12 tháng có điểm; thiếu tháng ${monthsText(missing)} (không tính).`, `The year: ${present.length}/12 months scored; month(s) ${monthsText(missing)} missing (not counted).`),
    );
  }
  return issues;
}

/** hn-nam: the Hà Nội year (twelve months, scores 0–100 — seed 004's monthly forms). */
export function checkHnYear(s: SheetSnapshot): SheetIssue[] {
  const { issues, push } = issuesOf(s);
  const present: number[] = [];
  YEAR_MONTHS.forEach((m, i) => {
    const r = Y_ROW.first + i;
    const raw = cellAt(s, r, Y_COL.score);
    const v = typed(raw);
    if (v === 'text') push('Y1', 'error', a1(r, Y_COL.score), notANumber(`Tháng ${m}`, raw));
    else if (v !== null) {
      present.push(m);
      if (v < 0 || v > 100) push('Y7', 'error', a1(r, Y_COL.score), msg(`Tháng ${m}: điểm ${fmt(v)} ngoài khoảng 0 – 100.`, `Month ${m}: the score ${v} is outside 0 – 100.`));
    }
    for (const [col, vi, en] of [
      [Y_COL.self, 'cá nhân tự xếp loại', 'self-grade'],
      [Y_COL.decided, 'mức do cấp có thẩm quyền quyết định', 'the authority’s grade'],
    ] as const) {
      const text = textAt(s, r, col);
      if (text !== '' && !parseGrade(text).ok) {
        push('Y8', 'warning', a1(r, col), msg(`Tháng ${m}, ${vi}: "${text}" không phải một mức xếp loại (A, B, C, D hoặc tên mức).`, `Month ${m}, ${en}: "${text}" is not a grade (A, B, C, D or its name).`));
      }
    }
  });
  const missing = YEAR_MONTHS.filter((m) => !present.includes(m));
  if (present.length > 0 && missing.length > 0) {
    push(
      'Y4',
      'info',
      a1(Y_ROW.first + 12, Y_COL.score),
      msg(`Cả năm: ${present.length}/12 tháng có điểm; thiếu tháng ${monthsText(missing)} (không tính, không coi là 0 điểm).`, `The year: ${present.length}/12 months scored; month(s) ${monthsText(missing)} missing (not counted, not 0).`),
    );
  }
  return issues;
}
