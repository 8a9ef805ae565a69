import { describe, expect, it } from 'vitest';
import {
  blockAddress,
  charsToPoints,
  columnGroups,
  cover,
  formulaInput,
  gridBlocks,
  needsTextPrefix,
  padToA1,
  parseRange,
  safeMerges,
} from '../../../src/taskpane/excel/planRanges';
import { handPlan } from './plans';

describe('cover', () => {
  it('covers a full grid with one rectangle', () => {
    expect(cover(3, 4, () => 'w').map(blockAddress)).toEqual(['A1:D3']);
  });

  it('stacks runs over the same columns and splits around holes', () => {
    const hole = (r: number, c: number): string | undefined => (r >= 2 && c === 3 ? undefined : 'w');
    expect(cover(6, 5, hole).map(blockAddress)).toEqual(['A1:E2', 'A3:C6', 'E3:E6']);
  });

  it('keeps keys apart', () => {
    const key = (r: number, c: number): string => (c === 0 ? 'a' : r === 0 ? 'h' : 'b');
    expect(cover(3, 3, key).map((b) => `${b.key}:${blockAddress(b)}`)).toEqual(['a:A1:A3', 'h:B1:C1', 'b:B2:C3']);
  });

  it('never covers a cell without a key (property over random masks)', () => {
    for (let seed = 1; seed < 40; seed++) {
      const mask = Array.from({ length: 9 }, (_, r) => Array.from({ length: 7 }, (_, c) => (r * 31 + c * 17 + seed * 13) % 5 !== 0));
      const blocks = cover(9, 7, (r, c) => (mask[r]![c] ? 'w' : undefined));
      const seen = mask.map((row) => row.map(() => 0));
      for (const b of blocks)
        for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) seen[r]![c]! += 1;
      expect(seen).toEqual(mask.map((row) => row.map((m) => (m ? 1 : 0))));
    }
  });

  it('handles nothing to cover', () => {
    expect(cover(0, 5, () => 'w')).toEqual([]);
    expect(cover(4, 4, () => undefined)).toEqual([]);
  });
});

describe('formulaInput', () => {
  it('writes formulas, numbers, booleans and blanks as they are', () => {
    expect(formulaInput({ formula: '=SUM(A1:A3)' })).toBe('=SUM(A1:A3)');
    expect(formulaInput({ value: 0.5 })).toBe(0.5);
    expect(formulaInput({ value: true })).toBe(true);
    expect(formulaInput({ value: null })).toBe('');
    expect(formulaInput(undefined)).toBe('');
    expect(formulaInput({ style: 'input' })).toBe('');
  });

  it('keeps text that Excel would convert as text', () => {
    for (const s of ['1.1', '7.2', '(1)', '- nội dung', '=1', '+84', 'TRUE', '#N/A', '10%', '2024-01-05', '1/2', 'Jan 5', "'x"])
      expect([s, formulaInput({ value: s })]).toEqual([s, `'${s}`]);
    for (const s of ['Tiêu chí', 'Điểm tối đa', 'Xã A', 'NỘI DUNG']) expect(formulaInput({ value: s })).toBe(s);
    expect(needsTextPrefix('')).toBe(false);
  });
});

describe('gridBlocks', () => {
  it('leaves kept cells out of every rectangle and every note', () => {
    const plan = handPlan(10);
    const keep = plan.grid.map((row, r) => row.map((_, c) => r >= 2 && (c === 3 || (c === 1 && r === 4))));
    const g = gridBlocks(plan, keep);
    const inside = (b: { row: number; col: number; rows: number; cols: number }, r: number, c: number): boolean =>
      r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols;
    const blocks = [...g.cells.map((x) => x.block), ...g.numberFormats.map((x) => x.block), ...g.styles.map((x) => x.block)];
    keep.forEach((row, r) => row.forEach((k, c) => k && expect(blocks.some((b) => inside(b, r, c))).toBe(false)));
    // Notes sit on B5 and B8; B5 is kept.
    expect(g.notes).toEqual([{ cell: 'B8', text: 'Ghi chú 6' }]);
    expect(g.cells.map((x) => blockAddress(x.block))).toEqual(['A1:E2', 'A3:C4', 'E3:E10', 'A5', 'C5', 'A6:C10']);
  });
});

describe('columns, merges, addresses', () => {
  it('converts characters to points (8.43 characters = 64 px = 48 pt)', () => {
    expect(charsToPoints(8.43)).toBeCloseTo(48, 1);
    expect(charsToPoints(10)).toBe(56.25);
  });

  it('groups columns of one width and hidden columns', () => {
    expect(columnGroups(handPlan(5))).toEqual({
      widths: [
        { columns: 'A:A', width: 6 },
        { columns: 'B:B', width: 50 },
        { columns: 'C:E', width: 10 },
      ],
      hidden: ['E:E'],
    });
  });

  it('drops a merge that would discard kept data, keeps one whose kept cell is the top-left', () => {
    const plan = { ...handPlan(5), merges: ['A1:E1', 'A2:B2'] };
    expect(safeMerges(plan, [[false, true]])).toEqual(['A2:B2']);
    expect(safeMerges(plan, [[true]])).toEqual(['A1:E1', 'A2:B2']);
    expect(safeMerges(plan)).toEqual(['A1:E1', 'A2:B2']);
  });

  it('parses the addresses Excel returns', () => {
    expect(parseRange('Sheet1!C3:E7')).toEqual({ row: 2, col: 2, rows: 5, cols: 3 });
    expect(parseRange("'Tự chấm!'!$B$2")).toEqual({ row: 1, col: 1, rows: 1, cols: 1 });
    expect(parseRange('A:A')).toBeNull();
  });

  it('pads a range read from C3 back to A1', () => {
    expect(padToA1([[1, 2]], { row: 2, col: 2 })).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '', 1, 2],
    ]);
  });
});
