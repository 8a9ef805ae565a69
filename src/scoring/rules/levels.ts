import { messages, msg } from '../messages';
import { formatVietnameseNumber } from '../numbers';
import { normalizeChoice } from '../params';
import { fail, ok } from '../result';
import type { RuleKind, SpecialCase } from '../types';

/** One outcome the text lists with its points ("Ban hành đầy đủ = 1 điểm"). */
export interface LevelOption {
  readonly label: string;
  readonly points: number;
}

export interface LevelsParams {
  readonly options: readonly LevelOption[];
}

const OUTCOME = msg('Kết quả', 'Outcome');

/**
 * Rule kind 1 (DOMAIN.md): the user picks one of the outcomes the text lists; the points follow.
 * The outcome may be typed as its label or as its points ("1", "0,5").
 */
export const levels = (options: readonly LevelOption[], specialCases: readonly SpecialCase[] = []) => {
  const choices = [
    ...options.map((o) => o.label),
    ...new Set(options.flatMap((o) => [String(o.points), formatVietnameseNumber(o.points)])),
  ];
  return {
    kind: 'levels',
    params: { options },
    inputs: [{ key: 'outcome', label: OUTCOME, type: 'choice', choices }],
    specialCases,
    unbounded: false,
    describe: msg(
      `Chọn kết quả: ${options.map((o) => `${o.label} = ${formatVietnameseNumber(o.points)} điểm`).join('; ')}.`,
      `Pick the outcome: ${options.map((o) => `${o.label} = ${o.points} pt`).join('; ')}.`,
    ),
    discreteScores: () => [...new Set(options.map((o) => o.points))].sort((a, b) => a - b),
    isAllowed: (points: number) => options.some((o) => Math.abs(o.points - points) < 1e-9),
    evaluate: (inputs) => {
      const chosen = normalizeChoice(String(inputs['outcome'] ?? ''));
      const byLabel = options.find((o) => normalizeChoice(o.label) === chosen);
      if (byLabel) return ok(byLabel.points);
      const byPoints = options.find(
        (o) => normalizeChoice(String(o.points)) === chosen || normalizeChoice(formatVietnameseNumber(o.points)) === chosen,
      );
      if (byPoints) return ok(byPoints.points);
      return fail('value', messages.unknownChoice(OUTCOME, chosen, choices));
    },
  } as const satisfies RuleKind<'levels', LevelsParams>;
};
