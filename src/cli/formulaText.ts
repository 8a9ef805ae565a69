/**
 * Formula text between a plan (what a person types: "=CCHC.RATIO(J12,L12,C12,0.8)") and an .xlsx file.
 *
 * - Functions added to Excel after 2007 are stored with the "_xlfn." prefix (OOXML: a file without it makes Excel show
 *   #NAME? until the cell is edited). Written with it, read back without it.
 * - Office.js custom functions (CCHC.*, KPI.*, THADS.*) are written as their plain names, exactly as a person types them
 *   and as the task pane writes them through `range.formulas`. Excel itself saves a JavaScript custom function under an
 *   internal "_xldudf_" name (Excel-Custom-Functions issue #108; office-js issues #2051, #2568, #5611), tied to the add-in
 *   that registered it and not documented as a file format; a file carrying it shows the mangled name in any other tool.
 *   We never write it, and read it back to the plain name ("_xldudf_CCHC_RATIO" or "_xldudf_CCHC.RATIO" → "CCHC.RATIO").
 * Text inside string literals is never touched.
 */

/** Functions Excel stores with "_xlfn." (the ones a plan may plausibly use; OOXML's list is longer). */
const FUTURE_FUNCTIONS = [
  'AGGREGATE', 'CEILING.MATH', 'CONCAT', 'DAYS', 'FILTER', 'FLOOR.MATH', 'FORMULATEXT', 'IFNA', 'IFS', 'ISOWEEKNUM', 'LAMBDA',
  'LET', 'MAXIFS', 'MINIFS', 'NUMBERVALUE', 'PERCENTILE.INC', 'PERCENTILE.EXC', 'QUARTILE.INC', 'RANK.EQ', 'RANK.AVG',
  'SEQUENCE', 'SHEET', 'SHEETS', 'SORT', 'SORTBY', 'STDEV.P', 'STDEV.S', 'SWITCH', 'TEXTJOIN', 'UNIQUE', 'VAR.P', 'VAR.S',
  'XLOOKUP', 'XMATCH', 'XOR',
] as const;

const CUSTOM_NAMESPACES = ['CCHC', 'KPI', 'THADS'] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const FUTURE = new RegExp(`(?<![A-Za-z0-9_.])(${FUTURE_FUNCTIONS.map(escape).join('|')})\\(`, 'gi');
const PREFIXES = /(?<![A-Za-z0-9_.])_xl(?:fn|ws)\./gi;
const UDF = new RegExp(`(?<![A-Za-z0-9_.])(?:\\[\\d+\\]!)?_xldudf_(${CUSTOM_NAMESPACES.join('|')})[._]([A-Z][A-Z0-9]*)\\(`, 'gi');

/** Applies `f` to the parts of a formula outside "string literals". */
export function outsideStrings(formula: string, f: (code: string) => string): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts.map((p, i) => (i % 2 === 1 ? p : f(p))).join('');
}

/** Plan formula ("=…") → the text stored in the file's <f> element (no "=", future functions prefixed). */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return outsideStrings(body, (code) => code.replace(FUTURE, (_m, name: string) => `_xlfn.${name.toUpperCase()}(`));
}

/** The text of a file's <f> element → a formula as a person types it ("=…"). */
export function fromFileFormula(stored: string): string {
  const body = outsideStrings(stored, (code) =>
    code.replace(PREFIXES, '').replace(UDF, (_m, ns: string, name: string) => `${ns.toUpperCase()}.${name.toUpperCase()}(`),
  );
  return `=${body}`;
}
