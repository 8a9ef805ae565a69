import { describe, expect, it } from 'vitest';
import { formatVietnameseNumber, parseVietnameseNumber } from '../../src/scoring/numbers';

describe('parseVietnameseNumber', () => {
  it('reads decimal commas', () => {
    expect(parseVietnameseNumber('8,5')).toBe(8.5);
    expect(parseVietnameseNumber('0,5')).toBe(0.5);
    expect(parseVietnameseNumber(' 1,25 ')).toBe(1.25);
  });
  it('reads dots as thousands when grouped by three', () => {
    expect(parseVietnameseNumber('1.234.567')).toBe(1234567);
    expect(parseVietnameseNumber('1.234')).toBe(1234);
    expect(parseVietnameseNumber('12.500')).toBe(12500);
  });
  it('reads a dot as a decimal point otherwise', () => {
    expect(parseVietnameseNumber('12.5')).toBe(12.5);
    expect(parseVietnameseNumber('0.125')).toBe(0.125);
  });
  it('reads mixed separators by the last one', () => {
    expect(parseVietnameseNumber('1.234,5')).toBe(1234.5);
    expect(parseVietnameseNumber('1,234.5')).toBe(1234.5);
    expect(parseVietnameseNumber('1,234,567')).toBe(1234567);
  });
  it('reads signs and percentages', () => {
    expect(parseVietnameseNumber('-2,5')).toBe(-2.5);
    expect(parseVietnameseNumber('95%')).toBeCloseTo(0.95, 12);
    expect(parseVietnameseNumber('80,5 %')).toBeCloseTo(0.805, 12);
  });
  it('rejects what is not a number', () => {
    for (const bad of ['', '   ', 'abc', '1,2,3', '1.2.3', '1.23.456', '1.234,5,6', '.', ',', '12a', '--1', 'NaN', 'Infinity']) {
      expect(parseVietnameseNumber(bad), bad).toBeNull();
    }
  });
});

describe('formatVietnameseNumber', () => {
  it('writes decimal commas and thousands dots', () => {
    expect(formatVietnameseNumber(8.5)).toBe('8,5');
    expect(formatVietnameseNumber(1234567)).toBe('1.234.567');
    expect(formatVietnameseNumber(-1234.5)).toBe('-1.234,5');
    expect(formatVietnameseNumber(100)).toBe('100');
  });
});
