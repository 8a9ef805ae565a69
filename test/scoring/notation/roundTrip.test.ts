import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flatten, FRAMEWORKS, scoreCriterion, type AnyRule, type Criterion, type InputSpec, type RawValue } from '../../../src/scoring';
import { parseRule, parseSpecialCases, printRule, printSpecialCases } from '../../../src/scoring/notation';

const leaves = FRAMEWORKS.flatMap((fw) => flatten(fw).filter((p) => p.node.rule).map((p) => ({ fw: fw.id, node: p.node as Criterion & { rule: AnyRule } })));

const rawFor = (spec: InputSpec, rule: AnyRule): fc.Arbitrary<RawValue> => {
  switch (spec.type) {
    case 'count': return fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(null));
    case 'fraction': return fc.oneof(fc.constantFrom(0, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));
    case 'choice': return fc.constantFrom(...(spec.choices ?? ['x']), 'không có');
    case 'text': return rule.kind === 'rating' ? fc.constantFrom('A', 'B', 'HTNV', 'KHTNV', 'Hoàn thành tốt nhiệm vụ', 'x') : fc.string();
    default: return fc.oneof(fc.integer({ min: -3, max: 120 }), fc.double({ min: 0, max: 200, noNaN: true }), fc.constant(null));
  }
};

describe('the notation of every built-in rule', () => {
  it('prints texts that parse back to themselves', () => {
    for (const { fw, node } of leaves) {
      const text = printRule(node.rule);
      const special = printSpecialCases(node.rule.specialCases);
      const cases = parseSpecialCases(special);
      expect(cases.ok, `${fw} ${node.id}: ${special}`).toBe(true);
      const back = parseRule(text, cases.ok ? cases.value : []);
      expect(back.ok ? '' : back.error.message.vi, `${fw} ${node.id}: ${text}`).toBe('');
      if (!back.ok) continue;
      expect(printRule(back.value)).toBe(text);
      expect(printSpecialCases(back.value.specialCases)).toBe(special);
      expect(back.value.kind).toBe(node.rule.kind);
      expect(back.value.inputs.map((i) => [i.type, i.label.vi, i.default, i.optional])).toEqual(node.rule.inputs.map((i) => [i.type, i.label.vi, i.default, i.optional]));
    }
  });

  it('scores the same inputs the same', () => {
    for (const { fw, node } of leaves) {
      if (node.rule.kind === 'narrative') continue;
      const back = parseRule(printRule(node.rule), node.rule.specialCases);
      if (!back.ok) throw new Error(`${fw} ${node.id}`);
      const copy: Criterion = { ...node, rule: back.value };
      const specials = node.rule.specialCases.map((c) => c.key);
      const inputs = fc.tuple(...node.rule.inputs.map((s) => rawFor(s, node.rule)));
      const arb = specials.length > 0 ? fc.oneof(inputs, fc.constantFrom(...specials).map((k) => [k] as RawValue[])) : inputs;
      fc.assert(
        fc.property(arb, (raws) => {
          const a = scoreCriterion(node, raws as RawValue[]);
          const b = scoreCriterion(copy, raws as RawValue[]);
          expect(b.ok).toBe(a.ok);
          if (a.ok && b.ok) expect(b.value).toBe(a.value);
          if (!a.ok && !b.ok) expect(b.error.code).toBe(a.error.code);
        }),
        { numRuns: 60 },
      );
    }
  });
});
