/**
 * What the simulator accepts as a formula written through `range.formulas`: Office.js takes formulas in English with
 * "," between arguments whatever the user's locale (";" is only a row separator inside an array constant {1;2}), and
 * Excel's own function names in English. A formula failing here would show #NAME? or be refused in Excel.
 */
const BUILT_INS = new Set(
  [
    'ABS', 'AND', 'AVERAGE', 'AVERAGEIF', 'CHOOSE', 'CONCAT', 'CONCATENATE', 'COUNT', 'COUNTA', 'COUNTBLANK', 'COUNTIF', 'COUNTIFS',
    'DATE', 'DAY', 'IF', 'IFERROR', 'IFNA', 'IFS', 'INDEX', 'INT', 'ISBLANK', 'ISERROR', 'ISNA', 'ISNUMBER', 'ISTEXT', 'LEFT', 'LEN',
    'LOWER', 'MATCH', 'MAX', 'MID', 'MIN', 'MONTH', 'N', 'NOT', 'OR', 'RANK', 'RANK.EQ', 'RIGHT', 'ROUND', 'ROUNDDOWN', 'ROUNDUP',
    'SUM', 'SUMIF', 'SUMIFS', 'SUMPRODUCT', 'TEXT', 'TODAY', 'TRIM', 'UPPER', 'VALUE', 'XLOOKUP', 'VLOOKUP', 'YEAR', 'ISERR', 'ERROR.TYPE',
    'SEARCH', 'FIND', 'SUBSTITUTE', 'REPLACE', 'EXACT', 'ISLOGICAL', 'ISFORMULA', 'ROW', 'COLUMN', 'ROWS', 'COLUMNS', 'OFFSET', 'INDIRECT',
    'LOOKUP', 'HLOOKUP', 'AVERAGEIFS', 'MAXIFS', 'MINIFS', 'LARGE', 'SMALL', 'MEDIAN', 'MOD', 'POWER', 'SQRT', 'TRUE', 'FALSE', 'EDATE', 'EOMONTH',
    'DATEVALUE', 'DAYS', 'NETWORKDAYS', 'WORKDAY', 'HOUR', 'MINUTE', 'NOW', 'TEXTJOIN', 'CHAR', 'CODE', 'REPT', 'FILTER', 'SORT', 'UNIQUE', 'LET',
    'SWITCH', 'XOR', 'NA', 'T', 'PRODUCT', 'COUNTBLANK', 'SUBTOTAL', 'AGGREGATE', 'PERCENTRANK', 'CEILING', 'FLOOR', 'TRUNC', 'SIGN', 'HYPERLINK',
  ].map((n) => n.toUpperCase()),
);

/** The reason a formula would fail, or null. */
export function checkFormula(formula: string, custom: ReadonlySet<string>): string | null {
  if (!formula.startsWith('=')) return null;
  if (formula.length > 8192) return 'a formula holds at most 8,192 characters';
  // Strings out of the way ("a;b" is text), then braces (array constants use ";" between rows).
  let depth = 0;
  let outside = '';
  let inString = false;
  for (const ch of formula.slice(1)) {
    if (inString) {
      if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      outside += '""';
      continue;
    }
    if (ch === '{') depth++;
    if (ch === '}') depth--;
    if (ch === ';' && depth === 0) return `"${formula.slice(0, 60)}": ";" separates arguments only in a localised Excel; Office.js formulas take ","`;
    outside += ch;
  }
  if (inString) return 'an unterminated string';
  let parens = 0;
  for (const ch of outside) {
    if (ch === '(') parens++;
    if (ch === ')') parens--;
    if (parens < 0) return 'unbalanced parentheses';
  }
  if (parens !== 0) return 'unbalanced parentheses';
  for (const m of outside.matchAll(/([A-Za-z_\u00C0-\u1EF9][A-Za-z0-9_.\u00C0-\u1EF9]*)\s*\(/g)) {
    const name = m[1]!.toUpperCase().replace(/^_XLFN\./, '');
    if (BUILT_INS.has(name) || custom.has(name)) continue;
    return `unknown function ${m[1]} (Excel shows #NAME?)`;
  }
  return null;
}
