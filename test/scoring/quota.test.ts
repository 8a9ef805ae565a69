import { describe, expect, it } from 'vitest';
import { maxAllowedA, QUOTA_CAP, QUOTA_CAP_OUTSTANDING, solveQuota, type QuotaPerson } from '../../src/scoring/quota';
import type { GradeCode } from '../../src/scoring/types';

const A = (id: string, score: number | null, isHead = false): QuotaPerson => ({ id, score, grade: 'HTXSNV', isHead });
const others = (n: number, grade: GradeCode = 'HTTNV', prefix = 'b'): QuotaPerson[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, score: 80, grade }));
const sorted = (ids: readonly string[]) => [...ids].sort();

/** Reference by brute force in integers: the largest k ≤ nA with k ≤ cap × (nB + nA − k), cap = num/den. */
const reference = (nA: number, nB: number, capNum: number, capDen: number): number => {
  for (let k = nA; k > 0; k--) if (k * capDen <= capNum * (nB + nA - k)) return k;
  return 0;
};

describe('quota — arguments', () => {
  it('caps: 20%, and 25% for an outstanding unit', () => {
    expect(QUOTA_CAP).toBe(0.2);
    expect(QUOTA_CAP_OUTSTANDING).toBe(0.25);
  });
  it('solveQuota reports the counts', () => {
    const r = solveQuota([A('a1', 95), ...others(10), ...others(2, 'HTNV', 'c'), { id: 'x', score: null, grade: null }]);
    expect(r.countA).toBe(1);
    expect(r.countB).toBe(10);
  });
});

describe('quota — normal cases', () => {
  it('maxAllowedA: nA=3, nB=10 → 2 (k=2 ≤ 0.2×11 = 2.2; k=3 > 0.2×10 = 2)', () => {
    expect(maxAllowedA(3, 10)).toBe(2);
  });
  it('maxAllowedA: nA=1, nB=4 → 0 (1.2k ≤ 0.2×5 = 1 has no k ≥ 1)', () => {
    expect(maxAllowedA(1, 4)).toBe(0);
  });
  it('maxAllowedA: nA=1, nB=5 → 1 (1 ≤ 0.2×5, exactly)', () => {
    expect(maxAllowedA(1, 5)).toBe(1);
  });
  it('maxAllowedA: everyone within the quota keeps A', () => {
    expect(maxAllowedA(2, 10)).toBe(2); // 2 ≤ 0.2×10
    expect(maxAllowedA(10, 50)).toBe(10); // 10 ≤ 0.2×50
  });
  it('maxAllowedA with the 25% cap: nA=4, nB=16 → 4 (20% would give 3)', () => {
    // 25%: 4 ≤ 0.25×16 = 4. 20%: 3 ≤ 0.2×17 = 3.4 but 4 > 0.2×16 = 3.2.
    expect(maxAllowedA(4, 16, QUOTA_CAP_OUTSTANDING)).toBe(4);
    expect(maxAllowedA(4, 16)).toBe(3);
    expect(maxAllowedA(3, 10, 0.25)).toBe(2); // 2 ≤ 0.25×11; 3 > 0.25×10
  });
  it('maxAllowedA agrees with the brute-force fixed point for every nA, nB up to 60', () => {
    for (let nA = 0; nA <= 60; nA++) {
      for (let nB = 0; nB <= 60; nB++) {
        expect(maxAllowedA(nA, nB), `20% nA=${nA} nB=${nB}`).toBe(reference(nA, nB, 1, 5));
        expect(maxAllowedA(nA, nB, 0.25), `25% nA=${nA} nB=${nB}`).toBe(reference(nA, nB, 1, 4));
      }
    }
  });
  it('solveQuota demotes the lowest-scored A\'s', () => {
    // nA=4, nB=10: k=2 ≤ 0.2×12 = 2.4; k=3 > 0.2×11 = 2.2 → 2 stay
    const r = solveQuota([A('a91', 91), A('a98', 98), A('a93', 93), A('a95', 95), ...others(10)]);
    expect(r.maxA).toBe(2);
    expect(r.kept).toEqual(['a98', 'a95']);
    expect(r.demoted).toEqual(['a93', 'a91']);
    expect(r.tied).toEqual([]);
    expect(r.seatsForTied).toBe(0);
    expect(r.cutScore).toBe(95);
  });
  it('solveQuota: nobody demoted when within the quota', () => {
    const r = solveQuota([A('a1', 92), ...others(10)]);
    expect(r.maxA).toBe(1);
    expect(r.kept).toEqual(['a1']);
    expect(r.demoted).toEqual([]);
    expect(r.tied).toEqual([]);
    expect(r.cutScore).toBeNull();
  });
  it('solveQuota with the 25% cap', () => {
    const people = [A('a1', 99), A('a2', 97), A('a3', 95), A('a4', 93), ...others(16)];
    expect(solveQuota(people).demoted).toEqual(['a4']);
    expect(solveQuota(people, QUOTA_CAP_OUTSTANDING).demoted).toEqual([]);
  });
});

describe('quota — boundaries', () => {
  it('a tie at the cut line is reported, nobody silently chosen', () => {
    // maxA = 2; scores 98, 95, 95, 91: one seat for two people at 95
    const r = solveQuota([A('a98', 98), A('x95', 95), A('y95', 95), A('a91', 91), ...others(10)]);
    expect(r.maxA).toBe(2);
    expect(r.kept).toEqual(['a98']);
    expect(sorted(r.tied)).toEqual(['x95', 'y95']);
    expect(r.seatsForTied).toBe(1);
    expect(r.demoted).toEqual(['a91']);
    expect(r.cutScore).toBe(95);
  });
  it('ties are judged on the rounded score (94.996 and 95 are both 95.00)', () => {
    const r = solveQuota([A('a98', 98), A('x', 94.996), A('y', 95), ...others(10)]);
    // nA=3, nB=10 → 2
    expect(r.kept).toEqual(['a98']);
    expect(sorted(r.tied)).toEqual(['x', 'y']);
    expect(r.seatsForTied).toBe(1);
  });
  it('everyone tied: all in `tied`, with the number of seats', () => {
    const r = solveQuota([A('p', 95), A('q', 95), A('r', 95), ...others(10)]);
    expect(r.kept).toEqual([]);
    expect(r.demoted).toEqual([]);
    expect(sorted(r.tied)).toEqual(['p', 'q', 'r']);
    expect(r.seatsForTied).toBe(2);
  });
  it('a tie strictly above the cut line is not a tie for the authority', () => {
    const r = solveQuota([A('p', 98), A('q', 98), A('r', 95), A('s', 93), ...others(10)]);
    expect(sorted(r.kept)).toEqual(['p', 'q']);
    expect(r.demoted).toEqual(['r', 's']);
    expect(r.tied).toEqual([]);
  });
  it('heads of unit are not counted, neither as A nor as B', () => {
    // Without the head: nA=2 (97, 92), nB=5 → 2×1.2 = 2.4 > 0.2×7 = 1.4 → maxA = 1.
    const r = solveQuota([
      A('head', 99, true),
      { id: 'headB', score: 80, grade: 'HTTNV', isHead: true },
      A('a97', 97),
      A('a92', 92),
      ...others(5),
    ]);
    expect(r.countA).toBe(2);
    expect(r.countB).toBe(5);
    expect(r.maxA).toBe(1);
    expect(r.kept).toEqual(['a97']);
    expect(r.demoted).toEqual(['a92']);
    expect([...r.kept, ...r.demoted, ...r.tied]).not.toContain('head');
  });
  it('unknown (null) scores sort as the lowest and are demoted first', () => {
    // nA=3, nB=10 → 2
    const r = solveQuota([A('n', null), A('a95', 95), A('a92', 92), ...others(10)]);
    expect(r.kept).toEqual(['a95', 'a92']);
    expect(r.demoted).toEqual(['n']);
  });
  it('two null scores at the cut line are a tie, without a cut score', () => {
    // nA=4, nB=10 → maxA 2; 95 is kept; one seat between the two unknowns
    const r = solveQuota([A('a95', 95), A('n1', null), A('n2', null), A('z', null), ...others(10)]);
    expect(r.maxA).toBe(2);
    expect(r.kept).toEqual(['a95']);
    expect(sorted(r.tied)).toEqual(['n1', 'n2', 'z']);
    expect(r.seatsForTied).toBe(1);
    expect(r.cutScore).toBeNull();
  });
  it('B = 0: maxAllowedA(nA, 0)', () => {
    // k ≤ 0.2 × (nA − k) ⇔ 6k ≤ nA
    expect(maxAllowedA(5, 0)).toBe(0);
    expect(maxAllowedA(6, 0)).toBe(1);
    expect(maxAllowedA(12, 0)).toBe(2);
    expect(maxAllowedA(0, 0)).toBe(0);
    expect(maxAllowedA(0, 10)).toBe(0);
  });
  it('B = 0 in solveQuota: three A\'s with no B all go down (1 > 0.2 × 2)', () => {
    const r = solveQuota([A('p', 99), A('q', 96), A('r', 91)]);
    expect(r.countB).toBe(0);
    expect(r.maxA).toBe(0);
    expect(r.kept).toEqual([]);
    expect(r.demoted).toEqual(['p', 'q', 'r']);
    expect(r.tied).toEqual([]);
    expect(r.cutScore).toBeNull();
  });
  it('no A at all', () => {
    const r = solveQuota(others(10));
    expect(r).toMatchObject({ countA: 0, countB: 10, maxA: 0, kept: [], demoted: [], tied: [] });
    expect(solveQuota([])).toMatchObject({ countA: 0, countB: 0, maxA: 0, kept: [], demoted: [] });
  });
});

describe('quota — bad input', () => {
  it('negative counts give 0', () => {
    expect(maxAllowedA(-1, 10)).toBe(0);
    expect(maxAllowedA(3, -100)).toBe(0);
  });
});
