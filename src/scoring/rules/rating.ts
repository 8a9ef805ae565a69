import { gradeInfo, parseGrade } from '../grades';
import { msg } from '../messages';
import { ok } from '../result';
import type { GradeCode, RuleKind } from '../types';

export type RatingParams = Readonly<Record<GradeCode, number>>;

/** Rule kind 6 (DOMAIN.md): points by a four-level quality rating, e.g. 5.2.4.1 KHTNV 0, HTNV 0.5, HTTNV 1, HTXSNV 2. */
export const rating = (points: RatingParams) =>
  ({
    kind: 'rating',
    params: points,
    inputs: [{ key: 'grade', label: msg('Mức xếp loại', 'Quality rating'), type: 'text' }],
    specialCases: [],
    unbounded: false,
    describe: msg(
      (Object.keys(points) as GradeCode[]).map((c) => `${gradeInfo(c).name.vi} = ${String(points[c]).replace('.', ',')}`).join('; '),
      (Object.keys(points) as GradeCode[]).map((c) => `${gradeInfo(c).name.en} = ${points[c]}`).join('; '),
    ),
    discreteScores: () => [...new Set(Object.values(points))].sort((a, b) => a - b),
    isAllowed: (p: number) => Object.values(points).some((v) => Math.abs(v - p) < 1e-9),
    evaluate: (inputs) => {
      const grade = parseGrade(String(inputs['grade'] ?? ''));
      return grade.ok ? ok(points[grade.value]) : grade;
    },
  }) as const satisfies RuleKind<'rating', RatingParams>;
