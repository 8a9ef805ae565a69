/** Shared by the framework-sheet tests and the LibreOffice bench: a plan's values, a framework's meaning, answers for it. */
import fc from 'fast-check';
import { flatten, type Answers, type AnyRule, type Framework, type InputSpec, type RawValue } from '../../src/scoring';
import { printRule, printSpecialCases } from '../../src/scoring/notation';
import type { CellValue, SheetPlan } from '../../src/sheet/types';

export const valuesOf = (plan: SheetPlan): CellValue[][] => plan.grid.map((row) => Array.from(row, (c) => c?.value ?? null));

/** What a framework means for scoring: ids, tree, maxima, rules in the notation, special cases, totals and bands. */
export function semantics(fw: Framework) {
  return {
    id: fw.id,
    title: fw.title.vi,
    scoring: fw.scoring,
    base: fw.base,
    totalMax: fw.totalMax,
    bands: fw.bands.map((b) => [b.code, b.min]),
    bandsUntilSet: fw.bandsUntilSet === true,
    nodes: flatten(fw).map((p) => ({
      id: p.node.id,
      parent: p.parentId,
      title: p.node.title,
      max: p.node.maxPoints,
      rule: p.node.rule ? printRule(p.node.rule) : null,
      special: p.node.rule ? printSpecialCases(p.node.rule.specialCases) : null,
      evidence: p.node.evidence ?? null,
      council: p.node.councilScores ?? null,
      method: p.node.method ?? null,
    })),
  };
}

const rawFor = (spec: InputSpec, rule: AnyRule): fc.Arbitrary<RawValue> => {
  switch (spec.type) {
    case 'count': return fc.integer({ min: 0, max: 12 });
    case 'fraction': return fc.constantFrom(0, 0.5, 0.75, 1);
    case 'choice': return fc.constantFrom(...(spec.choices ?? ['x']));
    case 'text': return rule.kind === 'rating' ? fc.constantFrom('A', 'B', 'C', 'D') : fc.constant('x');
    default: return fc.integer({ min: 0, max: 120 });
  }
};

/** Answers for every scorable leaf of a framework: each leaf's inputs drawn from its own input specs. */
export const answersFor = (fw: Framework): fc.Arbitrary<Answers> => {
  const leaves = flatten(fw).filter((p) => p.node.rule && p.node.rule.kind !== 'narrative' && !p.node.children?.length);
  return fc.record(Object.fromEntries(leaves.map((p) => [p.node.id, fc.tuple(...p.node.rule!.inputs.map((s) => rawFor(s, p.node.rule!)))]))) as fc.Arbitrary<Answers>;
};

