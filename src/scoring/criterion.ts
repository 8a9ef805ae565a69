import { gradeOf } from './grades';
import { messages, type Msg } from './messages';
import { isBlank, normalizeChoice, readInputs, type RawValue } from './params';
import { fail, ok, type Result, type ScoreError } from './result';
import { round } from './round';
import type { AnyRule, Criterion, Framework, GradeCode, SpecialCase } from './types';

/** A node with its place in the tree. */
export interface PlacedCriterion {
  readonly node: Criterion;
  readonly parentId: string | null;
  readonly depth: number;
}

/** Depth-first, in the order of the official table. */
export function flatten(framework: Framework): PlacedCriterion[] {
  const out: PlacedCriterion[] = [];
  const visit = (node: Criterion, parentId: string | null, depth: number) => {
    out.push({ node, parentId, depth });
    for (const child of node.children ?? []) visit(child, node.id, depth + 1);
  };
  for (const top of framework.criteria) visit(top, null, 0);
  return out;
}

const indexCache = new WeakMap<Framework, Map<string, PlacedCriterion>>();
export function findCriterion(framework: Framework, id: string): PlacedCriterion | undefined {
  let index = indexCache.get(framework);
  if (!index) {
    index = new Map(flatten(framework).map((p) => [normalizeId(p.node.id), p]));
    indexCache.set(framework, index);
  }
  return index.get(normalizeId(id));
}

/** "5.5.4.6", "5.5.4.6.", " 5.5.4.6 " are the same id. */
export const normalizeId = (id: string): string => id.normalize('NFC').trim().replace(/\.$/, '').toUpperCase();

/** A leaf scored by a rule: bounded rules need a maximum; THADS occurrences (unbounded) have none. */
export const isScorable = (node: Criterion): node is Criterion & { rule: AnyRule } =>
  node.rule !== undefined && node.rule.kind !== 'narrative' && (node.maxPoints !== null || node.rule.unbounded);

const matchSpecial = (cases: readonly SpecialCase[], raw: RawValue): SpecialCase | undefined => {
  if (typeof raw !== 'string' || cases.length === 0) return undefined;
  const v = normalizeChoice(raw);
  return cases.find((c) => [c.key, c.label.vi, c.label.en].some((s) => normalizeChoice(s) === v));
};

/**
 * The points of one criterion from its inputs, by its own rule: the special cases written under it first, then
 * the rule; clamped to [0, max] (unless the rule is unbounded) and rounded to 2 decimals (DOMAIN.md Rounding).
 */
export function scoreCriterion(node: Criterion, raws: readonly RawValue[]): Result<number> {
  if (!isScorable(node)) return fail('na', messages.notScorable(node.id));
  const rule = node.rule;
  const max = node.maxPoints ?? 0;
  const special = matchSpecial(rule.specialCases, raws[0]);
  // The other input cells stay blank, which desktop Excel passes as 0.
  if (special && raws.slice(1).every((r) => isBlank(r) || r === 0)) return ok(round(special.points === 'max' ? max : special.points));
  const inputs = readInputs(rule.inputs, raws);
  if (!inputs.ok) return inputs;
  const points = rule.evaluate(inputs.value, max);
  if (!points.ok) return points;
  const clamped = rule.unbounded || node.maxPoints === null ? points.value : Math.min(max, Math.max(0, points.value));
  return ok(round(clamped));
}

/** The rule's help with the criterion's special cases, for the function help, the cell note and the task pane. */
export function ruleHelp(node: Criterion): Msg | null {
  if (!node.rule) return null;
  const max = node.maxPoints ?? 0;
  const pts = (p: number | 'max') => (p === 'max' ? max : p);
  const cases = node.rule.specialCases;
  if (cases.length === 0) return node.rule.describe;
  return {
    vi: `${node.rule.describe.vi} Trường hợp đặc biệt (nhập mã): ${cases.map((c) => `${c.label.vi} [${c.key}] = ${String(pts(c.points)).replace('.', ',')}`).join('; ')}.`,
    en: `${node.rule.describe.en} Special cases (type the key): ${cases.map((c) => `${c.label.en} [${c.key}] = ${pts(c.points)}`).join('; ')}.`,
  };
}

export interface NodeScore {
  readonly id: string;
  readonly maxPoints: number | null;
  /** Rounded points, or null where no input was given (leaf) or the node is narrative. */
  readonly points: number | null;
  readonly error?: ScoreError;
}

export interface FrameworkScore {
  readonly frameworkId: string;
  readonly nodes: ReadonlyMap<string, NodeScore>;
  /** Sum of the rounded points of the top-level nodes (plus the base for THADS), so a printed table adds up. */
  readonly total: number;
  /** Null for narrative frameworks, while `incomplete`, and where no bands apply until set (Framework.bandsUntilSet). */
  readonly grade: GradeCode | null;
  /**
   * Too little data for a grade ("chưa đủ dữ liệu"): the KPI result of a Hà Nội form is not answered, or nothing at all
   * is answered in a framework whose total is a sum.
   */
  readonly incomplete: boolean;
  /** Leaves with no answer, counted as 0. */
  readonly unanswered: readonly string[];
  readonly errors: readonly { id: string; error: ScoreError }[];
}

/** Answers per criterion id: the rule's inputs in order, or a typed self-score. */
export type Answers = Readonly<Record<string, readonly RawValue[] | { readonly selfScore: number }>>;

/**
 * Scores a whole framework. A parent is the sum of its children's rounded points; a leaf with no answer counts
 * 0 and is listed in `unanswered`; a leaf whose inputs are bad counts 0 and is listed in `errors`.
 */
export function scoreFramework(framework: Framework, answers: Answers): FrameworkScore {
  const nodes = new Map<string, NodeScore>();
  const unanswered: string[] = [];
  const errors: { id: string; error: ScoreError }[] = [];
  const byId = new Map(Object.entries(answers).map(([k, v]) => [normalizeId(k), v]));

  const visit = (node: Criterion): number => {
    if (node.children && node.children.length > 0) {
      const sum = round(node.children.reduce((s, c) => s + visit(c), 0));
      nodes.set(node.id, { id: node.id, maxPoints: node.maxPoints, points: sum });
      return sum;
    }
    if (!isScorable(node)) {
      nodes.set(node.id, { id: node.id, maxPoints: node.maxPoints, points: null });
      return 0;
    }
    const answer = byId.get(normalizeId(node.id));
    if (answer === undefined || (Array.isArray(answer) && answer.every(isBlank))) {
      unanswered.push(node.id);
      nodes.set(node.id, { id: node.id, maxPoints: node.maxPoints, points: null });
      return 0;
    }
    const result: Result<number> = Array.isArray(answer)
      ? scoreCriterion(node, answer)
      : checkSelfScore(node, (answer as { selfScore: number }).selfScore);
    if (!result.ok) {
      errors.push({ id: node.id, error: result.error });
      nodes.set(node.id, { id: node.id, maxPoints: node.maxPoints, points: null, error: result.error });
      return 0;
    }
    nodes.set(node.id, { id: node.id, maxPoints: node.maxPoints, points: result.value });
    return result.value;
  };

  const sum = round(framework.criteria.reduce((s, c) => s + visit(c), 0));
  const total = framework.scoring === 'base' ? round((framework.base ?? 0) + sum) : sum;
  const leaves = flatten(framework).filter((p) => !p.node.children?.length && isScorable(p.node));
  const missing = new Set([...unanswered, ...errors.map((e) => e.id)]);
  const incomplete =
    leaves.some((p) => p.node.rule?.kind === 'kpiResult' && missing.has(p.node.id)) ||
    (framework.scoring === 'sum' && leaves.length > 0 && leaves.every((p) => unanswered.includes(p.node.id)));
  const grade = framework.scoring === 'narrative' || incomplete || framework.bandsUntilSet ? null : gradeOf(total, framework.bands);
  return { frameworkId: framework.id, nodes, total, grade, incomplete, unanswered, errors };
}

/** A typed self-score is accepted when it is one the rule can give (DOMAIN.md E6). */
export function checkSelfScore(node: Criterion, points: number): Result<number> {
  if (!isScorable(node)) return fail('na', messages.notScorable(node.id));
  const max = node.maxPoints ?? 0;
  if (!Number.isFinite(points)) return fail('value', messages.scoreOutOfRange(points, max));
  if (!node.rule.unbounded && (points < -1e-9 || points > max + 1e-9)) {
    return fail('value', messages.scoreOutOfRange(points, max));
  }
  const special = node.rule.specialCases.some((c) => Math.abs((c.points === 'max' ? max : c.points) - points) < 1e-9);
  if (!node.rule.isAllowed(points, max) && !special) {
    return fail('value', messages.scoreNotAllowed(points, node.rule.discreteScores(max)));
  }
  return ok(round(points));
}
