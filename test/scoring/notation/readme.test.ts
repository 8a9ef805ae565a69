import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOTATIONS, parseRule, parseSpecialCases, printRule } from '../../../src/scoring/notation';

const readme = readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## Khung tiêu chí của đơn vị'), readme.indexOf('## Quyết định cần biết'));

describe('the README notation table (one example per rule kind)', () => {
  const rows = [...section.matchAll(/^\| ([^|]+) \| (`[^|]+) \| [^|]+ \|$/gm)];
  const examples = rows.flatMap((r) => [...r[2]!.matchAll(/`([^`]+)`/g)].map((m) => ({ kind: r[1]!, text: m[1]! })));

  it('has an example for every rule kind, and each parses to its kind', () => {
    const kinds = new Set<string>();
    for (const { kind, text } of examples) {
      if (text.endsWith('…')) continue;
      if (kind.startsWith('trường hợp đặc biệt')) {
        expect(parseSpecialCases(text).ok, text).toBe(true);
        continue;
      }
      const r = parseRule(text);
      expect(r.ok ? '' : r.error.message.vi, text).toBe('');
      if (r.ok) {
        kinds.add(r.value.kind);
        expect(printRule(r.value)).toBe(text);
      }
    }
    const block = /```\n(bậc:[\s\S]*?)```/.exec(section)![1]!.trim();
    const tiers = parseRule(block);
    expect(tiers.ok && tiers.value.kind).toBe('countTiers');
    if (tiers.ok) expect(printRule(tiers.value)).toBe(block);
    kinds.add('countTiers');
    expect([...kinds].sort()).toEqual(NOTATIONS.map((n) => n.kind).sort());
  });
});
