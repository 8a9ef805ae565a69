import { describe, expect, it } from 'vitest';
import { columnWidths, DEFAULT_COLUMN_PX, indexAt, prefixSums, revealScroll, ROW_PX, rowHeights, windowOf } from '../../src/preview/layout';

describe('the grid’s geometry', () => {
  const offsets = prefixSums([10, 20, 30, 40]); // 0 10 30 60 100

  it('prefix sums and the item at a position', () => {
    expect([...offsets]).toEqual([0, 10, 30, 60, 100]);
    expect([0, 9, 10, 29, 30, 99, 100, 500, -5].map((p) => indexAt(offsets, p))).toEqual([0, 0, 1, 1, 2, 3, 3, 3, 0]);
    expect(indexAt(prefixSums([]), 5)).toBe(0);
  });

  it('the window in view, with overscan, after the frozen items', () => {
    expect(windowOf(offsets, 12, 20, 0, 0)).toEqual({ from: 1, to: 2 });
    expect(windowOf(offsets, 12, 20, 2, 0)).toEqual({ from: 2, to: 2 });
    expect(windowOf(offsets, 0, 1000, 0, 2)).toEqual({ from: 0, to: 3 });
    expect(windowOf(offsets, 0, 10, 4)).toEqual({ from: 4, to: 3 }); // nothing past the frozen items
  });

  it('renders a bounded window of a 10,000-row sheet wherever it is scrolled', () => {
    const rows = prefixSums(rowHeights(10_000, new Map([[5, 3]])));
    expect(rows[10_000]).toBe(ROW_PX * 9_999 + 6 + 16 * 3);
    for (const top of [0, 50_000, rows[10_000]! - 600]) {
      const w = windowOf(rows, top, 600, 1);
      expect(w.to - w.from + 1).toBeLessThanOrEqual(Math.ceil(600 / ROW_PX) + 5);
    }
  });

  it('scrolls just enough to show an item, frozen items always shown', () => {
    expect(revealScroll(offsets, 3, 1, 0, 50)).toBe(50); // item 3: 60–100, viewport 50 − frozen 10
    expect(revealScroll(offsets, 1, 1, 25, 50)).toBe(0);
    expect(revealScroll(offsets, 2, 1, 0, 50)).toBe(10); // its bottom edge into view
    expect(revealScroll(offsets, 1, 1, 0, 50)).toBe(0); // already in view
    expect(revealScroll(offsets, 0, 1, 33, 50)).toBe(33); // frozen
  });

  it('column widths from the plan: characters to pixels, hidden columns 0, others the default', () => {
    expect(columnWidths([{ width: 10 }, { width: 4, hidden: true }], 3)).toEqual([75, 0, DEFAULT_COLUMN_PX]);
  });
});
