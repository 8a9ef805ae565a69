/** A1 addresses from 0-based coordinates and back. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export const a1 = (row: number, col: number): string => `${columnLetter(col)}${row + 1}`;
export const range = (r1: number, c1: number, r2: number, c2: number): string => `${a1(r1, c1)}:${a1(r2, c2)}`;

export function parseA1(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "Sheet 1" → "'Sheet 1'" for formulas referring to another sheet. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/** Cells in "B3", "B3:D9", "A:A", "3:3" (absolute or not, sheet part ignored); unknown forms count as one cell. */
export function areaOf(ref: string): number {
  const local = ref.slice(ref.lastIndexOf('!') + 1).replace(/\$/g, '').trim().toUpperCase();
  const [a = '', b = a] = local.split(':');
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
  const parse = (s: string): { row: number | null; col: number | null } | null => {
    const m = /^([A-Z]{1,3})?(\d{1,7})?$/.exec(s);
    if (!m || (!m[1] && !m[2])) return null;
    return { col: m[1] ? col(m[1]) : null, row: m[2] ? Number(m[2]) : null };
  };
  const p = parse(a);
  const q = parse(b);
  if (!p || !q) return 1;
  const rows = p.row === null || q.row === null ? MAX_ROW : Math.abs(q.row - p.row) + 1;
  const cols = p.col === null || q.col === null ? MAX_COL : Math.abs(q.col - p.col) + 1;
  return rows * cols;
}
