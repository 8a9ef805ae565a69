import { msg } from '../messages';
import { fail, ok } from '../result';
import { brackets, type BracketsParams } from '../rules';
import { bodyOf, type RuleNotation } from './kind';
import { fold, NOTATION_MESSAGES as M, POINTS, printNumber, printPercent, readParam, readPoints, splitOutside, splitPair } from './text';

const EXAMPLE = 'vượt chỉ tiêu: từ 5% = 1; từ 10% = 2; từ 20% = 3';
const BOUND = msg('Mức vượt', 'Bracket bound');

/** Rule kind 10 (seed 001): `vượt chỉ tiêu: từ 5% = 1; từ 10% = 2` — the highest bracket reached gives its points. */
export const bracketsNotation: RuleNotation = {
  kind: 'brackets',
  heads: ['vuot chi tieu'],
  examples: [EXAMPLE],
  meaning: msg('Điểm thưởng theo khung % vượt chỉ tiêu; dưới khung đầu = 0.', 'Bonus by bracket of % above target; below the first = 0.'),
  takesSpecialCases: false,
  print: (rule) => {
    const p = rule.params as BracketsParams;
    return `vượt chỉ tiêu: ${p.lowerBounds.map((b, i) => `từ ${printPercent(b)} = ${printNumber(p.points[i]!)}`).join('; ')}`;
  },
  parse: (rest) => {
    const lowerBounds: number[] = [];
    const points: number[] = [];
    for (const part of splitOutside(bodyOf(rest), ';')) {
      const pair = splitPair(part);
      if (!pair || !fold(pair.label).startsWith('tu ')) return fail('value', M.badPair(part, EXAMPLE));
      const bound = readParam({ key: 'bound', label: BOUND, type: 'number', signed: true }, pair.label.replace(/^\S+\s+/, ''));
      if (!bound.ok) return bound;
      const p = readPoints(pair.value, POINTS, false);
      if (!p.ok) return p;
      if (lowerBounds.length > 0 && !(bound.value > lowerBounds[lowerBounds.length - 1]!)) return fail('value', M.bracketsOrder());
      lowerBounds.push(bound.value);
      points.push(p.value as number);
    }
    if (lowerBounds.length === 0) return fail('value', M.noOptions(EXAMPLE));
    return ok(brackets({ lowerBounds, points }));
  },
};
