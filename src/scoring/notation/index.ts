/**
 * The rule notation of a framework sheet ("Khung tiêu chí", issue 12): one short form a rule kind, readable and typed
 * by an office worker, e.g. `tỷ lệ, từ 80%` or `mức: Ban hành đầy đủ = 1; Không đầy đủ = 0`. Pure: the sheet reader
 * (src/sheet/userFramework.ts) gives each cell's text here and reports the cell of any error.
 */
import { fail, ok, type Result } from '../result';
import type { AnyRule, RuleKindName, SpecialCase } from '../types';
import { bracketsNotation } from './brackets';
import { cappedDeductionNotation } from './cappedDeduction';
import { compareNotation } from './compare';
import { countTiersNotation } from './countTiers';
import type { RuleNotation } from './kind';
import { kpiNotation } from './kpi';
import { levelsNotation } from './levels';
import { narrativeNotation } from './narrative';
import { occurrenceNotation } from './occurrence';
import { pointsNotation } from './points';
import { ratingNotation } from './rating';
import { ratioNotation } from './ratio';
import { surveyNotation } from './survey';
import { fold, foldChar, NOTATION_MESSAGES } from './text';

export { parseBands, printBands } from './bands';
export { MAX_TIER_INPUTS } from './countTiers';
export type { RuleNotation } from './kind';
export { keyOf, parseSpecialCases, printSpecialCases } from './specialCases';
export { fold, NOTATION_MESSAGES, printNumber, printPercent } from './text';

/** Every rule kind's notation, in the order the README documents them. */
export const NOTATIONS: readonly RuleNotation[] = [
  levelsNotation,
  ratioNotation,
  surveyNotation,
  countTiersNotation,
  compareNotation,
  ratingNotation,
  occurrenceNotation,
  cappedDeductionNotation,
  bracketsNotation,
  kpiNotation,
  pointsNotation,
  narrativeNotation,
];

export const notationOf = (kind: RuleKindName): RuleNotation => NOTATIONS.find((n) => n.kind === kind)!;

const HEADS = NOTATIONS.flatMap((n) => n.heads.map((head) => ({ head, n }))).sort((a, b) => b.head.length - a.head.length);

/** A text echoed in a message: short enough for Excel's 255 characters. */
const short = (s: string): string => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

/** The rule of a text, with the criterion's special cases (their own column) attached. */
export function parseRule(text: string, specialCases: readonly SpecialCase[] = []): Result<AnyRule> {
  const t = text.normalize('NFC').trim();
  if (t === '') return fail('value', NOTATION_MESSAGES.emptyRule());
  // Folded character by character, so that a position in the folded text is one in the text.
  const folded = [...t].map(foldChar).join('');
  const found = HEADS.find(({ head }) => {
    if (!folded.startsWith(head)) return false;
    const next = folded.charAt(head.length);
    return next === '' || /[\s:,]/.test(next);
  });
  if (!found) return fail('value', NOTATION_MESSAGES.unknownRule(short(t.split('\n')[0]!), NOTATIONS.map((n) => n.examples[0]!.split('\n')[0]).join(' | ')));
  const rest = t.slice(found.head.length);
  // "so sánh thứ hạng" folds to more than one space-separated word: the head matched is the folded one.
  if (specialCases.length > 0 && !found.n.takesSpecialCases) {
    const r = found.n.parse(rest, found.head, []);
    return r.ok ? ok({ ...r.value, specialCases }) : r;
  }
  return found.n.parse(rest, found.head, specialCases);
}

/** The text of a rule (its special cases are printed by printSpecialCases, in their own column). */
export const printRule = (rule: AnyRule): string => notationOf(rule.kind).print(rule);

void fold;
