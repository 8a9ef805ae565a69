/**
 * Mẫu 1A (seed 004, Phụ lục 3): the unit's summary list — scores, self-grades, grades, and the quota on A
 * (seed 004 §3.2, DOMAIN.md Decision): the lowest A's proposed for demotion, ties at the cut line shown for the
 * authority, heads of unit left blank and not counted.
 */
import { gradeInfo, gradeOf, gradeRank, msg, parseGrade, solveQuota, type GradeCode, type QuotaResult } from '../scoring';
import { kpiQuotaCell } from '../scoring/cells';
import { a1, range } from './a1';
import { PlanBuilder } from './plans/builder';
import type { PersonLine } from './templates';
import type { Details, SheetPlan } from './types';

export type QuotaStatus = 'head' | 'kept' | 'demoted' | 'tied' | 'notA' | 'noScore';

/** Where Mẫu 1A columns 5–8 come from (column "Cột 5–8 theo"): read back when the list is built again. */
export type ShownFrom = 'marked' | 'decided' | 'proposed' | 'awaiting';

export const SHOWN_FROM_TEXT: Readonly<Record<ShownFrom, string>> = {
  marked: 'Ghi trên Mẫu 1A',
  decided: 'Đã quyết định',
  proposed: 'Đề xuất theo điểm',
  awaiting: 'Chờ quyết định',
};

/** What a tie at the cut line prints in columns 5–8 until the authority decides. */
export const AWAITING_TEXT = 'Chờ quyết định';

export interface SummaryPerson extends PersonLine {
  /** Grade from the score (bands of seed 004 §3.1). */
  readonly grade: GradeCode | null;
  readonly selfGradeCode: GradeCode | null;
  /**
   * The proposal: the grade of the score, KHTNV where an override is recorded (DOMAIN.md Overrides), then the quota:
   * demoted A's become B; tied A's stay A until the authority decides (status 'tied').
   */
  readonly proposedGrade: GradeCode | null;
  /** The grade the competent authority decided (seed 004 phần IV, bước 4), when recorded and readable. */
  readonly decidedGradeCode: GradeCode | null;
  /**
   * The grade the authority marked on this month's Mẫu 1A itself (an "x" in columns 5–8 other than the one the add-in
   * wrote), carried when the list is built again; null when there is none.
   */
  readonly markedGradeCode: GradeCode | null;
  /**
   * What Mẫu 1A columns 5–8 show: the authority's mark on the 1A, else the decided grade of the person's sheet, else
   * the proposal; nothing for a tie at the cut line ("chờ quyết định": the printed list never shows more A than the
   * quota allows) and for heads of unit.
   */
  readonly shownGrade: GradeCode | null;
  readonly shownFrom: ShownFrom | null;
  readonly status: QuotaStatus;
}

/** The quota within one group of staff with similar duties (seed 004 §3.2a). */
export interface GroupQuota {
  readonly group: string;
  readonly quota: QuotaResult;
}

export interface UnitSummary {
  readonly cap: number;
  readonly people: readonly SummaryPerson[];
  /** The unit's quota, after each group's: both limits hold (seed 004 §3.2a). */
  readonly quota: QuotaResult;
  /** One entry a named group; empty when everybody is in one group (the unit). */
  readonly groups: readonly GroupQuota[];
  /** The head's component d (seed 004 III.3.3a): 100% if everyone they manage (deputies included) scored at least C, else 50%. */
  readonly leaderD: number | null;
  readonly month: number | null;
  readonly year: number | null;
  /** The unit's name as the personal forms carry it (the most frequent one), null when none does. */
  readonly unit: string | null;
}

const SECTION_ORDER: Record<PersonLine['group'], number> = { leader: 0, staff: 1, contract: 2 };

const groupOf = (p: PersonLine): string => (p.dutyGroup ?? '').normalize('NFC').trim();

/**
 * The quota per group of similar duties and for the unit, both holding (seed 004 §3.2a: "trong phạm vi cùng một cơ
 * quan, tổ chức, đơn vị và trong từng nhóm công chức có nhiệm vụ tương đồng"): each named group first, then the unit
 * over what the groups left (a demoted A counts as B). Overridden people are KHTNV (DOMAIN.md), never A.
 */
function solveGroups(graded: readonly { p: PersonLine; grade: GradeCode | null }[], cap: number): { quota: QuotaResult; groups: GroupQuota[] } {
  const people = graded.map(({ p, grade }) => ({ id: p.sheet, score: p.score, grade, isHead: p.isHead }));
  const names = [...new Set(graded.map(({ p }) => groupOf(p)))].filter((g) => g !== '');
  const groups: GroupQuota[] = names.length === 0 || (names.length === 1 && graded.every(({ p }) => groupOf(p) !== ''))
    ? []
    : names.map((g) => ({ group: g, quota: solveQuota(people.filter((_, i) => groupOf(graded[i]!.p) === g), cap) }));
  const demotedInGroups = new Set(groups.flatMap((g) => g.quota.demoted));
  const unit = solveQuota(people.map((p) => (demotedInGroups.has(p.id) ? { ...p, grade: 'HTTNV' as const } : p)), cap);
  if (groups.length === 0) return { quota: unit, groups };
  const all = solveQuota(people, cap);
  const demoted = [...new Set([...demotedInGroups, ...unit.demoted])];
  const out = new Set(demoted);
  const tied = [...new Set([...groups.flatMap((g) => g.quota.tied), ...unit.tied])].filter((id) => !out.has(id));
  const kept = all.kept.concat(all.tied, all.demoted).filter((id) => !out.has(id) && !tied.includes(id));
  const inNamed = new Set(groups.flatMap((g) => graded.filter(({ p }) => groupOf(p) === g.group).map(({ p }) => p.sheet)));
  const ungroupedA = people.filter((p) => !p.isHead && p.grade === 'HTXSNV' && !inNamed.has(p.id)).length;
  const maxA = Math.min(all.maxA, groups.reduce((n, g) => n + g.quota.maxA, 0) + ungroupedA);
  return {
    quota: { countA: all.countA, countB: all.countB, maxA, kept, demoted, tied, seatsForTied: Math.min(tied.length, Math.max(0, maxA - kept.length)), cutScore: unit.cutScore },
    groups,
  };
}

/** The unit as most of its people's forms name it ("UBND phường Hà Đông"); ties: the first met. */
function unitOf(people: readonly PersonLine[]): string | null {
  const counts = new Map<string, number>();
  for (const p of people) {
    const u = (p.unit ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    if (u !== '') counts.set(u, (counts.get(u) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [u, n] of counts) if (best === null || n > counts.get(best)!) best = u;
  return best;
}

/**
 * The unit's list. `marks`: grades the authority marked on this month's Mẫu 1A (by the person's sheet), read back by
 * readSummaryMarks when the list is built again; they are shown as marked, whatever the proposal.
 */
export function solveUnit(people: readonly PersonLine[], cap: number, marks: ReadonlyMap<string, GradeCode> = new Map()): UnitSummary {
  const graded = people.map((p) => ({ p, grade: p.score === null ? null : gradeOf(p.score) }));
  // DOMAIN.md Overrides: a recorded override makes the proposal KHTNV whatever the score.
  const proposedBase = graded.map(({ p, grade }) => ({ p, grade: p.override ? ('KHTNV' as const) : grade }));
  const { quota, groups } = solveGroups(proposedBase, cap);
  const demoted = new Set(quota.demoted);
  const tied = new Set(quota.tied);
  const out: SummaryPerson[] = graded.map(({ p, grade }, i) => {
    const base = proposedBase[i]!.grade;
    const self = p.selfGrade ? parseGrade(p.selfGrade) : null;
    const decided = p.decidedGrade ? parseGrade(p.decidedGrade) : null;
    const decidedGradeCode = decided && decided.ok ? decided.value : null;
    const status: QuotaStatus = p.isHead
      ? 'head'
      : grade === null
        ? 'noScore'
        : demoted.has(p.sheet)
          ? 'demoted'
          : tied.has(p.sheet)
            ? 'tied'
            : base === 'HTXSNV'
              ? 'kept'
              : 'notA';
    const proposedGrade = status === 'demoted' ? 'HTTNV' : base;
    const markedGradeCode = p.isHead ? null : (marks.get(p.sheet) ?? null);
    const shownFrom: ShownFrom | null = p.isHead
      ? null
      : markedGradeCode
        ? 'marked'
        : decidedGradeCode
          ? 'decided'
          : status === 'tied'
            ? 'awaiting'
            : proposedGrade
              ? 'proposed'
              : null;
    const shownGrade = shownFrom === 'marked' ? markedGradeCode : shownFrom === 'decided' ? decidedGradeCode : shownFrom === 'proposed' ? proposedGrade : null;
    return {
      ...p,
      grade,
      selfGradeCode: self && self.ok ? self.value : null,
      proposedGrade,
      decidedGradeCode,
      markedGradeCode,
      shownGrade,
      shownFrom,
      status,
    };
  });
  out.sort((a, b) => SECTION_ORDER[a.group] - SECTION_ORDER[b.group] || Number(b.isHead) - Number(a.isHead) || a.name.localeCompare(b.name, 'vi'));
  // Seed 004 III.3.3a: "100% CBCCVC thuộc thẩm quyền quản lý" — everyone the head manages, deputies included.
  const managed = out.filter((p) => !p.isHead && p.grade !== null);
  const leaderD = managed.length === 0 ? null : managed.every((p) => gradeRank(p.grade!) <= gradeRank('HTNV')) ? 1 : 0.5;
  const first = people.find((p) => p.month !== null);
  return { cap, people: out, quota, groups, leaderD, month: first?.month ?? null, year: first?.year ?? null, unit: unitOf(people) };
}

export const STATUS_TEXT: Readonly<Record<QuotaStatus, { vi: string; en: string }>> = {
  head: msg('Cấp trưởng: cấp trên đánh giá (để trống cột 5–8)', 'Head of unit: graded by the superior (columns 5–8 blank)'),
  kept: msg('Giữ loại A', 'Keeps A'),
  demoted: msg('Đề xuất hạ xuống loại B (vượt tỷ lệ loại A)', 'Proposed for demotion to B (over the A quota)'),
  tied: msg('Bằng điểm tại ngưỡng: cấp có thẩm quyền quyết định', 'Tied at the cut line: the authority decides'),
  notA: msg('', ''),
  noScore: msg('Chưa có điểm', 'No score yet'),
};

const GRADE_COLUMNS: readonly GradeCode[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

/**
 * The quota box's count is KPI.QUOTA over the column "Đề xuất sau tỷ lệ", where each override is already D and each
 * group's demotions already B: demoting an A to B leaves A + B unchanged, so the number of A allowed is the same over
 * the proposals as over the grades, and there it also holds the groups' limits and the overrides (solveGroups). A live
 * formula, so Excel, the preview and the CLI compute the same number as the summary.
 */
const QUOTA_NOTE =
  'k lớn nhất với k ≤ tỷ lệ × (số B + số A bị hạ), tính trên cột "Đề xuất sau tỷ lệ": người không hoàn thành nhiệm vụ do kỷ luật… là D, người bị hạ trong nhóm nhiệm vụ tương đồng là B; cấp trưởng không tính.';

/** The 1A sheet: official columns 1–8 in the official order, then the add-in's own columns (marked) and the quota box. */
export function planSummary(summary: UnitSummary, details: Details): SheetPlan {
  const when = summary.month && summary.year ? `${String(summary.month).padStart(2, '0')}/${summary.year}` : '…/20…';
  const b = new PlanBuilder('hn-1a', msg('Danh sách tổng hợp (Mẫu 1A)', 'Summary list (Mẫu 1A)'), `1A ${when.replace('/', '-')}`.slice(0, 31));
  b.set(0, 0, { value: (details.unit ?? summary.unit ?? 'ĐƠN VỊ.....').toUpperCase(), style: 'group' }).merge(0, 0, 0, 2);
  b.set(0, 4, { value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'group' }).merge(0, 4, 0, 7);
  b.set(1, 4, { value: 'Độc lập - Tự do - Hạnh phúc', style: 'subtitle' }).merge(1, 4, 1, 7);
  b.set(3, 0, { value: 'DANH SÁCH TỔNG HỢP\nKẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CBCCVN, LAO ĐỘNG HỢP ĐỒNG', style: 'title' }).merge(3, 0, 3, 7);
  b.set(4, 0, { value: `Tháng ${when}`, style: 'subtitle' }).merge(4, 0, 4, 7);

  const H = 6;
  const headers = ['STT', 'Họ và tên', 'Đánh giá kết quả thực hiện nhiệm vụ trong tháng', 'Cá nhân tự xếp loại', 'Mức xếp loại'];
  headers.forEach((h, i) => b.set(H, i, { value: h, style: 'header' }));
  for (let c = 5; c < 8; c++) b.set(H, c, { value: '', style: 'header' });
  b.merge(H, 4, H, 7);
  for (let c = 0; c < 4; c++) b.merge(H, c, H + 1, c);
  ['HTXSNV', 'HTTNV', 'HTNV', 'Không HTNV'].forEach((h, i) => b.set(H + 1, 4 + i, { value: h, style: 'header' }));
  for (let c = 0; c < 4; c++) b.set(H + 1, c, { value: '', style: 'header' });
  for (let c = 0; c < 8; c++) b.set(H + 2, c, { value: c + 1, style: 'header' });
  const extra = ['Xếp loại theo điểm', 'Đề xuất sau tỷ lệ', 'Ghi chú (tỷ lệ loại A)', 'Trang tính', 'Cột 5–8 theo', 'Nhóm nhiệm vụ tương đồng', 'Không hoàn thành nhiệm vụ do'];
  const EXTRA_NOTES: Readonly<Record<number, string>> = {
    0: 'Cột của phần mềm, không thuộc mẫu in.',
    4: 'Cột 5–8 ghi mức do cấp có thẩm quyền quyết định khi phiếu đã ghi (Kế hoạch đánh giá hằng tháng, phần IV, bước 4); chưa ghi thì ghi mức đề xuất theo điểm, sau tỷ lệ loại A.',
    6: 'Dù điểm bao nhiêu, xếp loại "Không hoàn thành nhiệm vụ" khi có lý do ghi trên phiếu (Nghị định 335/2025/NĐ-CP); cột "Xếp loại theo điểm" vẫn ghi mức theo điểm.',
  };
  extra.forEach((h, i) => b.set(H, 8 + i, { value: h, style: 'inputHeader', note: EXTRA_NOTES[i] }));

  let r = H + 3;
  const gradeCells: string[] = [];
  const section = (roman: string, title: string) => {
    b.set(r, 0, { value: roman, style: 'section' });
    b.set(r, 1, { value: title, style: 'section' });
    for (let c = 2; c < 8; c++) b.set(r, c, { value: '', style: 'section' });
    r++;
  };
  const personRow = (p: SummaryPerson, stt: number | string) => {
    b.set(r, 0, { value: stt, style: 'criterion' });
    b.set(r, 1, { value: p.name, style: 'criterion' });
    b.set(r, 2, { value: p.score, style: 'criterion', numberFormat: '0.00' });
    b.set(r, 3, { value: p.selfGradeCode ? gradeInfo(p.selfGradeCode).code : (p.selfGrade ?? ''), style: 'criterion' });
    // Columns 5–8 are the authority's: a rebuild keeps the marks typed there (readSummaryMarks). Heads: left blank.
    GRADE_COLUMNS.forEach((g, i) =>
      b.set(r, 4 + i, {
        value: p.shownFrom === 'awaiting' && i === 0 ? AWAITING_TEXT : p.shownGrade === g ? 'x' : '',
        style: 'criterion',
        ...(p.isHead ? {} : { input: true }),
      }),
    );
    b.set(r, 8, { value: p.grade ? gradeInfo(p.grade).letter : '', style: 'computed' });
    b.set(r, 9, { value: p.isHead || !p.proposedGrade ? '' : gradeInfo(p.proposedGrade).letter, style: 'computed' });
    b.set(r, 10, { value: STATUS_TEXT[p.status].vi, style: 'label' });
    b.set(r, 11, { value: p.sheet, style: 'label' });
    b.set(r, 12, { value: p.shownFrom ? SHOWN_FROM_TEXT[p.shownFrom] : '', style: 'label' });
    b.set(r, 13, { value: p.dutyGroup ?? '', style: 'label' });
    b.set(r, 14, { value: p.override ? `${p.override.reason}${p.override.basis ? ` (${p.override.basis})` : ''}` : '', style: 'label' });
    if (!p.isHead) gradeCells.push(a1(r, 9));
    r++;
  };
  const leaders = summary.people.filter((p) => p.group === 'leader');
  section('I', 'Lãnh đạo');
  const heads = leaders.filter((p) => p.isHead);
  const deputies = leaders.filter((p) => !p.isHead);
  b.set(r, 0, { value: 1, style: 'group' });
  b.set(r, 1, { value: 'Cấp trưởng', style: 'group' });
  r++;
  heads.forEach((p, i) => personRow(p, `1.${i + 1}`));
  b.set(r, 0, { value: 2, style: 'group' });
  b.set(r, 1, { value: 'Cấp phó', style: 'group' });
  r++;
  deputies.forEach((p, i) => personRow(p, `2.${i + 1}`));
  section('II', 'Công chức, viên chức');
  summary.people.filter((p) => p.group === 'staff').forEach((p, i) => personRow(p, i + 1));
  section('III', 'Lao động hợp đồng');
  summary.people.filter((p) => p.group === 'contract').forEach((p, i) => personRow(p, i + 1));
  section('IV', 'Đề xuất khen thưởng');
  summary.people.filter((p) => p.status === 'kept').forEach((p, i) => {
    b.set(r, 0, { value: i + 1, style: 'criterion' });
    b.set(r, 1, { value: p.name, style: 'criterion' });
    r++;
  });
  const lastRow = r - 1;
  r++;
  // Not merged: the only merges of the list are in its fixed head rows, so a rebuild in place (rows moved by a person
  // added or gone) never meets a merge left at an old row. The text runs over the empty cells to its right.
  b.set(r, 0, { value: 'Lưu ý: Đối với cấp trưởng các phòng, ban, đơn vị trực thuộc để trống ô số 5,6,7,8.', style: 'plain' });
  r += 2;
  b.set(r, 1, { value: 'NGƯỜI LẬP BIỂU', style: 'group' });
  b.set(r, 5, { value: 'LÃNH ĐẠO ĐƠN VỊ', style: 'group' });

  // Quota box, to the right (the add-in's own): live counts with the custom functions.
  const q = 16;
  const box: [string, unknown, string?][] = [
    ['Số loại A (theo điểm)', summary.quota.countA],
    ['Số loại B (theo điểm)', summary.quota.countB],
    ['Tỷ lệ tối đa', summary.cap, '0%'],
    ['Số loại A được giữ', null],
    ['Đề xuất hạ B', summary.quota.demoted.length],
    ['Bằng điểm tại ngưỡng (cấp có thẩm quyền quyết định)', summary.quota.tied.length],
    ['Thành phần d của lãnh đạo', summary.leaderD, '0%'],
  ];
  b.set(H, q, { value: 'Tỷ lệ loại A (Kế hoạch đánh giá hằng tháng, mục II.3.2)', style: 'inputHeader' }).merge(H, q, H, q + 1);
  // The formula's value as it stands, stored beside it: a reader without the add-in (LibreOffice, a viewer, Excel
  // before the add-in loads) sees the number, not #NAME?.
  const keptValue = (): number => {
    if (gradeCells.length === 0) return 0;
    const [from, to] = [gradeCells[0]!, gradeCells[gradeCells.length - 1]!].map((c) => Number(/\d+$/.exec(c)![0]) - 1) as [number, number];
    const column = Array.from({ length: to - from + 1 }, (_, i) => [(b.get(from + i, 9)?.value ?? null) as string | number | null]);
    const r = kpiQuotaCell(column, summary.cap);
    return r.ok ? r.value : summary.quota.maxA;
  };
  box.forEach(([label, value, fmt], i) => {
    b.set(H + 1 + i, q, { value: label, style: 'label' });
    const cell = label === 'Số loại A được giữ'
      ? { formula: gradeCells.length ? `=KPI.QUOTA(${gradeCells.length === 1 ? gradeCells[0] : `${gradeCells[0]}:${gradeCells[gradeCells.length - 1]}`},${a1(H + 3, q + 1)})` : '=0', value: keptValue(), style: 'computed' as const, note: QUOTA_NOTE }
      : { value: (value as number | null) ?? '', style: 'computed' as const, ...(fmt ? { numberFormat: fmt } : {}) };
    b.set(H + 1 + i, q + 1, cell);
  });
  summary.groups.forEach((g, i) => {
    b.set(H + 2 + box.length + i, q, {
      value: `Nhóm "${g.group}": ${g.quota.countA} loại A, ${g.quota.countB} loại B, giữ tối đa ${g.quota.maxA} loại A${g.quota.demoted.length ? `, đề xuất hạ ${g.quota.demoted.length}` : ''}.`,
      style: 'label',
    });
  });
  if (summary.quota.tied.length > 0) {
    b.set(H + 1 + box.length, q, {
      value: `Có ${summary.quota.tied.length} người bằng ${summary.quota.cutScore} điểm tại ngưỡng; còn ${summary.quota.seatsForTied} suất loại A: cấp có thẩm quyền quyết định.`,
      style: 'method',
    });
  }
  for (const [c, w] of [[0, 6], [1, 28], [2, 14], [3, 12], [4, 9], [5, 9], [6, 9], [7, 11], [8, 10], [9, 10], [10, 34], [11, 18], [12, 16], [13, 18], [14, 30], [15, 2], [16, 34], [17, 10]] as const) b.column(c, w);
  b.freeze(H + 3, 2);
  return b.build(
    { orientation: 'portrait', paper: 'A4', fitToWidth: true, area: range(0, 0, lastRow + 4, 7), titleRows: `$${H + 1}:$${H + 3}` },
    { headerRow: H, firstRow: H + 3, columns: { stt: 0, name: 1, score: 2, selfGrade: 3, firstGrade: 4, grade: 8, proposed: 9, status: 10, sheet: 11, shownFrom: 12, dutyGroup: 13, override: 14 } },
  );
}


/** Where planSummary puts what a rebuild reads back (0-based). */
export const SUMMARY_LAYOUT = { header: 6, firstRow: 9, name: 1, firstGrade: 4, proposed: 9, sheet: 11, shownFrom: 12, footer: 'NGƯỜI LẬP BIỂU', width: 18 } as const;

/** An authority's mark in columns 5–8: "x", as the official form has it ("X", "✓" too). */
const isMark = (v: unknown): boolean => typeof v === 'string' && /^\s*[xX✓✔]\s*$/.test(v);

const BY_LETTER: ReadonlyMap<string, GradeCode> = new Map(GRADE_COLUMNS.map((g) => [gradeInfo(g).letter, g]));

export interface SummaryMarks {
  /** The month the list is for (its row "Tháng 11/2024"). */
  readonly month: number | null;
  readonly year: number | null;
  /** Grades the authority marked on the list, by the person's sheet: what a rebuild must keep. */
  readonly marks: ReadonlyMap<string, GradeCode>;
  /** The row of each person's line, by their sheet. */
  readonly rows: ReadonlyMap<string, number>;
  /** The row of "NGƯỜI LẬP BIỂU" (signatures below it are the unit's), or null. */
  readonly footer: number | null;
}

/** The month a 1A sheet is for, from its head ("Tháng 11/2024"). */
export function summaryPeriod(values: readonly (readonly unknown[])[]): { month: number | null; year: number | null } {
  const m = /(\d{1,2})\s*\/\s*(\d{4})/.exec(String(values[4]?.[0] ?? ''));
  return m ? { month: Number(m[1]), year: Number(m[2]) } : { month: null, year: null };
}

/**
 * What the authority typed on a Mẫu 1A the add-in built: in a person's columns 5–8, a mark other than the one the
 * add-in wrote there (column "Cột 5–8 theo" says which: the proposal, whose letter is in "Đề xuất sau tỷ lệ", or a
 * grade decided on the person's sheet, which that sheet still records), or any mark on a line the add-in left for the
 * authority ("Chờ quyết định") or already carried ("Ghi trên Mẫu 1A"). Two new marks on one line are not guessed at.
 */
export function readSummaryMarks(values: readonly (readonly unknown[])[]): SummaryMarks {
  const L = SUMMARY_LAYOUT;
  const marks = new Map<string, GradeCode>();
  const rows = new Map<string, number>();
  let footer: number | null = null;
  for (let r = L.firstRow; r < values.length; r++) {
    const row = values[r] ?? [];
    if (footer === null && String(row[L.name] ?? '').trim() === L.footer) footer = r;
    const sheet = String(row[L.sheet] ?? '').trim();
    if (sheet === '' || footer !== null) continue;
    rows.set(sheet, r);
    const marked = GRADE_COLUMNS.filter((_, i) => isMark(row[L.firstGrade + i]));
    const from = String(row[L.shownFrom] ?? '').trim();
    const written =
      from === SHOWN_FROM_TEXT.proposed
        ? BY_LETTER.get(String(row[L.proposed] ?? '').trim())
        : from === SHOWN_FROM_TEXT.decided
          ? 'sheet'
          : undefined;
    if (written === 'sheet') continue;
    const typed = marked.filter((g) => g !== written);
    if (typed.length === 1) marks.set(sheet, typed[0]!);
  }
  return { ...summaryPeriod(values), marks, rows, footer };
}

/** Months the people's sheets are for, "10/2024, 11/2024", in order. */
const periods = (people: readonly PersonLine[]): string =>
  [...new Map(people.filter((p) => p.month !== null).map((p) => [(p.year ?? 0) * 100 + p.month!, `${p.month}/${p.year ?? '…'}`])).entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, label]) => label)
    .join(', ');

/** No sheet for the month asked, while there are sheets for others: say which months there are. */
export function noSheetForMonth(month: number | undefined, year: number | undefined, people: readonly PersonLine[]) {
  const mm = month !== undefined ? `${month}${year !== undefined ? `/${year}` : ''}` : '';
  const there = periods(people);
  return month !== undefined
    ? msg(`Không có phiếu tháng ${mm}; có phiếu tháng ${there}.`, `No sheet for month ${mm}; sheets exist for ${there}.`)
    : msg(`Không có phiếu năm ${year}; có phiếu tháng ${there}.`, `No sheet for ${year}; sheets exist for ${there}.`);
}
