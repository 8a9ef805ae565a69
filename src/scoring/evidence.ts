import { checkSelfScore, flatten, isScorable } from './criterion';
import { msg, type Msg } from './messages';
import { round } from './round';
import type { Framework } from './types';

/** The checks of seed 002 §2 (tài liệu kiểm chứng), as DOMAIN.md numbers them. */
export type EvidenceCode = 'E1' | 'E2' | 'E3' | 'E4' | 'E5' | 'E6';
export type Severity = 'error' | 'warning';

export interface EvidenceIssue {
  readonly code: EvidenceCode;
  readonly severity: Severity;
  readonly criterionId: string;
  readonly field: 'evidence' | 'explanation' | 'selfScore' | 'workbook';
  readonly message: Msg;
}

export interface EvidenceRow {
  readonly criterionId: string;
  readonly selfScore: number | null;
  readonly evidence: string;
  readonly explanation: string;
  /** The evidence the criterion asks for (the framework's text), for E4. */
  readonly requirement?: string;
}

export interface EvidenceDeadlines {
  /** Data cut-off (chốt số liệu), inclusive: a document dated after it is E5. */
  readonly cutoff: Date;
  /** The software locks at this instant: a check after it is E5. */
  readonly lock: Date;
}

/** Seed 002 §1–2: data up to 20/11/2024; the system locks at 17:00 on 25/11/2024 (Vietnam time, UTC+7). */
export const XA_2024_DEADLINES: EvidenceDeadlines = {
  cutoff: new Date(Date.UTC(2024, 10, 20)),
  lock: new Date(Date.UTC(2024, 10, 25, 10, 0)),
};

const L = '\\p{L}';
const word = (w: string) => new RegExp(`(?<!${L})${w}(?!${L})`, 'iu');

/** A real document number: 123/BC-UBND, 45/KH-UBND, 7171/QĐ-UBND, 12/2024/NĐ-CP. */
const REAL_NUMBER = /(?<![\p{L}\d])\d{1,6}(?:\/\d{4})?\s?\/\s?[A-ZĐ][A-ZĐ0-9]*(?:\s?[-–]\s?[A-ZĐ0-9]+)*/u;

const PLACEHOLDERS: readonly RegExp[] = [
  /(?:^|[\s:(])\/\s?[A-ZĐ]{1,6}[-–][A-ZĐ]/u, //  "Số:   /BC-UBND", "số /UBND-VP"
  new RegExp(`(?<!${L})số\\s+[a-z]\\s*,\\s*[a-z](?!${L})`, 'iu'), // "số a, b"
  /…|\.{3,}/u, // "…", "...."
  new RegExp(`(?<!${L})ngày\\s*\\/`, 'iu'), // "ngày /11/2024"
  new RegExp(`(?<!${L})số\\s*[:.]?\\s*(?:ngày|$)`, 'iu'), // "Báo cáo số ngày …"
];

const DOCUMENT_WORDS = ['báo cáo', 'kế hoạch', 'quyết định', 'công văn', 'thông báo', 'nghị quyết', 'văn bản', 'tờ trình', 'biên bản', 'hướng dẫn'];
const REFERENCE_WITHOUT_NUMBER = new RegExp(`(?<!${L})(?:${DOCUMENT_WORDS.join('|')})\\s+số(?!${L})(?!\\s*:?\\s*\\d)`, 'iu');

/** Places in a document (seed 002 §2c: "tại Mục, Điểm, Khoản nào của văn bản"). "điểm" alone means points, so it needs a designation. */
const LOCATION: readonly RegExp[] = [
  ...['mục', 'khoản', 'điều', 'trang', 'phụ lục', 'phụ biểu', 'biểu', 'phần', 'chương', 'tiết', 'bảng'].map(word),
  new RegExp(`(?<!${L})điểm\\s+[a-zđ0-9](?!${L})`, 'iu'),
];

const NEEDS_TABLE = /lập\s+biểu\s+thống\s+kê|thống\s+kê/iu;
const MENTIONS_TABLE = new RegExp(`(?<!${L})(?:biểu|bảng|thống kê|phụ lục|phụ biểu)(?!${L})`, 'iu');

const DATE = /(?<!\d)(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/gu;

export const hasRealDocumentNumber = (s: string): boolean => REAL_NUMBER.test(s);
export const hasPlaceholder = (s: string): boolean =>
  PLACEHOLDERS.some((re) => re.test(s)) || REFERENCE_WITHOUT_NUMBER.test(s);
export const namesLocation = (s: string): boolean => LOCATION.some((re) => re.test(s));

/** Calendar dates written d/m/yyyy (or with . or -) in a text, as UTC dates; impossible dates are skipped. */
export function datesIn(s: string): Date[] {
  const out: Date[] = [];
  for (const m of s.matchAll(DATE)) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCDate() === d && date.getUTCMonth() === mo - 1) out.push(date);
  }
  return out;
}

const fmtDate = (d: Date) => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;

/**
 * E1–E5 for one criterion row that carries points (seed 002 §2b: the council scores 0 when evidence has
 * "số văn bản a, b", an explanation that does not say where in the document, or no statistics table).
 */
export function checkEvidenceRow(row: EvidenceRow, deadlines: EvidenceDeadlines = XA_2024_DEADLINES): EvidenceIssue[] {
  if (row.selfScore === null || row.selfScore <= 0) return [];
  const issues: EvidenceIssue[] = [];
  const add = (code: EvidenceCode, field: EvidenceIssue['field'], message: Msg, severity: Severity = 'error') =>
    issues.push({ code, severity, criterionId: row.criterionId, field, message });
  const evidence = row.evidence.trim();
  const explanation = row.explanation.trim();

  if (evidence === '') {
    add('E1', 'evidence', msg('Chưa có tài liệu kiểm chứng: Hội đồng sẽ chấm 0 điểm.', 'No evidence: the council will score 0.'));
  } else if (hasPlaceholder(evidence) || (!hasRealDocumentNumber(evidence) && /(?<!\p{L})số(?!\p{L})/iu.test(evidence))) {
    add(
      'E2',
      'evidence',
      msg(
        'Tài liệu kiểm chứng chưa có số văn bản thật (ví dụ đúng: 123/BC-UBND ngày 10/01/2024).',
        'The evidence has no real document number (a real one: 123/BC-UBND of 10/01/2024).',
      ),
    );
  }
  if (explanation === '') {
    add('E3', 'explanation', msg('Chưa có giải trình.', 'No explanation (giải trình).'));
  } else if (!namesLocation(explanation)) {
    add(
      'E3',
      'explanation',
      msg(
        'Giải trình chưa nêu số liệu ở Mục, Điểm, Khoản, trang nào của tài liệu kiểm chứng.',
        'The explanation does not say where in the document (Mục, Điểm, Khoản, page…) the figures are.',
      ),
    );
  }
  if (row.requirement && NEEDS_TABLE.test(row.requirement) && !MENTIONS_TABLE.test(`${evidence} ${explanation}`)) {
    add(
      'E4',
      'evidence',
      msg('Tiêu chí yêu cầu lập Biểu thống kê nhưng chưa thấy biểu/bảng thống kê.', 'The criterion asks for a statistics table; none is mentioned.'),
    );
  }
  for (const date of datesIn(`${evidence} ${explanation}`)) {
    if (date.getTime() > deadlines.cutoff.getTime()) {
      add(
        'E5',
        'evidence',
        msg(
          `Văn bản ngày ${fmtDate(date)} sau thời điểm chốt số liệu ${fmtDate(deadlines.cutoff)}.`,
          `A document dated ${fmtDate(date)} is after the data cut-off ${fmtDate(deadlines.cutoff)}.`,
        ),
      );
      break;
    }
  }
  return issues;
}

/** E5 for the workbook: checked after the software lock. */
export function checkLock(now: Date, deadlines: EvidenceDeadlines = XA_2024_DEADLINES): EvidenceIssue | null {
  if (now.getTime() <= deadlines.lock.getTime()) return null;
  return {
    code: 'E5',
    severity: 'warning',
    criterionId: '',
    field: 'workbook',
    message: msg(
      'Đã quá 17:00 ngày 25/11/2024: phần mềm đã khóa, không nhận báo cáo.',
      'Past 17:00 on 25/11/2024: the system is locked and takes no more reports.',
    ),
  };
}

/** Fails E1–E3: the council scores 0 (seed 002 §2b). E4 and E5 are shown but not assumed fatal in the forecast. */
export const failsForecast = (issues: readonly EvidenceIssue[]): boolean =>
  issues.some((i) => (i.code === 'E1' || i.code === 'E2' || i.code === 'E3') && i.severity === 'error');

/**
 * E6: a self-score above the maximum, below 0, or not a value the rule allows; a parent that is not the sum of
 * its children. `selfScores` maps criterion ids to what the sheet holds (null = blank).
 */
export function checkScores(framework: Framework, selfScores: ReadonlyMap<string, number | null>): EvidenceIssue[] {
  const issues: EvidenceIssue[] = [];
  for (const { node } of flatten(framework)) {
    const value = selfScores.get(node.id);
    if (value === undefined || value === null) continue;
    if (node.children && node.children.length > 0) {
      const childValues = node.children.map((c) => selfScores.get(c.id));
      if (childValues.some((v) => v === undefined || v === null)) continue;
      const sum = round(childValues.reduce<number>((s, v) => s + (v ?? 0), 0));
      if (Math.abs(sum - value) > 0.005) {
        issues.push({
          code: 'E6',
          severity: 'error',
          criterionId: node.id,
          field: 'selfScore',
          message: msg(
            `Điểm ${node.id} (${String(value).replace('.', ',')}) khác tổng các tiêu chí con (${String(sum).replace('.', ',')}).`,
            `${node.id} (${value}) is not the sum of its children (${sum}).`,
          ),
        });
      }
      continue;
    }
    if (!isScorable(node)) continue;
    const checked = checkSelfScore(node, value);
    if (!checked.ok) {
      issues.push({ code: 'E6', severity: 'error', criterionId: node.id, field: 'selfScore', message: checked.error.message });
    }
  }
  return issues;
}

export interface ForecastRow {
  readonly criterionId: string;
  readonly self: number;
  readonly forecast: number;
  readonly reasons: readonly EvidenceCode[];
}

/**
 * The score the council is likely to give (DOMAIN.md Evidence, Forecast): the self-score, with 0 for every
 * criterion that fails E1–E3. Parents are re-summed from their children.
 */
export function forecast(
  framework: Framework,
  rows: readonly EvidenceRow[],
  deadlines: EvidenceDeadlines = XA_2024_DEADLINES,
): { rows: ForecastRow[]; selfTotal: number; forecastTotal: number; issues: EvidenceIssue[] } {
  const byId = new Map(rows.map((r) => [r.criterionId, r]));
  const out: ForecastRow[] = [];
  const issues: EvidenceIssue[] = [];
  let selfTotal = 0;
  let forecastTotal = 0;
  for (const { node } of flatten(framework)) {
    if (node.children && node.children.length > 0) continue;
    if (!isScorable(node)) continue;
    const row = byId.get(node.id);
    const self = row?.selfScore ?? 0;
    const found = row ? checkEvidenceRow({ ...row, requirement: row.requirement ?? node.evidence ?? '' }, deadlines) : [];
    issues.push(...found);
    const fails = failsForecast(found);
    const fc = fails ? 0 : self;
    out.push({ criterionId: node.id, self: round(self), forecast: round(fc), reasons: fails ? [...new Set(found.filter((i) => ['E1', 'E2', 'E3'].includes(i.code)).map((i) => i.code))] : [] });
    selfTotal += round(self);
    forecastTotal += round(fc);
  }
  return { rows: out, selfTotal: round(selfTotal), forecastTotal: round(forecastTotal), issues };
}
