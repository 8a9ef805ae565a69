/**
 * CCHC.RULE — the points of a criterion by a rule written in the framework notation (issue 12): what a sheet filled
 * from a user's framework computes with, in Excel, the preview and the CLI alike, with no built-in framework behind
 * it. The rule's text sits in a cell of the row (a formula's text literal is limited to 255 characters in Excel).
 */
import { scoreCriterion } from '../criterion';
import { messages, msg } from '../messages';
import { isBlank, readInput, scalarOf, type RawValue } from '../params';
import { fail, ok, type Result } from '../result';
import type { AnyRule, Criterion, SpecialCase } from '../types';
import { parseRule } from './index';
import { parseSpecialCases } from './specialCases';

export type CellRange = RawValue | readonly (readonly RawValue[])[];

const RULE = msg('Quy tắc chấm', 'Rule');
const SPECIAL = msg('Trường hợp đặc biệt', 'Special cases');
const MAX = { key: 'maxPoints', label: msg('Điểm tối đa', 'Maximum points'), type: 'number', zeroIsBlank: true, optional: true } as const;
const INPUTS = msg('Dữ liệu của tiêu chí', 'Criterion inputs');
const MAX_INPUTS = 16;

/** Whole columns recompute on every change: each distinct rule text is parsed once. */
const cache = new Map<string, Result<AnyRule>>();
const CACHE_SIZE = 2000;

function ruleOf(text: string, special: string): Result<AnyRule> {
  const key = `${text}\u0000${special}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const cases = parseSpecialCases(special);
  const r: Result<AnyRule> = cases.ok ? parseRule(text, cases.value) : cases;
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, r);
  return r;
}

const textOf = (raw: RawValue | object, label: typeof RULE): Result<string> => {
  const v = scalarOf(label, raw);
  if (!v.ok) return v;
  return ok(isBlank(v.value) || v.value === 0 ? '' : String(v.value));
};

export function ruleCell(rule: RawValue, specialCases: RawValue, maxPoints: RawValue, inputs: readonly CellRange[]): Result<number> {
  const text = textOf(rule, RULE);
  if (!text.ok) return text;
  if (text.value.trim() === '') return fail('na', messages.missing(RULE));
  const special = textOf(specialCases ?? null, SPECIAL);
  if (!special.ok) return special;
  const parsed = ruleOf(text.value, special.value);
  if (!parsed.ok) return parsed;
  const max = readInput(MAX, maxPoints);
  if (!max.ok) return max;
  const maxValue = typeof max.value === 'number' ? max.value : null;
  if (maxValue === null && !parsed.value.unbounded) return fail('value', messages.missing(MAX.label));
  const raws: RawValue[] = [];
  for (const input of inputs) {
    const cells = Array.isArray(input) ? (input as readonly (readonly RawValue[])[]).flat() : [input as RawValue];
    if (raws.length + cells.length > MAX_INPUTS) return fail('value', messages.tooManyInputs(parsed.value.inputs.length, raws.length + cells.length));
    for (const c of cells) {
      const v = scalarOf(INPUTS, c);
      if (!v.ok) return v;
      raws.push(v.value);
    }
  }
  const node: Criterion = { id: '', title: '', maxPoints: maxValue, rule: parsed.value };
  return scoreCriterion(node, raws);
}

export type { SpecialCase };
