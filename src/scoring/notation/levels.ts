import { msg } from '../messages';
import { fail, ok } from '../result';
import { levels, type LevelOption, type LevelsParams } from '../rules';
import { bodyOf, type RuleNotation } from './kind';
import { fold, NOTATION_MESSAGES as M, POINTS, printNumber, quoteLabel, readPoints, splitOutside, splitPair } from './text';

const EXAMPLE = 'mức: Ban hành đầy đủ = 1; Không đầy đủ = 0';

/** Rule kind 1: `mức: Ban hành đầy đủ = 1; Không đầy đủ = 0`. */
export const levelsNotation: RuleNotation = {
  kind: 'levels',
  heads: ['muc'],
  examples: [EXAMPLE],
  meaning: msg('Chọn một kết quả, mỗi kết quả một số điểm.', 'Pick one outcome, each with its points.'),
  takesSpecialCases: true,
  print: (rule) => `mức: ${(rule.params as LevelsParams).options.map((o) => `${quoteLabel(o.label)} = ${printNumber(o.points)}`).join('; ')}`,
  parse: (rest, _head, specialCases) => {
    const options: LevelOption[] = [];
    for (const part of splitOutside(bodyOf(rest), ';')) {
      const pair = splitPair(part);
      if (!pair) return fail('value', M.badPair(part, EXAMPLE));
      const points = readPoints(pair.value, POINTS, false);
      if (!points.ok) return points;
      if (options.some((o) => fold(o.label) === fold(pair.label))) return fail('value', M.duplicateOption(pair.label));
      options.push({ label: pair.label, points: points.value as number });
    }
    if (options.length === 0) return fail('value', M.noOptions(EXAMPLE));
    return ok(levels(options, specialCases));
  },
};
