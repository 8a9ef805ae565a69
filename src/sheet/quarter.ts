/**
 * THADS quarters and year (seed 000, mục 4.2): one person's monthly self-scoring sheets (thads-ls) rolled up to the
 * four quarters and the year, with the score adjusted at the meeting (Bước 2 họp chấm điểm, Bước 3 chấm điểm) and
 * the report's deadline (Bước 4: "trước ngày 05 của … đầu quý sau … năm sau", deadlines.ts thadsDeadline).
 *
 * The seed names the report's form (Phụ lục 03) but does not print it: its columns here are the seed's own steps —
 * the months' self-scores, the period's deductions and bonuses (mục 2), the self-score of the period (Bước 1), the
 * score after the meeting (Bước 2–3, typed by the unit), the level, the deadline (Bước 4) — said so on the sheet.
 */
import {
  bandsFromMins,
  flatten,
  GRADES,
  msg,
  quarterMonths,
  rollupPeriod,
  THADS_LS,
  thadsDeadline,
  YEAR_MONTHS,
  type GradeBand,
  type Msg,
  type PeriodRollup,
  type RollupMethod,
} from '../scoring';
import { THADS_BASE } from '../scoring/frameworks/thadsLs';
import { a1, columnLetter } from './a1';
import { NAME_CELL, ROW as FW_ROW } from './plans/framework';
import { PlanBuilder, str } from './plans/builder';
import type { Details, SheetPlan } from './types';
import { monthsText, periodInName, YEAR_MSG, type MonthSheet, type SkippedSheet } from './yearSources';

/** How a period's score is formed (rollup.ts RollupMethod), as the sheet and the pane say it. */
export const ROLLUP_METHOD_TEXT: Readonly<Record<RollupMethod, Msg>> = {
  mean: msg('Điểm bình quân các tháng có phiếu', 'The mean of the months with a sheet'),
  occurrences: msg(
    'Điểm chuẩn – tổng điểm trừ + tổng điểm thưởng của mọi tháng trong kỳ (mỗi tháng: điểm tháng – điểm chuẩn)',
    'Base points – all deductions + all bonuses of the period’s months (each month: its score – the base)',
  ),
};

export interface ThadsMonth {
  readonly source: string;
  readonly month: number;
  readonly year: number | null;
  /** Who: the name part of the sheet's name ("Tự chấm THADS Nguyễn Văn A 03-2026"; "thads-ls …" from earlier versions), else ''. */
  readonly person: string;
  readonly unit: string;
  readonly total: number;
  /** Σ deductions (positive) and Σ bonuses of the month (mục 2). */
  readonly deductions: number;
  readonly bonuses: number;
  /** The month sheet's own bands (its bands block), null where unset. */
  readonly bandMins: readonly number[] | null;
}

const SIGN = new Map(
  flatten(THADS_LS)
    .filter((p) => p.node.rule?.kind === 'occurrence')
    .map((p) => [p.node.id, (p.node.rule!.params as { sign: 'deduction' | 'bonus' }).sign]),
);

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** The name part of a sheet name the add-in wrote: template id, then name or unit, then the period. */
function personOf(sheet: string): string {
  return sheet
    .replace(/^(?:thads-ls|Tự chấm THADS)\b/i, '')
    .replace(/\(\d+\)\s*$/, '')
    .replace(/(?:^|\s)\d{1,2}\s*[-/.]\s*\d{4}\s*$/, '')
    .replace(/\b(?:tháng|thang)\s*\d{1,2}\b/i, '')
    .trim();
}

/** One month of a thads-ls sheet, or why it cannot be used. */
export function readThadsMonth(m: MonthSheet): ThadsMonth | SkippedSheet {
  const fromSheet = periodInName(m.sheet);
  const fromFile = m.file ? periodInName(m.file.replace(/^.*[\\/]/, '').replace(/\.xlsx$/i, '')) : { month: null, year: null };
  const month = fromSheet.month ?? fromFile.month;
  if (month === null) return { source: m.source, reason: YEAR_MSG.noMonth() };
  const yearCell = m.head[FW_ROW.details]?.[3];
  const year = typeof yearCell === 'number' && Number.isInteger(yearCell) ? yearCell : (fromSheet.year ?? fromFile.year);
  let deductions = 0;
  let bonuses = 0;
  for (const c of m.score.criteria) {
    const sign = SIGN.get(c.id);
    if (!sign || c.self === null) continue;
    if (sign === 'deduction') deductions -= c.self;
    else bonuses += c.self;
  }
  return {
    source: m.source,
    month,
    year,
    person: cellText(m.head[FW_ROW.details]?.[NAME_CELL.value]) || personOf(m.sheet),
    unit: cellText(m.head[FW_ROW.details]?.[1]),
    total: m.score.total,
    deductions: Math.round(deductions * 100) / 100,
    bonuses: Math.round(bonuses * 100) / 100,
    bandMins: m.score.bandMins ?? null,
  };
}

export interface ThadsPeriod {
  /** 1–4, or 0 for the year. */
  readonly quarter: number;
  readonly rollup: PeriodRollup;
  readonly deductions: number;
  readonly bonuses: number;
  /** Last day the report may reach the Cục (inclusive): the 4th of the next period's first month. */
  readonly deadline: Date;
}

export interface ThadsYear {
  readonly person: string;
  readonly unit: string;
  readonly year: number | null;
  readonly method: RollupMethod;
  readonly months: ReadonlyMap<number, ThadsMonth>;
  readonly quarters: readonly ThadsPeriod[];
  readonly whole: ThadsPeriod;
  readonly bands: readonly GradeBand[] | null;
  /** What the user must know: months missing, two sheets for one month, sheets that disagree on the bands. */
  readonly notes: readonly Msg[];
}

const sum = (xs: readonly number[]) => Math.round(xs.reduce((a, x) => a + x, 0) * 100) / 100;

/**
 * The quarters and the year of one person's months. Method: seed 000's own (mục 4.2 Bước 1 scores the period by the
 * same table, see rollup.ts RollupMethod) unless the user chose the mean (DOMAIN.md Roll-up Decision).
 */
export function solveThadsYear(monthsIn: readonly ThadsMonth[], options: { readonly method?: RollupMethod; readonly year?: number } = {}): ThadsYear {
  const method = options.method ?? 'occurrences';
  const notes: Msg[] = [];
  const months = new Map<number, ThadsMonth>();
  for (const m of [...monthsIn].sort((a, b) => a.month - b.month)) {
    const kept = months.get(m.month);
    if (kept) notes.push(YEAR_MSG.duplicateMonth(m.month, kept.source, m.source));
    else months.set(m.month, m);
  }
  // The bands: those of the months' sheets (each sheet has its block); the latest month's where they differ.
  const withBands = [...months.values()].filter((m) => m.bandMins !== null);
  const latest = withBands[withBands.length - 1];
  let bands: readonly GradeBand[] | null = null;
  if (latest) {
    const r = bandsFromMins(latest.bandMins!);
    bands = r.ok ? r.value : null;
    if (withBands.some((m) => m.bandMins!.join('|') !== latest.bandMins!.join('|'))) {
      notes.push(
        msg(
          `Các phiếu tháng ghi thang xếp loại khác nhau: dùng thang của tháng ${latest.month} (A từ ${fmt(latest.bandMins![0]!)}, B từ ${fmt(latest.bandMins![1]!)}, C từ ${fmt(latest.bandMins![2]!)}).`,
          `The monthly sheets carry different grade bands: those of month ${latest.month} are used.`,
        ),
      );
    }
  }
  const scores = new Map([...months].map(([k, m]) => [k, m.total]));
  const first = months.values().next().value as ThadsMonth | undefined;
  const year = options.year ?? first?.year ?? null;
  const period = (q: number): ThadsPeriod => {
    const span = q === 0 ? YEAR_MONTHS : quarterMonths(q);
    const rollup = rollupPeriod(scores, span, { method, base: THADS_BASE, bands });
    const here = rollup.present.map((k) => months.get(k)!);
    // Without a year there is no date: the deadline is then said in words (beforeText).
    const deadline = year === null ? null : thadsDeadline(year, q === 0 ? 'year' : 'quarter', q === 0 ? 1 : q);
    return {
      quarter: q,
      rollup,
      deductions: sum(here.map((m) => m.deductions)),
      bonuses: sum(here.map((m) => m.bonuses)),
      deadline: deadline?.ok ? deadline.value : new Date(NaN),
    };
  };
  const quarters = [1, 2, 3, 4].map(period);
  const whole = period(0);
  if (whole.rollup.missing.length > 0) notes.unshift(YEAR_MSG.missing(whole.rollup.missing));
  if (bands === null) {
    notes.push(msg('Chưa có thang xếp loại (văn bản không quy định): nhập điểm tối thiểu của A, B, C để xếp loại.', 'No grade bands (the text gives none): type the lowest points of A, B, C to grade.'));
  }
  return { person: first?.person ?? '', unit: first?.unit ?? '', year, method, months, quarters, whole, bands, notes };
}

/** People and years of many months: one report each (a batch of files may hold several people). */
export function groupThads(months: readonly ThadsMonth[]): ThadsMonth[][] {
  const groups = new Map<string, ThadsMonth[]>();
  for (const m of months) {
    const key = `${m.unit.toLowerCase()}|${m.person.toLowerCase()}|${m.year ?? ''}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()];
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const dmy = (d: Date): string => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
/** "trước ngày 05/04/2026": the seed's "trước ngày 05", the day after the last allowed one. */
export const beforeText = (lastDay: Date): string =>
  Number.isNaN(lastDay.getTime()) ? 'trước ngày 05 của tháng đầu kỳ sau' : `trước ngày ${dmy(new Date(lastDay.getTime() + 86_400_000))}`;

/** Columns of the report (0-based). */
export const Q_COL = {
  stt: 0,
  period: 1,
  month1: 2,
  deductions: 5,
  bonuses: 6,
  self: 7,
  adjusted: 8,
  level: 9,
  deadline: 10,
  notes: 11,
} as const;
export const Q_ROW = { unit: 0, title: 3, subtitle: 4, person: 5, bands: 6, header: 8, first: 9 } as const;
/** The bands' cells: A, B, C lowest points, [row, col]. */
export const Q_BANDS: readonly (readonly [number, number])[] = [
  [Q_ROW.bands, 3],
  [Q_ROW.bands, 5],
  [Q_ROW.bands, 7],
];

/**
 * Excel's level of a score over the bands cells, blank while `blank` holds (native functions only, so the sheet needs
 * no add-in; DOMAIN.md Rounding: from the rounded score).
 */
export function levelFormula(score: string, bands: readonly string[], blank = `${score}=""`): string {
  const [a, b, c] = bands;
  const s = `ROUND(${score},2)`;
  return `=IF(${blank},"",IF(COUNT(${a},${b},${c})<3,"Chưa có thang xếp loại",IF(${s}>=${a},${str(GRADES[0]!.name.vi)},IF(${s}>=${b},${str(GRADES[1]!.name.vi)},IF(${s}>=${c},${str(GRADES[2]!.name.vi)},${str(GRADES[3]!.name.vi)})))))`;
}

const fmt = (n: number): string => String(n).replace('.', ',');

export const THADS_YEAR_TEMPLATE = 'thads-nam';

/** Phụ lục 03 of one person: the four quarters and the year, then the months they come from. */
export function planThadsYear(report: ThadsYear, details: Details = {}): SheetPlan {
  const who = details.name ?? report.person;
  const unit = details.unit ?? report.unit;
  const year = report.year;
  const name = `Quý-năm ${who || unit} ${year ?? ''}`.replace(/[[\]:*?/\\']/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31);
  const b = new PlanBuilder(THADS_YEAR_TEMPLATE, msg('Kết quả chấm điểm quý, năm (Phụ lục 03)', 'Quarterly and yearly scores (Phụ lục 03)'), name);
  const last = Q_COL.notes;
  b.set(Q_ROW.unit, 0, { value: (unit || 'CƠ QUAN THADS .....').toUpperCase(), style: 'group' }).merge(Q_ROW.unit, 0, Q_ROW.unit, 4);
  b.set(Q_ROW.unit, 6, { value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'group' }).merge(Q_ROW.unit, 6, Q_ROW.unit, last);
  b.set(Q_ROW.unit + 1, 6, { value: 'Độc lập - Tự do - Hạnh phúc', style: 'subtitle' }).merge(Q_ROW.unit + 1, 6, Q_ROW.unit + 1, last);
  b.set(Q_ROW.title, 0, { value: `KẾT QUẢ CHẤM ĐIỂM CÔNG CHỨC, NGƯỜI LAO ĐỘNG THEO QUÝ, NĂM ${year ?? '20…'}`, style: 'title' }).merge(Q_ROW.title, 0, Q_ROW.title, last);
  b.set(Q_ROW.subtitle, 0, {
    value: '(Báo cáo Cục Thi hành án dân sự tỉnh theo Phụ lục 03 — Hướng dẫn thực hiện Bảng tiêu chí chấm điểm công chức, người lao động các cơ quan THADS tỉnh Lạng Sơn, mục 4.2)',
    style: 'subtitle',
    note: 'Văn bản nêu tên Phụ lục 03 nhưng không in mẫu: các cột theo các bước của mục 4.2 (Bước 1 tự chấm điểm, Bước 2–3 họp và chấm điểm, Bước 4 báo cáo về Cục).',
  }).merge(Q_ROW.subtitle, 0, Q_ROW.subtitle, last);
  b.set(Q_ROW.person, 0, { value: 'Họ và tên:', style: 'label' }).set(Q_ROW.person, 1, { value: '', style: 'label' }).merge(Q_ROW.person, 0, Q_ROW.person, 1);
  b.set(Q_ROW.person, 2, { value: who, style: 'input', input: true }).merge(Q_ROW.person, 2, Q_ROW.person, 5);
  for (let c = 3; c <= 5; c++) b.set(Q_ROW.person, c, { value: '', style: 'input' });
  b.set(Q_ROW.person, 6, { value: 'Năm:', style: 'label' });
  b.set(Q_ROW.person, 7, { value: year, style: 'input', input: true, numberFormat: '0' });
  b.set(Q_ROW.bands, 0, { value: 'Thang xếp loại (điểm từ):', style: 'label', note: 'Văn bản không quy định thang xếp loại: đơn vị nhập điểm tối thiểu của A, B, C (lấy từ phiếu tháng khi có).' });
  b.set(Q_ROW.bands, 1, { value: '', style: 'label' }).merge(Q_ROW.bands, 0, Q_ROW.bands, 1);
  GRADES.slice(0, 3).forEach((g, i) => {
    const [r, c] = Q_BANDS[i]!;
    b.set(r, c - 1, { value: `${g.letter} từ`, style: 'label' });
    b.set(r, c, { value: report.bands ? report.bands[i]!.min : null, style: 'input', input: true, numberFormat: '0.##' });
  });
  const bandRefs = Q_BANDS.map(([r, c]) => `$${columnLetter(c)}$${r + 1}`);

  const H = Q_ROW.header;
  const headers: [number, string, string?][] = [
    [Q_COL.stt, 'STT'],
    [Q_COL.period, 'Kỳ chấm điểm'],
    [Q_COL.month1, 'Điểm tự chấm tháng thứ nhất'],
    [Q_COL.month1 + 1, 'Điểm tự chấm tháng thứ hai'],
    [Q_COL.month1 + 2, 'Điểm tự chấm tháng thứ ba'],
    [Q_COL.deductions, 'Tổng điểm trừ trong kỳ'],
    [Q_COL.bonuses, 'Tổng điểm thưởng trong kỳ'],
    [Q_COL.self, 'Điểm tự chấm của kỳ (Bước 1)', ROLLUP_METHOD_TEXT[report.method].vi],
    [Q_COL.adjusted, 'Điểm sau họp chấm điểm (Bước 2–3)', 'Điểm do người có thẩm quyền chấm sau cuộc họp góp ý (mục 4.2, Bước 2–3): đơn vị nhập; để trống thì xếp loại theo điểm tự chấm.'],
    [Q_COL.level, 'Xếp loại'],
    [Q_COL.deadline, 'Hạn báo cáo về Cục THADS tỉnh (Bước 4)'],
    [Q_COL.notes, 'Ghi chú'],
  ];
  for (const [c, h, note] of headers) b.set(H, c, { value: h, style: c === Q_COL.adjusted ? 'inputHeader' : 'header', ...(note ? { note } : {}) });

  const periods = [...report.quarters, report.whole];
  // A blank form (the gallery's, filled by hand): the months are typed, the period's score is a native formula of them.
  const blank = report.months.size === 0;
  const monthsRange = (row: number) => `${a1(row, Q_COL.month1)}:${a1(row, Q_COL.month1 + 2)}`;
  const periodFormula = (range: string) =>
    report.method === 'mean'
      ? `=IF(COUNT(${range})=0,"",ROUND(AVERAGE(${range}),2))`
      : `=IF(COUNT(${range})=0,"",ROUND(${THADS_BASE}+SUM(${range})-${THADS_BASE}*COUNT(${range}),2))`;
  periods.forEach((p, i) => {
    const r = Q_ROW.first + i;
    const isYear = p.quarter === 0;
    b.set(r, Q_COL.stt, { value: i + 1, style: 'criterion' });
    b.set(r, Q_COL.period, { value: isYear ? `Cả năm ${year ?? ''}`.trim() : `Quý ${ROMAN[p.quarter]}`, style: isYear ? 'group' : 'criterion' });
    if (isYear) {
      b.set(r, Q_COL.month1, { value: blank ? '12 tháng' : `${p.rollup.present.length}/12 tháng có phiếu`, style: 'label' }).merge(r, Q_COL.month1, r, Q_COL.month1 + 2);
      b.set(r, Q_COL.month1 + 1, { value: '', style: 'label' }).set(r, Q_COL.month1 + 2, { value: '', style: 'label' });
    } else {
      p.rollup.months.forEach((m, k) => {
        const got = report.months.get(m);
        b.set(
          r,
          Q_COL.month1 + k,
          blank
            ? { value: null, style: 'input', input: true, numberFormat: '0.##', note: `Điểm tự chấm tháng ${m}; để trống nếu chưa có phiếu (không tính, không coi là 0 điểm).` }
            : got
              ? { value: got.total, style: 'computed', numberFormat: '0.##', note: `Tháng ${m}: ${got.source}` }
              : { value: `Thiếu tháng ${m}`, style: 'label' },
        );
      });
    }
    const none = p.rollup.score === null;
    const totals = (value: number) => (blank ? { value: null, style: 'input' as const, input: true, numberFormat: '0.##' } : { value: none ? null : value, style: 'computed' as const, numberFormat: '0.##' });
    b.set(r, Q_COL.deductions, totals(p.deductions));
    b.set(r, Q_COL.bonuses, totals(p.bonuses));
    const selfFormula = isYear ? periodFormula(`${a1(Q_ROW.first, Q_COL.month1)}:${a1(Q_ROW.first + 3, Q_COL.month1 + 2)}`) : periodFormula(monthsRange(r));
    b.set(r, Q_COL.self, blank ? { formula: selfFormula, style: isYear ? 'total' : 'computed', numberFormat: '0.00' } : { value: p.rollup.score, style: isYear ? 'total' : 'computed', numberFormat: '0.00' });
    b.set(r, Q_COL.adjusted, { value: null, style: 'input', input: true, numberFormat: '0.00' });
    const self = a1(r, Q_COL.self);
    const adjusted = a1(r, Q_COL.adjusted);
    b.set(r, Q_COL.level, { formula: levelFormula(`IF(${adjusted}<>"",${adjusted},${self})`, bandRefs, `AND(${adjusted}="",${self}="")`), style: 'computed' });
    b.set(r, Q_COL.deadline, { value: year === null ? (isYear ? 'trước ngày 05 tháng 01 năm sau' : 'trước ngày 05 tháng đầu quý sau') : beforeText(p.deadline), style: 'criterion' });
    const notes: string[] = [];
    if (!blank && p.rollup.missing.length > 0) notes.push(`Thiếu phiếu tháng ${monthsText(p.rollup.missing)} (không tính, không coi là 0 điểm); điểm tạm tính trên ${p.rollup.present.length} tháng.`);
    if (p.rollup.monthsGradedD.length > 0) notes.push(`Tháng ${monthsText(p.rollup.monthsGradedD)} xếp loại D theo điểm (lưu ý, chưa áp dụng).`);
    if (p.rollup.score !== null && p.rollup.score < 0) notes.push(`Tổng điểm âm (${fmt(p.rollup.score)}).`);
    b.set(r, Q_COL.notes, blank ? { value: null, style: 'input', input: true } : { value: notes.join(' '), style: 'label' });
  });

  // The months the periods come from.
  let r = Q_ROW.first + periods.length + 1;
  b.set(r, 0, { value: `Cách tính điểm của kỳ: ${ROLLUP_METHOD_TEXT[report.method].vi}.`, style: 'method' }).merge(r, 0, r, last);
  r++;
  for (const note of report.notes) {
    b.set(r, 0, { value: note.vi, style: 'method' }).merge(r, 0, r, last);
    r++;
  }
  if (!blank) {
    r++;
    const monthHeader = r;
    [['Tháng', 0], ['Điểm tự chấm', 2], ['Điểm trừ', 3], ['Điểm thưởng', 4], ['Phiếu tháng', 5]].forEach(([h, c]) => b.set(monthHeader, c as number, { value: h as string, style: 'header' }));
    b.set(monthHeader, 1, { value: '', style: 'header' }).merge(monthHeader, 0, monthHeader, 1);
    for (let c = 6; c <= last; c++) b.set(monthHeader, c, { value: '', style: 'header' });
    b.merge(monthHeader, 5, monthHeader, last);
    r++;
    for (const m of YEAR_MONTHS) {
      const got = report.months.get(m);
      b.set(r, 0, { value: `Tháng ${m}`, style: 'criterion' }).set(r, 1, { value: '', style: 'criterion' }).merge(r, 0, r, 1);
      b.set(r, 2, { value: got ? got.total : null, style: 'computed', numberFormat: '0.##' });
      b.set(r, 3, { value: got ? got.deductions : null, style: 'computed', numberFormat: '0.##' });
      b.set(r, 4, { value: got ? got.bonuses : null, style: 'computed', numberFormat: '0.##' });
      b.set(r, 5, { value: got ? got.source : 'Chưa có phiếu', style: 'label' });
      for (let c = 6; c <= last; c++) b.set(r, c, { value: '', style: 'label' });
      b.merge(r, 5, r, last);
      r++;
    }
  }
  r++;
  b.set(r, 1, { value: 'NGƯỜI TỰ CHẤM ĐIỂM\n(Ký, ghi rõ họ tên)', style: 'subtitle' }).merge(r, 1, r + 1, 4);
  b.set(r, 8, { value: 'THỦ TRƯỞNG ĐƠN VỊ\n(Ký, ghi rõ họ tên)', style: 'subtitle' }).merge(r, 8, r + 1, last);
  const lastRow = r + 1;
  for (const [c, w] of [[0, 5], [1, 14], [2, 11], [3, 11], [4, 11], [5, 11], [6, 11], [7, 13], [8, 13], [9, 24], [10, 16], [11, 34]] as const) b.column(c, w);
  b.freeze(H + 1, 2);
  return b.build(
    { orientation: 'landscape', paper: 'A4', fitToWidth: true, area: `A1:${columnLetter(last)}${lastRow + 1}` },
    { headerRow: H, firstRow: Q_ROW.first, columns: { ...Q_COL } },
  );
}
