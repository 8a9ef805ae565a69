import { msg } from '../messages';
import type { InputSpec } from '../params';
import { fail, ok, type Result } from '../result';
import { countTiers, where, type CountTiersParams, type PartOf, type TierTest } from '../rules';
import type { SpecialCase } from '../types';
import { bodyOf, type RuleNotation } from './kind';
import { fold, NOTATION_MESSAGES as M, POINTS, printPercent, printNumber, printPoints, quoteLabel, readParam, readPoints, splitPair, unquote } from './text';

/** The sheet has room for five inputs beside a criterion (plans/framework.ts MAX_INPUTS). */
export const MAX_TIER_INPUTS = 5;

const OPS: readonly [string, TierTest['op']][] = [['≥', '>='], ['>=', '>='], ['≤', '<='], ['<=', '<='], ['≠', '<>'], ['<>', '<>'], ['>', '>'], ['<', '<'], ['=', '=']];
const PRINTED_OP: Readonly<Record<TierTest['op'], string>> = { '>=': '≥', '<=': '≤', '<>': '≠', '>': '>', '<': '<', '=': '=' };
const NAME = /^[a-z][a-z0-9_]*$/;

const printTest = (t: TierTest, name: (k: string) => string): string =>
  `${t.left.map(name).join(' + ')} ${PRINTED_OP[t.op]} ${typeof t.right === 'number' ? printNumber(t.right) : `${printPercent(t.right.share)} ${name(t.right.of)}`}`;

function parseTest(text: string, known: ReadonlySet<string>): Result<TierTest> {
  const found = OPS.map(([sym, op]) => ({ at: text.indexOf(sym), sym, op })).filter((o) => o.at > 0).sort((a, b) => a.at - b.at || b.sym.length - a.sym.length)[0];
  if (!found) return fail('value', M.tierCondition(text));
  const left = text.slice(0, found.at).split('+').map((s) => s.trim().toLowerCase());
  const rightText = text.slice(found.at + found.sym.length).trim();
  for (const name of left) {
    if (!NAME.test(name)) return fail('value', M.tierCondition(text));
    if (!known.has(name)) return fail('value', M.unknownVariable(name));
  }
  const share = /^(.+%)\s*(?:của\s+|cua\s+)?([a-z][a-z0-9_]*)$/i.exec(rightText);
  if (share) {
    const of = share[2]!.toLowerCase();
    if (!known.has(of)) return fail('value', M.unknownVariable(of));
    const f = readParam({ key: 'share', label: msg('Tỷ lệ trong điều kiện', 'Share in the condition'), type: 'number' }, share[1]!);
    return f.ok ? ok({ left, op: found.op, right: { share: f.value, of } }) : f;
  }
  const n = readParam({ key: 'value', label: msg('Giá trị trong điều kiện', 'Value in the condition'), type: 'number', signed: true }, rightText);
  return n.ok ? ok({ left, op: found.op, right: n.value }) : n;
}

/**
 * Rule kind 4: tiers on counts, one line each (Alt+Enter in a cell), tried in order:
 *
 *   bậc:
 *   a = Số nhiệm vụ đến hạn nhưng không hoàn thành
 *   b = Số nhiệm vụ hoàn thành nhưng quá hạn
 *   nếu a > 0: Có nhiệm vụ không hoàn thành = 0
 *   nếu b = 0: 100% đúng hạn = 5
 *   nếu b ≤ 5: Tối đa 05 nhiệm vụ quá hạn = 2
 *   còn lại: Từ 06 nhiệm vụ quá hạn = 0
 *   kiểm tra: b ≤ a            (optional: a part that cannot exceed its whole)
 *
 * Conditions: "a > 0", "a = 0", "a ≥ 2", "a ≥ 85% b", "a < 99% b", "a + b ≤ c", several joined by "và".
 */
export const countTiersNotation: RuleNotation = {
  kind: 'countTiers',
  heads: ['bac'],
  examples: ['bậc:\na = Số nhiệm vụ quá hạn\nnếu a = 0: 100% đúng hạn = 5\nnếu a ≤ 5: Tối đa 05 nhiệm vụ quá hạn = 2\ncòn lại: Từ 06 nhiệm vụ quá hạn = 0'],
  meaning: msg('Điểm theo bậc của các số liệu, thử lần lượt từ trên xuống.', 'Points by tiers on the inputs, tried top to bottom.'),
  takesSpecialCases: true,
  print: (rule) => {
    const p = rule.params as CountTiersParams;
    const letters = new Map(rule.inputs.map((input, i) => [input.key, String.fromCharCode(97 + i)]));
    const name = (k: string) => letters.get(k) ?? k;
    const lines = ['bậc:'];
    rule.inputs.forEach((input) => lines.push(`${name(input.key)} = ${input.label.vi}`));
    for (const t of p.tiers) {
      const tests = t.tests ?? null;
      const cond = tests === null ? '?' : tests.length === 0 ? null : tests.map((x) => printTest(x, name)).join(' và ');
      lines.push(`${cond === null ? 'còn lại' : `nếu ${cond}`}: ${quoteLabel(t.label.vi)} = ${printPoints(t.points)}`);
    }
    for (const [part, whole] of p.partOf) lines.push(`kiểm tra: ${(typeof part === 'string' ? [part] : part).map(name).join(' + ')} ≤ ${name(whole)}`);
    return lines.join('\n');
  },
  parse: (rest, _head, specialCases: readonly SpecialCase[]) => {
    const inputs: InputSpec[] = [];
    const tiers: { label: string; points: number | 'max'; tests: TierTest[] }[] = [];
    const partOf: PartOf[] = [];
    const known = new Set<string>();
    let otherwise = false;
    for (const raw of bodyOf(rest).split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '') continue;
      const folded = fold(line);
      const colon = line.indexOf(':');
      if (folded.startsWith('neu ') || folded.startsWith('con lai')) {
        if (otherwise) return fail('value', M.tierAfterOtherwise());
        if (colon < 0) return fail('value', M.tierLine(line));
        const pair = splitPair(line.slice(colon + 1));
        if (!pair) return fail('value', M.tierLine(line));
        const points = readPoints(pair.value, POINTS, true);
        if (!points.ok) return points;
        const tests: TierTest[] = [];
        if (folded.startsWith('neu ')) {
          for (const part of line.slice(line.search(/\s/), colon).split(/\s+(?:và|va)\s+/i)) {
            const t = parseTest(part.trim(), known);
            if (!t.ok) return t;
            tests.push(t.value);
          }
        } else otherwise = true;
        tiers.push({ label: unquote(pair.label), points: points.value, tests });
        continue;
      }
      if (folded.startsWith('kiem tra')) {
        if (colon < 0) return fail('value', M.tierLine(line));
        const m = /^(.+?)(?:≤|<=)\s*([a-z][a-z0-9_]*)$/i.exec(line.slice(colon + 1).trim());
        if (!m) return fail('value', M.tierCondition(line.slice(colon + 1).trim()));
        const parts = m[1]!.split('+').map((x) => x.trim().toLowerCase());
        const whole = m[2]!.toLowerCase();
        for (const n of [...parts, whole]) {
          if (!NAME.test(n)) return fail('value', M.tierCondition(line.slice(colon + 1).trim()));
          if (!known.has(n)) return fail('value', M.unknownVariable(n));
        }
        partOf.push([parts.length === 1 ? parts[0]! : parts, whole]);
        continue;
      }
      const eq = line.indexOf('=');
      const name = eq > 0 ? line.slice(0, eq).trim().toLowerCase() : '';
      if (eq > 0 && NAME.test(name)) {
        if (tiers.length > 0) return fail('value', M.tierLine(line));
        if (known.has(name)) return fail('value', M.duplicateVariable(name));
        const label = line.slice(eq + 1).trim();
        if (label === '') return fail('value', M.tierLine(line));
        known.add(name);
        inputs.push({ key: name, label: msg(label, label), type: 'count' });
        continue;
      }
      return fail('value', M.tierLine(line));
    }
    if (inputs.length === 0) return fail('value', M.noInputs());
    if (inputs.length > MAX_TIER_INPUTS) return fail('value', M.tooManyInputs(inputs.length, MAX_TIER_INPUTS));
    if (tiers.length === 0) return fail('value', M.noTiers());
    if (!otherwise) return fail('value', M.lastTier());
    return ok(
      countTiers(
        inputs,
        tiers.map((t) => ({ label: msg(t.label, t.label), points: t.points, ...where(...t.tests.map((x) => [x.left, x.op, x.right] as const)) })),
        specialCases,
        partOf,
      ),
    );
  },
};
