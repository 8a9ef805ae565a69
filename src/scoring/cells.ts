/**
 * The core as Excel cells see it: raw cell values in (numbers, texts, blanks as null or 0, ranges as 2-D arrays),
 * a Result out. The custom functions (src/functions) are one line over each of these; the HyperFormula plugin of
 * the preview and tests calls the same.
 */
import { findCriterion, scoreCriterion } from './criterion';
import { excelSerialOfTime, monthlyDeadlineTime, MONTHLY_STEPS, type MonthlyStep } from './deadlines';
import { checkEvidenceRow, evidenceRowOf, type EvidenceIssue } from './evidence';
import { getFramework, FRAMEWORK_IDS } from './frameworks';
import { bandsFromMins, gradeInfo, gradeOf, MONTHLY_BANDS, parseGrade } from './grades';
import { messages, msg, type Msg } from './messages';
import { isAmbiguousGrouping, parseVietnameseNumber, plainNumberText } from './numbers';
import { isBlank, isPlainNumber, normalizeChoice, readInput, readInputs, scalarOf, type InputSpec, type RawValue } from './params';
import { checkQuotaCap, maxAllowedA, QUOTA_CAP } from './quota';
import { fail, ok, type Result, type ScoreError } from './result';
import { rollupFlags, rollupScore } from './rollup';
import { round } from './round';
import { bracketPoints } from './rules/brackets';
import { compare, comparePoints } from './rules/compare';
import { deductedPoints } from './rules/cappedDeduction';
import { checkLeaderParts, kpiComponents, kpiPercent, monthlyScore, type WorkItem } from './rules/kpi';
import { ratioPoints } from './rules/ratio';
import { surveyPoints, SURVEY_MODES, type SurveyMode } from './rules/survey';
import type { Criterion, Framework, GradeBand, GradeCode } from './types';

export type Range = RawValue | readonly (readonly RawValue[])[];

/** Rows × columns of what Excel passed; a single value is 1×1; null when the rows are of different lengths. */
export function shapeOf(r: Range): readonly [number, number] | null {
  if (!Array.isArray(r)) return [1, 1];
  const rows = r as readonly unknown[];
  if (rows.length === 0) return [0, 0];
  const first = rows[0];
  const cols = Array.isArray(first) ? first.length : -1;
  for (const row of rows) if (!Array.isArray(row) || row.length !== cols) return null;
  return [rows.length, cols];
}

const shapeText = (s: readonly [number, number] | null): string => (s ? `${s[0]}×${s[1]}` : '?');

/** The cells of a range, row by row (one column: without copying each row). */
function flat(r: Range): RawValue[] {
  if (!Array.isArray(r)) return [r as RawValue];
  const rows = r as readonly (readonly RawValue[])[];
  if (rows.length === 1 && Array.isArray(rows[0])) return rows[0] as RawValue[];
  const out: RawValue[] = [];
  for (const row of rows) {
    if (!Array.isArray(row)) out.push(row as unknown as RawValue);
    else if (row.length === 1) out.push(row[0]);
    else for (const x of row) out.push(x);
  }
  return out;
}

/** A range argument that must be rectangular: its cells, or the error naming it. */
function cellsOf(r: Range, label: Msg): Result<RawValue[]> {
  return shapeOf(r) ? ok(flat(r)) : fail('value', messages.notRectangular(label));
}

/** Ranges that pair cell by cell must have the same shape (issue 15): the message names the one that differs. */
function sameShape(a: Range, b: Range, la: Msg, lb: Msg): ScoreError | null {
  const sa = shapeOf(a);
  const sb = shapeOf(b);
  if (!sa) return fail('value', messages.notRectangular(la)).error;
  if (!sb) return fail('value', messages.notRectangular(lb)).error;
  return sa[0] === sb[0] && sa[1] === sb[1] ? null : fail('value', messages.shapeMismatch(la, lb, shapeText(sa), shapeText(sb))).error;
}

const NO_TEXT: Result<string> = ok('');

/**
 * A text parameter (an id, a mode, an evidence reference): an error passes through; a blank cell — null on the web,
 * 0 on desktop — is blank: a text is never the number 0 (issue 9).
 */
function textOf(raw: RawValue, label: Msg): Result<string> {
  if (raw === null || raw === undefined || raw === 0) return NO_TEXT;
  if (typeof raw === 'string') return isBlank(raw) ? NO_TEXT : ok(raw);
  const v = scalarOf(label, raw);
  if (!v.ok) return v;
  return ok(isBlank(v.value) || v.value === 0 ? '' : String(v.value));
}

const spec = (key: string, vi: string, en: string, type: InputSpec['type'], extra: Partial<InputSpec> = {}): InputSpec => ({
  key,
  label: msg(vi, en),
  type,
  ...extra,
});

/*
 * Blank cells (issue 9): Excel desktop passes a blank cell as 0, Excel on the web as null; inside a range both pass 0.
 * Every one-cell number parameter is therefore either `default: 0` (blank reads as 0 everywhere: counts, deductions,
 * points) or `zeroIsBlank` (0 reads as blank everywhere, where 0 means nothing sensible: a maximum, a threshold, a
 * year). The README's "Ô trống / Blank cells" table lists each decision.
 */
const MAX = spec('maxPoints', 'Điểm tối đa', 'Maximum points', 'number', { zeroIsBlank: true });

function numbers(specs: readonly InputSpec[], raws: readonly RawValue[]): Result<number[]> {
  const out: number[] = [];
  for (let i = 0; i < specs.length; i++) {
    const n = number(specs[i]!, raws[i]);
    if (typeof n !== 'number') return n;
    out.push(n);
  }
  return ok(out);
}

/** One number cell: the number, or the error. No allocation for a plain number. */
function number(s: InputSpec, raw: RawValue): number | { readonly ok: false; readonly error: ScoreError } {
  if (isPlainNumber(s, raw)) return raw as number;
  if (typeof raw === 'string') {
    const n = plainNumberText(raw);
    if (n !== null && isPlainNumber(s, n)) return n;
  }
  const r = readInput(s, raw);
  return r.ok ? (r.value as number) : r;
}

const map = <T, U>(r: Result<T>, f: (v: T) => U): Result<U> => (r.ok ? ok(f(r.value)) : r);
const then = <T, U>(r: Result<T>, f: (v: T) => Result<U>): Result<U> => (r.ok ? f(r.value) : r);

const RATIO_SPECS = [
  spec('achieved', 'Số đạt được', 'Achieved', 'number', { default: 0 }),
  spec('target', 'Chỉ tiêu', 'Target', 'number', { default: 0 }),
  MAX,
  spec('minRatio', 'Tỷ lệ tối thiểu', 'Minimum ratio', 'fraction', { default: 0.8, zeroIsBlank: true }),
];

/** CCHC.RATIO — DOMAIN.md rule 2. */
export function ratioCell(achieved: RawValue, target: RawValue, maxPoints: RawValue, minRatio?: RawValue): Result<number> {
  return then(numbers(RATIO_SPECS, [achieved, target, maxPoints, minRatio]), ([a, t, m, min]) => map(ratioPoints(a!, t!, m!, min!), round));
}

const MODE = msg('Chế độ', 'Mode');

const LITERAL: Result<SurveyMode> = ok('literal');

function readMode(raw: RawValue): Result<SurveyMode> {
  if (raw === null || raw === undefined || raw === 0) return LITERAL;
  return then(textOf(raw, MODE), (text) => {
    if (text.trim() === '') return ok('literal');
    const v = normalizeChoice(text);
    const found = SURVEY_MODES.find((m) => m === v);
    return found ? ok(found) : fail('value', messages.unknownMode(text, SURVEY_MODES));
  });
}

const COUNTS = msg('Số người trả lời', 'Respondent counts');
const SURVEY_SPECS = [
  ...[1, 2, 3, 4, 5].map((i) => spec(`n${i}`, `Số người chọn "${i}"`, `Respondents choosing "${i}"`, 'count', { default: 0 })),
  spec('maxPoints', 'Điểm tối đa', 'Maximum points', 'number', { zeroIsBlank: true }),
];

/** CCHC.SURVEY — DOMAIN.md rule 3: five counts (answers 1…5), one row or one column. */
export function surveyCell(counts: Range, maxPoints: RawValue, mode?: RawValue): Result<number> {
  const shape = shapeOf(counts);
  if (!shape) return fail('value', messages.notRectangular(COUNTS));
  const n = shape[0] * shape[1];
  if (n !== 5) return fail('value', msg(`Cần đúng 5 ô đếm (phương án 1…5), nhận ${n}.`, `Needs exactly 5 counts (answers 1…5), got ${n}.`));
  const cells = flat(counts);
  const vals: number[] = [];
  for (let i = 0; i < 5; i++) {
    const c = number(SURVEY_SPECS[i]!, cells[i]);
    if (typeof c !== 'number') return c;
    vals.push(c);
  }
  const max = number(SURVEY_SPECS[5]!, maxPoints);
  if (typeof max !== 'number') return max;
  const m = readMode(mode);
  if (!m.ok) return m;
  const points = surveyPoints(vals, max, m.value);
  return points.ok ? ok(round(points.value)) : points;
}

const BOUND = spec('bound', 'Ngưỡng dưới', 'Lower bound', 'number', { signed: true });
const BRACKET_POINTS = spec('points', 'Điểm', 'Points', 'number', { signed: true });
const BRACKET_VALUE = spec('value', 'Giá trị', 'Value', 'number', { signed: true, default: 0 });
const blankOrZero = (x: RawValue) => x === 0 || isBlank(x);

/** CCHC.BRACKET — DOMAIN.md rule 10. A row whose bound and points are both blank or 0 is an empty row of the table (Excel passes blank cells of a range as 0). */
export function bracketCell(value: RawValue, lowerBounds: Range, points: Range): Result<number> {
  const shape = sameShape(lowerBounds, points, BOUND.label, BRACKET_POINTS.label);
  if (shape) return { ok: false, error: shape };
  const v = number(BRACKET_VALUE, value);
  if (typeof v !== 'number') return v;
  const bs = flat(lowerBounds);
  const ps = flat(points);
  const bounds: number[] = [];
  const pts: number[] = [];
  for (let i = 0; i < bs.length; i++) {
    if (blankOrZero(bs[i]) && blankOrZero(ps[i])) continue;
    const b = number(BOUND, bs[i]);
    if (typeof b !== 'number') return b;
    const p = number(BRACKET_POINTS, ps[i]);
    if (typeof p !== 'number') return p;
    bounds.push(b);
    pts.push(p);
  }
  return bracketPoints(v, bounds, pts);
}

export function readBoolean(raw: RawValue, label: Msg): Result<boolean> {
  if (raw !== null && typeof raw === 'object') return then(scalarOf(label, raw), (v) => readBoolean(v, label));
  if (isBlank(raw) || raw === false || raw === 0) return ok(false);
  if (raw === true || raw === 1) return ok(true);
  const v = normalizeChoice(String(raw));
  if (['true', 'x', 'có', 'co', 'yes', 'đúng', '1'].includes(v)) return ok(true);
  if (['false', 'không', 'khong', 'no', 'sai', '0'].includes(v)) return ok(false);
  return fail('value', messages.unknownChoice(label, String(raw), ['TRUE', 'FALSE', 'x', 'có', 'không']));
}

/** This year's and last year's values: a score or a rank is never 0, so 0 is a blank desktop cell (the rule's own inputs, rules/compare.ts). */
const COMPARE_SPECS = [
  ...compare({ higher: 1, equal: 0.5, lower: 0, smallerIsBetter: false }).inputs,
  spec('higher', 'Điểm khi tốt hơn', 'Points if better', 'number', { default: 0 }),
  spec('equal', 'Điểm khi bằng', 'Points if equal', 'number', { default: 0 }),
  spec('lower', 'Điểm khi kém hơn', 'Points if worse', 'number', { default: 0 }),
];
const SMALLER_IS_BETTER = msg('Số nhỏ hơn là tốt hơn', 'Smaller is better');

/** CCHC.COMPARE — DOMAIN.md rule 5. */
export function compareCell(
  current: RawValue,
  previous: RawValue,
  higher: RawValue,
  equal: RawValue,
  lower: RawValue,
  smallerIsBetter?: RawValue,
): Result<number> {
  return then(numbers(COMPARE_SPECS, [current, previous, higher, equal, lower]), ([c, p, h, e, l]) =>
    map(readBoolean(smallerIsBetter, SMALLER_IS_BETTER), (s) => comparePoints(c!, p!, { higher: h!, equal: e!, lower: l!, smallerIsBetter: s })),
  );
}

const TEMPLATE = msg('Mã khung tiêu chí', 'Framework id');
const CRITERION = msg('Mã tiêu chí', 'Criterion id');

function frameworkOf(templateId: RawValue): Result<Framework> {
  return then(textOf(templateId, TEMPLATE), (id) => {
    const fw = getFramework(id);
    return fw ? ok(fw) : fail('na', messages.unknownTemplate(id, FRAMEWORK_IDS));
  });
}

function criterionOf(templateId: RawValue, criterionId: RawValue): Result<Criterion> {
  return then(frameworkOf(templateId), (fw) =>
    then(textOf(criterionId, CRITERION), (id) => {
      const placed = findCriterion(fw, id);
      return placed ? ok(placed.node) : fail('na', messages.unknownCriterion(fw.id, id));
    }),
  );
}

/** One range per input cell of a criterion: more than a rule ever takes is refused before the cells are copied. */
const MAX_SCORE_INPUTS = 16;
const INPUTS = msg('Dữ liệu của tiêu chí', 'Criterion inputs');

/** CCHC.SCORE — the points of one criterion of a built-in framework, by its own rule. `inputs`: one range per argument, as Excel passes a repeating parameter. */
export function scoreCell(templateId: RawValue, criterionId: RawValue, inputs: readonly Range[]): Result<number> {
  return then(criterionOf(templateId, criterionId), (node) => {
    const raws: RawValue[] = [];
    for (const input of inputs) {
      const shape = shapeOf(input);
      if (!shape) return fail('value', messages.notRectangular(INPUTS));
      if (raws.length + shape[0] * shape[1] > MAX_SCORE_INPUTS) return fail('value', messages.tooManyInputs(node.rule?.inputs.length ?? 0, raws.length + shape[0] * shape[1]));
      for (const cell of flat(input)) {
        const v = scalarOf(INPUTS, cell);
        if (!v.ok) return v;
        raws.push(v.value);
      }
    }
    return scoreCriterion(node, raws);
  });
}

/** CCHC.MAXPOINTS */
export function maxPointsCell(templateId: RawValue, criterionId: RawValue): Result<number> {
  return then(criterionOf(templateId, criterionId), (node) => (node.maxPoints === null ? fail('na', messages.notScorable(node.id)) : ok(node.maxPoints)));
}

/** A total or a monthly score: never 0 in practice, so 0 (a blank desktop cell) is blank — no grade is given for an empty cell. */
const SCORE = spec('score', 'Điểm', 'Score', 'number', { zeroIsBlank: true, signed: true });
const DEFAULT_TOTAL_MAX = 100;

const BANDS_LABEL = msg('Thang xếp loại', 'Grade bands');

/**
 * An optional bands argument: the lowest points of A, B, C (three cells, like a sheet's bands block). Inside a range a
 * blank cell arrives as 0 on every Excel, and a band's lowest points are never 0: 0 is blank. All three blank: null
 * (no bands given); some blank, not numbers or not descending: an error (bandsFromMins).
 */
function bandsArg(raw: Range | undefined): Result<readonly GradeBand[] | null> {
  if (raw === undefined || raw === null || (!Array.isArray(raw) && (raw === 0 || isBlank(raw as RawValue)))) return ok(null);
  return then(cellsOf(raw, BANDS_LABEL), (cells) => {
    if (cells.length !== 3) return fail('value', messages.bandsInvalid());
    const mins: RawValue[] = [];
    for (const c of cells) {
      const v = scalarOf(BANDS_LABEL, c);
      if (!v.ok) return v;
      mins.push(v.value === 0 ? null : v.value);
    }
    return bandsFromMins(mins);
  });
}

/**
 * CCHC.CLASSIFY — the level's full Vietnamese name, by the bands given, else the framework's bands (default bands
 * when none); a framework with no bands until set (thads-ls) and no bands given is #N/A "Chưa có thang xếp loại".
 * Above the framework's total it is an error, as KPI.GRADE above 100.
 */
export function classifyCell(total: RawValue, templateId?: RawValue, bands?: Range): Result<string> {
  return then(textOf(templateId ?? null, TEMPLATE), (id) => {
    const fw = id.trim() === '' ? ok(null) : frameworkOf(id);
    return then(fw, (f) =>
      then(bandsArg(bands), (given) =>
        then(numbers([SCORE], [total]), ([t]) => {
          const max = f ? f.totalMax : DEFAULT_TOTAL_MAX;
          if (max !== null && t! > max + 1e-9) return fail('value', messages.scoreOutOfRange(t!, max));
          if (!given && f?.bandsUntilSet) return fail('na', messages.noBands());
          return ok(gradeInfo(gradeOf(t!, given ?? (f ? f.bands : MONTHLY_BANDS))).name.vi);
        }),
      ),
    );
  });
}

export type GradeStyle = 'letter' | 'code' | 'name';
const GRADE_STYLES: readonly GradeStyle[] = ['letter', 'code', 'name'];
const STYLE = msg('Kiểu hiển thị', 'Style');

/** KPI.GRADE — seed 004 §3.1 bands. */
const styles = new Map<string, GradeStyle | undefined>();
const styleOf = (text: string): GradeStyle | undefined => {
  if (!styles.has(text)) {
    const st = text.trim() === '' ? 'letter' : normalizeChoice(text);
    if (styles.size < 64) styles.set(text, GRADE_STYLES.find((s) => s === st));
    else return GRADE_STYLES.find((s) => s === st);
  }
  return styles.get(text);
};

/** KPI.GRADE — by the bands given (the lowest points of A, B, C), else seed 004 §3.1's. */
export function gradeCell(score: RawValue, style?: RawValue, bands?: Range): Result<string> {
  return then(textOf(style ?? null, STYLE), (text) => {
    const found = styleOf(text);
    if (!found) return fail('value', messages.unknownMode(text, GRADE_STYLES));
    return then(bandsArg(bands), (given) =>
      then(numbers([SCORE], [score]), ([s]) => {
        if (s! > 100 + 1e-9) return fail('value', messages.scoreOutOfRange(s!, 100));
        const g = gradeInfo(gradeOf(s!, given ?? MONTHLY_BANDS));
        return ok(found === 'letter' ? g.letter : found === 'code' ? g.code : g.name.vi);
      }),
    );
  });
}

type Column = 'completed' | 'assigned' | 'times' | 'coefficient' | 'excused';

const WORK_LABELS = {
  completed: msg('Số hoàn thành', 'Completed'),
  assigned: msg('Số được giao', 'Assigned'),
  delays: msg('Số lần chậm tiến độ', 'Delays'),
  failedReviews: msg('Số lần không đạt chất lượng', 'Failed reviews'),
  coefficient: msg('Hệ số quy đổi', 'Coefficient'),
  excused: msg('Nguyên nhân khách quan', 'Objective cause'),
} as const;
const WORK_SPECS = {
  completed: { key: 'completed', label: WORK_LABELS.completed, type: 'number', default: 0 },
  assigned: { key: 'assigned', label: WORK_LABELS.assigned, type: 'number' },
  delays: { key: 'times', label: WORK_LABELS.delays, type: 'count', default: 0 },
  failedReviews: { key: 'times', label: WORK_LABELS.failedReviews, type: 'count', default: 0 },
  coefficient: { key: 'coefficient', label: WORK_LABELS.coefficient, type: 'number', default: 1, zeroIsBlank: true },
} as const satisfies Record<string, InputSpec>;

const given = (r: Range | undefined): r is Range => r !== undefined && (Array.isArray(r) || !isBlank(r as RawValue));

/**
 * Work items from the columns of the monthly work plan. Rows with neither assigned nor completed (blank, or 0 as Excel
 * passes a blank cell of a range) are skipped; every given column must have the assigned column's shape.
 */
export function workItems(
  completed: Range,
  assigned: Range,
  times: Range | undefined,
  coefficients: Range | undefined,
  excused: Range | undefined,
  timesKind: 'failedReviews' | 'delays',
): Result<WorkItem[]> {
  const labels: Record<Column, Msg> = { ...WORK_LABELS, times: WORK_LABELS[timesKind] };
  const others: [Column, Range | undefined][] = [['completed', completed], ['times', times], ['coefficient', coefficients], ['excused', excused]];
  if (!shapeOf(assigned)) return fail('value', messages.notRectangular(labels.assigned));
  for (const [k, r] of others) {
    if (!given(r)) continue;
    const bad = sameShape(assigned, r, labels.assigned, labels[k]);
    if (bad) return { ok: false, error: bad };
  }
  const as = flat(assigned);
  const cs = flat(completed);
  const ts = given(times) ? flat(times) : null;
  const ks = given(coefficients) ? flat(coefficients) : null;
  const xs = given(excused) ? flat(excused) : null;
  const timesSpec = WORK_SPECS[timesKind];
  const items: WorkItem[] = [];
  for (let i = 0; i < as.length; i++) {
    const ra = as[i];
    const rc = cs[i];
    if (blankOrZero(ra) && blankOrZero(rc)) continue;
    const c = number(WORK_SPECS.completed, rc);
    if (typeof c !== 'number') return c;
    const a = number(WORK_SPECS.assigned, ra);
    if (typeof a !== 'number') return a;
    const n = ts ? number(timesSpec, ts[i]) : 0;
    if (typeof n !== 'number') return n;
    const k = ks ? number(WORK_SPECS.coefficient, ks[i]) : 1;
    if (typeof k !== 'number') return k;
    const rx = xs?.[i];
    let excusedRow = false;
    if (rx !== undefined && rx !== 0 && rx !== null && rx !== false) {
      const ex = readBoolean(rx, labels.excused);
      if (!ex.ok) return ex;
      excusedRow = ex.value;
    }
    items.push({
      coefficient: k,
      assigned: a,
      completed: c,
      failedReviews: timesKind === 'failedReviews' ? n : 0,
      delays: timesKind === 'delays' ? n : 0,
      excused: excusedRow,
    });
  }
  return ok(items);
}

/** KPI.QUANTITY — a as a fraction. */
export const kpiQuantityCell = (completed: Range, assigned: Range, coefficients?: Range): Result<number> =>
  then(workItems(completed, assigned, undefined, coefficients, undefined, 'delays'), (items) => map(kpiComponents(items), (c) => c.quantity));

/** KPI.QUALITY — b as a fraction. */
export const kpiQualityCell = (completed: Range, assigned: Range, failedReviews: Range, coefficients?: Range, excused?: Range) =>
  then(workItems(completed, assigned, failedReviews, coefficients, excused, 'failedReviews'), (items) => map(kpiComponents(items), (c) => c.quality));

/** KPI.TIMELINESS — c as a fraction. */
export const kpiTimelinessCell = (completed: Range, assigned: Range, delays: Range, coefficients?: Range, excused?: Range) =>
  then(workItems(completed, assigned, delays, coefficients, excused, 'delays'), (items) => map(kpiComponents(items), (c) => c.timeliness));

/** a, b, c: a blank part is 0% (0 is a real result); a leader's d, đ, e are 50% or 100%, never 0: a 0 is a blank. */
const part = (key: string, vi: string, en: string, optional = false) =>
  spec(key, vi, en, 'fraction', optional ? { optional: true, zeroIsBlank: true } : { default: 0 });

const RESULT_SPECS = [
  part('a', 'Số lượng (a)', 'Quantity (a)'),
  part('b', 'Chất lượng (b)', 'Quality (b)'),
  part('c', 'Tiến độ (c)', 'Timeliness (c)'),
  part('d', 'Kết quả hoạt động của đơn vị (d)', 'Unit results (d)', true),
  part('dd', 'Khả năng tổ chức triển khai (đ)', 'Organising (đ)', true),
  part('e', 'Năng lực tập hợp, đoàn kết (e)', 'Uniting (e)', true),
];

/** KPI.RESULT — (a+b+c)/3, or (a+b+c+d+đ+e)/6 when d, đ, e are given (leaders). */
export function kpiResultCell(a: RawValue, b: RawValue, c: RawValue, d?: RawValue, dd?: RawValue, e?: RawValue): Result<number> {
  return then(readInputs(RESULT_SPECS, [a, b, c, d, dd, e]), (v) => {
    const leaderParts = ['d', 'dd', 'e'].map((k) => v[k]);
    const count = leaderParts.filter((x) => x !== undefined).length;
    if (count > 0 && count < 3) {
      const missing = RESULT_SPECS.slice(3).find((s) => v[s.key] === undefined)!;
      return fail('value', messages.missing(missing.label));
    }
    const keys = count === 3 ? ['a', 'b', 'c', 'd', 'dd', 'e'] : ['a', 'b', 'c'];
    const bad = count === 3 ? checkLeaderParts(leaderParts as number[]) : null;
    if (bad) return bad;
    return ok(kpiPercent(keys.map((k) => v[k] as number)));
  });
}

const GENERAL_MAX = 30;
const MONTHLY_SPECS = [spec('general', 'Điểm tiêu chí chung', 'General points', 'number', { default: 0 }), part('kpi', 'Kết quả KPI', 'KPI result')];

/** KPI.MONTHLY — general points (≤ 30) + KPI × 70, rounded to 2 decimals. */
export function kpiMonthlyCell(generalPoints: RawValue, kpi: RawValue): Result<number> {
  return then(numbers(MONTHLY_SPECS, [generalPoints, kpi]), ([g, k]) =>
    g! > GENERAL_MAX + 1e-9 ? fail('value', messages.scoreOutOfRange(g!, GENERAL_MAX)) : ok(round(monthlyScore(g!, k!))),
  );
}

const DEDUCT_SPECS = [MAX, spec('deduction', 'Điểm trừ', 'Deduction', 'number', { default: 0 })];

/** KPI.DEDUCT — DOMAIN.md rule 9. */
export const kpiDeductCell = (maxPoints: RawValue, deduction: RawValue): Result<number> =>
  map(numbers(DEDUCT_SPECS, [maxPoints, deduction]), ([m, d]) => round(deductedPoints(m!, d!)));

const CAP = spec('cap', 'Tỷ lệ trần', 'Cap', 'fraction', { default: QUOTA_CAP, zeroIsBlank: true });
const GRADES_LABEL = msg('Xếp loại', 'Grades');

/**
 * KPI.QUOTA — how many A the group may keep. Blank grade cells (heads of unit, section headers of Mẫu 1A) are not
 * counted; Excel passes them as 0, and a grade is never the number 0. Each distinct spelling is read once.
 */
export function kpiQuotaCell(grades: Range, cap?: RawValue): Result<number> {
  return then(numbers([CAP], [cap]), ([typed]) =>
    then(checkQuotaCap(typed!), (c) => then(cellsOf(grades, GRADES_LABEL), (cells) => {
      let nA = 0;
      let nB = 0;
      const seen = new Map<string, GradeCode>();
      for (const raw of cells) {
        if (raw === 0 || isBlank(raw)) continue;
        let code = typeof raw === 'string' ? seen.get(raw) : undefined;
        if (code === undefined) {
          const v = scalarOf(GRADES_LABEL, raw);
          if (!v.ok) return v;
          if (v.value === 0 || isBlank(v.value)) continue;
          const g = parseGrade(String(v.value));
          if (!g.ok) return g;
          code = g.value;
          if (typeof raw === 'string') seen.set(raw, code);
        }
        if (code === 'HTXSNV') nA++;
        else if (code === 'HTTNV') nB++;
      }
      return ok(maxAllowedA(nA, nB, c));
    })),
  );
}

const MONTH_SCORE = spec('month', 'Điểm tháng', 'Monthly score', 'number', { optional: true, zeroIsBlank: true });
const MONTHS = msg('Điểm các tháng', 'Monthly scores');

/** The months of a roll-up, in order: null where a month has no score (blank, or 0 as Excel passes a blank cell of a range). */
function monthsOf(monthlyScores: Range): Result<(number | null)[]> {
  return then(cellsOf(monthlyScores, MONTHS), (cells) => {
    const months: (number | null)[] = [];
    for (const raw of cells) {
      if (raw === 0) {
        months.push(null);
        continue;
      }
      if (isPlainNumber(MONTH_SCORE, raw)) {
        months.push(raw as number);
        continue;
      }
      const r = readInput(MONTH_SCORE, raw);
      if (!r.ok) return r;
      months.push(typeof r.value === 'number' ? r.value : null);
    }
    return ok(months);
  });
}

/** KPI.ANNUAL — mean of the months present (DOMAIN.md Roll-up Decision). A month's score is never 0 in practice, so 0 is a blank desktop cell. */
export function kpiAnnualCell(monthlyScores: Range): Result<number> {
  return then(monthsOf(monthlyScores), rollupScore);
}

const OVERRIDES = msg('Lý do không hoàn thành nhiệm vụ', 'Override reasons');
export const NOTHING_FLAGGED = 'Không có tháng cần lưu ý';
/** A reason is quoted, not copied: the flag stays a short text beside the result. */
const REASON_MAX = 60;

/**
 * KPI.ANNUALFLAGS — what is flagged beside KPI.ANNUAL's result, not applied (DOMAIN.md Roll-up; rollupFlags): the
 * months graded D by their score and the months with an override reason, numbered in the order given. An override
 * reason is a text: a blank cell (0 inside a range) is no override. Nothing to flag: "Không có tháng cần lưu ý".
 */
export function kpiAnnualFlagsCell(monthlyScores: Range, overrides?: Range): Result<string> {
  return then(monthsOf(monthlyScores), (months) => {
    const reasons: (string | null)[] = [];
    if (overrides !== undefined && overrides !== null) {
      const bad = Array.isArray(overrides) ? sameShape(monthlyScores, overrides, MONTHS, OVERRIDES) : null;
      if (bad) return { ok: false, error: bad };
      for (const raw of flat(overrides)) {
        const t = textOf(raw, OVERRIDES);
        if (!t.ok) return t;
        const reason = t.value.trim();
        reasons.push(reason === '' ? null : reason.length > REASON_MAX ? `${reason.slice(0, REASON_MAX - 1)}…` : reason);
      }
    }
    const flags = rollupFlags(months, reasons);
    return ok(flags ? flags.vi : NOTHING_FLAGGED);
  });
}

const OCCURRENCE_POINTS = spec('points', 'Điểm mỗi lần', 'Points per occurrence', 'number', { default: 0 });
const TIMES = spec('times', 'Số lần', 'Times', 'count', { default: 0 });
const BASE = spec('base', 'Điểm chuẩn', 'Base', 'number', { default: 200, zeroIsBlank: true });

/** Σ points × times over two ranges of the same shape. */
function occurrences(points: Range, times: Range): Result<number> {
  const bad = sameShape(points, times, OCCURRENCE_POINTS.label, TIMES.label);
  if (bad) return { ok: false, error: bad };
  const ps = flat(points);
  const ts = flat(times);
  let sum = 0;
  for (let i = 0; i < ps.length; i++) {
    const rp = ps[i];
    const rt = ts[i];
    const p = number(OCCURRENCE_POINTS, rp);
    if (typeof p !== 'number') return p;
    const t = number(TIMES, rt);
    if (typeof t !== 'number') return t;
    sum += p * t;
  }
  return ok(sum);
}

/** THADS.TOTAL — seed 000 §2: base − Σ deductions × times + Σ bonuses × times. No cap; may be negative. */
export function thadsTotalCell(
  deductionPoints: Range,
  deductionTimes: Range,
  bonusPoints: Range,
  bonusTimes: Range,
  base?: RawValue,
): Result<number> {
  return then(numbers([BASE], [base]), ([b]) =>
    then(occurrences(deductionPoints, deductionTimes), (d) => map(occurrences(bonusPoints, bonusTimes), (bonus) => round(b! - d + bonus))),
  );
}

const VALUE = msg('Giá trị', 'Value');

/** CCHC.NUMBER — a number written the Vietnamese way ("8,5", "1.234.567", "95%"). A blank cell is 0, as Excel's VALUE of an empty cell. */
export function numberCell(value: RawValue): Result<number> {
  return then(scalarOf(VALUE, value), (v) => {
    if (typeof v === 'number') return Number.isFinite(v) ? ok(v) : fail('num', messages.notFinite(VALUE));
    if (v === null || v === undefined) return ok(0);
    if (isBlank(v)) return fail('value', messages.missing(VALUE));
    const text = String(v);
    if (isAmbiguousGrouping(text)) return fail('value', messages.ambiguousNumber(VALUE, text));
    const n = parseVietnameseNumber(text);
    return n === null ? fail('value', messages.notANumber(VALUE, text)) : ok(n);
  });
}

const STEP_ALIASES: Readonly<Record<string, MonthlyStep>> = {
  self: 'self', 'tự đánh giá': 'self', 'tu danh gia': 'self',
  review: 'review', 'nhận xét': 'review', 'nhan xet': 'review',
  decision: 'decision', 'quyết định': 'decision', 'quyet dinh': 'decision', 'xếp loại': 'decision',
  publish: 'publish', 'công khai': 'publish', 'cong khai': 'publish',
};
const STEP = msg('Bước', 'Step');
const DEADLINE_SPECS = [spec('year', 'Năm', 'Year', 'count', { zeroIsBlank: true }), spec('month', 'Tháng', 'Month', 'count', { zeroIsBlank: true })];

/** KPI.DEADLINE — the date (Excel serial) before which a step of the monthly round must be done (seed 004). */
const steps = new Map<string, MonthlyStep | undefined>();
const stepOf = (text: string): MonthlyStep | undefined => {
  const known = steps.get(text);
  if (known !== undefined || steps.has(text)) return known;
  const st = text.trim() === '' ? 'self' : STEP_ALIASES[normalizeChoice(text)];
  if (steps.size < 64) steps.set(text, st);
  return st;
};

export function deadlineCell(year: RawValue, month: RawValue, step?: RawValue): Result<number> {
  return then(textOf(step ?? null, STEP), (text) => {
    const st = stepOf(text);
    if (!st) return fail('value', messages.unknownStep(text, [...MONTHLY_STEPS, 'tự đánh giá', 'nhận xét', 'quyết định', 'công khai']));
    return then(numbers(DEADLINE_SPECS, [year, month]), ([y, m]) => map(monthlyDeadlineTime(y!, m!, st), excelSerialOfTime));
  });
}

const EVIDENCE = msg('Tài liệu kiểm chứng', 'Evidence');
const EXPLANATION = msg('Giải trình', 'Explanation');
const REQUIREMENT = msg('Yêu cầu tài liệu', 'Requirement');
const SELF_SCORE = spec('selfScore', 'Điểm tự chấm', 'Self-score', 'number', { optional: true });

/** The criterion an evidence check is for: none when both ids are blank; one without the other is missing. */
function evidenceCriterion(templateId: RawValue, criterionId: RawValue): Result<Criterion | null> {
  return then(textOf(templateId, TEMPLATE), (t) =>
    then(textOf(criterionId, CRITERION), (c) => {
      if (t.trim() === '' && c.trim() === '') return ok(null);
      if (c.trim() === '') return fail('na', messages.missing(CRITERION));
      if (t.trim() === '') return fail('na', messages.missing(TEMPLATE));
      return criterionOf(t, c);
    }),
  );
}

/** One issue as the cell shows it: "E2: …"; a warning "E3 (cảnh báo): …", so that a sheet testing for "E3:" counts only the fatal ones. */
const issueText = (i: EvidenceIssue): string => `${i.code}${i.severity === 'warning' ? ' (cảnh báo)' : ''}: ${i.message.vi}`;

/**
 * CCHC.EVIDENCE — E1–E5 on one row: "OK", or the codes with their Vietnamese messages. The evidence, the explanation
 * and the requirement are texts: a blank cell (0 on desktop, null on the web) is no text, so a blank evidence cell is E1.
 * With a criterion (templateId, criterionId) the check is the core's for that criterion (src/scoring/evidence.ts,
 * evidenceRowOf): the figures warning for criteria scored from figures, the criteria the council scores itself, and
 * 7.2's limit of the report date. The requirement is always the argument (the sheet's hidden requirement column):
 * the functions bundle leaves the frameworks' long texts out (scripts/strip-framework-text.cjs), and Excel, the
 * preview and the CLI must answer alike.
 */
export function evidenceCell(
  evidence: RawValue,
  explanation: RawValue,
  requirement?: RawValue,
  selfScore?: RawValue,
  templateId?: RawValue,
  criterionId?: RawValue,
): Result<string> {
  // Called once per row over whole columns: each step returns early, without a closure per argument.
  const s = readInput(SELF_SCORE, selfScore);
  if (!s.ok) return s;
  const node = evidenceCriterion(templateId ?? null, criterionId ?? null);
  if (!node.ok) return node;
  const ev = textOf(evidence, EVIDENCE);
  if (!ev.ok) return ev;
  const ex = textOf(explanation, EXPLANATION);
  if (!ex.ok) return ex;
  const req = textOf(requirement ?? null, REQUIREMENT);
  if (!req.ok) return req;
  const self = typeof s.value === 'number' ? s.value : 1;
  if (node.value?.councilScores && self > 0) return ok(COUNCIL_SCORES);
  const row = node.value
    ? { ...evidenceRowOf(node.value, self, ev.value, ex.value), requirement: req.value }
    : { criterionId: '', selfScore: self, evidence: ev.value, explanation: ex.value, requirement: req.value };
  const issues = checkEvidenceRow(row);
  return ok(issues.length === 0 ? 'OK' : issues.map(issueText).join(' '));
}

/** Seed 002 (mục I, VIII; 5.5.3.1, 5.5.3.4, 5.5.4.3, 5.5.4.6): the council scores these rows without their evidence. */
export const COUNCIL_SCORES = 'OK: Hội đồng thẩm định chấm tiêu chí này, không cần tài liệu kiểm chứng trên dòng này.';
