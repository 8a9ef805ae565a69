import { checkSelfScore, flatten, isScorable } from './criterion';
import { msg, type Msg } from './messages';
import { round } from './round';
import type { Criterion, Framework, RuleKindName } from './types';

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
  /** The criterion's rule kind: a criterion scored from figures needs figures in its explanation (warning). */
  readonly ruleKind?: RuleKindName;
  /** The council scores the criterion without evidence on its row: no E1–E5 (see Criterion.councilScores). */
  readonly councilScores?: Criterion['councilScores'];
}

export interface EvidenceDeadlines {
  /** Data cut-off (chốt số liệu), inclusive: a document dated after it is E5. */
  readonly cutoff: Date;
  /** Last day for sending the self-assessment report, inclusive (Vietnam time). */
  readonly report: Date;
  /** The software locks at this instant: a check after it is E5. */
  readonly lock: Date;
  /** Criteria whose figures run to the day the report is sent, not to the cut-off. */
  readonly untilReport: readonly string[];
}

/**
 * Seed 002 §1e: the report is sent "chậm nhất trong ngày 22/11/2024"; "Từ 17 giờ 00 phút ngày 25/11/2024 phần mềm
 * sẽ tự động khóa"; §2c: "chốt số liệu hết ngày 20/11/2024". Tiêu chí 7.2, Lưu ý: "Số liệu tính đến thời điểm gửi
 * báo cáo tự chấm điểm", so 7.2's documents may be dated up to 22/11. Dates are calendar days; instants are UTC+7.
 */
export const XA_2024_DEADLINES: EvidenceDeadlines = {
  cutoff: new Date(Date.UTC(2024, 10, 20)),
  report: new Date(Date.UTC(2024, 10, 22)),
  lock: new Date(Date.UTC(2024, 10, 25, 10, 0)),
  untilReport: ['7.2'],
};

const L = '\\p{L}';
const word = (w: string) => new RegExp(`(?<!${L})${w}(?!${L})`, 'iu');
/** Text as people paste it: decomposed accents (macOS, PDFs) and non-breaking spaces are normalised first. */
const UNUSUAL = /[\u0300-\u036f\u00a0\u2007\u202f]/;
const ODD_SPACES = /[\u00a0\u2007\u202f]/g;
const isBlankCode = (c: number): boolean => c <= 0x20 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;
const clean = (s: string): string => {
  // Most texts are typed composed, with plain spaces and nothing around them: they are returned as they are.
  if (UNUSUAL.test(s)) return s.normalize('NFC').replace(ODD_SPACES, ' ').trim();
  return s.length > 0 && (isBlankCode(s.charCodeAt(0)) || isBlankCode(s.charCodeAt(s.length - 1))) ? s.trim() : s;
};

/**
 * A real document number, any letter case: 123/BC-UBND, 45/kh-ubnd, 7171/QĐ-UBND, 12/2024/NĐ-CP, and Party
 * documents 05-NQ/ĐU, 12-KL/ĐU, 45-CV/ĐU.
 */
const REAL_NUMBER = new RegExp(
  `(?<![${L}\\d/])\\d{1,6}(?:\\/\\d{4})?(?:\\s?[-–]\\s?${L}{2,}[${L}\\d]*)?\\s?\\/\\s?${L}{2,}[${L}\\d]*(?:\\s?[-–]\\s?[${L}\\d]+)*`,
  'u',
);

const PLACEHOLDERS: readonly RegExp[] = [
  new RegExp(`(?:^|[\\s:(])\\/\\s?${L}{1,6}[-–]${L}`, 'iu'), //  "Số:   /BC-UBND", "số /UBND-VP"
  new RegExp(`(?<!${L})số\\s+[a-z]\\s*,\\s*[a-z](?!${L})`, 'iu'), // "số a, b"
  /…|\.{3,}/u, // "…", "...."
  new RegExp(`(?<!${L})ngày\\s*\\/`, 'iu'), // "ngày /11/2024"
  new RegExp(`(?<!${L})ngày\\s+tháng(?!${L})`, 'iu'), // "ngày   tháng 11 năm 2024"
  new RegExp(`(?<!${L})số\\s*:\\s*(?:ngày|$)`, 'iu'), // "Số:  ngày …" ("Báo cáo số ngày" is REFERENCE_WITHOUT_NUMBER)
];

/** Words that name a document (văn bản) — and their usual abbreviations, written in capitals. */
const DOCUMENT_WORDS = [
  'báo cáo', 'kế hoạch', 'quyết định', 'công văn', 'thông báo', 'nghị quyết', 'văn bản', 'tờ trình', 'biên bản',
  'hướng dẫn', 'kết luận', 'chỉ thị', 'quy chế', 'giấy mời', 'hợp đồng',
];
const DOCUMENT = new RegExp(`(?<!${L})(?:${DOCUMENT_WORDS.join('|')})(?!${L})`, 'iu');
const DOCUMENT_ABBREVIATION = new RegExp(`(?<![${L}/-])(?:BC|KH|QĐ|CV|TB|NQ|TTr|BB|HD|KL|CT)(?![${L}/-])`, 'u');
const REFERENCE_WITHOUT_NUMBER = new RegExp(`(?<!${L})(?:${DOCUMENT_WORDS.join('|')})\\s+số(?!${L})(?!\\s*:?\\s*\\d)`, 'iu');
/** Evidence lists several documents: "(1) …; (2) …", one a line, or bullets. */
const ITEM_SEPARATOR = /[;\n]|\(\d{1,2}\)|(?:^|\s)[-+•]\s/u;

/**
 * A place in a document (seed 002 §2c: "tại Mục, Điểm, Khoản nào của văn bản"): the word with its number or letter
 * ("Mục II", "khoản 2", "điểm a", "Điều 7", "Phần I", "Chương 3", "trang 4", "phụ lục 2", "biểu số 1"). Words that
 * merely start the same way ("phần mềm", "mục tiêu", "điều hành", "các khoản chi", "biểu quyết") are not places.
 */
// Any case: a number, a letter, or a lower-case roman numeral other than "vi" ("phần vi phạm" is not a place).
const DESIGNATION = `(?:số\\s*)?(?:\\d+(?:\\.\\d+)*|ii|iii|iv|vii|viii|ix|xi|xii|[a-zđ])(?![${L}\\d])`;
const PLACE_WORDS = ['mục', 'khoản', 'điều', 'phần', 'chương', 'tiết', 'phụ lục', 'phụ biểu', 'biểu', 'bảng'];
/** The place words in the three letter cases people type (for the case-sensitive roman numerals: "Mục VI"). */
const PLACE_WORDS_CASED = PLACE_WORDS.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()]);
const LOCATION: readonly RegExp[] = [
  new RegExp(`(?<!${L})(?:${PLACE_WORDS.join('|')})\\s+${DESIGNATION}`, 'iu'),
  new RegExp(`(?<!${L})(?:${PLACE_WORDS_CASED.join('|')})\\s+(?:số\\s*)?[IVXLC]+(?![${L}\\d])`, 'u'),
  new RegExp(`(?<!${L})trang\\s+(?:số\\s*)?\\d+`, 'iu'),
  // "điểm" alone means points ("chấm 1 điểm", "điểm số"): a place only with a letter ("điểm a").
  new RegExp(`(?<!${L})điểm\\s+[a-zđ](?![${L}\\d])`, 'iu'),
];

/** The evidence text asks for a statistics table: "Lập Biểu thống kê", "Thống kê", and the seed's typo "thông kê" (2.3.2). */
const NEEDS_TABLE = new RegExp(`(?<!${L})th[ốô]ng\\s+kê(?!${L})`, 'iu');
/** A table named in the evidence or explanation ("biểu quyết" is a vote, not a table). */
const MENTIONS_TABLE = new RegExp(
  `(?<!${L})(?:th[ốô]ng\\s+kê|(?:bảng|biểu)\\s+(?:tổng\\s+hợp|số\\s*\\d+|\\d+)|phụ\\s+biểu|phụ\\s+lục|danh\\s+sách)(?!${L})`,
  'iu',
);

/** Criteria scored from figures: §2b zeroes an explanation that "không nêu rõ số liệu, kết quả". */
const FROM_FIGURES: ReadonlySet<RuleKindName> = new Set<RuleKindName>(['ratio', 'countTiers', 'survey', 'compare']);

/** d/m/yyyy (or with . or -); the digits around it are checked by hand (a lookbehind slows every search). */
const NUMERIC_DATE = /(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})/g;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** The same dates, digits around them checked by the pattern: for replacing every date of a text at once. */
const NUMERIC_DATE_WHOLE = /(?<!\d)(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/g;
const WORDED_DATE = new RegExp(`(?<!${L})ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})(?!\\d)`, 'giu');

export const hasRealDocumentNumber = (s: string): boolean => REAL_NUMBER.test(clean(s));
/**
 * Whether some "ngày" is followed (after spaces) by "/" or "tháng": what the two date placeholders need before they can
 * match ("ngày /11/2024", "ngày   tháng 11").
 */
function mayHaveBlankDate(lower: string): boolean {
  for (let i = lower.indexOf('ngày'); i >= 0; i = lower.indexOf('ngày', i + 4)) {
    let j = i + 4;
    while (j < lower.length && (lower.charCodeAt(j) === 0x20 || lower.charCodeAt(j) === 0x09 || lower.charCodeAt(j) === 0x0a)) j++;
    if (lower[j] === '/' || lower.startsWith('tháng', j)) return true;
  }
  return false;
}

/** A slash after a space, colon, bracket or the start: what the first placeholder needs before it can match. */
const SLASH_AFTER_GAP = /(?:^|[\s:(])\//;
export const hasPlaceholder = (s: string): boolean => {
  const t = clean(s);
  // Each pattern is tried only where the words it needs are in the text (the patterns are costly, texts are many).
  const lower = t.toLowerCase();
  const [gap, letters, dots, dateSlash, noDate, noNumber] = PLACEHOLDERS as [RegExp, RegExp, RegExp, RegExp, RegExp, RegExp];
  if (SLASH_AFTER_GAP.test(t) && gap.test(t)) return true;
  if (dots.test(t)) return true;
  if (lower.includes('ngày') && mayHaveBlankDate(lower) && (dateSlash.test(t) || noDate.test(t))) return true;
  return lower.includes('số') && (letters.test(t) || noNumber.test(t) || REFERENCE_WITHOUT_NUMBER.test(t));
};
export const namesLocation = (s: string): boolean => {
  const t = clean(s);
  return LOCATION.some((re) => re.test(t));
};

/**
 * The documents an evidence text names without any number (Decision: seed 002 §2a — evidence is a signed electronic
 * document, which always has a number; without it the council cannot find it, so it is E2 and the forecast 0).
 */
/** What ITEM_SEPARATOR needs somewhere before it can split a text. */
const MAY_SEPARATE = /[;\n(]|[-+•]\s/;
export function documentsWithoutNumber(s: string): string[] {
  const t = clean(s);
  return (MAY_SEPARATE.test(t) ? t.split(ITEM_SEPARATOR) : [t])
    .map((part) => part.trim())
    .filter((part) => (DOCUMENT.test(part) || DOCUMENT_ABBREVIATION.test(part)) && !REAL_NUMBER.test(part));
}

/** Whether an explanation gives a figure besides dates, document numbers and places ("12/12 đơn", "100%", "21 nhiệm vụ"). */
export function givesFigures(s: string): boolean {
  let t = clean(s).replace(new RegExp(REAL_NUMBER.source, 'gu'), ' ').replace(NUMERIC_DATE_WHOLE, ' ').replace(WORDED_DATE, ' ');
  for (const re of LOCATION) t = t.replace(new RegExp(re.source, `${re.flags}g`), ' ');
  return /\d/u.test(t);
}

interface FoundDate {
  readonly date: Date;
  readonly period: boolean;
}

const PERIOD_WORDS = new Set(['từ', 'đến', 'tới', 'hết', 'den', 'toi']);
/**
 * Whether the words just before a date make it a period's bound: "từ", "đến", "tới", "hết" (or unaccented "den",
 * "toi"), optionally followed by "hết" and "ngày" ("thực hiện đến 31/12/2024", "tính đến hết ngày 20/11/2024"): a
 * period, not a document's date. Whole words, compared as words rather than by a pattern tried at every position.
 */
function boundsPeriod(t: string, at: number): boolean {
  let [word, from] = wordBefore(t, at);
  if (word === 'ngày') [word, from] = wordBefore(t, from);
  if (word === 'hết') return true;
  return PERIOD_WORDS.has(word);
}

const isSeparator = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x2c || c === 0x3a;
const OPENERS = new Set(['(', '[', '"', "'", '“', '‘']);
/** The word ending before `at` (separators skipped), lower-cased and without an opening bracket or quote, and where it starts. */
function wordBefore(t: string, at: number): [string, number] {
  let end = at;
  while (end > 0 && isSeparator(t.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSeparator(t.charCodeAt(start - 1))) start--;
  // No word of a period's bound is longer than "(ngày" or "“đến”": a longer word is none of them.
  if (end - start > 6) return ['', start];
  let word = t.slice(start, end).toLowerCase();
  while (word.length > 0 && OPENERS.has(word[0]!)) word = word.slice(1);
  return [word, start];
}

function findDates(s: string): FoundDate[] {
  return findDatesInClean(clean(s));
}

/** A "tháng" in any letter case (WORDED_DATE needs one), without a case-insensitive pattern over the whole text. */
const hasMonthWord = (t: string): boolean => t.includes('háng') || t.includes('HÁNG') || (t.includes('ÁNG') && t.toLowerCase().includes('tháng'));

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

function findDatesInClean(t: string): FoundDate[] {
  const out: { date: Date; period: boolean; at: number }[] = [];
  // A date has a four-digit year: most texts have none to find (and matchAll would copy each pattern per call).
  if (!/\d{4}/.test(t)) return out;
  const collect = (re: RegExp): void => {
    re.lastIndex = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      if (re === NUMERIC_DATE && (isDigitCode(t.charCodeAt(m.index - 1)) || isDigitCode(t.charCodeAt(m.index + m[0].length)))) {
        // Inside a longer number ("12345/01/2024", "1/1/20245"): not a date; look again from the next character.
        re.lastIndex = m.index + 1;
        continue;
      }
      const d = +m[1]!, mo = +m[2]!, y = +m[3]!;
      // Impossible dates (31/02/2024, 13/13/2024) are skipped.
      if (mo < 1 || mo > 12 || d < 1 || d > DAYS_IN_MONTH[mo - 1]! || (mo === 2 && d === 29 && !isLeap(y))) continue;
      out.push({ date: new Date(Date.UTC(y, mo - 1, d)), period: boundsPeriod(t, m.index), at: m.index });
    }
    re.lastIndex = 0;
  };
  collect(NUMERIC_DATE);
  if (hasMonthWord(t)) collect(WORDED_DATE);
  if (out.length > 1) out.sort((a, b) => a.at - b.at);
  return out;
}

/** Calendar dates in a text, written d/m/yyyy (or with . or -) or "ngày d tháng m năm yyyy", as UTC dates; impossible dates are skipped. */
export const datesIn = (s: string): Date[] => findDates(s).map((f) => f.date);

/** The dates of documents in a text: dates that bound a period ("đến 31/12/2024") are left out. */
export const documentDatesIn = (s: string): Date[] => findDates(s).filter((f) => !f.period).map((f) => f.date);

const fmtDate = (d: Date) => `${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
/** An instant as Vietnam time (UTC+7), "17:00 ngày 25/11/2024". */
const fmtVietnamTime = (d: Date) => {
  const v = new Date(d.getTime() + 7 * 3600_000);
  return `${String(v.getUTCHours()).padStart(2, '0')}:${String(v.getUTCMinutes()).padStart(2, '0')} ${fmtDate(v)}`;
};

/**
 * E1–E5 for one criterion row that carries points (seed 002 §2b: the council scores 0 when evidence has
 * "số văn bản a, b", an explanation "không rõ ràng, không nêu rõ số liệu, kết quả tại mục nào của tài liệu kiểm
 * chứng", or "không lập Bảng thống kê kết quả theo đúng hướng dẫn"). A criterion the council scores without the
 * row's evidence (councilScores) has none of these checks.
 */
export function checkEvidenceRow(row: EvidenceRow, deadlines: EvidenceDeadlines = XA_2024_DEADLINES): EvidenceIssue[] {
  if (row.selfScore === null || row.selfScore <= 0) return [];
  if (row.councilScores) return [];
  const issues: EvidenceIssue[] = [];
  const add = (code: EvidenceCode, field: EvidenceIssue['field'], message: Msg, severity: Severity = 'error') =>
    issues.push({ code, severity, criterionId: row.criterionId, field, message });
  const evidence = clean(row.evidence);
  const explanation = clean(row.explanation);

  if (evidence === '') {
    add('E1', 'evidence', msg('Chưa có tài liệu kiểm chứng: Hội đồng sẽ chấm 0 điểm.', 'No evidence: the council will score 0.'));
  } else if (hasPlaceholder(evidence)) {
    add(
      'E2',
      'evidence',
      msg(
        'Tài liệu kiểm chứng chưa có số văn bản thật (ví dụ đúng: 123/BC-UBND ngày 10/01/2024, 05-NQ/ĐU): Hội đồng sẽ chấm 0 điểm.',
        'The evidence has no real document number (a real one: 123/BC-UBND of 10/01/2024, 05-NQ/ĐU): the council will score 0.',
      ),
    );
  } else {
    const unnumbered = documentsWithoutNumber(evidence);
    if (unnumbered.length > 0) {
      const first = unnumbered[0]!.length > 60 ? `${unnumbered[0]!.slice(0, 57)}…` : unnumbered[0]!;
      add(
        'E2',
        'evidence',
        msg(
          `Tài liệu kiểm chứng "${first}" không ghi số văn bản: văn bản điện tử ký số luôn có số, thiếu số thì Hội đồng không tìm được văn bản và chấm 0 điểm.`,
          `The evidence "${first}" gives no document number: a signed electronic document always has one; without it the council cannot find the document and scores 0.`,
        ),
      );
    }
  }
  if (explanation === '') {
    add('E3', 'explanation', msg('Chưa có giải trình: Hội đồng sẽ chấm 0 điểm.', 'No explanation (giải trình): the council will score 0.'));
  } else if (!namesLocation(explanation)) {
    add(
      'E3',
      'explanation',
      msg(
        'Giải trình chưa nêu số liệu ở Mục, Điểm, Khoản, trang nào của tài liệu kiểm chứng (ví dụ: "tại Mục II, trang 3"): Hội đồng sẽ chấm 0 điểm.',
        'The explanation does not say where in the document the figures are (e.g. "tại Mục II, trang 3"): the council will score 0.',
      ),
    );
  } else if (row.ruleKind && FROM_FIGURES.has(row.ruleKind) && !givesFigures(explanation)) {
    add(
      'E3',
      'explanation',
      msg(
        'Tiêu chí tính điểm theo số liệu nhưng giải trình không nêu số liệu, kết quả (ví dụ: "21/21 nhiệm vụ, đạt 100%").',
        'The criterion is scored from figures but the explanation gives none (e.g. "21/21 tasks, 100%").',
      ),
      'warning',
    );
  }
  if (row.requirement && NEEDS_TABLE.test(clean(row.requirement)) && !MENTIONS_TABLE.test(`${evidence} ${explanation}`)) {
    add(
      'E4',
      'evidence',
      msg(
        'Tiêu chí yêu cầu lập Biểu thống kê nhưng chưa thấy biểu/bảng thống kê: Hội đồng sẽ chấm 0 điểm.',
        'The criterion asks for a statistics table; none is mentioned: the council will score 0.',
      ),
    );
  }
  const untilReport = deadlines.untilReport.includes(row.criterionId);
  const limit = untilReport ? deadlines.report : deadlines.cutoff;
  for (const { date } of findDatesInClean(`${evidence}\n${explanation}`).filter((f) => !f.period)) {
    if (date.getTime() > limit.getTime()) {
      add(
        'E5',
        'evidence',
        untilReport
          ? msg(
              `Văn bản ngày ${fmtDate(date)} sau ngày gửi báo cáo tự chấm điểm ${fmtDate(limit)} (số liệu tiêu chí này tính đến thời điểm gửi báo cáo).`,
              `A document dated ${fmtDate(date)} is after the report date ${fmtDate(limit)} (this criterion counts data until the report is sent).`,
            )
          : msg(
              `Văn bản ngày ${fmtDate(date)} sau thời điểm chốt số liệu ${fmtDate(limit)}.`,
              `A document dated ${fmtDate(date)} is after the data cut-off ${fmtDate(limit)}.`,
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
  const at = fmtVietnamTime(deadlines.lock);
  return {
    code: 'E5',
    severity: 'warning',
    criterionId: '',
    field: 'workbook',
    message: msg(`Đã quá ${at.replace(' ', ' ngày ')}: phần mềm đã khóa, không nhận báo cáo.`, `Past ${at}: the system is locked and takes no more reports.`),
  };
}

/** E5 for the workbook: the report's sending day (22/11/2024) has passed, and the lock (17:00 25/11/2024). */
export function checkSubmission(now: Date, deadlines: EvidenceDeadlines = XA_2024_DEADLINES): EvidenceIssue[] {
  const endOfReportDay = deadlines.report.getTime() + 17 * 3600_000; // 24:00 in UTC+7
  const out: EvidenceIssue[] = [];
  if (now.getTime() >= endOfReportDay && now.getTime() <= deadlines.lock.getTime()) {
    out.push({
      code: 'E5',
      severity: 'warning',
      criterionId: '',
      field: 'workbook',
      message: msg(
        `Đã quá hạn gửi báo cáo tự chấm điểm (chậm nhất trong ngày ${fmtDate(deadlines.report)}); phần mềm còn nhận đến ${fmtVietnamTime(deadlines.lock).replace(' ', ' ngày ')}.`,
        `The report was due by the end of ${fmtDate(deadlines.report)}; the system still accepts it until ${fmtVietnamTime(deadlines.lock)}.`,
      ),
    });
  }
  const lock = checkLock(now, deadlines);
  if (lock) out.push(lock);
  return out;
}

/**
 * Fails E1–E4: the council scores 0 (seed 002 §2b lists the missing statistics table among them). E5 and warnings
 * are shown but not assumed fatal.
 */
export const failsForecast = (issues: readonly EvidenceIssue[]): boolean =>
  issues.some((i) => FATAL.has(i.code) && i.severity === 'error');
const FATAL: ReadonlySet<EvidenceCode> = new Set<EvidenceCode>(['E1', 'E2', 'E3', 'E4']);

/** The row the evidence check needs for one criterion of a framework. */
export const evidenceRowOf = (node: Criterion, selfScore: number | null, evidence: string, explanation: string): EvidenceRow => ({
  criterionId: node.id,
  selfScore,
  evidence,
  explanation,
  requirement: node.evidence ?? '',
  ...(node.rule ? { ruleKind: node.rule.kind } : {}),
  ...(node.councilScores ? { councilScores: node.councilScores } : {}),
});

/**
 * The council's likely score of one leaf (DOMAIN.md Forecast): its maximum where the council gives full points
 * itself (8.1, 8.2 in 2024), 0 where the evidence fails E1–E4, else the self-score.
 */
export function forecastPoints(node: Criterion, self: number | null, issues: readonly EvidenceIssue[]): number | null {
  if (node.councilScores?.how === 'max') return node.maxPoints;
  if (self === null) return null;
  return failsForecast(issues) ? 0 : self;
}

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
 * criterion that fails E1–E4, and full points where the council gives them itself. Parents are re-summed.
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
    const found = row ? checkEvidenceRow({ ...evidenceRowOf(node, row.selfScore, row.evidence, row.explanation), ...(row.requirement ? { requirement: row.requirement } : {}) }, deadlines) : [];
    issues.push(...found);
    const fc = forecastPoints(node, self, found) ?? 0;
    const reasons = failsForecast(found) ? [...new Set(found.filter((i) => FATAL.has(i.code) && i.severity === 'error').map((i) => i.code))] : [];
    out.push({ criterionId: node.id, self: round(self), forecast: round(fc), reasons });
    selfTotal += round(self);
    forecastTotal += round(fc);
  }
  return { rows: out, selfTotal: round(selfTotal), forecastTotal: round(forecastTotal), issues };
}
