import { msg } from '../messages';
import { num } from '../params';
import { ok } from '../result';
import type { RuleKind } from '../types';

/** Points typed directly, anywhere from 0 to the maximum (criteria whose text gives only a maximum). */
export const points = () =>
  ({
    kind: 'points',
    params: {},
    inputs: [{ key: 'points', label: msg('Điểm tự chấm', 'Self-score'), type: 'number' }],
    specialCases: [],
    unbounded: false,
    describe: msg('Tự chấm từ 0 đến điểm tối đa.', 'Self-score from 0 to the maximum.'),
    discreteScores: () => null,
    isAllowed: (p: number, max: number) => p >= -1e-9 && p <= max + 1e-9,
    evaluate: (inputs) => ok(num(inputs, 'points')),
  }) as const satisfies RuleKind<'points', Record<string, never>>;
