import { msg } from '../messages';
import { fail, ok } from '../result';
import { survey, type SurveyParams } from '../rules';
import { bodyOf, type RuleNotation } from './kind';
import { fold, NOTATION_MESSAGES as M } from './text';

/** Rule kind 3: `khảo sát` (the official formula, capped) or `khảo sát, quy đổi thang 5` (average × maximum / 5). */
export const surveyNotation: RuleNotation = {
  kind: 'survey',
  heads: ['khao sat'],
  examples: ['khảo sát', 'khảo sát, quy đổi thang 5'],
  meaning: msg('Điểm = (c×1 + d×2 + e×3 + g×4 + h×5)/B từ số người chọn 1…5.', 'Points = (c×1 + d×2 + e×3 + g×4 + h×5)/B from the counts of answers 1…5.'),
  takesSpecialCases: false,
  print: (rule) => ((rule.params as SurveyParams).mode === 'scale' ? 'khảo sát, quy đổi thang 5' : 'khảo sát'),
  parse: (rest) => {
    const body = fold(bodyOf(rest));
    if (body === '' || body === 'nguyen van') return ok(survey({ mode: 'literal' }));
    if (body === 'quy doi thang 5' || body === 'quy doi') return ok(survey({ mode: 'scale' }));
    return fail('value', M.extraText('khảo sát', bodyOf(rest), 'khảo sát, quy đổi thang 5'));
  },
};
