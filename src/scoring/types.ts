import type { Msg } from './messages';
import type { CleanInputs, InputSpec } from './params';
import type { Result } from './result';

export type RuleKindName =
  | 'levels'
  | 'ratio'
  | 'survey'
  | 'countTiers'
  | 'compare'
  | 'rating'
  | 'occurrence'
  | 'cappedDeduction'
  | 'brackets'
  | 'kpiResult'
  | 'points'
  | 'narrative';

/** A case written under a criterion ("Ghi chú", "Lưu ý") that fixes the points whatever the other inputs. */
export interface SpecialCase {
  /** Short key the user may type instead of the inputs, e.g. "khong-don-thu". */
  readonly key: string;
  readonly label: Msg;
  /** Points, or 'max' for full points. */
  readonly points: number | 'max';
}

/**
 * A rule kind (STYLE 2): one file a kind under rules/, each a factory returning this shape, checked by the
 * compiler with `satisfies RuleKind<…>`. evaluate() gets inputs already checked against `inputs`.
 */
export interface RuleKind<K extends RuleKindName = RuleKindName, P = unknown> {
  readonly kind: K;
  readonly params: P;
  readonly inputs: readonly InputSpec[];
  readonly specialCases: readonly SpecialCase[];
  /** How the rule scores, in words, for the function help and the cell note. */
  readonly describe: Msg;
  /** Whether the points may go below 0 or above the criterion's maximum (only THADS occurrences). */
  readonly unbounded: boolean;
  /** The discrete points a self-score may take, or null when a continuous range is allowed (see isAllowed). */
  discreteScores(maxPoints: number): readonly number[] | null;
  /** Whether a typed self-score is a value this rule can produce (DOMAIN.md E6). */
  isAllowed(points: number, maxPoints: number): boolean;
  /** Points before rounding; the caller rounds and clamps. Returns an error value for impossible data. */
  evaluate(inputs: CleanInputs, maxPoints: number): Result<number>;
}

export type AnyRule = RuleKind<RuleKindName, unknown>;

/** One node of a framework tree (tiêu chí / tiêu chí thành phần). */
export interface Criterion {
  /** The official id as printed ("5.5.4.6", "I", "NỘI DUNG I"); synthesized ids are marked in `idNote`. */
  readonly id: string;
  /** Official Vietnamese wording. */
  readonly title: string;
  /** Maximum points (điểm tối đa); null where the text gives none (THADS rows, Decree 90 narrative fields). */
  readonly maxPoints: number | null;
  /** Leaves carry a rule; parents are the sum of their children. */
  readonly rule?: AnyRule;
  /** The method text of the seed (Yêu cầu: … = n điểm), kept for the sheet's method column. */
  readonly method?: string;
  /** Required evidence (tài liệu kiểm chứng) as the text words it. */
  readonly evidence?: string;
  /** Appraising office (cơ quan thẩm định). */
  readonly appraiser?: string;
  /** "Ghi chú" / "Lưu ý" text under the criterion. */
  readonly notes?: readonly string[];
  /**
   * Where the council takes this criterion's score from instead of the evidence on its own row (seed 002):
   * 'system' — checked "trực tiếp trên Hệ thống"; 'leaders' — the district leaders' rating forms (XHH);
   * 'max' — the council gives full points itself (8.1, 8.2 in 2024). `note` is the text's words, shown to the user.
   */
  readonly councilScores?: { readonly how: 'system' | 'leaders' | 'max'; readonly note: string };
  /** Why an id is not the printed one, or how the text's numbering is irregular. */
  readonly idNote?: string;
  readonly children?: readonly Criterion[];
}

export type GradeCode = 'HTXSNV' | 'HTTNV' | 'HTNV' | 'KHTNV';

export interface GradeBand {
  readonly code: GradeCode;
  readonly letter: 'A' | 'B' | 'C' | 'D';
  /** Lower bound, inclusive ("từ 90 điểm"). */
  readonly min: number;
}

export interface Framework {
  readonly id: string;
  readonly title: Msg;
  /** The seed and section the table comes from. */
  readonly source: string;
  /** Who fills it in. */
  readonly audience: Msg;
  /** 'sum': total = Σ points of the tree; 'base': total = base − deductions + bonuses (THADS); 'narrative': no points (Decree 90). */
  readonly scoring: 'sum' | 'base' | 'narrative';
  readonly base?: number;
  readonly totalMax: number | null;
  /** Grade bands: the seed's own, or the default marked as such (DOMAIN.md Decision). */
  readonly bands: readonly GradeBand[];
  readonly bandsAreDefault: boolean;
  /**
   * No bands apply until the user sets them: the text gives none and the default ones do not fit its scale (THADS,
   * 200 base points). `bands` stays the default for the functions' fallback.
   */
  readonly bandsUntilSet?: boolean;
  /** Rows the user may edit (THADS criteria table is not in the seed). */
  readonly editableRows?: boolean;
  /** Irregularities of the official text kept as printed. */
  readonly remarks?: readonly string[];
  readonly criteria: readonly Criterion[];
}
