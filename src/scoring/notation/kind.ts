import type { Msg } from '../messages';
import type { Result } from '../result';
import type { AnyRule, RuleKindName, SpecialCase } from '../types';

/**
 * One rule kind's notation (issue 12), in its own file beside the kind: the words it starts with, a printer and a
 * parser. `print(parse(t))` is `t` for every text `print` writes, so a built-in framework survives a round trip.
 */
export interface RuleNotation {
  readonly kind: RuleKindName;
  /** The words the rule starts with, as `fold` gives them (no case, no diacritics); the longest match wins. */
  readonly heads: readonly string[];
  /** What the README and the error messages show, one example a form. */
  readonly examples: readonly string[];
  readonly meaning: Msg;
  /** Whether the rule takes special cases written in the "Trường hợp đặc biệt" column. */
  readonly takesSpecialCases: boolean;
  /** The text of a rule of this kind, without its special cases (they have their own column). */
  print(rule: AnyRule): string;
  /** `rest`: the text after the head words (a leading ":" or "," included); `head`: the head matched. */
  parse(rest: string, head: string, specialCases: readonly SpecialCase[]): Result<AnyRule>;
}

/** The text after the head with its leading ":" or "," and spaces removed. */
export const bodyOf = (rest: string): string => rest.replace(/^\s*[:,]?\s*/, '').trim();
