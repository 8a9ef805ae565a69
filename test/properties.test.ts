import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as fx from '../src/functions/functions';
import { flatten, isScorable, scoreCriterion } from '../src/scoring/criterion';
import { FRAMEWORKS } from '../src/scoring/frameworks';
import { ratioPoints } from '../src/scoring/rules';
import { CustomFunctionsError } from './support/customFunctions';

/** What a cell can hold, and the hostile values Excel or a user can send. */
const cellValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.constant(''),
  fc.constant(0),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1e308, -1e308, Number.MAX_SAFE_INTEGER),
  fc.double({ noNaN: false }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.double({ min: 1.0000001, max: 200, noNaN: true }),
  fc.boolean(),
  fc.string(),
  fc.constantFrom('8,5', '1.234.567', '95%', 'A', 'HTXSNV', 'Hoàn thành nhiệm vụ', 'xa-2024', 'hn-m03', '7.1', 'II', 'x', 'có', 'literal', 'scale', 'name', 'code', 'TRUE'),
);
const range = fc.array(fc.array(cellValue, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
const arg = fc.oneof(cellValue, range);

const isCellResult = (v: unknown): boolean =>
  (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || v instanceof CustomFunctionsError;

const FUNCTIONS = Object.entries(fx).filter(([, f]) => typeof f === 'function') as [string, (...a: unknown[]) => unknown][];

describe('every custom function, fed 10,000 random inputs', () => {
  it('has been found', () => expect(FUNCTIONS.length).toBeGreaterThanOrEqual(17));
  for (const [name, fn] of FUNCTIONS) {
    it(`${name} returns a finite number, a text or an Excel error, never throws`, () => {
      fc.assert(
        fc.property(fc.array(arg, { minLength: 0, maxLength: Math.max(fn.length + 2, 3) }), (args) => {
          let out: unknown;
          expect(() => {
            out = fn(...args);
          }).not.toThrow();
          expect(isCellResult(out), `${name}(${JSON.stringify(args)}) → ${String(out)}`).toBe(true);
        }),
        { numRuns: 10_000 },
      );
    });
  }
});

describe('no criterion ever scores below 0 or above its maximum', () => {
  const leaves = FRAMEWORKS.flatMap((fw) =>
    flatten(fw)
      .map((p) => p.node)
      .filter((n) => isScorable(n) && !n.rule!.unbounded && n.maxPoints !== null)
      .map((n) => ({ fw: fw.id, node: n })),
  );
  it('covers the bounded leaves of every framework', () => expect(leaves.length).toBeGreaterThan(100));
  it('holds for random inputs on every bounded leaf', () => {
    fc.assert(
      fc.property(fc.constantFrom(...leaves), fc.array(cellValue, { maxLength: 7 }), ({ node }, raws) => {
        const r = scoreCriterion(node, raws);
        if (r.ok) {
          expect(r.value).toBeGreaterThanOrEqual(0);
          expect(r.value).toBeLessThanOrEqual(node.maxPoints!);
        }
      }),
      { numRuns: 20_000 },
    );
  });
  it('holds for plausible numeric inputs too (counts and ratios)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...leaves),
        fc.array(fc.oneof(fc.nat(200), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 6 }),
        ({ node }, raws) => {
          const r = scoreCriterion(node, raws);
          if (r.ok) {
            expect(r.value).toBeGreaterThanOrEqual(0);
            expect(r.value).toBeLessThanOrEqual(node.maxPoints!);
          }
        },
      ),
      { numRuns: 20_000 },
    );
  });
});

describe('ratio', () => {
  it('is monotonic above its threshold', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        fc.constantFrom(0.7, 0.8, 0.85, 0.9),
        fc.constantFrom(0.5, 1, 1.5, 2, 5),
        (target, r1, r2, threshold, max) => {
          const [lo, hi] = r1 <= r2 ? [r1, r2] : [r2, r1];
          const a = ratioPoints(lo * target, target, max, threshold);
          const b = ratioPoints(hi * target, target, max, threshold);
          expect(a.ok && b.ok).toBe(true);
          if (a.ok && b.ok) {
            expect(a.value).toBeLessThanOrEqual(b.value + 1e-12);
            if (lo >= threshold) expect(a.value).toBeGreaterThan(0);
            expect(b.value).toBeLessThanOrEqual(max);
          }
        },
      ),
      { numRuns: 5_000 },
    );
  });
});
