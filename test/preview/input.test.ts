import { describe, expect, it } from 'vitest';
import { invariantFormula, parseTyped } from '../../src/preview/input';

describe('parseTyped: what a person types into a cell', () => {
  it('formulas, invariant form kept, vi-VN form turned into it', () => {
    expect(parseTyped('=CCHC.RATIO(8,10,1)')).toEqual({ kind: 'formula', formula: '=CCHC.RATIO(8,10,1)' });
    expect(parseTyped('=CCHC.RATIO(8;10;1;0,8)')).toEqual({ kind: 'formula', formula: '=CCHC.RATIO(8,10,1,0.8)' });
    expect(parseTyped('  =KPI.GRADE(B6;"name")  ')).toEqual({ kind: 'formula', formula: '=KPI.GRADE(B6,"name")' });
  });

  it('numbers the Vietnamese way, percentages, booleans', () => {
    expect(parseTyped('8,5')).toEqual({ kind: 'value', value: 8.5 });
    expect(parseTyped('0.5')).toEqual({ kind: 'value', value: 0.5 });
    expect(parseTyped('95%')).toEqual({ kind: 'value', value: 0.95 });
    expect(parseTyped('1.234.567')).toEqual({ kind: 'value', value: 1_234_567 });
    expect(parseTyped('true')).toEqual({ kind: 'value', value: true });
  });

  it('boundaries: blank clears, "=" alone is text', () => {
    expect(parseTyped('')).toEqual({ kind: 'value', value: null });
    expect(parseTyped('   ')).toEqual({ kind: 'value', value: null });
    expect(parseTyped('=')).toEqual({ kind: 'value', value: '=' });
  });

  it('text stays as typed, spaces included', () => {
    expect(parseTyped('Số:   /BC-UBND')).toEqual({ kind: 'value', value: 'Số:   /BC-UBND' });
    expect(parseTyped('Hoàn thành tốt nhiệm vụ')).toEqual({ kind: 'value', value: 'Hoàn thành tốt nhiệm vụ' });
  });

  it('never touches string literals', () => {
    expect(invariantFormula('=IF(A1;"a;b";"0,5")')).toBe('=IF(A1,"a;b","0,5")');
    expect(invariantFormula('=SUM(A1,B1)')).toBe('=SUM(A1,B1)');
  });
});
