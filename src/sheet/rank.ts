/**
 * The consolidation of many units scored on one framework (seed 002: the district's council receives every commune's
 * self-assessment, appraises it, classifies and ranks them; seed 001: the THADS offices' competition ranking): one row
 * per unit read from its filled framework sheet, and the print-ready ranking sheet. Pure; any framework — the rows and
 * sections come from the `Framework` object and the sheet's top-level parts, never from one framework's ids.
 */
import {
  fail,
  gradeInfo,
  largestDifferences,
  msg,
  ok,
  rankUnits,
  type Criterion,
  type Difference,
  type Framework,
  type GradeCode,
  type Msg,
  type Rankable,
  type Ranking,
  type Result,
} from '../scoring';
import { a1, columnLetter, range } from './a1';
import { readAppraisal, readFrameworkSheet, scoreFrameworkSheet } from './frameworkSheet';
import { PlanBuilder } from './plans/builder';
import { printedSource, ROW } from './plans/framework';
import { textAt } from './read';
import type { SheetPlan, SheetSnapshot } from './types';

/** The sections a ranking shows: the top-level parts, and — when there are at most three, each with children — their
 * children too (xa-2024: NỘI DUNG I, I–V, NỘI DUNG II, VI–VIII, NỘI DUNG III, IX, X). */
export function rankSections(fw: Framework): readonly Criterion[] {
  const grouped = fw.criteria.length <= 3 && fw.criteria.every((c) => (c.children?.length ?? 0) > 0);
  return grouped ? fw.criteria.flatMap((c) => [c, ...(c.children ?? [])]) : fw.criteria;
}

export interface SectionPoints {
  readonly id: string;
  readonly self: number;
  /** Null while the unit has no appraised total. */
  readonly appraised: number | null;
}

export interface UnitDifference extends Difference {
  readonly title: string;
  readonly maxPoints: number | null;
  readonly reason: string;
  /** Its row in the unit's sheet (0-based): the minutes list the changes in table order. */
  readonly row: number;
}

/** One unit of the ranking, read from its sheet. */
export interface UnitEntry extends Rankable {
  readonly file: string;
  readonly sheet: string;
  readonly framework: string;
  readonly forecast: number;
  /** Grade codes by the sheet's own bands; null without a grade (no bands, nothing appraised). */
  readonly level: GradeCode | null;
  readonly appraisedLevel: GradeCode | null;
  readonly sections: readonly SectionPoints[];
  /** Every criterion the council changed, largest change first. */
  readonly differences: readonly UnitDifference[];
  /** What was not counted or is still missing, each a line for the note column and the CLI's stderr. */
  readonly notes: readonly Msg[];
  /** The council entered at least one appraised score (a minutes sheet can be written). */
  readonly appraisalStarted: boolean;
}

const codeOrNull = (s: string): GradeCode | null => (s === '' ? null : (s as GradeCode));

/**
 * A unit's row from its framework sheet: the score of the sheet (recomputed from its inputs), the council's column, the
 * sections' points. An empty points table is refused: a commune that sent nothing is not ranked last silently.
 */
export function unitEntryOf(fw: Framework, s: SheetSnapshot, file: string): Result<UnitEntry> {
  const reading = readFrameworkSheet(fw, s);
  const score = scoreFrameworkSheet(fw, s);
  // A THADS sheet with no occurrence is its base points; a points table with nothing entered was never filled.
  if (fw.scoring === 'sum' && reading.leaves.every((l) => l.self === null && !l.inputError)) {
    return fail('value', msg(`Trang "${s.name}" chưa có điểm tự đánh giá.`, `Sheet "${s.name}" has no self-score yet.`));
  }
  const appraisal = readAppraisal(fw, s, reading);
  const selfOf = new Map(score.criteria.map((c) => [c.id, c.self ?? 0]));
  const sections = rankSections(fw).map((n) => ({ id: n.id, self: selfOf.get(n.id) ?? 0, appraised: appraisal.total === null ? null : (appraisal.points.get(n.id) ?? 0) }));
  const titles = new Map(appraisal.criteria.map((c) => [c.id, c]));
  const differences = largestDifferences(appraisal.criteria).map((d) => {
    const c = titles.get(d.id)!;
    return { ...d, title: c.title, maxPoints: c.maxPoints, reason: c.reason, row: c.row };
  });
  const notes: Msg[] = [
    ...(score.notCounted ?? []).map((n) => msg(`${n.cell} (${n.criterion}): ${n.message.vi} — không tính điểm.`, `${n.cell} (${n.criterion}): ${n.message.en} — not counted.`)),
    ...appraisal.notCounted.map((n) => msg(`${n.cell} (${n.criterion}): ${n.message.vi} — không tính điểm.`, `${n.cell} (${n.criterion}): ${n.message.en} — not counted.`)),
  ];
  if (appraisal.started && appraisal.total === null) {
    const shown = appraisal.missing.slice(0, 5).join(', ') + (appraisal.missing.length > 5 ? '…' : '');
    notes.push(
      msg(
        `Thẩm định chưa xong: ${appraisal.missing.length} tiêu chí chưa có điểm thẩm định (${shown}); chưa có tổng điểm thẩm định.`,
        `Appraisal not finished: ${appraisal.missing.length} criteria have no appraised score (${shown}); no appraised total yet.`,
      ),
    );
  }
  const unit = textAt(s, ROW.details, 1) || s.name;
  return ok({
    key: `${file}\u0000${s.name}`,
    unit,
    file,
    sheet: s.name,
    framework: fw.id,
    self: score.total,
    forecast: score.forecastTotal,
    appraised: appraisal.total,
    level: codeOrNull(score.level),
    appraisedLevel: codeOrNull(appraisal.level),
    sections,
    differences,
    notes,
    appraisalStarted: appraisal.started,
  });
}

/** A number as a Vietnamese form prints it (decimal comma). */
export const viNumber = (n: number): string => String(n).replace('.', ',');

/** The changes a ranking row names, largest first ("5.5.1: 2 → 0; 2.1.3: 1 → 0,5"). */
export const differenceText = (d: readonly Difference[], limit = 3): string =>
  d
    .slice(0, limit)
    .map((x) => `${x.id}: ${viNumber(x.self)} → ${viNumber(x.appraised)}`)
    .join('; ') + (d.length > limit ? ` (và ${d.length - limit} tiêu chí khác)` : '');

export interface RankingDetails {
  /** The body that ranks (printed top left): "UBND HUYỆN ĐỊNH HÓA", "CỤC THADS TỈNH …". */
  readonly unit?: string;
  readonly year?: number;
}

/** Columns of the ranking sheet (0-based). */
export const RANK_COL = { rank: 0, unit: 1, self: 2, forecast: 3, appraised: 4, level: 5, appraisedLevel: 6, firstSection: 7 } as const;
export const RANK_ROW = { header: 7, first: 8 } as const;
/** Section columns shown at most: the sheet's own columns must stay left of the template marker (column Z). */
export const MAX_SECTION_COLUMNS = 14;
const BAR = '█';
const BAR_WIDTH = 20;

/** A grade code as the forms print it. */
const levelText = (code: GradeCode | null): string => (code ? gradeInfo(code).name.vi : '');

/**
 * The ranking as a print-ready sheet (A4 landscape, the official header, best first): rank, unit, totals, levels, the
 * sections' points by the total it ranks by, a bar of that total drawn with REPT in its own column (a chart every host
 * shows alike: Excel, LibreOffice and the preview compute REPT; ExcelJS cannot write a chart object), the criteria the
 * council changed most, and the notes of what was not counted.
 */
export function planRanking(fw: Framework, ranking: Ranking<UnitEntry>, details: RankingDetails = {}): SheetPlan {
  const sections = rankSections(fw).slice(0, MAX_SECTION_COLUMNS);
  const c = {
    ...RANK_COL,
    bar: RANK_COL.firstSection + sections.length,
    changes: RANK_COL.firstSection + sections.length + 1,
    notes: RANK_COL.firstSection + sections.length + 2,
    source: RANK_COL.firstSection + sections.length + 3,
  };
  const b = new PlanBuilder('rank', msg('Bảng tổng hợp xếp hạng', 'Ranking'), `Xếp hạng${details.year ? ` ${details.year}` : ''}`);
  const last = c.changes;
  const byAppraisal = ranking.rankedBy === 'appraised';

  b.set(0, 0, { value: (details.unit ?? 'ĐƠN VỊ.....').toUpperCase(), style: 'group' }).merge(0, 0, 0, 2);
  b.set(0, 4, { value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: 'group' }).merge(0, 4, 0, last);
  b.set(1, 4, { value: 'Độc lập - Tự do - Hạnh phúc', style: 'subtitle' }).merge(1, 4, 1, last);
  b.set(3, 0, { value: 'BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI VÀ XẾP HẠNG', style: 'title' }).merge(3, 0, 3, last);
  b.set(4, 0, { value: `${fw.title.vi}${details.year ? ` — năm ${details.year}` : ''}`, style: 'subtitle' }).merge(4, 0, 4, last);
  b.set(5, 0, {
    value: byAppraisal
      ? 'Xếp hạng theo điểm thẩm định (mọi đơn vị đã có điểm thẩm định); đơn vị bằng điểm cùng hạng.'
      : 'Xếp hạng theo điểm tự đánh giá (còn đơn vị chưa có điểm thẩm định); đơn vị bằng điểm cùng hạng.',
    style: 'subtitle',
  }).merge(5, 0, 5, last);

  const H = RANK_ROW.header;
  const headers: [number, string][] = [
    [c.rank, 'Hạng'],
    [c.unit, 'Đơn vị'],
    [c.self, 'Điểm tự đánh giá'],
    [c.forecast, 'Dự báo điểm thẩm định'],
    [c.appraised, 'Điểm thẩm định'],
    [c.level, 'Xếp loại theo điểm tự đánh giá'],
    [c.appraisedLevel, 'Xếp loại theo điểm thẩm định'],
    ...sections.map((n, i): [number, string] => [c.firstSection + i, `${n.id}${n.maxPoints !== null ? `\n(${n.maxPoints} điểm)` : ''}`]),
    [c.bar, byAppraisal ? 'Biểu đồ điểm thẩm định' : 'Biểu đồ điểm tự đánh giá'],
    [c.changes, 'Tiêu chí chênh lệch nhiều nhất (tự đánh giá → thẩm định)'],
  ];
  for (const [col, h] of headers) b.set(H, col, { value: h, style: 'header' });
  b.set(H, c.notes, { value: 'Ghi chú (không tính điểm, chưa thẩm định xong)', style: 'inputHeader' });
  b.set(H, c.source, { value: 'Tệp, trang tính', style: 'inputHeader' });

  const first = RANK_ROW.first;
  const lastRow = first + Math.max(ranking.rows.length, 1) - 1;
  const rankedCol = byAppraisal ? c.appraised : c.self;
  const scale = `MAX(${a1(first, rankedCol)}:${a1(lastRow, rankedCol)})`.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  ranking.rows.forEach((row, i) => {
    const r = first + i;
    const e = row.entry;
    b.set(r, c.rank, { value: row.rank, style: 'criterion' });
    b.set(r, c.unit, { value: e.unit, style: 'criterion' });
    b.set(r, c.self, { value: e.self, style: 'criterion', numberFormat: '0.00' });
    b.set(r, c.forecast, { value: e.forecast, style: 'criterion', numberFormat: '0.00' });
    b.set(r, c.appraised, { value: e.appraised, style: 'criterion', numberFormat: '0.00' });
    b.set(r, c.level, { value: levelText(e.level), style: 'criterion' });
    b.set(r, c.appraisedLevel, { value: levelText(e.appraisedLevel), style: 'criterion' });
    sections.forEach((n, k) => {
      const p = e.sections.find((x) => x.id === n.id);
      b.set(r, c.firstSection + k, { value: p ? (byAppraisal ? p.appraised : p.self) : null, style: 'criterion', numberFormat: '0.##' });
    });
    const x = a1(r, rankedCol);
    b.set(r, c.bar, { formula: `=IF(${scale}<=0,"",REPT("${BAR}",ROUND(MAX(0,${x})/${scale}*${BAR_WIDTH},0)))`, style: 'criterion' });
    b.set(r, c.changes, { value: differenceText(e.differences), style: 'criterion' });
    b.set(r, c.notes, { value: e.notes.map((m) => m.vi).join('\n'), style: 'label' });
    b.set(r, c.source, { value: `${e.file} › ${e.sheet}`, style: 'label' });
  });
  let r = lastRow + 2;
  for (const group of ranking.ties) {
    const rank = ranking.rows.find((x) => x.entry === group[0])?.rank;
    b.set(r, 0, { value: `Đồng hạng ${rank}: ${group.map((g) => g.unit).join(', ')}.`, style: 'method' }).merge(r, 0, r, last);
    r++;
  }
  b.set(r, 0, { value: `Nguồn tiêu chí: ${printedSource(fw.source)}.`, style: 'method' }).merge(r, 0, r, last);
  r += 2;
  b.set(r, 1, { value: 'NGƯỜI LẬP BIỂU', style: 'group' });
  b.set(r, last - 1, { value: 'LÃNH ĐẠO ĐƠN VỊ', style: 'group' }).merge(r, last - 1, r, last);

  const widths: [number, number][] = [[c.rank, 6], [c.unit, 26], [c.self, 10], [c.forecast, 10], [c.appraised, 10], [c.level, 16], [c.appraisedLevel, 16]];
  for (const [col, w] of widths) b.column(col, w);
  sections.forEach((_, k) => b.column(c.firstSection + k, 8));
  b.column(c.bar, BAR_WIDTH + 2).column(c.changes, 30).column(c.notes, 40).column(c.source, 30);
  b.freeze(H + 1, c.unit + 1);
  return b.build(
    { orientation: 'landscape', paper: 'A4', fitToWidth: true, area: range(0, 0, r, last), titleRows: `$${H + 1}:$${H + 1}` },
    {
      headerRow: H,
      firstRow: first,
      columns: { ...c, ...Object.fromEntries(sections.map((n, k) => [`section:${n.id}`, c.firstSection + k])) },
    },
  );
}

/** Column letter of the ranking's bar, for hosts and tests. */
export const barColumn = (fw: Framework): string => columnLetter(RANK_COL.firstSection + rankSections(fw).slice(0, MAX_SECTION_COLUMNS).length);


/** A unit read from some sheet, with the framework it was scored on. */
export interface FoundUnit {
  readonly fw: Framework;
  readonly entry: UnitEntry;
}

export interface Consolidation {
  /** The framework most units were scored on (on a tie, the first met); null with no unit. */
  readonly fw: Framework | null;
  readonly units: readonly UnitEntry[];
  /** Units left out, with why: another framework than the ranked one, or the same unit found again. */
  readonly skipped: readonly { readonly where: string; readonly reason: Msg }[];
}

const nameKey = (unit: string) => unit.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
/** Where a unit was read, as the lists show it ("huyen/An.xlsx › xa-2024 UBND xã An 2024"; a sheet alone in its own workbook). */
export const whereOf = (file: string, sheet: string): string => (file ? `${file} › ${sheet}` : sheet);

/**
 * The units to rank together (every host: CLI, task pane, preview). Decision (mixed frameworks): the framework most units
 * use is ranked, every unit on another one is skipped with the reason — a commune's 100 points are never ranked against
 * an office's 200. A unit whose name was met already (a file saved twice, a sheet copied) is ranked once.
 */
export function consolidate(found: readonly FoundUnit[]): Consolidation {
  const counts = new Map<string, { fw: Framework; n: number }>();
  for (const f of found) counts.set(f.fw.id, { fw: f.fw, n: (counts.get(f.fw.id)?.n ?? 0) + 1 });
  let chosen: { fw: Framework; n: number } | null = null;
  for (const c of counts.values()) if (chosen === null || c.n > chosen.n) chosen = c;
  const units: UnitEntry[] = [];
  const skipped: { where: string; reason: Msg }[] = [];
  const firstOf = new Map<string, string>();
  for (const f of found) {
    const at = whereOf(f.entry.file, f.entry.sheet);
    if (f.fw.id !== chosen!.fw.id) {
      skipped.push({
        where: at,
        reason: msg(
          `chấm theo "${f.fw.title.vi}", khác bộ tiêu chí được xếp hạng "${chosen!.fw.title.vi}" (của đa số đơn vị).`,
          `scored on "${f.fw.title.en}", not on the ranked framework "${chosen!.fw.title.en}" (most units').`,
        ),
      });
      continue;
    }
    const first = firstOf.get(nameKey(f.entry.unit));
    if (first !== undefined) {
      skipped.push({ where: at, reason: msg(`${f.entry.unit} đã có ở ${first} (xếp hạng một lần).`, `${f.entry.unit} is already in ${first} (ranked once).`) });
      continue;
    }
    firstOf.set(nameKey(f.entry.unit), at);
    units.push(f.entry);
  }
  return { fw: chosen?.fw ?? null, units, skipped };
}
