import { messages, msg } from '../messages';
import { fail } from '../result';
import type { RuleKind } from '../types';

export interface NarrativeParams {
  /** Where the form offers fixed answers (the four quality levels, "Xuất sắc / Tốt / Trung bình / Kém"). */
  readonly choices: readonly string[];
}

/** A field written in words, with no points: the Decree 90 forms (seed 003). */
export const narrative = (choices: readonly string[] = []) =>
  ({
    kind: 'narrative',
    params: { choices },
    inputs: [],
    specialCases: [],
    unbounded: false,
    describe:
      choices.length > 0
        ? msg(`Chọn một: ${choices.join('; ')}.`, `Choose one: ${choices.join('; ')}.`)
        : msg('Tự nhận xét bằng lời, không chấm điểm.', 'Written self-assessment, no points.'),
    discreteScores: () => null,
    isAllowed: () => false,
    evaluate: () => fail('na', messages.notScorable('')),
  }) as const satisfies RuleKind<'narrative', NarrativeParams>;
