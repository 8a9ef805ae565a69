import { msg } from '../messages';
import { fail, ok } from '../result';
import { points } from '../rules';
import { bodyOf, type RuleNotation } from './kind';
import { NOTATION_MESSAGES as M } from './text';

/** Typed points: `tự chấm` — any points from 0 to the maximum (a criterion whose text gives only a maximum). */
export const pointsNotation: RuleNotation = {
  kind: 'points',
  heads: ['tu cham'],
  examples: ['tự chấm'],
  meaning: msg('Tự chấm từ 0 đến điểm tối đa.', 'Self-score from 0 to the maximum.'),
  takesSpecialCases: true,
  print: () => 'tự chấm',
  parse: (rest, _head, specialCases) =>
    bodyOf(rest) === '' ? ok(specialCases.length > 0 ? { ...points(), specialCases } : points()) : fail('value', M.extraText('tự chấm', bodyOf(rest), 'tự chấm')),
};
