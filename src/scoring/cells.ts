/**
 * The core as Excel cells see it: raw cell values in (numbers, texts, blanks as null or 0, ranges as 2-D arrays),
 * a Result out. The custom functions (src/functions) are one line over each of these; the HyperFormula plugin of
 * the preview and tests calls the same.
 */
import { findCriterion, scoreCriterion } from './criterion';
import { monthlyDeadline, MONTHLY_STEPS, toExcelSerial, type MonthlyStep } from './deadlines';
import { checkEvidenceRow } from './evidence';
import { getFramework, FRAMEWORK_IDS } from './frameworks';
import { gradeInfo, gradeOf, MONTHLY_BANDS, parseGrade } from './grades';
import { messages, msg, type Msg } from './messages';
import { parseVietnameseNumber } from './numbers';
import { isBlank, normalizeChoice, readInput, readInputs, type InputSpec, type RawValue } from './params';
import { maxAllowedA, QUOTA_CAP } from './quota';
import { fail, ok, type Result } from './result';
import { rollup } from './rollup';
import { round } from './round';
import { bracketPoints } from './rules/brackets';
import { comparePoints } from './rules/compare';
import { deductedPoints } from './rules/cappedDeduction';
import { checkLeaderParts, kpiComponents, kpiPercent, monthlyScore, type WorkItem } from './rules/kpi';
import { ratioPoints } from './rules/ratio';
import { surveyPoints, SURVEY_MODES, type SurveyMode } from './rules/survey';
import type { Framework } from './types';

export type Range = RawValue | readonly (readonly RawValue[])[];

const flat = (r: Range): RawValue[] => (Array.isArray(r) ? (r as readonly (readonly RawValue[])[]).flat() : [r as RawValue]);

const spec = (key: string, vi: string, en: string, type: InputSpec['type'], extra: Partial<InputSpec> = {}): InputSpec => ({
  key,
  label: msg(vi, en),
  type,
  ...extra,
});

const MAX = spec('maxPoints', 'Điểm tối đa', 'Maximum points', 'number');

function numbers(specs: readonly InputSpec[], raws: readonly RawValue[]): Result<number[]> {
  const r = readInputs(specs, raws);
  if (!r.ok) return r;
  return ok(specs.map((s) => r.value[s.key] as number));
}

const map = <T, U>(r: Result<T>, f: (v: T) => U): Result<U> => (r.ok ? ok(f(r.value)) : r);
const then = <T, U>(r: Result<T>, f: (v: T) => Result<U>): Result<U> => (r.ok ? f(r.value) : r);

/** CCHC.RATIO — DOMAIN.md rule 2. */
export function ratioCell(achieved: RawValue, target: RawValue, maxPoints: RawValue, minRatio?: RawValue): Result<number> {
  const specs = [
    spec('achieved', 'Số đạt được', 'Achieved', 'number'),
    spec('target', 'Chỉ tiêu', 'Target', 'number'),
    MAX,
    spec('minRatio', 'Tỷ lệ tối thiểu', 'Minimum ratio', 'fraction', { default: 0.8, zeroIsBlank: true }),
  ];
  return then(numbers(specs, [achieved, target, maxPoints, minRatio]), ([a, t, m, min]) =>
    map(ratioPoints(a!, t!, m!, min!), round),
  );
}

function readMode(raw: RawValue): Result<SurveyMode> {
  if (isBlank(raw)) return ok('literal');
  const v = normalizeChoice(String(raw));
  const found = SURVEY_MODES.find((m) => m === v);
  return found ? ok(found) : fail('value', messages.unknownMode(String(raw), SURVEY_MODES));
}

/** CCHC.SURVEY — DOMAIN.md rule 3: five counts (answers 1…5). */
export function surveyCell(counts: Range, maxPoints: RawValue, mode?: RawValue): Result<number> {
  const cells = flat(counts);
  if (cells.length !== 5) {
    return fail('value', msg(`Cần đúng 5 ô đếm (phương án 1…5), nhận ${cells.length}.`, `Needs exactly 5 counts (answers 1…5), got ${cells.length}.`));
  }
  const specs = [...cells.map((_, i) => spec(`n${i + 1}`, `Số người chọn "${i + 1}"`, `Respondents choosing "${i + 1}"`, 'count', { default: 0 })), MAX];
  return then(numbers(specs, [...cells, maxPoints]), (vals) =>
    then(readMode(mode), (m) => map(surveyPoints(vals.slice(0, 5), vals[5]!, m), round)),
  );
}

/** Pairs two ranges row by row, dropping rows where both are blank. */
function pairs(a: Range, b: Range, la: Msg, lb: Msg): Result<[RawValue, RawValue][]> {
  const xs = flat(a);
  const ys = flat(b);
  if (xs.length !== ys.length) return fail('value', messages.lengthMismatch(la, lb));
  return ok(xs.map((x, i): [RawValue, RawValue] => [x, ys[i]]).filter(([x, y]) => !(isBlank(x) && isBlank(y))));
}

/** CCHC.BRACKET — DOMAIN.md rule 10. */
export function bracketCell(value: RawValue, lowerBounds: Range, points: Range): Result<number> {
  const lb = spec('bound', 'Ngưỡng dưới', 'Lower bound', 'number', { signed: true });
  const pt = spec('points', 'Điểm', 'Points', 'number', { signed: true });
  return then(pairs(lowerBounds, points, lb.label, pt.label), (rows) =>
    then(numbers([spec('value', 'Giá trị', 'Value', 'number', { signed: true })], [value]), ([v]) => {
      const bounds: number[] = [];
      const pts: number[] = [];
      for (const [b, p] of rows) {
        const rb = readInput(lb, b);
        if (!rb.ok) return rb;
        const rp = readInput(pt, p);
        if (!rp.ok) return rp;
        bounds.push(rb.value as number);
        pts.push(rp.value as number);
      }
      return bracketPoints(v!, bounds, pts);
    }),
  );
}

export function readBoolean(raw: RawValue, label: Msg): Result<boolean> {
  if (isBlank(raw) || raw === false || raw === 0) return ok(false);
  if (raw === true || raw === 1) return ok(true);
  const v = normalizeChoice(String(raw));
  if (['true', 'x', 'có', 'co', 'yes', 'đúng', '1'].includes(v)) return ok(true);
  if (['false', 'không', 'khong', 'no', 'sai', '0'].includes(v)) return ok(false);
  return fail('value', messages.unknownChoice(label, String(raw), ['TRUE', 'FALSE', 'x', 'có', 'không']));
}

/** CCHC.COMPARE — DOMAIN.md rule 5. */
export function compareCell(
  current: RawValue,
  previous: RawValue,
  higher: RawValue,
  equal: RawValue,
  lower: RawValue,
  smallerIsBetter?: RawValue,
): Result<number> {
  const specs = [
    spec('current', 'Năm đánh giá', 'This year', 'number', { signed: true }),
    spec('previous', 'Năm trước', 'Last year', 'number', { signed: true }),
    spec('higher', 'Điểm khi tốt hơn', 'Points if better', 'number'),
    spec('equal', 'Điểm khi bằng', 'Points if equal', 'number'),
    spec('lower', 'Điểm khi kém hơn', 'Points if worse', 'number'),
  ];
  return then(numbers(specs, [current, previous, higher, equal, lower]), ([c, p, h, e, l]) =>
    map(readBoolean(smallerIsBetter, msg('Số nhỏ hơn là tốt hơn', 'Smaller is better')), (s) =>
      comparePoints(c!, p!, { higher: h!, equal: e!, lower: l!, smallerIsBetter: s }),
    ),
  );
}

function frameworkOf(templateId: RawValue): Result<Framework> {
  const id = isBlank(templateId) ? '' : String(templateId);
  const fw = getFramework(id);
  return fw ? ok(fw) : fail('na', messages.unknownTemplate(id, FRAMEWORK_IDS));
}

/** CCHC.SCORE — the points of one criterion of a built-in framework, by its own rule. */
export function scoreCell(templateId: RawValue, criterionId: RawValue, inputs: readonly Range[]): Result<number> {
  return then(frameworkOf(templateId), (fw) => {
    const id = isBlank(criterionId) ? '' : String(criterionId);
    const placed = findCriterion(fw, id);
    if (!placed) return fail('na', messages.unknownCriterion(fw.id, id));
    return scoreCriterion(placed.node, inputs.flatMap(flat));
  });
}

/** CCHC.MAXPOINTS */
export function maxPointsCell(templateId: RawValue, criterionId: RawValue): Result<number> {
  return then(frameworkOf(templateId), (fw) => {
    const id = isBlank(criterionId) ? '' : String(criterionId);
    const placed = findCriterion(fw, id);
    if (!placed) return fail('na', messages.unknownCriterion(fw.id, id));
    if (placed.node.maxPoints === null) return fail('na', messages.notScorable(placed.node.id));
    return ok(placed.node.maxPoints);
  });
}

const SCORE = spec('score', 'Điểm', 'Score', 'number');

/** CCHC.CLASSIFY — the level's full Vietnamese name, by the framework's bands (default bands when none). */
export function classifyCell(total: RawValue, templateId?: RawValue): Result<string> {
  const bands = isBlank(templateId) ? ok(MONTHLY_BANDS) : map(frameworkOf(templateId), (f) => f.bands);
  return then(bands, (b) => map(numbers([SCORE], [total]), ([t]) => gradeInfo(gradeOf(t!, b)).name.vi));
}

export type GradeStyle = 'letter' | 'code' | 'name';
const GRADE_STYLES: readonly GradeStyle[] = ['letter', 'code', 'name'];

/** KPI.GRADE — seed 004 §3.1 bands. */
export function gradeCell(score: RawValue, style?: RawValue): Result<string> {
  const st = isBlank(style) ? 'letter' : normalizeChoice(String(style));
  const found = GRADE_STYLES.find((s) => s === st);
  if (!found) return fail('value', messages.unknownMode(String(style), GRADE_STYLES));
  return then(numbers([SCORE], [score]), ([s]) => {
    if (s! > 100 + 1e-9) return fail('value', messages.scoreOutOfRange(s!, 100));
    const g = gradeInfo(gradeOf(s!));
    return ok(found === 'letter' ? g.letter : found === 'code' ? g.code : g.name.vi);
  });
}

type Column = 'completed' | 'assigned' | 'times' | 'coefficient' | 'excused';

/** Work items from the columns of the monthly work plan; rows with neither assigned nor completed are skipped. */
export function workItems(
  completed: Range,
  assigned: Range,
  times: Range | undefined,
  coefficients: Range | undefined,
  excused: Range | undefined,
  timesKind: 'failedReviews' | 'delays',
): Result<WorkItem[]> {
  const cols: Partial<Record<Column, RawValue[]>> = { completed: flat(completed), assigned: flat(assigned) };
  if (times !== undefined && !(isBlank(times as RawValue) && !Array.isArray(times))) cols.times = flat(times);
  if (coefficients !== undefined && !(isBlank(coefficients as RawValue) && !Array.isArray(coefficients))) cols.coefficient = flat(coefficients);
  if (excused !== undefined && !(isBlank(excused as RawValue) && !Array.isArray(excused))) cols.excused = flat(excused);
  const n = cols.assigned!.length;
  const labels: Record<Column, Msg> = {
    completed: msg('Số hoàn thành', 'Completed'),
    assigned: msg('Số được giao', 'Assigned'),
    times: timesKind === 'delays' ? msg('Số lần chậm tiến độ', 'Delays') : msg('Số lần không đạt chất lượng', 'Failed reviews'),
    coefficient: msg('Hệ số quy đổi', 'Coefficient'),
    excused: msg('Nguyên nhân khách quan', 'Objective cause'),
  };
  for (const [k, v] of Object.entries(cols) as [Column, RawValue[]][]) {
    if (v.length !== n) return fail('value', messages.lengthMismatch(labels.assigned, labels[k]));
  }
  const items: WorkItem[] = [];
  for (let i = 0; i < n; i++) {
    if (isBlank(cols.assigned![i]) && isBlank(cols.completed![i])) continue;
    const r = numbers(
      [
        spec('completed', labels.completed.vi, labels.completed.en, 'number', { default: 0 }),
        spec('assigned', labels.assigned.vi, labels.assigned.en, 'number'),
        spec('times', labels.times.vi, labels.times.en, 'count', { default: 0 }),
        spec('coefficient', labels.coefficient.vi, labels.coefficient.en, 'number', { default: 1, zeroIsBlank: true }),
      ],
      [cols.completed![i], cols.assigned![i], cols.times?.[i], cols.coefficient?.[i]],
    );
    if (!r.ok) return r;
    const ex = readBoolean(cols.excused?.[i], labels.excused);
    if (!ex.ok) return ex;
    const [c, a, t, k] = r.value as [number, number, number, number];
    items.push({
      coefficient: k,
      assigned: a,
      completed: c,
      failedReviews: timesKind === 'failedReviews' ? t : 0,
      delays: timesKind === 'delays' ? t : 0,
      excused: ex.value,
    });
  }
  return ok(items);
}

/** KPI.QUANTITY — a as a fraction. */
export const kpiQuantityCell = (completed: Range, assigned: Range, coefficients?: Range): Result<number> =>
  then(workItems(completed, assigned, undefined, coefficients, undefined, 'delays'), (items) =>
    map(kpiComponents(items), (c) => c.quantity),
  );

/** KPI.QUALITY — b as a fraction. */
export const kpiQualityCell = (completed: Range, assigned: Range, failedReviews: Range, coefficients?: Range, excused?: Range) =>
  then(workItems(completed, assigned, failedReviews, coefficients, excused, 'failedReviews'), (items) =>
    map(kpiComponents(items), (c) => c.quality),
  );

/** KPI.TIMELINESS — c as a fraction. */
export const kpiTimelinessCell = (completed: Range, assigned: Range, delays: Range, coefficients?: Range, excused?: Range) =>
  then(workItems(completed, assigned, delays, coefficients, excused, 'delays'), (items) =>
    map(kpiComponents(items), (c) => c.timeliness),
  );

const part = (key: string, vi: string, en: string, optional = false) =>
  spec(key, vi, en, 'fraction', optional ? { optional: true, zeroIsBlank: true } : {});

/** KPI.RESULT — (a+b+c)/3, or (a+b+c+d+đ+e)/6 when d, đ, e are given (leaders). A leader's d, đ, e are 50% or 100%, never 0: a 0 is a blank. */
export function kpiResultCell(a: RawValue, b: RawValue, c: RawValue, d?: RawValue, dd?: RawValue, e?: RawValue): Result<number> {
  const specs = [
    part('a', 'Số lượng (a)', 'Quantity (a)'),
    part('b', 'Chất lượng (b)', 'Quality (b)'),
    part('c', 'Tiến độ (c)', 'Timeliness (c)'),
    part('d', 'Kết quả hoạt động của đơn vị (d)', 'Unit results (d)', true),
    part('dd', 'Khả năng tổ chức triển khai (đ)', 'Organising (đ)', true),
    part('e', 'Năng lực tập hợp, đoàn kết (e)', 'Uniting (e)', true),
  ];
  return then(readInputs(specs, [a, b, c, d, dd, e]), (v) => {
    const leaderParts = ['d', 'dd', 'e'].map((k) => v[k]);
    const given = leaderParts.filter((x) => x !== undefined).length;
    if (given > 0 && given < 3) {
      const missing = specs.slice(3).find((s) => v[s.key] === undefined)!;
      return fail('value', messages.missing(missing.label));
    }
    const keys = given === 3 ? ['a', 'b', 'c', 'd', 'dd', 'e'] : ['a', 'b', 'c'];
    const bad = given === 3 ? checkLeaderParts(leaderParts as number[]) : null;
    if (bad) return bad;
    return ok(kpiPercent(keys.map((k) => v[k] as number)));
  });
}

const GENERAL_MAX = 30;

/** KPI.MONTHLY — general points (≤ 30) + KPI × 70, rounded to 2 decimals. */
export function kpiMonthlyCell(generalPoints: RawValue, kpi: RawValue): Result<number> {
  const specs = [spec('general', 'Điểm tiêu chí chung', 'General points', 'number'), part('kpi', 'Kết quả KPI', 'KPI result')];
  return then(numbers(specs, [generalPoints, kpi]), ([g, k]) =>
    g! > GENERAL_MAX + 1e-9 ? fail('value', messages.scoreOutOfRange(g!, GENERAL_MAX)) : ok(round(monthlyScore(g!, k!))),
  );
}

/** KPI.DEDUCT — DOMAIN.md rule 9. */
export const kpiDeductCell = (maxPoints: RawValue, deduction: RawValue): Result<number> =>
  map(numbers([MAX, spec('deduction', 'Điểm trừ', 'Deduction', 'number', { default: 0 })], [maxPoints, deduction]), ([m, d]) =>
    round(deductedPoints(m!, d!)),
  );

/** KPI.QUOTA — how many A the group may keep. Blank grade cells (heads of unit, Mẫu 1A) are not counted. */
export function kpiQuotaCell(grades: Range, cap?: RawValue): Result<number> {
  return then(numbers([spec('cap', 'Tỷ lệ trần', 'Cap', 'fraction', { default: QUOTA_CAP, zeroIsBlank: true })], [cap]), ([c]) => {
    let nA = 0;
    let nB = 0;
    for (const raw of flat(grades)) {
      if (isBlank(raw)) continue;
      const g = parseGrade(String(raw));
      if (!g.ok) return g;
      if (g.value === 'HTXSNV') nA++;
      if (g.value === 'HTTNV') nB++;
    }
    return ok(maxAllowedA(nA, nB, c!));
  });
}

/** KPI.ANNUAL — mean of the months present (DOMAIN.md Roll-up Decision). A month's score is never 0 in practice, so 0 is a blank desktop cell. */
export function kpiAnnualCell(monthlyScores: Range): Result<number> {
  const s = spec('month', 'Điểm tháng', 'Monthly score', 'number', { optional: true, zeroIsBlank: true });
  const months: (number | null)[] = [];
  for (const raw of flat(monthlyScores)) {
    const r = readInput(s, raw);
    if (!r.ok) return r;
    months.push(typeof r.value === 'number' ? r.value : null);
  }
  return map(rollup(months), (x) => x.score);
}

/** THADS.TOTAL — seed 000 §2: base − Σ deductions × times + Σ bonuses × times. No cap; may be negative. */
export function thadsTotalCell(
  deductionPoints: Range,
  deductionTimes: Range,
  bonusPoints: Range,
  bonusTimes: Range,
  base?: RawValue,
): Result<number> {
  const pts = spec('points', 'Điểm mỗi lần', 'Points per occurrence', 'number');
  const times = spec('times', 'Số lần', 'Times', 'count', { default: 0 });
  const sum = (p: Range, t: Range): Result<number> =>
    then(pairs(p, t, pts.label, times.label), (rows) => {
      let s = 0;
      for (const [rp, rt] of rows) {
        const v = numbers([{ ...pts, default: 0 }, times], [rp, rt]);
        if (!v.ok) return v;
        s += v.value[0]! * v.value[1]!;
      }
      return ok(s);
    });
  return then(numbers([spec('base', 'Điểm chuẩn', 'Base', 'number', { default: 200, zeroIsBlank: true })], [base]), ([b]) =>
    then(sum(deductionPoints, deductionTimes), (d) => map(sum(bonusPoints, bonusTimes), (bonus) => round(b! - d + bonus))),
  );
}

/** CCHC.NUMBER — a number written the Vietnamese way ("8,5", "1.234.567", "95%"). */
export function numberCell(value: RawValue): Result<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : fail('num', messages.notFinite(msg('Giá trị', 'Value')));
  if (isBlank(value)) return fail('value', messages.missing(msg('Giá trị', 'Value')));
  const n = parseVietnameseNumber(String(value));
  return n === null ? fail('value', messages.notANumber(msg('Giá trị', 'Value'), String(value))) : ok(n);
}

const STEP_ALIASES: Readonly<Record<string, MonthlyStep>> = {
  self: 'self', 'tự đánh giá': 'self', 'tu danh gia': 'self',
  review: 'review', 'nhận xét': 'review', 'nhan xet': 'review',
  decision: 'decision', 'quyết định': 'decision', 'quyet dinh': 'decision', 'xếp loại': 'decision',
  publish: 'publish', 'công khai': 'publish', 'cong khai': 'publish',
};

/** KPI.DEADLINE — the date (Excel serial) before which a step of the monthly round must be done (seed 004). */
export function deadlineCell(year: RawValue, month: RawValue, step?: RawValue): Result<number> {
  const st = isBlank(step) ? 'self' : STEP_ALIASES[normalizeChoice(String(step))];
  if (!st) return fail('value', messages.unknownStep(String(step), [...MONTHLY_STEPS, 'tự đánh giá', 'nhận xét', 'quyết định', 'công khai']));
  return then(
    numbers([spec('year', 'Năm', 'Year', 'count'), spec('month', 'Tháng', 'Month', 'count')], [year, month]),
    ([y, m]) => map(monthlyDeadline(y!, m!, st), (d) => toExcelSerial(d.before)),
  );
}

/** CCHC.EVIDENCE — E1–E5 on one row: "OK", or the codes with their Vietnamese messages. */
export function evidenceCell(evidence: RawValue, explanation: RawValue, requirement?: RawValue, selfScore?: RawValue): Result<string> {
  const s = readInput(spec('selfScore', 'Điểm tự chấm', 'Self-score', 'number', { optional: true }), selfScore);
  if (!s.ok) return s;
  const issues = checkEvidenceRow({
    criterionId: '',
    selfScore: typeof s.value === 'number' ? s.value : 1,
    evidence: isBlank(evidence) ? '' : String(evidence),
    explanation: isBlank(explanation) ? '' : String(explanation),
    requirement: isBlank(requirement) ? '' : String(requirement),
  });
  return ok(issues.length === 0 ? 'OK' : issues.map((i) => `${i.code}: ${i.message.vi}`).join(' '));
}
