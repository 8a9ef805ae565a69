import { describe, expect, it } from 'vitest';
import { msg } from '../../src/scoring/messages';
import { isBlank, normalizeChoice, num, optNum, readInput, readInputs, type InputSpec } from '../../src/scoring/params';

const label = msg('Giá trị', 'Value');
const number: InputSpec = { key: 'n', label, type: 'number' };
const count: InputSpec = { key: 'c', label, type: 'count' };
const fraction: InputSpec = { key: 'f', label, type: 'fraction' };
const choice: InputSpec = { key: 'k', label, type: 'choice', choices: ['Đạt', 'Không đạt'] };

describe('params — arguments', () => {
  it('isBlank: null, undefined, "" and spaces are blank; 0 and false are not', () => {
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
    expect(isBlank('')).toBe(true);
    expect(isBlank('  ')).toBe(true);
    expect(isBlank(0)).toBe(false);
    expect(isBlank(false)).toBe(false);
    expect(isBlank('0')).toBe(false);
  });
  it('normalizeChoice: NFC, trimmed, lower case, single spaces', () => {
    expect(normalizeChoice('  Không   ĐẠT ')).toBe('không đạt');
    expect(normalizeChoice('Không đạt'.normalize('NFD'))).toBe('không đạt'.normalize('NFC'));
  });
  it('num and optNum read numbers out of clean inputs', () => {
    expect(num({ a: 2 }, 'a')).toBe(2);
    expect(num({ a: 'x' }, 'a')).toBe(0);
    expect(num({}, 'a')).toBe(0);
    expect(optNum({ a: 2 }, 'a')).toBe(2);
    expect(optNum({}, 'a')).toBeUndefined();
    expect(optNum({ a: 'x' }, 'a')).toBeUndefined();
  });
});

describe('params — normal cases', () => {
  it('reads numbers, as numbers or Vietnamese text', () => {
    expect(readInput(number, 8.5)).toEqual({ ok: true, value: 8.5 });
    expect(readInput(number, '8,5')).toEqual({ ok: true, value: 8.5 });
    expect(readInput(number, '1.234.567')).toEqual({ ok: true, value: 1234567 });
    expect(readInput(number, 0)).toEqual({ ok: true, value: 0 });
  });
  it('blank takes the default when there is one', () => {
    const withDefault: InputSpec = { ...number, default: 3 };
    for (const blank of [null, undefined, '', '  ']) {
      expect(readInput(withDefault, blank)).toEqual({ ok: true, value: 3 });
    }
    expect(readInput({ ...choice, default: 'Đạt' }, null)).toEqual({ ok: true, value: 'Đạt' });
  });
  it('blank is undefined when the input is optional', () => {
    for (const blank of [null, undefined, '', '  ']) {
      expect(readInput({ ...number, optional: true }, blank)).toEqual({ ok: true, value: undefined });
    }
  });
  it('counts are whole numbers', () => {
    expect(readInput(count, 3)).toEqual({ ok: true, value: 3 });
    expect(readInput(count, '12')).toEqual({ ok: true, value: 12 });
  });
  it('fractions: 0.95 or "95%"', () => {
    expect(readInput(fraction, 0.95)).toEqual({ ok: true, value: 0.95 });
    expect(readInput(fraction, '95%')).toEqual({ ok: true, value: 0.95 });
    expect(readInput(fraction, '0,5')).toEqual({ ok: true, value: 0.5 });
  });
  it('signed numbers may be negative', () => {
    expect(readInput({ ...number, signed: true }, -2)).toEqual({ ok: true, value: -2 });
    expect(readInput({ ...number, signed: true }, '-2,5')).toEqual({ ok: true, value: -2.5 });
  });
  it('choices are matched after normalisation and returned as declared', () => {
    expect(readInput(choice, 'Đạt')).toEqual({ ok: true, value: 'Đạt' });
    expect(readInput(choice, '  KHÔNG   ĐẠT ')).toEqual({ ok: true, value: 'Không đạt' });
    expect(readInput(choice, 'không đạt'.normalize('NFD'))).toEqual({ ok: true, value: 'Không đạt' });
  });
  it('readInputs maps the raw values to the keys, in order', () => {
    const specs: InputSpec[] = [number, { ...count, default: 0 }, { ...fraction, optional: true }];
    expect(readInputs(specs, [1, 2, '50%'])).toEqual({ ok: true, value: { n: 1, c: 2, f: 0.5 } });
    expect(readInputs(specs, [1])).toEqual({ ok: true, value: { n: 1, c: 0, f: undefined } });
  });
});

describe('params — boundaries', () => {
  it('zeroIsBlank: a 0 from a blank desktop cell takes the default', () => {
    const threshold: InputSpec = { ...fraction, zeroIsBlank: true, default: 0.8 };
    expect(readInput(threshold, 0)).toEqual({ ok: true, value: 0.8 });
    expect(readInput(threshold, null)).toEqual({ ok: true, value: 0.8 });
    expect(readInput(threshold, 0.9)).toEqual({ ok: true, value: 0.9 });
  });
  it('zeroIsBlank without a default: 0 is missing', () => {
    expect(readInput({ ...number, zeroIsBlank: true }, 0)).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('without zeroIsBlank, 0 is a value, not blank', () => {
    expect(readInput({ ...number, default: 5 }, 0)).toEqual({ ok: true, value: 0 });
  });
  it('a fraction of exactly 1 (100%) is accepted; 0 too', () => {
    expect(readInput(fraction, 1)).toEqual({ ok: true, value: 1 });
    expect(readInput(fraction, '100%')).toEqual({ ok: true, value: 1 });
    expect(readInput(fraction, 0)).toEqual({ ok: true, value: 0 });
  });
  it('readInputs ignores trailing blanks beyond the specs', () => {
    expect(readInputs([number], [1, null, '', undefined, ' '])).toEqual({ ok: true, value: { n: 1 } });
  });
  it('readInputs with no specs and no values', () => {
    expect(readInputs([], [])).toEqual({ ok: true, value: {} });
  });
});

describe('params — bad input', () => {
  it('blank without default or optional is missing (value)', () => {
    for (const blank of [null, undefined, '', '  ']) {
      expect(readInput(number, blank)).toMatchObject({ ok: false, error: { kind: 'error', code: 'value' } });
    }
    const r = readInput(number, null);
    expect(r.ok === false && r.error.message.en).toContain('Missing value: Value');
  });
  it('a fraction above 1 is an error (num) whose message suggests typing 95%', () => {
    const r = readInput(fraction, 95);
    expect(r).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(r.ok === false && r.error.message.vi).toContain('95%');
    expect(r.ok === false && r.error.message.en).toContain('95%');
    expect(readInput(fraction, 1.01)).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(readInput(fraction, '120%')).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('a count that is not whole is an error (num)', () => {
    expect(readInput(count, 2.5)).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(readInput(count, '2,5')).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('a negative number is an error (num) unless signed', () => {
    expect(readInput(number, -1)).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(readInput(number, '-0,5')).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(readInput(count, -1)).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('non-finite numbers are an error (num)', () => {
    expect(readInput(number, Number.POSITIVE_INFINITY)).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(readInput(number, Number.NaN)).toMatchObject({ ok: false, error: { code: 'num' } });
  });
  it('text that is not a number, and booleans, are an error (value)', () => {
    expect(readInput(number, 'tám')).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(readInput(number, '1,2,3')).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(readInput(number, true)).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(readInput(number, false)).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('an unknown choice is an error (value) listing the choices', () => {
    const r = readInput(choice, 'Tốt');
    expect(r).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(r.ok === false && r.error.message.vi).toContain('Đạt; Không đạt');
  });
  it('readInputs: too many non-blank inputs is an error (value)', () => {
    const r = readInputs([number, count], [1, 2, 3]);
    expect(r).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(r.ok === false && r.error.message.en).toContain('Got 3 values');
    expect(readInputs([number], [1, null, 2])).toMatchObject({ ok: false, error: { code: 'value' } });
    expect(readInputs([], [0])).toMatchObject({ ok: false, error: { code: 'value' } });
  });
  it('readInputs stops at the first bad input', () => {
    const r = readInputs([number, count], [-1, 2.5]);
    expect(r).toMatchObject({ ok: false, error: { code: 'num' } });
    expect(r.ok === false && r.error.message.en).toContain('must not be negative');
  });
});
