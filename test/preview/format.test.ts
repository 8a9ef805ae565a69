import { describe, expect, it } from 'vitest';
import { editText, formatValue, serialToDate } from '../../src/preview/format';

describe('formatValue: a cell as a Vietnamese Excel shows it', () => {
  it('the plans’ number formats', () => {
    expect(formatValue(8.5, '0.00')).toBe('8,50');
    expect(formatValue(2024, '0')).toBe('2024');
    expect(formatValue(0.9167, '0.00%')).toBe('91,67%');
    expect(formatValue(0.95, '0%')).toBe('95%');
    expect(formatValue(1_234_567, '#,##0')).toBe('1.234.567');
    expect(formatValue(45621, 'dd/mm/yyyy')).toBe('25/11/2024');
  });

  it('General: up to 10 significant digits, decimal comma, no grouping', () => {
    expect(formatValue(1 / 3)).toBe('0,3333333333');
    expect(formatValue(12345)).toBe('12345');
    expect(formatValue(0.1 + 0.2)).toBe('0,3');
  });

  it('boundaries: blanks, booleans, negatives that round to zero', () => {
    expect(formatValue(null)).toBe('');
    expect(formatValue('')).toBe('');
    expect(formatValue(true)).toBe('TRUE');
    expect(formatValue(-0.001, '0.00')).toBe('0,00');
    expect(formatValue(-1.5, '0.00')).toBe('-1,50');
  });

  it('text and error codes as they are', () => {
    expect(formatValue('#DIV/0!', '0.00')).toBe('#DIV/0!');
    expect(formatValue('Báo cáo số 123/BC-UBND')).toBe('Báo cáo số 123/BC-UBND');
    expect(serialToDate(Number.NaN)).toBe('NaN');
  });
});

describe('editText: what the formula bar shows', () => {
  it('the formula as typed, else the raw value', () => {
    expect(editText(0.8, '=CCHC.RATIO(8,10,1)')).toBe('=CCHC.RATIO(8,10,1)');
    expect(editText(0.5, undefined)).toBe('0,5');
    expect(editText(null, undefined)).toBe('');
    expect(editText(false, undefined)).toBe('FALSE');
    expect(editText('x', undefined)).toBe('x');
  });
});
