import { msg } from '../messages';
import { ok } from '../result';
import { occurrence, type OccurrenceParams } from '../rules';
import { bodyOf, type RuleNotation } from './kind';
import { POINTS, printNumber, readParam } from './text';

/**
 * Rule kind 8 (THADS, seed 000 §2): `trừ mỗi lần: 2` / `thưởng mỗi lần: 1` — points × times, no cap. Without the
 * points (`trừ mỗi lần`), the sheet asks for them on the row.
 */
export const occurrenceNotation: RuleNotation = {
  kind: 'occurrence',
  heads: ['tru moi lan', 'thuong moi lan'],
  examples: ['trừ mỗi lần: 2', 'thưởng mỗi lần: 1', 'trừ mỗi lần'],
  meaning: msg('Điểm trừ (thưởng) = điểm mỗi lần × số lần, không khống chế.', 'Deduction (bonus) = points per occurrence × times, no cap.'),
  takesSpecialCases: false,
  print: (rule) => {
    const p = rule.params as OccurrenceParams;
    return `${p.sign === 'deduction' ? 'trừ' : 'thưởng'} mỗi lần${p.pointsPerTime === null ? '' : `: ${printNumber(p.pointsPerTime)}`}`;
  },
  parse: (rest, head) => {
    const sign = head === 'tru moi lan' ? 'deduction' : 'bonus';
    const body = bodyOf(rest).replace(/\s*điểm\s*$/i, '');
    if (body === '') return ok(occurrence({ sign, pointsPerTime: null }));
    const p = readParam({ key: 'pointsPerTime', label: msg('Điểm mỗi lần', 'Points per occurrence'), type: 'number' }, body);
    return p.ok ? ok(occurrence({ sign, pointsPerTime: p.value })) : p;
  },
};
void POINTS;
