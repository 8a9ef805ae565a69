import { msg } from '../messages';
import { num } from '../params';
import { ok } from '../result';
import type { RuleKind } from '../types';

export interface CompareParams {
  readonly higher: number;
  readonly equal: number;
  readonly lower: number;
  /** Ranks: a smaller number is a better place (8.3.1 "xếp hạng cao hơn" = a smaller rank). */
  readonly smallerIsBetter: boolean;
}

/** Rule kind 5 (DOMAIN.md): this year against last year, better / equal / worse. */
export const compare = (params: CompareParams) =>
  ({
    kind: 'compare',
    params,
    // A score or a rank (8.3.1, 8.3.2) is never 0: a 0 is a blank cell as Excel desktop passes it (issue 9).
    inputs: [
      { key: 'current', label: msg('Năm đánh giá', 'This year'), type: 'number', signed: true, zeroIsBlank: true },
      { key: 'previous', label: msg('Năm trước', 'Last year'), type: 'number', signed: true, zeroIsBlank: true },
    ],
    specialCases: [],
    unbounded: false,
    describe: msg(
      `Tốt hơn năm trước = ${params.higher}; bằng = ${params.equal}; thấp hơn = ${params.lower}${params.smallerIsBetter ? ' (thứ hạng: số nhỏ hơn là tốt hơn)' : ''}.`.replace(/(\d)\.(\d)/g, '$1,$2'),
      `Better than last year = ${params.higher}; equal = ${params.equal}; worse = ${params.lower}${params.smallerIsBetter ? ' (ranks: smaller is better)' : ''}.`,
    ),
    discreteScores: () => [...new Set([params.lower, params.equal, params.higher])].sort((a, b) => a - b),
    isAllowed: (points: number) => [params.lower, params.equal, params.higher].some((p) => Math.abs(p - points) < 1e-9),
    evaluate: (inputs) => ok(comparePoints(num(inputs, 'current'), num(inputs, 'previous'), params)),
  }) as const satisfies RuleKind<'compare', CompareParams>;

export function comparePoints(current: number, previous: number, p: CompareParams): number {
  if (Math.abs(current - previous) < 1e-9) return p.equal;
  const better = p.smallerIsBetter ? current < previous : current > previous;
  return better ? p.higher : p.lower;
}
