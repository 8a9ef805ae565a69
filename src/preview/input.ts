/**
 * What a person types into a cell of the preview grid, read as Excel reads it: "=…" is a formula, a number written the
 * Vietnamese way ("8,5", "95%", "1.234.567": the core's parseVietnameseNumber) is a number, TRUE/FALSE are booleans,
 * anything else is text.
 * A formula written the vi-VN way ("=CCHC.RATIO(8;10;1;0,8)", DOMAIN.md: read both forms) is turned into the invariant
 * form the plans and HyperFormula use ("=CCHC.RATIO(8,10,1,0.8)").
 */
import { outsideStrings } from '../cli/formulaText';
import { parseVietnameseNumber } from '../scoring';
import type { CellValue } from '../sheet/types';

export type TypedInput = { readonly kind: 'value'; readonly value: CellValue } | { readonly kind: 'formula'; readonly formula: string };

/** A vi-VN formula (";" between arguments, "," as decimal point) in the invariant form; others unchanged. */
export function invariantFormula(formula: string): string {
  let semicolons = false;
  outsideStrings(formula, (code) => {
    if (code.includes(';')) semicolons = true;
    return code;
  });
  if (!semicolons) return formula;
  return outsideStrings(formula, (code) => code.replace(/(\d),(\d)/g, '$1.$2').replace(/;/g, ','));
}

export function parseTyped(text: string): TypedInput {
  const trimmed = text.trim();
  if (trimmed.startsWith('=') && trimmed.length > 1) return { kind: 'formula', formula: invariantFormula(trimmed) };
  if (trimmed === '') return { kind: 'value', value: null };
  const upper = trimmed.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const n = parseVietnameseNumber(trimmed);
  if (n !== null) return { kind: 'value', value: n };
  // Text keeps what was typed, leading spaces included ("Số:   /BC-UBND" is evidence as written).
  return { kind: 'value', value: text };
}
