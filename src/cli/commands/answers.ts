/**
 * `chamdiem score --template <id> --input <answers.json>`: a framework scored from a JSON document of answers, through
 * the core's scoreFramework and the evidence checks behind the forecast (no workbook involved). The document:
 *
 *   { "template": "xa-2024",
 *     "answers":  { "7.1": [0, 3], "1.1": [0, 0, 2, 4, 4], "2.1.1": 1, "8.1": "nam-dau-tien" },
 *     "evidence": { "2.1.1": { "evidence": "12/BC-UBND ngày 10/01/2024", "explanation": "Mục II, trang 3" } } }
 *
 * An answer is what the sheet would hold for that criterion (the README has one example per rule kind):
 * - an array: the rule's inputs in order, as CCHC.SCORE takes them;
 * - a text: the one input (an outcome, a grade) or a special case's key;
 * - a number: the points for the criteria whose sheet cell takes typed points (levels, points), else the one input (a
 *   Hà Nội deduction, a count); `{ "selfScore": n }` or `{ "inputs": [...] }` say which explicitly; null: not answered.
 * A criterion left out counts 0 (scoreFramework), except a Hà Nội general criterion: no deduction, as a blank cell.
 */
import { isAppraised } from '../../sheet/family';
import { promises as fs } from 'node:fs';
import {
  checkEvidenceRow,
  evidenceRowOf,
  forecastPoints,
  findCriterion,
  flatten,
  getFramework,
  gradeInfo,
  messages,
  round,
  scoreFramework,
  XA_2024_DEADLINES,
  type Answers,
  type Criterion,
  type Framework,
  type Msg,
  type RawValue,
} from '../../scoring';
import { getTemplate, TEMPLATES } from '../../sheet/templates';
import type { ParsedArgs } from '../args';
import type { Context } from '../context';
import { CLI } from '../messages';
import { InputError } from '../xlsxFile';

export interface CriterionJson {
  readonly id: string;
  readonly maxPoints: number | null;
  readonly self: number | null;
  readonly forecast: number | null;
}

/** `score --template --input --json`. */
export interface AnswersScoreJson {
  readonly template: string;
  readonly total: number;
  readonly level: string | null;
  readonly levelName: string | null;
  readonly forecastTotal: number;
  readonly criteria: readonly CriterionJson[];
  readonly unanswered: readonly string[];
  readonly errors: readonly { readonly criterion: string; readonly message: string }[];
}

interface AnswersDocument {
  readonly template?: string;
  readonly answers: Readonly<Record<string, unknown>>;
  readonly evidence: Readonly<Record<string, { readonly evidence?: string; readonly explanation?: string }>>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isRaw = (x: unknown): x is RawValue => x === null || ['number', 'string', 'boolean'].includes(typeof x);

export function parseAnswersDocument(raw: unknown): AnswersDocument {
  const shape = (why: string) => new InputError(CLI.answersShape(why));
  if (!isRecord(raw)) throw shape('not a JSON object / không phải đối tượng JSON');
  if (raw.template !== undefined && typeof raw.template !== 'string') throw shape('"template" must be a text');
  if (!isRecord(raw.answers)) throw shape('"answers" must be an object { "id": answer }');
  if (raw.evidence !== undefined && !isRecord(raw.evidence)) throw shape('"evidence" must be an object { "id": { "evidence", "explanation" } }');
  const evidence: Record<string, { evidence?: string; explanation?: string }> = {};
  for (const [id, e] of Object.entries((raw.evidence as Record<string, unknown> | undefined) ?? {})) {
    if (!isRecord(e) || (e.evidence !== undefined && typeof e.evidence !== 'string') || (e.explanation !== undefined && typeof e.explanation !== 'string')) {
      throw shape(`"evidence"."${id}" must be { "evidence": text, "explanation": text }`);
    }
    evidence[id] = { ...(typeof e.evidence === 'string' ? { evidence: e.evidence } : {}), ...(typeof e.explanation === 'string' ? { explanation: e.explanation } : {}) };
  }
  return { ...(typeof raw.template === 'string' ? { template: raw.template } : {}), answers: raw.answers, evidence };
}

type Answer = Answers[string];

/** Rule kinds whose sheets have the user type the points themselves (a number answer is then the self-score). */
const TYPED_SCORE: ReadonlySet<string> = new Set(['levels', 'points']);

/** One JSON answer → the core's Answers entry, by what the sheet would hold (see the file comment). */
export function toAnswer(node: Criterion, value: unknown): Answer | null | 'bad' {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.every(isRaw) ? (value as RawValue[]) : 'bad';
  if (typeof value === 'number') return TYPED_SCORE.has(node.rule?.kind ?? '') ? { selfScore: value } : [value];
  if (typeof value === 'string' || typeof value === 'boolean') return [value];
  if (isRecord(value)) {
    if (typeof value.selfScore === 'number' && Object.keys(value).length === 1) return { selfScore: value.selfScore };
    if (Array.isArray(value.inputs) && value.inputs.every(isRaw) && Object.keys(value).length === 1) return value.inputs as RawValue[];
  }
  return 'bad';
}

export function scoreAnswers(fw: Framework, doc: AnswersDocument, lang: 'vi' | 'en', withEvidenceColumns?: boolean): AnswersScoreJson {
  const t = (m: Msg) => (lang === 'en' ? m.en : m.vi);
  const answers: Record<string, Answer> = {};
  const errors: { criterion: string; message: string }[] = [];
  for (const [id, value] of Object.entries(doc.answers)) {
    const placed = findCriterion(fw, id);
    if (!placed) {
      errors.push({ criterion: id, message: t(messages.unknownCriterion(fw.id, id)) });
      continue;
    }
    const a = toAnswer(placed.node, value);
    if (a === 'bad') errors.push({ criterion: placed.node.id, message: t(CLI.answerNotUnderstood(placed.node.id)) });
    else if (a !== null) answers[placed.node.id] = a;
  }
  for (const id of Object.keys(doc.evidence)) {
    if (!findCriterion(fw, id)) errors.push({ criterion: id, message: t(messages.unknownCriterion(fw.id, id)) });
  }
  // A Hà Nội general criterion left out reads as the sheet reads its blank deduction cell: no deduction, full points.
  for (const { node } of flatten(fw)) {
    if (node.rule?.kind === 'cappedDeduction' && !node.children?.length && !(node.id in answers)) answers[node.id] = [0];
  }
  const result = scoreFramework(fw, answers);
  for (const e of result.errors) errors.push({ criterion: e.id, message: t(e.error.message) });
  const evidenceOf = new Map(Object.entries(doc.evidence).map(([id, e]) => [findCriterion(fw, id)?.node.id ?? id, e]));

  // Same forecast as the template's sheet: where it has evidence columns (frameworkSheet.ts), a leaf failing E1–E4
  // scores 0 with the council; elsewhere (the Hà Nội forms) the forecast is the self-score. Parents add up.
  const withEvidence = withEvidenceColumns ?? getTemplate(fw.id)?.plan({}).layout.columns.evidence !== undefined;
  const criteria: CriterionJson[] = [];
  const visit = (node: Criterion): { self: number; forecast: number } => {
    const score = result.nodes.get(node.id);
    if (node.children?.length) {
      const parts = node.children.map(visit);
      const forecast = round(parts.reduce((a, p) => a + p.forecast, 0));
      criteria.push({ id: node.id, maxPoints: node.maxPoints, self: score?.points ?? 0, forecast });
      return { self: score?.points ?? 0, forecast };
    }
    const self = score?.points ?? null;
    let forecast: number | null = null;
    if (!withEvidence) forecast = self;
    else {
      const e = evidenceOf.get(node.id);
      const issues = checkEvidenceRow(evidenceRowOf(node, self, e?.evidence ?? '', e?.explanation ?? ''), XA_2024_DEADLINES);
      forecast = forecastPoints(node, self, issues);
    }
    criteria.push({ id: node.id, maxPoints: node.maxPoints, self, forecast });
    return { self: self ?? 0, forecast: forecast ?? 0 };
  };
  const parts = fw.criteria.map(visit);
  const base = fw.scoring === 'base' ? (fw.base ?? 0) : 0;
  const order = new Map(flatten(fw).map((p, i) => [p.node.id, i]));
  criteria.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return {
    template: fw.id,
    total: result.total,
    level: result.grade,
    levelName: result.grade ? t(gradeInfo(result.grade).name) : result.incomplete ? t(messages.incomplete()) : fw.bandsUntilSet ? t(messages.noBands()) : null,
    forecastTotal: round(base + parts.reduce((a, p) => a + p.forecast, 0)),
    criteria,
    unanswered: result.unanswered,
    errors,
  };
}

/** `user`: a framework read from a framework sheet (`score --framework`), scored as its built-in twin would be. */
export async function answersCommand(ctx: Context, args: ParsedArgs, user?: Framework): Promise<number> {
  const option = user ? user.id : args.values.template!;
  const input = args.values.input;
  if (!input) throw new InputError(CLI.needInput());
  let raw: unknown;
  try {
    raw = JSON.parse((await fs.readFile(ctx.resolve(input), 'utf8')).replace(/^\uFEFF/, ''));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(CLI.answersUnreadable(input, code === 'ENOENT' ? ctx.t(CLI.notFound(input)) : code ?? (e instanceof Error ? e.message : String(e))));
  }
  const doc = parseAnswersDocument(raw);
  if (doc.template !== undefined && doc.template.trim().toLowerCase() !== option.trim().toLowerCase()) {
    throw new InputError(CLI.answersTemplateMismatch(doc.template, option));
  }
  if (!user && !getTemplate(option)) throw new InputError(CLI.unknownTemplate(option, TEMPLATES.map((t) => t.id)));
  const fw = user ?? getFramework(option);
  const title = user ? user.title : getTemplate(option)!.title;
  if (!fw || fw.scoring === 'narrative') throw new InputError(CLI.notAFramework(title));
  // A sheet filled from a framework sheet has the evidence columns, unless it is a Hà Nội monthly form (KPI): as its twin.
  const hasKpi = (nodes: Framework['criteria']): boolean => nodes.some((n) => n.rule?.kind === 'kpiResult' || hasKpi(n.children ?? []));
  const out = scoreAnswers(fw, doc, ctx.lang, user ? !hasKpi(user.criteria) : undefined);
  if (ctx.json) ctx.printJson(out);
  else {
    ctx.say(CLI.answersLine(title, out.total, out.levelName ?? '—', user || isAppraised(getTemplate(option)!.id) ? out.forecastTotal : null));
    for (const e of out.errors) ctx.say(`  ${e.criterion}: ${e.message}`);
    if (out.unanswered.length > 0) ctx.say(CLI.unanswered(out.unanswered.length));
  }
  return out.errors.length > 0 ? 1 : 0;
}
