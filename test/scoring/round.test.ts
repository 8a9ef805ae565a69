import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atLeast, round } from '../../src/scoring/round';

describe('round (2 decimals, half away from zero, as Excel ROUND)', () => {
  it('rounds ordinary values', () => {
    expect(round(1.234)).toBe(1.23);
    expect(round(1.235)).toBe(1.24);
    expect(round(64.16666666)).toBe(64.17);
    expect(round(0)).toBe(0);
  });
  it('is decimal-safe at the boundary: 89.995 → 90, 89.994 → 89.99', () => {
    expect(round(89.995)).toBe(90);
    expect(round(89.994)).toBe(89.99);
    expect(round(1.005)).toBe(1.01);
    expect(round(2.675)).toBe(2.68);
  });
  it('rounds halves away from zero for negatives', () => {
    expect(round(-1.005)).toBe(-1.01);
    expect(round(-0.004)).toBe(0);
    expect(Object.is(round(-0.001), -0)).toBe(false);
  });
  it('supports other decimal counts and passes non-finite values through', () => {
    expect(round(12.5, 0)).toBe(13);
    expect(round(Number.NaN)).toBeNaN();
    expect(round(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('atLeast (threshold without floating noise)', () => {
  it('treats 80% exactly as reaching 80%', () => {
    expect(atLeast(0.8, 0.8)).toBe(true);
    expect(atLeast(8, 0.8 * 10)).toBe(true);
    expect(atLeast(0.7 * 3, 2.1)).toBe(true);
    expect(atLeast(0.79, 0.8)).toBe(false);
  });
});

describe('round: the fast path (away from a half) agrees with reading back at 15 significant digits', () => {
  const reference = (value: number, decimals = 2): number => {
    if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
    const factor = 10 ** decimals;
    const r = ((value < 0 ? -1 : 1) * Math.round(Number((Math.abs(value) * factor).toPrecision(15)))) / factor;
    return r === 0 ? 0 : r;
  };
  it('on random scores, sums of points and near-halves', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 4 }), (v, d) => Object.is(round(v, d), reference(v, d))),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -3, max: 3 }), (k, e) => {
        const v = (k + 0.5) / 100 + e * Number.EPSILON * Math.abs(k);
        return Object.is(round(v), reference(v));
      }),
      { numRuns: 20_000 },
    );
  });
});
