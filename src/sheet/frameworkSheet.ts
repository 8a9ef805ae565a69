/**
 * Check and score of a sheet written by planFramework (xa-2024, thads-ls): the same rules as the core, read from
 * the cells. Scores are recomputed from the inputs, never taken from cached formula results; where the workbook's
 * stored result disagrees with the recomputation, that is a finding.
 */
import {
  bandsFromMins,
  checkEvidenceRow,
  checkSelfScore,
  ok,
  type GradeBand,
  type Result,
  checkSubmission,
  evidenceRowOf,
  forecastPoints,
  flatten,
  gradeOf,
  isScorable,
  messages,
  msg,
  normalizeId,
  round,
  scoreCriterion,
  XA_2024_DEADLINES,
  type Criterion,
  type EvidenceIssue,
  type Framework,
  type GradeCode,
  type RawValue,
} from '../scoring';
import { a1 } from './a1';
import { BANDS, bandCells, COL, inputValueCol, isComputed, ROW } from './plans/framework';
import { cellAt, isEmptyCell, isErrorValue, numberAt, rowsById, textAt } from './read';
import type { CriterionScore, NotCounted, SheetIssue, SheetScore, SheetSnapshot } from './types';

interface LeafReading {
  readonly node: Criterion;
  readonly row: number;
  readonly self: number | null;
  readonly stored: number | null;
  readonly storedRaw: unknown;
  readonly inputError?: { message: { vi: string; en: string }; cell: string };
  readonly evidenceIssues: readonly EvidenceIssue[];
}

export interface FrameworkSheetReading {
  readonly framework: Framework;
  readonly rows: ReadonlyMap<string, number>;
  readonly leaves: readonly LeafReading[];
  readonly missing: readonly string[];
}

const rawCell = (v: unknown): RawValue => (v === undefined ? null : (v as RawValue));

/**
 * The bands the sheet grades by: its bands block (planFramework), or — in a sheet written before the block existed —
 * the framework's own. Null: no bands (blank block, or none apply until set). An error: a block that cannot be read.
 */
export function readBands(fw: Framework, s: SheetSnapshot): Result<readonly GradeBand[] | null> {
  const hasBlock = textAt(s, BANDS.firstRow, BANDS.label).startsWith('A —');
  if (!hasBlock) return ok(fw.bandsUntilSet ? null : fw.bands);
  return bandsFromMins(bandCells().map(([r, c]) => rawCell(cellAt(s, r, c))));
}

export function readFrameworkSheet(fw: Framework, s: SheetSnapshot): FrameworkSheetReading {
  const placed = flatten(fw);
  const known = new Set(placed.map((p) => normalizeId(p.node.id)));
  const rows = rowsById(s, COL.id, ROW.first, known);
  const leaves: LeafReading[] = [];
  const missing: string[] = [];
  for (const { node } of placed) {
    const row = rows.get(normalizeId(node.id));
    if (row === undefined) {
      missing.push(node.id);
      continue;
    }
    if ((node.children?.length ?? 0) > 0 || !isScorable(node)) continue;
    const storedRaw = cellAt(s, row, COL.self);
    const stored = numberAt(s, row, COL.self);
    let self: number | null = null;
    let inputError: LeafReading['inputError'];
    if (isComputed(node)) {
      const special = cellAt(s, row, COL.special);
      const raws: RawValue[] = !isEmptyCell(special)
        ? [rawCell(special)]
        : node.rule!.inputs.map((_, i) => rawCell(cellAt(s, row, inputValueCol(i))));
      if (raws.some((r) => !isEmptyCell(r as never))) {
        const r = scoreCriterion(node, raws);
        if (r.ok) self = r.value;
        else {
          // The cell at fault: the first input holding an error value (#REF! after a deleted column), else the first input.
          const bad = raws.findIndex((v) => isErrorValue(v as never));
          inputError = { message: r.error.message, cell: a1(row, !isEmptyCell(special) ? COL.special : inputValueCol(Math.max(0, bad))) };
        }
      }
    } else if (!isEmptyCell(cellAt(s, row, COL.special))) {
      // A special case chosen beside a typed criterion (8.1, 8.2: first year → full points).
      const r = scoreCriterion(node, [rawCell(cellAt(s, row, COL.special))]);
      if (r.ok) {
        self = r.value;
        if (stored !== null && Math.abs(stored - r.value) > 0.005) {
          inputError = {
            message: msg(
              `Đã chọn trường hợp đặc biệt (${r.value} điểm) nhưng điểm tự đánh giá ghi ${stored}.`,
              `A special case is chosen (${r.value} points) but the self-score holds ${stored}.`,
            ),
            cell: a1(row, COL.self),
          };
        }
      } else inputError = { message: r.error.message, cell: a1(row, COL.special) };
    } else if (stored !== null) {
      const r = checkSelfScore(node, stored);
      if (r.ok) self = r.value;
      else inputError = { message: r.error.message, cell: a1(row, COL.self) };
    } else if (isErrorValue(storedRaw)) {
      // A typed score cell holding an error (#N/A typed, or a formula typed over it that fails): not an answer.
      inputError = {
        message: msg(`Ô điểm tự đánh giá ghi lỗi ${String(storedRaw)}: hãy nhập điểm.`, `The self-score cell holds the error ${String(storedRaw)}: type a score.`),
        cell: a1(row, COL.self),
      };
    } else if (!isEmptyCell(storedRaw)) {
      inputError = { message: msg(`"${String(storedRaw)}" không phải là điểm.`, `"${String(storedRaw)}" is not a score.`), cell: a1(row, COL.self) };
    }
    const evidenceIssues = checkEvidenceRow(
      evidenceRowOf(node, self, textAt(s, row, COL.evidence), textAt(s, row, COL.explanation)),
      XA_2024_DEADLINES,
    );
    leaves.push({ node, row, self, stored, storedRaw, ...(inputError ? { inputError } : {}), evidenceIssues });
  }
  return { framework: fw, rows, leaves, missing };
}

const FIELD_COL: Readonly<Record<EvidenceIssue['field'], number>> = {
  evidence: COL.evidence,
  explanation: COL.explanation,
  selfScore: COL.self,
  workbook: COL.self,
};

export function checkFrameworkSheet(fw: Framework, s: SheetSnapshot, now: Date = new Date()): SheetIssue[] {
  const reading = readFrameworkSheet(fw, s);
  const issues: SheetIssue[] = [];
  const push = (code: string, severity: SheetIssue['severity'], cell: string, criterion: string, message: { vi: string; en: string }) =>
    issues.push({ code, severity, sheet: s.name, cell, criterion, message });

  for (const id of reading.missing) {
    push('T1', 'warning', a1(ROW.first, COL.id), id, msg(`Không tìm thấy dòng của tiêu chí ${id} (cột STT).`, `No row for criterion ${id} (STT column).`));
  }
  for (const leaf of reading.leaves) {
    if (leaf.inputError) push('E6', 'error', leaf.inputError.cell, leaf.node.id, leaf.inputError.message);
    if (isComputed(leaf.node) && leaf.self !== null && leaf.stored !== null && Math.abs(leaf.stored - leaf.self) > 0.005) {
      push(
        'E6',
        'error',
        a1(leaf.row, COL.self),
        leaf.node.id,
        msg(
          `Điểm tự đánh giá ghi ${leaf.stored} nhưng số liệu cho ${leaf.self} (công thức đã bị sửa?).`,
          `The self-score holds ${leaf.stored} but the inputs give ${leaf.self} (was the formula overwritten?).`,
        ),
      );
    }
    for (const e of leaf.evidenceIssues) push(e.code, e.severity, a1(leaf.row, FIELD_COL[e.field]), leaf.node.id, e.message);
  }
  // E6 for parents: a typed-over subtotal that is not the sum of its children.
  for (const { node } of flatten(fw)) {
    if (!node.children?.length) continue;
    const row = reading.rows.get(normalizeId(node.id));
    if (row === undefined) continue;
    const stored = numberAt(s, row, COL.self);
    const kids = node.children.map((c) => reading.rows.get(normalizeId(c.id))).map((r) => (r === undefined ? null : numberAt(s, r, COL.self)));
    if (stored === null || kids.some((k) => k === null)) continue;
    const sum = round(kids.reduce<number>((a, k) => a + (k ?? 0), 0));
    if (Math.abs(sum - stored) > 0.005) {
      push('E6', 'error', a1(row, COL.self), node.id, msg(`Điểm ${node.id} (${stored}) khác tổng các tiêu chí con (${sum}).`, `${node.id} (${stored}) is not the sum of its children (${sum}).`));
    }
  }
  // The council's side (seed 002): an appraised score the rule cannot give, a change without its reason.
  const appraisal = readAppraisal(fw, s, reading);
  for (const e of appraisal.notCounted) push('A1', 'error', e.cell, e.criterion, e.message);
  for (const c of appraisal.criteria) {
    if (c.self === null || c.appraised === null || Math.abs(c.appraised - c.self) < 0.005 || c.reason !== '') continue;
    push(
      'A2',
      'warning',
      a1(c.row, COL.appraisalNote),
      c.id,
      msg(
        `Điểm thẩm định (${c.appraised}) khác điểm tự đánh giá (${c.self}): ghi lý do ở cột "Ý kiến thẩm định".`,
        `The appraised score (${c.appraised}) differs from the self-score (${c.self}): write the reason in the "Ý kiến thẩm định" column.`,
      ),
    );
  }
  const bands = readBands(fw, s);
  if (!bands.ok) push('B1', 'error', a1(BANDS.firstRow, BANDS.value), '', bands.error.message);
  if (fw.id === 'xa-2024') {
    for (const e of checkSubmission(now, XA_2024_DEADLINES)) push(e.code, e.severity, a1(ROW.summary, 1), '', e.message);
  }
  return issues;
}

export function scoreFrameworkSheet(fw: Framework, s: SheetSnapshot): SheetScore {
  const reading = readFrameworkSheet(fw, s);
  const byId = new Map(reading.leaves.map((l) => [l.node.id, l]));
  const criteria: CriterionScore[] = [];
  const totals = new Map<string, { self: number; forecast: number }>();
  const visit = (node: Criterion): { self: number; forecast: number } => {
    if (node.children?.length) {
      const parts = node.children.map(visit);
      const t = { self: round(parts.reduce((a, p) => a + p.self, 0)), forecast: round(parts.reduce((a, p) => a + p.forecast, 0)) };
      totals.set(node.id, t);
      criteria.push({ id: node.id, maxPoints: node.maxPoints, self: t.self, forecast: t.forecast });
      return t;
    }
    const leaf = byId.get(node.id);
    if (!leaf) return { self: 0, forecast: 0 };
    const self = leaf.self ?? 0;
    const forecast = forecastPoints(node, leaf.self, leaf.evidenceIssues);
    const stored = isComputed(node) && leaf.stored !== null && leaf.self !== null && Math.abs(leaf.stored - leaf.self) > 0.005 ? { stored: leaf.stored } : {};
    criteria.push({ id: node.id, maxPoints: node.maxPoints, self: leaf.self, forecast, ...stored });
    return { self, forecast: forecast ?? 0 };
  };
  const parts = fw.criteria.map(visit);
  const base = fw.scoring === 'base' ? (fw.base ?? 0) : 0;
  const total = round(base + parts.reduce((a, p) => a + p.self, 0));
  const forecastTotal = round(base + parts.reduce((a, p) => a + p.forecast, 0));
  const notCounted = reading.leaves.filter((l) => l.inputError).map((l) => ({ cell: l.inputError!.cell, criterion: l.node.id, message: l.inputError!.message }));
  // Nothing entered at all: no grade from an empty table (a THADS sheet with no occurrence is its 200 base points).
  const empty = fw.scoring === 'sum' && reading.leaves.every((l) => l.self === null && !l.inputError);
  const bands = readBands(fw, s);
  const incomplete = empty ? messages.incomplete() : !bands.ok ? bands.error.message : bands.value === null ? messages.noBands() : null;
  const sectionNodes = fw.criteria.length <= 3 && fw.criteria.every((c) => c.children?.length) ? fw.criteria.flatMap((c) => c.children ?? []) : fw.criteria;
  const sections = sectionNodes.map((n) => ({ id: n.id, title: n.title, max: n.maxPoints, ...(totals.get(n.id) ?? { self: 0, forecast: 0 }) }));
  // Keep table order for criteria.
  const order = new Map(flatten(fw).map((p, i) => [p.node.id, i]));
  criteria.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return {
    template: fw.id,
    sheet: s.name,
    total,
    level: incomplete || !bands.ok || bands.value === null ? '' : gradeOf(total, bands.value),
    ...(incomplete ? { incomplete } : {}),
    notCounted,
    forecastTotal,
    forecastLevel: incomplete || !bands.ok || bands.value === null ? '' : gradeOf(forecastTotal, bands.value),
    ...(bands.ok && bands.value ? { bandMins: bands.value.slice(0, 3).map((b) => b.min) } : {}),
    criteria,
    sections,
  };
}

/** One criterion on the council's side of the sheet. */
export interface AppraisedCriterion {
  readonly id: string;
  readonly title: string;
  readonly row: number;
  readonly maxPoints: number | null;
  /** The unit's own points as the score reads them (null: blank). */
  readonly self: number | null;
  /** The council's points (null: blank, or not a value the rule allows — then listed in notCounted). */
  readonly appraised: number | null;
  /** "Ý kiến thẩm định" as typed. */
  readonly reason: string;
}

export interface AppraisalReading {
  /** The council entered at least one score. */
  readonly started: boolean;
  /**
   * The appraised total (base + Σ appraised points), only once every criterion the unit scored has its appraised
   * score: a half-appraised sheet has no appraised total, and `missing` says which criteria wait.
   */
  readonly total: number | null;
  /** Grade code by the sheet's own bands; '' with no total or no bands. */
  readonly level: GradeCode | '';
  /** Criteria the unit scored (or tried to) that have no valid appraised score yet, in table order. */
  readonly missing: readonly string[];
  readonly notCounted: readonly NotCounted[];
  /** Every scorable criterion found, in table order. */
  readonly criteria: readonly AppraisedCriterion[];
  /** Appraised points of every node (blank leaves as 0), parents the sum of their children. */
  readonly points: ReadonlyMap<string, number>;
}

/**
 * The council's side of a framework sheet (seed 002: "Hội đồng thẩm định … thẩm định, chấm điểm"): the "Điểm thẩm
 * định" column checked by the same rule as the self-score (in range, a value the rule allows), the reasons beside it.
 */
export function readAppraisal(fw: Framework, s: SheetSnapshot, reading: FrameworkSheetReading = readFrameworkSheet(fw, s)): AppraisalReading {
  const criteria: AppraisedCriterion[] = [];
  const notCounted: NotCounted[] = [];
  const missing: string[] = [];
  for (const leaf of reading.leaves) {
    const raw = cellAt(s, leaf.row, COL.appraised);
    let appraised: number | null = null;
    if (!isEmptyCell(raw)) {
      const n = numberAt(s, leaf.row, COL.appraised);
      const checked = n === null ? null : checkSelfScore(leaf.node, n);
      if (checked?.ok) appraised = checked.value;
      else {
        const message = checked
          ? msg(`Điểm thẩm định: ${checked.error.message.vi}`, `Appraised score: ${checked.error.message.en}`)
          : msg(`Điểm thẩm định "${String(raw)}" không phải là điểm.`, `The appraised score "${String(raw)}" is not a score.`);
        notCounted.push({ cell: a1(leaf.row, COL.appraised), criterion: leaf.node.id, message });
      }
    }
    if (appraised === null && (leaf.self !== null || leaf.inputError)) missing.push(leaf.node.id);
    criteria.push({
      id: leaf.node.id,
      title: leaf.node.title,
      row: leaf.row,
      maxPoints: leaf.node.maxPoints,
      self: leaf.self,
      appraised,
      reason: textAt(s, leaf.row, COL.appraisalNote),
    });
  }
  const byId = new Map(criteria.map((c) => [c.id, c]));
  const points = new Map<string, number>();
  const visit = (node: Criterion): number => {
    const p = node.children?.length ? round(node.children.reduce((a, c) => a + visit(c), 0)) : (byId.get(node.id)?.appraised ?? 0);
    points.set(node.id, p);
    return p;
  };
  const sum = fw.criteria.reduce((a, c) => a + visit(c), 0);
  const started = criteria.some((c) => c.appraised !== null);
  const total = started && missing.length === 0 ? round((fw.scoring === 'base' ? (fw.base ?? 0) : 0) + sum) : null;
  const bands = readBands(fw, s);
  const level = total !== null && bands.ok && bands.value ? gradeOf(total, bands.value) : '';
  return { started, total, level, missing, notCounted, criteria, points };
}
