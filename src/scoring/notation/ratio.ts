import { msg } from '../messages';
import { fail, ok } from '../result';
import { ratio, type RatioParams } from '../rules';
import { bodyOf, type RuleNotation } from './kind';
import { cut, fold, NOTATION_MESSAGES as M, printPercent, readParam, THRESHOLD } from './text';

const EXAMPLE = 'tỷ lệ, từ 80%';

/** Rule kind 2: `tỷ lệ, từ 80%` — below 80% = 0, from 80% = ratio × maximum. */
export const ratioNotation: RuleNotation = {
  kind: 'ratio',
  heads: ['ty le'],
  examples: [EXAMPLE],
  meaning: msg('Dưới ngưỡng = 0 điểm; từ ngưỡng trở lên = tỷ lệ × điểm tối đa.', 'Below the threshold = 0; from it = ratio × maximum.'),
  takesSpecialCases: true,
  print: (rule) => `tỷ lệ, từ ${printPercent((rule.params as RatioParams).threshold)}`,
  parse: (rest, _head, specialCases) => {
    let value = bodyOf(rest);
    if (fold(value).startsWith('tu ')) value = value.slice(value.search(/\s/)).trim();
    if (fold(value).endsWith(' tro len')) value = value.slice(0, value.length - 'trở lên'.length).trim();
    if (!/^[^%]*\d[^%]*%$/.test(value)) {
      return fail('value', msg(`Ngưỡng "${cut(value)}" cần ghi dạng phần trăm (ví dụ: ${EXAMPLE}).`, `Threshold "${cut(value)}" must be a percentage (e.g. ${EXAMPLE}).`));
    }
    const t = readParam({ key: 'threshold', label: THRESHOLD, type: 'number' }, value);
    if (!t.ok) return t;
    if (t.value > 1 + 1e-12) return fail('value', M.thresholdAbove(value.trim()));
    return ok(ratio({ threshold: t.value }, specialCases));
  },
};
