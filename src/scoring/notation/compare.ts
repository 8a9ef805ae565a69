import { msg } from '../messages';
import { fail, ok } from '../result';
import { compare, type CompareParams } from '../rules';
import { bodyOf, type RuleNotation } from './kind';
import { fold, NOTATION_MESSAGES as M, POINTS, printNumber, readPoints, splitOutside, splitPair } from './text';

const EXAMPLE = 'so sánh: tốt hơn = 1; bằng = 0,5; kém hơn = 0';
const WORDS: Readonly<Record<string, 'higher' | 'equal' | 'lower'>> = {
  'tot hon': 'higher', 'cao hon': 'higher', 'bang': 'equal', 'kem hon': 'lower', 'thap hon': 'lower',
};

/** Rule kind 5: `so sánh: tốt hơn = 1; bằng = 0,5; kém hơn = 0`; `so sánh thứ hạng: …` where a smaller rank is better. */
export const compareNotation: RuleNotation = {
  kind: 'compare',
  heads: ['so sanh', 'so sanh thu hang'],
  examples: [EXAMPLE, 'so sánh thứ hạng: tốt hơn = 1; bằng = 0,5; kém hơn = 0'],
  meaning: msg('So với năm trước: tốt hơn / bằng / kém hơn.', 'Against last year: better / equal / worse.'),
  takesSpecialCases: false,
  print: (rule) => {
    const p = rule.params as CompareParams;
    return `so sánh${p.smallerIsBetter ? ' thứ hạng' : ''}: tốt hơn = ${printNumber(p.higher)}; bằng = ${printNumber(p.equal)}; kém hơn = ${printNumber(p.lower)}`;
  },
  parse: (rest, head) => {
    const got: Partial<Record<'higher' | 'equal' | 'lower', number>> = {};
    for (const part of splitOutside(bodyOf(rest), ';')) {
      const pair = splitPair(part);
      const which = pair ? WORDS[fold(pair.label)] : undefined;
      if (!pair || !which) return fail('value', M.unknownWord(part, EXAMPLE));
      const points = readPoints(pair.value, POINTS, false);
      if (!points.ok) return points;
      got[which] = points.value as number;
    }
    const missing = (['higher', 'equal', 'lower'] as const).filter((k) => got[k] === undefined);
    if (missing.length > 0) return fail('value', M.badPair(missing.map((k) => ({ higher: 'tốt hơn', equal: 'bằng', lower: 'kém hơn' })[k]).join(', '), EXAMPLE));
    return ok(compare({ higher: got.higher!, equal: got.equal!, lower: got.lower!, smallerIsBetter: head === 'so sanh thu hang' }));
  },
};
