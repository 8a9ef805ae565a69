import { messages, type Msg } from './messages';
import { isAmbiguousGrouping, parseVietnameseNumber } from './numbers';
import { fail, ok, type ErrorCode, type Result, type ScoreError } from './result';

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

const ERROR_NAMES: Readonly<Record<string, string>> = {
  notavailable: '#N/A', div0: '#DIV/0!', divisionbyzero: '#DIV/0!', value: '#VALUE!', invalidvalue: '#VALUE!', num: '#NUM!',
  invalidnumber: '#NUM!', null: '#NULL!', nullreference: '#NULL!', ref: '#REF!', invalidreference: '#REF!', name: '#NAME?', invalidname: '#NAME?',
};

/**
 * The Excel error a cell value stands for, or null. Excel hands a custom function an error as an object: a
 * CustomFunctions.Error (`{ code: '#N/A' }`) or an error cell value (`{ type: 'Error', errorType: 'NotAvailable',
 * basicValue: '#N/A' }`); a plain "#N/A" string (a read-back value) is text, not an error.
 */
export function excelErrorOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const o = raw as { code?: unknown; type?: unknown; errorType?: unknown; basicValue?: unknown };
  for (const v of [o.code, o.basicValue, o.errorType]) {
    if (typeof v !== 'string') continue;
    if (v.startsWith('#')) return v.toUpperCase();
    const named = ERROR_NAMES[v.toLowerCase()];
    if (named) return named;
  }
  return o.type === 'Error' ? '#VALUE!' : null;
}

/**
 * Decision (issue 15): an Excel error in an input passes through as Excel's own functions do (=SUM(#N/A) is #N/A),
 * with a message naming the argument where Excel shows one (#VALUE!, #N/A). #REF!, #NAME?, #NULL! and the newer
 * errors cannot be returned by a custom function: they become #VALUE! naming the argument and the error.
 */
export function errorInput(label: Msg, error: string): { readonly ok: false; readonly error: ScoreError } {
  const code: ErrorCode = error === '#N/A' ? 'na' : error === '#DIV/0!' ? 'div0' : error === '#NUM!' ? 'num' : 'value';
  return fail(code, messages.errorInput(label, error));
}

/**
 * One value from what Excel passed for a one-cell parameter: an error passes through (`errorInput`), a 1×1 range is
 * its cell, a larger range is refused naming the argument, a data type (entity, formatted number) is its basic value.
 */
export function scalarOf(label: Msg, raw: unknown): Result<RawValue> {
  if (raw === null || typeof raw !== 'object') return ok(raw as RawValue);
  if (Array.isArray(raw)) {
    const row = raw[0] as unknown;
    if (raw.length === 1 && Array.isArray(row) && row.length === 1) return scalarOf(label, row[0]);
    return fail('value', messages.rangeForValue(label));
  }
  const error = excelErrorOf(raw);
  if (error) return errorInput(label, error);
  const basic = (raw as { basicValue?: unknown }).basicValue;
  if (basic === null || ['number', 'string', 'boolean'].includes(typeof basic)) return ok(basic as RawValue);
  return fail('value', messages.notAValue(label));
}

/**
 * A plain number that a numeric spec takes as it is: the common case, checked without allocating anything (issue 15:
 * whole columns are read cell by cell on every recalculation).
 */
export function isPlainNumber(spec: InputSpec, raw: unknown): boolean {
  if (typeof raw !== 'number') return false;
  const inRange = raw > 0 ? raw <= MAX_MAGNITUDE : raw === 0 ? spec.zeroIsBlank !== true : spec.signed === true && raw >= -MAX_MAGNITUDE;
  if (!inRange) return false;
  return spec.type === 'number' || (spec.type === 'count' && Number.isInteger(raw)) || (spec.type === 'fraction' && raw <= 1 + 1e-12);
}

export function readInput(spec: InputSpec, raw: RawValue): Result<CleanValue | undefined> {
  if (isPlainNumber(spec, raw)) return ok(raw as number);
  if (typeof raw === 'number' && !(raw === 0 && spec.zeroIsBlank === true) && (spec.type === 'number' || spec.type === 'count' || spec.type === 'fraction')) {
    return checkNumber(spec, raw);
  }
  if (raw !== null && typeof raw === 'object') {
    const s = scalarOf(spec.label, raw);
    return s.ok ? readInput(spec, s.value) : s;
  }
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
    if (raw.includes('.') && isAmbiguousGrouping(raw)) return fail('value', messages.ambiguousNumber(spec.label, raw));
    const parsed = parseVietnameseNumber(raw);
    if (parsed === null) return fail('value', messages.notANumber(spec.label, raw));
    value = parsed;
    if (value === 0 && spec.zeroIsBlank === true) return readInput(spec, null);
  } else {
    return fail('value', messages.notANumber(spec.label, String(raw)));
  }
  return checkNumber(spec, value);
}

function checkNumber(spec: InputSpec, value: number): Result<CleanValue | undefined> {
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
