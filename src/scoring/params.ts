import { messages, type Msg } from './messages';
import { parseVietnameseNumber } from './numbers';
import { fail, ok, type Result } from './result';

/** What may arrive from a cell: Excel on the web passes a blank as null, desktop as 0 (or ""). */
export type RawValue = number | string | boolean | null | undefined;

/**
 * A parameter described as data (STYLE 3, after HyperFormula's FunctionArgument): every rule and every custom
 * function declares its inputs this way and `readInputs` checks them in one place, so evaluate() only ever
 * sees clean numbers.
 */
export interface InputSpec {
  readonly key: string;
  readonly label: Msg;
  /**
   * number: any finite number ≥ 0 (or signed if `signed`); count: whole number ≥ 0; fraction: 0–1 (95% = 0.95);
   * choice: one of `choices`; text: any non-blank text, checked by the rule itself (e.g. a grade in its many spellings).
   */
  readonly type: 'number' | 'count' | 'fraction' | 'choice' | 'text';
  readonly optional?: boolean;
  readonly default?: number | string;
  /** Where 0 means nothing sensible (a threshold, a cap, a base), a 0 from a blank desktop cell counts as blank. */
  readonly zeroIsBlank?: boolean;
  readonly signed?: boolean;
  /** For type 'choice': the accepted values, compared after `normalizeChoice`. */
  readonly choices?: readonly string[];
}

/** Excel keeps 15 significant digits; no count, score or amount here comes near. Larger values are typing errors, and refusing them keeps every sum finite. */
export const MAX_MAGNITUDE = 1e15;

export type CleanValue = number | string;
export type CleanInputs = Readonly<Record<string, CleanValue | undefined>>;

export const normalizeChoice = (s: string): string => s.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

export const isBlank = (raw: RawValue): boolean =>
  raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');

export function readInput(spec: InputSpec, raw: RawValue): Result<CleanValue | undefined> {
  const blank = isBlank(raw) || (spec.zeroIsBlank === true && raw === 0);
  if (blank) {
    if (spec.default !== undefined) return ok(spec.default);
    if (spec.optional) return ok(undefined);
    return fail('value', messages.missing(spec.label));
  }
  if (spec.type === 'text') return ok(String(raw).normalize('NFC').trim());
  if (spec.type === 'choice') {
    const value = normalizeChoice(String(raw));
    const choices = spec.choices ?? [];
    const found = choices.find((c) => normalizeChoice(c) === value);
    if (found === undefined) return fail('value', messages.unknownChoice(spec.label, String(raw), choices));
    return ok(found);
  }
  let value: number;
  if (typeof raw === 'number') {
    value = raw;
  } else if (typeof raw === 'string') {
    const parsed = parseVietnameseNumber(raw);
    if (parsed === null) return fail('value', messages.notANumber(spec.label, raw));
    value = parsed;
  } else {
    return fail('value', messages.notANumber(spec.label, String(raw)));
  }
  if (!Number.isFinite(value)) return fail('num', messages.notFinite(spec.label));
  if (Math.abs(value) > MAX_MAGNITUDE) return fail('num', messages.tooLarge(spec.label));
  if (value < 0 && !spec.signed) return fail('num', messages.negative(spec.label));
  if (spec.type === 'count' && !Number.isInteger(value)) return fail('num', messages.notWhole(spec.label));
  if (spec.type === 'fraction' && value > 1 + 1e-12) return fail('num', messages.fractionAboveOne(spec.label, value));
  return ok(value);
}

export function readInputs(specs: readonly InputSpec[], raws: readonly RawValue[]): Result<CleanInputs> {
  if (raws.length > specs.length && raws.slice(specs.length).some((r) => !isBlank(r))) {
    return fail('value', messages.tooManyInputs(specs.length, raws.length));
  }
  const out: Record<string, CleanValue | undefined> = {};
  for (const [i, spec] of specs.entries()) {
    const r = readInput(spec, raws[i]);
    if (!r.ok) return r;
    out[spec.key] = r.value;
  }
  return ok(out);
}

/** Reads a value known to be a number after `readInputs` validated it against a numeric spec. */
export const num = (inputs: CleanInputs, key: string): number => {
  const v = inputs[key];
  return typeof v === 'number' ? v : 0;
};
export const optNum = (inputs: CleanInputs, key: string): number | undefined => {
  const v = inputs[key];
  return typeof v === 'number' ? v : undefined;
};
