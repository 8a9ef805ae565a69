/** What the ranking screen does once the engine is there: reads the picked files, and what it shows of a ranking. */
import type { GradeCode, Msg } from '../../scoring';
import { whereOf } from '../../sheet/rank';
import type { RankOutcome } from '../../sheet/rankOperation';
import { both } from '../strings';
import type { PickedWorkbook } from './useRank';

export interface RankRowView {
  readonly rank: number;
  readonly unit: string;
  readonly where: string;
  readonly self: number;
  readonly appraised: number | null;
  readonly level: GradeCode | null;
}

export interface RankView {
  readonly sheet: string;
  readonly rankedBy: 'appraised' | 'self';
  readonly rows: readonly RankRowView[];
  readonly ties: readonly { readonly rank: number; readonly units: readonly string[] }[];
  /** What was left out (sheets, units, picked files), each with its reason. */
  readonly skipped: readonly { readonly where: string; readonly reason: Msg }[];
  /** What was not counted in a ranked unit's sheet. */
  readonly notes: readonly { readonly where: string; readonly note: Msg }[];
}

export function rankView(r: RankOutcome, picked: readonly PickedWorkbook[]): RankView {
  const byAppraisal = r.ranking.rankedBy === 'appraised';
  return {
    sheet: r.sheet,
    rankedBy: r.ranking.rankedBy,
    rows: r.ranking.rows.map(({ entry: e, rank }) => ({
      rank,
      unit: e.unit,
      where: whereOf(e.file, e.sheet),
      self: e.self,
      appraised: e.appraised,
      level: byAppraisal ? e.appraisedLevel : e.level,
    })),
    ties: r.ranking.ties.map((g) => ({ rank: r.ranking.rows.find((x) => x.entry === g[0])?.rank ?? 0, units: g.map((e) => e.unit) })),
    skipped: [...picked.flatMap((p) => (p.problem ? [{ where: p.name, reason: p.problem }] : [])), ...r.skipped],
    notes: r.ranking.rows.flatMap(({ entry: e }) => e.notes.map((note) => ({ where: whereOf(e.file, e.sheet), note }))),
  };
}


/** Reads the picked files in the pane (their own chunk with ExcelJS); a file that is not .xlsx is kept with its reason. */
export async function readPicked(files: readonly File[]): Promise<PickedWorkbook[]> {
  const out: PickedWorkbook[] = [];
  for (const file of files) {
    if (!/\.xlsx$/i.test(file.name)) {
      out.push({ name: file.name, sheets: [], problem: both('rankNotXlsx', { name: file.name }) });
      continue;
    }
    const { readUnitWorkbook } = await import(/* webpackChunkName: "rankfiles" */ '../rankFiles');
    const r = await readUnitWorkbook(await file.arrayBuffer(), file.name);
    out.push(r.ok ? { name: file.name, sheets: r.sheets } : { name: file.name, sheets: [], problem: r.reason });
  }
  return out;
}

