import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataEdge, formulaProblem, listAccepts, listShown, parseTsv, refusedValue, shiftFormula, toTsv } from '../../src/preview/editing';

describe('toTsv / parseTsv: the clipboard’s tab-separated text', () => {
  it('reads what Excel and LibreOffice put on the clipboard (CRLF or LF, a last line break)', () => {
    expect(parseTsv('1\t2\t3\r\n4\t5\t6\r\n')).toEqual([['1', '2', '3'], ['4', '5', '6']]);
    expect(parseTsv('a\tb\nc\td\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseTsv('một ô')).toEqual([['một ô']]);
  });

  it('keeps empty cells and quoted cells holding tabs, line breaks and quotes', () => {
    expect(parseTsv('\t\tx\r\n')).toEqual([['', '', 'x']]);
    expect(parseTsv('"dòng 1\ndòng 2"\t"có ""ngoặc"""\r\n')).toEqual([['dòng 1\ndòng 2', 'có "ngoặc"']]);
    // A quote starting ordinary text is text.
    expect(parseTsv('"Số 12" ngày 3\tx')).toEqual([['"Số 12" ngày 3', 'x']]);
  });

  it('reads back what it writes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Đ', ' ', '\t', '\n', '"', '1', ',') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const width = rows[0]!.length;
        const square = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        expect(parseTsv(toTsv(square))).toEqual(square);
      }),
    );
  });

  it('reads nothing from nothing', () => {
    expect(parseTsv('')).toEqual([]);
  });
});

describe('shiftFormula: references moved as Excel’s Ctrl+D and paste move them', () => {
  it('moves relative parts, keeps "$" parts', () => {
    expect(shiftFormula('=A3*10', 2, 0)).toBe('=A5*10');
    expect(shiftFormula('=SUM($B$2:B2)+C$1+$D4', 3, 1)).toBe('=SUM($B$2:C5)+D$1+$D7');
  });

  it('leaves function names, sheet-less names and text alone', () => {
    expect(shiftFormula('=CCHC.RATIO(J12,L12,C12,0.8)', 1, 0)).toBe('=CCHC.RATIO(J13,L13,C13,0.8)');
    expect(shiftFormula('=LOG10(A1)&"A1"', 1, 0)).toBe('=LOG10(A2)&"A1"');
    expect(shiftFormula('=KPI.GRADE(B6,"name")', 1, 0)).toBe('=KPI.GRADE(B7,"name")');
  });

  it('gives #REF! for a reference moved off the sheet', () => {
    expect(shiftFormula('=A1+1', -1, 0)).toBe('=#REF!+1');
  });
});

describe('dataEdge: Ctrl+arrow', () => {
  const cells = [true, true, true, false, false, true, false];
  const filled = (i: number) => cells[i] ?? false;
  it('goes to the end of the block it is in', () => expect(dataEdge(0, 1, 6, filled)).toBe(2));
  it('jumps to the next data from the end of a block or a blank', () => {
    expect(dataEdge(2, 1, 6, filled)).toBe(5);
    expect(dataEdge(3, 1, 6, filled)).toBe(5);
  });
  it('stops at the edge when nothing follows', () => {
    expect(dataEdge(5, 1, 6, filled)).toBe(6);
    expect(dataEdge(6, 1, 6, filled)).toBe(6);
    expect(dataEdge(2, -1, 6, filled)).toBe(0);
    expect(dataEdge(0, -1, 6, filled)).toBe(0);
  });
});

describe('list validations', () => {
  it('accept a value of the list, typed the Vietnamese way, text case aside; a blank; a formula', () => {
    expect(listAccepts([0, 0.5, 1], '0,5')).toBe(true);
    expect(listAccepts([0, 0.5, 1], '1')).toBe(true);
    expect(listAccepts(['Có', 'Không'], 'không')).toBe(true);
    expect(listAccepts([0, 1], '')).toBe(true);
    expect(listAccepts([0, 1], '=D7')).toBe(true);
  });

  it('refuse anything else, naming the values as the cells show them', () => {
    expect(listAccepts([0, 0.5, 1], '7')).toBe(false);
    expect(listAccepts([0, 0.5, 1], '0.6')).toBe(false);
    expect(listAccepts(['Có', 'Không'], 'Co')).toBe(false);
    expect(listShown([0, 0.5, 1])).toEqual(['0', '0,5', '1']);
    expect(refusedValue('D17', [0, 0.5, 1]).vi).toBe('Ô D17 chỉ nhận một trong các giá trị của danh sách: 0; 0,5; 1.');
    expect(refusedValue('D17', [0, 1]).en).toBe("D17 only takes one of the list's values: 0; 1.");
  });
});

describe('formulaProblem', () => {
  it('names a missing or extra parenthesis, an open quote, else says what to check', () => {
    expect(formulaProblem('=SUM(1,2').vi).toBe('Công thức thiếu 1 dấu ngoặc đóng “)”.');
    expect(formulaProblem('=IF(A1>0,SUM(1,2').en).toBe('The formula is missing 2 closing parentheses “)”.');
    expect(formulaProblem('=SUM(1,2))').vi).toBe('Công thức thừa dấu ngoặc đóng “)”.');
    expect(formulaProblem('=")"&"(').vi).toBe('Công thức thiếu dấu ngoặc kép " đóng.');
    expect(formulaProblem('=1+*2').en).toMatch(/^This formula cannot be read/);
  });
});
