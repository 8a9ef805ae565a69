/**
 * Issue 15.1: every custom function over 100,000 cells, beside a bare loop that reads the same cells and adds the
 * numbers. Range functions: one call whose ranges hold 100,000 rows each (a whole column). One-cell functions: Excel
 * calls them once per cell of a column of formulas (or once per cell of a range they are lifted over), so 100,000
 * calls, each with its row's cells; the bare loop reads the same rows. Arguments shaped as Excel passes them
 * (2-D ranges, repeating parameter as one array).
 */
import { performance } from 'node:perf_hooks';
import * as fx from '../src/functions/functions';

const N = 100_000;
type Cell = number | string | boolean | null;
const col = (f: (i: number) => Cell): Cell[][] => Array.from({ length: N }, (_, i) => [f(i)]);

/** The floor: read every cell once, add what is a number (a text through Number, as a bare loop would). */
function bare(ranges: readonly unknown[]): number {
  let sum = 0;
  for (const r of ranges) {
    if (!Array.isArray(r)) {
      sum += typeof r === 'number' ? r : Number(r) || 0;
      continue;
    }
    for (const row of r as unknown[][]) {
      for (const x of row) sum += typeof x === 'number' ? x : Number(x) || 0;
    }
  }
  return sum;
}

interface Case {
  readonly name: string;
  /** One call over whole ranges, or N calls of one row each. */
  readonly run: () => unknown;
  readonly floor: () => unknown;
}

const rangeCase = (name: string, fn: (...a: never[]) => unknown, args: unknown[]): Case => ({
  name,
  run: () => (fn as (...a: unknown[]) => unknown)(...args),
  floor: () => bare(args),
});

const rowsCase = (name: string, fn: (...a: never[]) => unknown, row: (i: number) => unknown[]): Case => {
  const rows = Array.from({ length: N }, (_, i) => row(i));
  return {
    name,
    run: () => {
      let last: unknown;
      for (const args of rows) last = (fn as (...a: unknown[]) => unknown)(...args);
      return last;
    },
    floor: () => {
      let s = 0;
      for (const args of rows) s += bare(args);
      return s;
    },
  };
};

export function cases(): Case[] {
  const completed = col((i) => (i % 10) + 1);
  const assigned = col((i) => (i % 10) + 2);
  const coefficients = col((i) => (i % 4 === 0 ? 0 : 1.5)); // a blank coefficient arrives as 0
  const times = col((i) => i % 3);
  const excused = col((i) => (i % 17 === 0 ? 'x' : 0));
  const text = col((i) => `${(i % 9) + 1},5`);
  const textAssigned = col((i) => `${(i % 9) + 2},5`);
  const bounds = col((i) => i / 1000);
  const points = col((i) => i % 5);
  const grades = col((i) => (i % 50 === 0 ? 0 : ['A', 'B', 'B', 'B', 'B', 'Hoàn thành nhiệm vụ', 'C'][i % 7]!));
  const months = col((i) => (i % 12 === 0 ? 0 : 60 + (i % 40)));
  return [
    rangeCase('KPI.QUANTITY', fx.kpiQuantity, [completed, assigned, coefficients]),
    rangeCase('KPI.QUANTITY (cells as text "4,5")', fx.kpiQuantity, [text, textAssigned, null]),
    rangeCase('KPI.QUALITY', fx.kpiQuality, [completed, assigned, times, coefficients, excused]),
    rangeCase('KPI.TIMELINESS', fx.kpiTimeliness, [completed, assigned, times, coefficients, excused]),
    rangeCase('THADS.TOTAL', fx.thadsTotal, [points, times, points, times, null]),
    rangeCase('CCHC.BRACKET', fx.bracket, [12.5, bounds, points]),
    rangeCase('KPI.QUOTA', fx.kpiQuota, [grades, null]),
    rangeCase('KPI.ANNUAL', fx.kpiAnnual, [months]),
    surveyCase(),
    rowsCase('CCHC.RATIO', fx.ratio, (i) => [i % 100, 100, 2, 0.8]),
    rowsCase('CCHC.COMPARE', fx.compare, (i) => [i % 7, 3, 2, 1, 0, false]),
    rowsCase('CCHC.SCORE (xa-2024 7.1, two inputs)', fx.score, (i) => ['xa-2024', '7.1', [[i % 2]], [[[i % 8]]]]),
    rowsCase('CCHC.MAXPOINTS', fx.maxPoints, (i) => ['xa-2024', i % 2 ? '5.5.4.6' : '7.1']),
    rowsCase('CCHC.CLASSIFY', fx.classify, (i) => [i % 100, 'xa-2024']),
    rowsCase('KPI.RESULT', fx.kpiResult, (i) => [(i % 100) / 100, 1, 0.5, null, null, null]),
    rowsCase('KPI.MONTHLY', fx.kpiMonthly, (i) => [i % 30, 0.75]),
    rowsCase('KPI.GRADE', fx.kpiGrade, (i) => [i % 100, 'letter']),
    rowsCase('KPI.DEDUCT', fx.kpiDeduct, (i) => [1, (i % 5) / 4]),
    rowsCase('CCHC.NUMBER', fx.parseNumber, (i) => [`${i % 100},5`]),
    rowsCase('KPI.DEADLINE', fx.kpiDeadline, (i) => [2024, (i % 12) + 1, 'self']),
    rowsCase('CCHC.EVIDENCE', fx.evidence, (i) => [`${i}/BC-UBND ngày 10/01/2024`, 'Mục II, trang 3', 0, 1]),
  ];
}

function surveyCase(): Case {
  const rows = Array.from({ length: N / 5 }, (_, i) => [[[i % 3, 1, 2, 3, 4]], 4, null] as unknown[]);
  return {
    name: 'CCHC.SURVEY (20,000 calls × 5 counts)',
    run: () => rows.map((a) => fx.survey(...(a as Parameters<typeof fx.survey>))),
    floor: () => rows.reduce((s, a) => s + bare(a), 0),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface Measured {
  readonly name: string;
  readonly ms: number;
  readonly floorMs: number;
  readonly ratio: number;
  readonly result: unknown;
}

/** Median of `reps` timed runs of each, the floor's runs and the function's in separate blocks (so neither pays for the other's garbage), after a warm-up. */
export function measure(c: Case, reps = 7): Measured {
  const result = c.run();
  c.floor();
  const time = (f: () => unknown) => {
    const xs: number[] = [];
    for (let i = 0; i < reps; i++) {
      const s = performance.now();
      f();
      xs.push(performance.now() - s);
    }
    return median(xs);
  };
  const floorMs = time(c.floor);
  const ms = time(c.run);
  return { name: c.name, ms, floorMs, ratio: ms / floorMs, result };
}
