import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, scoreFramework } from '../../src/scoring';
import { planFrameworkSheet, readUserFramework, recordOf } from '../../src/sheet/userFramework';
import { answersFor, semantics, valuesOf } from '../support/userFramework';

describe('every built-in framework as a framework sheet', () => {
  for (const fw of FRAMEWORKS) {
    it(`${fw.id}: export → read back gives the same framework and the same scores`, () => {
      const plan = planFrameworkSheet(fw);
      const reading = readUserFramework({ name: plan.sheetName, values: valuesOf(plan) });
      expect(reading.findings.map((f) => `${f.cell}: ${f.message.vi}`)).toEqual([]);
      const back = reading.framework!;
      expect(semantics(back)).toEqual(semantics(fw));
      // Printing what was read gives the same sheet, and the same content hash.
      expect(valuesOf(planFrameworkSheet(back, reading.version))).toEqual(valuesOf(plan));
      expect(reading.record!.hash).toBe(recordOf(fw, reading.version).hash);
      if (fw.scoring === 'narrative') return;
      fc.assert(
        fc.property(answersFor(fw), (answers) => {
          const a = scoreFramework(fw, answers);
          const b = scoreFramework(back, answers);
          expect(b.total).toBe(a.total);
          expect(b.grade).toBe(a.grade);
          expect([...b.nodes.values()].map((n) => [n.id, n.points])).toEqual([...a.nodes.values()].map((n) => [n.id, n.points]));
        }),
        { numRuns: 25 },
      );
    });
  }
});

describe('an exported framework sheet speaks the user\'s words', () => {
  it('no developer words (seed numbers, field names, DOMAIN.md) in any cell', () => {
    for (const fw of FRAMEWORKS) {
      const text = valuesOf(planFrameworkSheet(fw)).flat().filter((v) => typeof v === 'string').join('\n');
      expect(text.match(/\bseed \d|DOMAIN\.md|\bidNote\b|\bnotes\b|councilScores|"scale"/g), fw.id).toBeNull();
    }
  });
});

