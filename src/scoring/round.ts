/**
 * Decision (DOMAIN.md, Rounding): points are rounded to 2 decimals, half away from zero, as Excel's ROUND.
 * Excel works on 15 significant digits, so 89.995 (stored as 89.99499999999999) rounds to 90.00: the shifted value
 * is read back at 15 significant digits before rounding, which removes the binary noise.
 */
export function round(value: number, decimals = 2): number {
  if (!Number.isFinite(value)) return value;
  if (value === 0) return 0;
  const sign = value < 0 ? -1 : 1;
  const factor = 10 ** decimals;
  const x = Math.abs(value) * factor;
  // Away from a half (and below 1e9, where 15 significant digits move x by far less than 1e-6), reading x back at 15
  // digits cannot change which integer is nearest: skip the string round trip (issue 15: whole columns).
  if (x < 1e9 && Math.abs(x - Math.floor(x) - 0.5) > 1e-6) {
    const fast = (sign * Math.round(x)) / factor;
    return fast === 0 ? 0 : fast;
  }
  const shifted = Number(x.toPrecision(15));
  const result = (sign * Math.round(shifted)) / factor;
  return result === 0 ? 0 : result;
}

/** r ≥ t decided without floating-point noise (DOMAIN.md rule 2 Decision: within 1e-9). */
export const atLeast = (value: number, threshold: number): boolean => value >= threshold - 1e-9;
