/**
 * The formulas a sheet filled from a user's framework computes with (src/sheet/userFormulas.ts), in HyperFormula (the
 * preview's and the CLI's engine), against the core's points for the same inputs: one framework using every rule kind,
 * random inputs per rule, and each special case by its name and by its key.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateSnapshot } from '../../src/cli/hyperformulaPlugin';
import { flatten, scoreCriterion, type Criterion, type RawValue } from '../../src/scoring';
import { COL, inputValueCol, isComputed } from '../../src/sheet/plans/framework';
import type { CellValue, SheetPlan, SheetSnapshot } from '../../src/sheet/types';
import { readUserFramework } from '../../src/sheet/userFramework';
import { userTemplate } from '../../src/sheet/userTemplate';
import { EVERY_KIND, HEAD, sheet } from '../support/userFramework';

const reading = readUserFramework({ name: 'Khung tiêu chí', values: sheet(HEAD, EVERY_KIND) });
const fw = reading.framework!;
const plan: SheetPlan = userTemplate(fw, reading.record!).plan({});

function snapshotWith(inputs: ReadonlyMap<string, CellValue>): SheetSnapshot {
  const formulas = plan.grid.map((row, r) => Array.from(row, (cell, c) => inputs.get(`${r}:${c}`) ?? cell?.formula ?? cell?.value ?? null));
  return { name: 'S', values: formulas, formulas };
}

const leaves = flatten(fw).map((p) => p.node).filter((n): n is Criterion => isComputed(n));

const inputFor = (node: Criterion): fc.Arbitrary<RawValue[]> =>
  fc.tuple(
    ...node.rule!.inputs.map((s): fc.Arbitrary<RawValue> => {
      if (node.rule!.kind === 'rating') return fc.constantFrom('Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'HTNV', 'D');
      if (s.type === 'fraction') return fc.constantFrom(0, 0.25, 0.5, 0.8, 1);
      if (s.type === 'count') return fc.integer({ min: 0, max: 9 });
      return fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(0.05, 0.1, 0.12, 0.2, 0.199999));
    }),
  );

describe('formulas of a sheet filled from a user framework, in HyperFormula, against the core', () => {
  it('covers every computed rule kind', () => {
    expect(new Set(leaves.map((n) => n.rule!.kind))).toEqual(new Set(['ratio', 'survey', 'countTiers', 'compare', 'rating', 'brackets', 'kpiResult', 'occurrence']));
  });

  it('gives the core\'s points for random inputs', () => {
    fc.assert(
      fc.property(fc.tuple(...leaves.map(inputFor)), (all) => {
        const inputs = new Map<string, CellValue>();
        leaves.forEach((node, k) => all[k]!.forEach((v, i) => inputs.set(`${plan.layout.rowOf[node.id]}:${inputValueCol(i)}`, v as CellValue)));
        const values = evaluateSnapshot(snapshotWith(inputs));
        leaves.forEach((node, k) => {
          const core = scoreCriterion(node, all[k]!);
          const engine = values[plan.layout.rowOf[node.id]!]![COL.self];
          if (core.ok) expect([node.id, engine]).toEqual([node.id, core.value]);
          else expect([node.id, typeof engine === 'number']).toEqual([node.id, false]);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('a special case by its name or its key gives its points', () => {
    const node = leaves.find((n) => n.rule!.specialCases.length > 0)!;
    const row = plan.layout.rowOf[node.id]!;
    for (const typed of [node.rule!.specialCases[0]!.label.vi, node.rule!.specialCases[0]!.key]) {
      const values = evaluateSnapshot(snapshotWith(new Map([[`${row}:${COL.special}`, typed]])));
      expect(values[row]![COL.self]).toBe(scoreCriterion(node, [typed]).ok ? (scoreCriterion(node, [typed]) as { value: number }).value : NaN);
    }
  });
});
