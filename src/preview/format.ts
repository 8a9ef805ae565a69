/**
 * How the preview grid shows a value, as a Vietnamese Excel would: decimal comma, "." between thousands, the plans'
 * number formats ("0", "0.00", "0%", "0.00%", "dd/mm/yyyy"), errors as their code. Pure: the grid and the tests use it.
 */
import type { CellValue } from '../sheet/types';

const groups = (int: string): string => int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** Fixed decimals, the Vietnamese way: 8.5 → "8,50"; "." between thousands only when the format asks ("#,##0"). */
export function fixedVi(n: number, decimals: number, grouped = false): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [int = '0', frac] = fixed.split('.');
  const negative = n < 0 && Number(fixed) !== 0;
  return `${negative ? '-' : ''}${grouped ? groups(int) : int}${frac ? `,${frac}` : ''}`;
}

/** General format: up to 10 significant digits, no trailing zeros, no thousands separator (as Excel's General). */
export function generalVi(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const precise = Number(n.toPrecision(10));
  return precise.toString().replace('.', ',');
}

/** Excel's serial date (1900 system) → dd/mm/yyyy. */
export function serialToDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return String(serial);
  const dd = String(d.getUTCDate()).padStart(2, '0');
  const mm = String(d.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${d.getUTCFullYear()}`;
}

export function formatValue(value: CellValue, numberFormat?: string): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '#NUM!';
  const format = numberFormat ?? 'General';
  const percent = /^0(?:\.(0+))?%$/.exec(format);
  if (percent) return `${fixedVi(value * 100, percent[1]?.length ?? 0)}%`;
  const fixed = /^(#,##)?0(?:\.(0+))?$/.exec(format);
  if (fixed) return fixedVi(value, fixed[2]?.length ?? 0, fixed[1] !== undefined);
  if (/d{1,2}\/m{1,2}\/y{2,4}/i.test(format)) return serialToDate(value);
  return generalVi(value);
}

/** What the formula bar and the cell editor show: the formula as typed, else the raw value (numbers with a decimal comma). */
export function editText(value: CellValue, formula: string | undefined): string {
  if (formula !== undefined) return formula;
  if (value === null) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}
