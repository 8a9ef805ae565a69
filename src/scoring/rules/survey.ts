import { messages, msg } from '../messages';
import { num } from '../params';
import { fail, ok } from '../result';
import type { RuleKind } from '../types';

export type SurveyMode = 'literal' | 'scale';
export const SURVEY_MODES: readonly SurveyMode[] = ['literal', 'scale'];

export interface SurveyParams {
  readonly mode: SurveyMode;
}

const LETTERS = ['c', 'd', 'e', 'g', 'h'] as const;

/**
 * Rule kind 3, criteria 1.1–1.5 of seed 002: points = (c×1 + d×2 + e×3 + g×4 + h×5) / B.
 * Decision (DOMAIN.md): 'literal' applies that formula capped at the maximum; 'scale' gives average × max / 5.
 * B = 0 is an error, not 0 points.
 */
export const survey = (params: SurveyParams = { mode: 'literal' }) =>
  ({
    kind: 'survey',
    params,
    inputs: LETTERS.map((l, i) => ({
      key: l,
      label: msg(`Số người chọn "${i + 1}" (${l})`, `Respondents choosing "${i + 1}" (${l})`),
      type: 'count' as const,
      default: 0,
    })),
    specialCases: [],
    unbounded: false,
    describe:
      params.mode === 'literal'
        ? msg(
            'Điểm = (c×1 + d×2 + e×3 + g×4 + h×5)/B, không vượt điểm tối đa (công thức nguyên văn).',
            'Points = (c×1 + d×2 + e×3 + g×4 + h×5)/B, capped at the maximum (the literal formula).',
          )
        : msg('Điểm = điểm trung bình × điểm tối đa / 5 (quy đổi thang 5).', 'Points = average × maximum / 5 (scaled).'),
    discreteScores: () => null,
    isAllowed: (points: number, max: number) => points >= 0 && points <= max + 1e-9,
    evaluate: (inputs, max) => surveyPoints(LETTERS.map((l) => num(inputs, l)), max, params.mode),
  }) as const satisfies RuleKind<'survey', SurveyParams>;

export function surveyPoints(counts: readonly number[], max: number, mode: SurveyMode) {
  const respondents = counts.reduce((s, n) => s + n, 0);
  if (respondents === 0) return fail('div0', messages.zeroRespondents());
  const average = counts.reduce((s, n, i) => s + n * (i + 1), 0) / respondents;
  return ok(mode === 'literal' ? Math.min(max, average) : (average * max) / 5);
}
