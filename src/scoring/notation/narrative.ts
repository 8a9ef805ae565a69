import { msg } from '../messages';
import { ok } from '../result';
import { narrative, type NarrativeParams } from '../rules';
import { bodyOf, type RuleNotation } from './kind';
import { quoteLabel, splitOutside, unquote } from './text';

/** Decree 90 fields: `nhận xét` (written in words) or `nhận xét: Xuất sắc; Tốt; Trung bình; Kém` (one of). */
export const narrativeNotation: RuleNotation = {
  kind: 'narrative',
  heads: ['nhan xet'],
  examples: ['nhận xét', 'nhận xét: Xuất sắc; Tốt; Trung bình; Kém'],
  meaning: msg('Tự nhận xét bằng lời, không chấm điểm.', 'Written self-assessment, no points.'),
  takesSpecialCases: false,
  print: (rule) => {
    const c = (rule.params as NarrativeParams).choices;
    return c.length === 0 ? 'nhận xét' : `nhận xét: ${c.map(quoteLabel).join('; ')}`;
  },
  parse: (rest) => ok(narrative(splitOutside(bodyOf(rest), ';').map(unquote))),
};
