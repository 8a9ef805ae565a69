/** The section chart's geometry, without a DOM. */

export interface SectionPoints {
  readonly id: string;
  readonly title: string;
  readonly self: number;
  readonly forecast: number;
  readonly max: number | null;
}

/** One scale for every row (the largest maximum or value), so sections compare by length. */
export function chartScale(sections: readonly SectionPoints[]): number {
  return Math.max(0, ...sections.map((s) => Math.max(Math.abs(s.max ?? 0), Math.abs(s.self), Math.abs(s.forecast))));
}

/** A bar's width in % of the track; THADS deduction sections are negative and drawn by their size (and faded). */
export function barPercent(value: number, scale: number): number {
  if (!(scale > 0) || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, (Math.abs(value) / scale) * 100));
}
