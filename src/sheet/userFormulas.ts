/**
 * Formulas of a sheet filled from a user's framework (issue 12): each rule kind with its parameters written in the
 * formula, so that Excel, the preview (HyperFormula) and the CLI compute it with no built-in framework behind it.
 * Ratio and compare rows use CCHC.RATIO and CCHC.COMPARE with their parameters (plans/framework.ts); KPI uses
 * KPI.RESULT; the others are native Excel (survey, count tiers, rating, per-occurrence points, brackets, special cases)
 * — a custom function parsing the notation would not fit the custom-functions bundle's 30 KB —
 * with the core's tolerances (DOMAIN.md rule 2: ≥ within 1e-9). The check and the score still recompute every row
 * from the core and report a stored result that disagrees.
 */
import { GRADES } from '../scoring/grades';
import type {
  AnyRule,
  BracketsParams,
  CountTiersParams,
  Criterion,
  OccurrenceParams,
  RatingParams,
  SurveyParams,
  TierTest,
} from '../scoring';
import { str } from './plans/builder';

const n = (x: number): string => String(Number(x.toPrecision(15)));
// Written out: HyperFormula does not read 1E-09.
const EPS = '0.000000001';

function testFormula(t: TierTest, ref: (key: string) => string): string {
  const l = t.left.length === 1 ? ref(t.left[0]!) : `(${t.left.map(ref).join('+')})`;
  const r = typeof t.right === 'number' ? n(t.right) : `${n(t.right.share)}*${ref(t.right.of)}`;
  switch (t.op) {
    case '>=': return `${l}>=${r}-${EPS}`;
    case '<': return `${l}<${r}-${EPS}`;
    case '>': return `${l}>${r}+${EPS}`;
    case '<=': return `${l}<=${r}+${EPS}`;
    case '=': return `ABS(${l}-${r})<${EPS}`;
    case '<>': return `ABS(${l}-${r})>=${EPS}`;
  }
}

const pointsOf = (p: number | 'max', maxCell: string): string => (p === 'max' ? maxCell : n(p));

/** The points of a computed row (without its blank / missing-input guard), or null for a kind the plan writes itself. */
export function ruleFormula(rule: AnyRule, values: readonly string[], maxCell: string): string | null {
  const ref = (key: string) => values[rule.inputs.findIndex((i) => i.key === key)] ?? '0';
  switch (rule.kind) {
    case 'survey': {
      // Seed 002, 1.1–1.5: (c×1 + d×2 + e×3 + g×4 + h×5)/B; B = 0 is #DIV/0!, as the core.
      const b = `SUM(${values.join(',')})`;
      const average = `(${values.map((v, i) => (i === 0 ? v : `${i + 1}*${v}`)).join('+')})/${b}`;
      return (rule.params as SurveyParams).mode === 'literal' ? `ROUND(MIN(${maxCell},${average}),2)` : `ROUND(${average}*${maxCell}/5,2)`;
    }
    case 'countTiers': {
      const p = rule.params as CountTiersParams;
      let f = '0';
      for (const tier of [...p.tiers].reverse()) {
        const tests = tier.tests ?? [];
        const cond = tests.length === 0 ? null : tests.length === 1 ? testFormula(tests[0]!, ref) : `AND(${tests.map((t) => testFormula(t, ref)).join(',')})`;
        f = cond === null ? pointsOf(tier.points, maxCell) : `IF(${cond},${pointsOf(tier.points, maxCell)},${f})`;
      }
      // A part larger than its whole (on time + overdue above the total) is an input error, not a score.
      const contradictions = p.partOf.map(([part, whole]) => `${(typeof part === 'string' ? [part] : part).map(ref).join('+')}>${ref(whole)}`);
      if (contradictions.length > 0) f = `IF(OR(${contradictions.join(',')}),NA(),${f})`;
      return `ROUND(${f},2)`;
    }
    case 'rating': {
      const p = rule.params as RatingParams;
      const v = values[0]!;
      let f = 'NA()';
      for (const g of [...GRADES].reverse()) {
        f = `IF(OR(${[g.name.vi, g.code, g.letter].map((s) => `TRIM(${v})=${str(s)}`).join(',')}),${n(p[g.code])},${f})`;
      }
      return f;
    }
    case 'occurrence': {
      const p = rule.params as OccurrenceParams;
      const [times, per] = values;
      const perPoints = p.pointsPerTime === null ? per! : `IF(ISBLANK(${per}),${n(p.pointsPerTime)},${per})`;
      return `ROUND(${p.sign === 'deduction' ? '-' : ''}${times}*${perPoints},2)`;
    }
    case 'brackets': {
      const p = rule.params as BracketsParams;
      let f = '0';
      p.lowerBounds.forEach((b, i) => (f = `IF(${values[0]}>=${n(b)}-${EPS},${n(p.points[i]!)},${f})`));
      return f;
    }
    case 'kpiResult':
      return `ROUND(KPI.RESULT(${values.join(',')})*${maxCell},2)`;
    default:
      return null;
  }
}

/** The points of a chosen special case (the dropdown holds its name; its key may be typed): #N/A for anything else. */
export function specialFormula(node: Criterion, specialCell: string, maxCell: string): string {
  let f = 'NA()';
  for (const c of [...(node.rule?.specialCases ?? [])].reverse()) {
    f = `IF(OR(TRIM(${specialCell})=${str(c.label.vi)},TRIM(${specialCell})=${str(c.key)}),${pointsOf(c.points, maxCell)},${f})`;
  }
  return f;
}
