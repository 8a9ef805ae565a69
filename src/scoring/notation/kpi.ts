import { msg } from '../messages';
import { fail, ok } from '../result';
import { kpiResult, type KpiResultParams } from '../rules';
import { bodyOf, type RuleNotation } from './kind';
import { NOTATION_MESSAGES as M } from './text';

/** Rule kind 11 (seed 004 phần III): `KPI` = (a+b+c)/3 × 70; `KPI lãnh đạo` = (a+b+c+d+đ+e)/6 × 70. */
export const kpiNotation: RuleNotation = {
  kind: 'kpiResult',
  heads: ['kpi', 'kpi lanh dao'],
  examples: ['KPI', 'KPI lãnh đạo'],
  meaning: msg('Kết quả KPI × điểm tối đa (70).', 'KPI result × maximum (70).'),
  takesSpecialCases: false,
  print: (rule) => ((rule.params as KpiResultParams).leader ? 'KPI lãnh đạo' : 'KPI'),
  parse: (rest, head) => (bodyOf(rest) === '' ? ok(kpiResult({ leader: head === 'kpi lanh dao' })) : fail('value', M.extraText('KPI', bodyOf(rest), 'KPI lãnh đạo'))),
};
