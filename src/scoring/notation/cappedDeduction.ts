import { msg } from '../messages';
import { fail, ok } from '../result';
import { cappedDeduction } from '../rules';
import { bodyOf, type RuleNotation } from './kind';
import { NOTATION_MESSAGES as M } from './text';

/** Rule kind 9 (seed 004 "III. ĐIỂM TRỪ"): `trừ vào điểm tối đa` — points = maximum − deduction, never below 0. */
export const cappedDeductionNotation: RuleNotation = {
  kind: 'cappedDeduction',
  heads: ['tru vao diem toi da'],
  examples: ['trừ vào điểm tối đa'],
  meaning: msg('Điểm = điểm tối đa − điểm trừ (trừ không quá điểm tối đa).', 'Points = maximum − deduction (never below 0).'),
  takesSpecialCases: false,
  print: () => 'trừ vào điểm tối đa',
  parse: (rest) => (bodyOf(rest) === '' ? ok(cappedDeduction()) : fail('value', M.extraText('trừ vào điểm tối đa', bodyOf(rest), 'trừ vào điểm tối đa'))),
};
