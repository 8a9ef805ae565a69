import { describe, expect, it } from 'vitest';
import { flatten, isScorable, scoreCriterion } from '../../../src/scoring/criterion';
import { FRAMEWORK_IDS, FRAMEWORKS, getFramework } from '../../../src/scoring/frameworks';
import { RULE_KINDS } from '../../../src/scoring/rules';
import type { Criterion } from '../../../src/scoring/types';

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe('every built-in framework', () => {
  it('has the ids the functions and templates refer to', () => {
    expect(FRAMEWORK_IDS).toEqual(['xa-2024', 'hn-m01', 'hn-m02', 'hn-m03', 'hn-m04', 'thads-ls', 'nd90-m02', 'nd90-m03', 'thads-thi-dua']);
    expect(getFramework(' XA-2024 ')?.id).toBe('xa-2024');
    expect(getFramework('nope')).toBeUndefined();
  });

  for (const fw of FRAMEWORKS) {
    describe(fw.id, () => {
      const nodes = flatten(fw);

      it('cites its source and says who it is for, in both languages', () => {
        expect(fw.source).toMatch(/seed 00[0-4]/);
        for (const m of [fw.title, fw.audience]) {
          expect(m.vi.length).toBeGreaterThan(0);
          expect(m.en.length).toBeGreaterThan(0);
        }
      });

      it('has unique ids', () => {
        const ids = nodes.map((n) => n.node.id);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it("gives every parent the sum of its children's maxima", () => {
        const bad: string[] = [];
        const visit = (n: Criterion) => {
          if (n.children && n.children.length > 0) {
            const maxima = n.children.map((c) => c.maxPoints);
            if (n.maxPoints !== null && maxima.every((m) => m !== null)) {
              const sum = maxima.reduce<number>((s, m) => s + (m ?? 0), 0);
              if (!close(sum, n.maxPoints)) bad.push(`${n.id}: ${n.maxPoints} ≠ Σ ${sum}`);
            } else if (n.maxPoints !== null || maxima.some((m) => m !== null)) {
              bad.push(`${n.id}: a maximum on one level only`);
            }
            n.children.forEach(visit);
          }
        };
        fw.criteria.forEach(visit);
        expect(bad).toEqual([]);
        if (fw.totalMax !== null) {
          const top = fw.criteria.reduce((s, c) => s + (c.maxPoints ?? 0), 0);
          expect(top).toBeCloseTo(fw.totalMax, 9);
        }
      });

      it('uses a known rule kind on every leaf and none on parents', () => {
        for (const { node } of nodes) {
          if (node.children && node.children.length > 0) {
            expect(node.rule, node.id).toBeUndefined();
          } else {
            expect(node.rule, node.id).toBeDefined();
            expect(RULE_KINDS).toContain(node.rule!.kind);
          }
        }
      });

      it('never scores a leaf below 0 or above its maximum at its own allowed values', () => {
        for (const { node } of nodes) {
          if (!isScorable(node) || node.maxPoints === null) continue;
          for (const v of node.rule.discreteScores(node.maxPoints) ?? []) {
            expect(v, node.id).toBeGreaterThanOrEqual(0);
            expect(v, node.id).toBeLessThanOrEqual(node.maxPoints + 1e-9);
          }
          for (const sc of node.rule.specialCases) {
            const r = scoreCriterion(node, [sc.key]);
            expect(r.ok, `${node.id} ${sc.key}`).toBe(true);
          }
        }
      });

      it('describes each rule in both languages and labels every input', () => {
        for (const { node } of nodes) {
          if (!node.rule) continue;
          expect(node.rule.describe.vi.length, node.id).toBeGreaterThan(0);
          expect(node.rule.describe.en.length, node.id).toBeGreaterThan(0);
          for (const input of node.rule.inputs) {
            expect(input.label.vi.length, `${node.id}.${input.key}`).toBeGreaterThan(0);
            expect(input.label.en.length, `${node.id}.${input.key}`).toBeGreaterThan(0);
          }
        }
      });
    });
  }
});
