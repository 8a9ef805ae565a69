/**
 * Geometry of the preview grid, pure so it is tested without a browser: column widths and row heights as prefix sums,
 * and the window of rows and columns a viewport shows. Only that window is rendered, so a 10,000-row sheet costs what
 * a 40-row one does.
 */
import type { ColumnPlan } from '../sheet/types';
import { columnPx } from './workbook';

export const ROW_PX = 22;
export const LINE_PX = 16;
export const HEADER_PX = 22;
export const DEFAULT_COLUMN_PX = 64;
/** Rows and columns shown past the used range, to type into. */
export const SPARE_ROWS = 30;
export const SPARE_COLUMNS = 4;
export const MIN_ROWS = 60;
export const MIN_COLUMNS = 26;

/** offsets[i] = position of item i; offsets[n] = total size. */
export function prefixSums(sizes: ArrayLike<number>): Float64Array {
  const out = new Float64Array(sizes.length + 1);
  for (let i = 0; i < sizes.length; i++) out[i + 1] = out[i]! + sizes[i]!;
  return out;
}

/** The item at a position: the largest i with offsets[i] ≤ pos (clamped to the items). */
export function indexAt(offsets: Float64Array, pos: number): number {
  const n = offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Items intersecting [start, start + size), among those from `first` on, with `overscan` more on each side. */
export function windowOf(offsets: Float64Array, start: number, size: number, first = 0, overscan = 2): { from: number; to: number } {
  const n = offsets.length - 1;
  if (n <= first) return { from: first, to: first - 1 };
  const from = Math.max(first, indexAt(offsets, start) - overscan);
  const to = Math.min(n - 1, indexAt(offsets, start + Math.max(0, size - 1)) + overscan);
  return { from, to };
}

export function columnWidths(columns: readonly ColumnPlan[], count: number): number[] {
  return Array.from({ length: count }, (_, c) => {
    const plan = columns[c];
    if (!plan) return DEFAULT_COLUMN_PX;
    return plan.hidden ? 0 : columnPx(plan.width);
  });
}

export function rowHeights(count: number, lines: ReadonlyMap<number, number>): Float64Array {
  const out = new Float64Array(count).fill(ROW_PX);
  for (const [row, n] of lines) if (row < count && n > 1) out[row] = Math.max(ROW_PX, 6 + LINE_PX * n);
  return out;
}

/**
 * The scroll position that brings an item into view in a pane that starts after `frozen` px of fixed items, or the
 * current one when it is already in view. Frozen items are always in view.
 */
export function revealScroll(offsets: Float64Array, index: number, frozenItems: number, current: number, viewport: number): number {
  if (index < frozenItems) return current;
  const frozen = offsets[frozenItems] ?? 0;
  const start = offsets[index]! - frozen;
  const end = offsets[index + 1]! - frozen;
  const visible = Math.max(0, viewport - frozen);
  if (start < current) return start;
  if (end > current + visible) return Math.max(0, Math.min(start, end - visible));
  return current;
}

/** "A" … "Z", "AA" …: column letters for the header. */
export { columnLetter } from '../sheet/a1';
