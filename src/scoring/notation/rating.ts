import { GRADES, parseGrade } from '../grades';
import { msg } from '../messages';
import { fail, ok } from '../result';
import { rating, type RatingParams } from '../rules';
import type { GradeCode } from '../types';
import { bodyOf, type RuleNotation } from './kind';
import { NOTATION_MESSAGES as M, POINTS, printNumber, readPoints, splitOutside, splitPair } from './text';

const EXAMPLE = 'xếp loại: HTXSNV = 2; HTTNV = 1; HTNV = 0,5; KHTNV = 0';

/** Rule kind 6: `xếp loại: HTXSNV = 2; HTTNV = 1; HTNV = 0,5; KHTNV = 0` (codes, letters A–D or full names). */
export const ratingNotation: RuleNotation = {
  kind: 'rating',
  heads: ['xep loai'],
  examples: [EXAMPLE],
  meaning: msg('Điểm theo mức xếp loại chất lượng (A–D).', 'Points by a quality rating (A–D).'),
  takesSpecialCases: false,
  print: (rule) => {
    const p = rule.params as RatingParams;
    return `xếp loại: ${(Object.keys(p) as GradeCode[]).map((c) => `${c} = ${printNumber(p[c])}`).join('; ')}`;
  },
  parse: (rest) => {
    const got: Partial<Record<GradeCode, number>> = {};
    for (const part of splitOutside(bodyOf(rest), ';')) {
      const pair = splitPair(part);
      if (!pair) return fail('value', M.badPair(part, EXAMPLE));
      const grade = parseGrade(pair.label);
      if (!grade.ok) return grade;
      const points = readPoints(pair.value, POINTS, false);
      if (!points.ok) return points;
      got[grade.value] = points.value as number;
    }
    const missing = GRADES.filter((g) => got[g.code] === undefined).map((g) => g.code);
    if (missing.length > 0) return fail('value', M.missingGrades(missing.join(', ')));
    // The order the text gave (the built-ins list KHTNV first) is kept: it is how the help reads.
    return ok(rating(got as RatingParams));
  },
};
