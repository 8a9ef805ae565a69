/**
 * "Tổng hợp các đơn vị": the units' ranking (seed 002: the district council classifies and ranks its communes; seed 001:
 * the THADS offices' competition) over the framework sheets of the open workbook and of workbooks the user picks. Part
 * of the engine chunk, with the screen that uses it (RankPane).
 */
import * as React from 'react';
import type { GradeCode, Msg } from '../../scoring';
import type { WorkbookHost } from '../../sheet/host';
import { whereOf } from '../../sheet/rank';
import { buildRanking, type RankOutcome, type UnitSheet } from '../../sheet/rankOperation';
import { both } from '../strings';
import { attempt } from './outcome';
import { useTask } from './useTask';

/** A picked workbook: its framework sheets, or why it cannot be used. */
export interface PickedWorkbook {
  readonly name: string;
  readonly sheets: readonly UnitSheet[];
  readonly problem?: Msg;
}

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

export function useRank(host: WorkbookHost) {
  const task = useTask<'rank' | 'read'>();
  const [unit, setUnit] = React.useState('');
  const [minutes, setMinutes] = React.useState(false);
  const [picked, setPicked] = React.useState<readonly PickedWorkbook[]>([]);
  const [view, setView] = React.useState<RankView | null>(null);

  const pick = React.useCallback(
    async (files: readonly File[]) => {
      const r = await task.run('read', async () => ({ ok: true as const, value: await readPicked(files) }));
      if (r) setPicked((p) => [...p.filter((x) => !r.some((y) => y.name === x.name)), ...r]);
    },
    [task.run],
  );
  const clearPicked = React.useCallback(() => setPicked([]), []);
  const build = React.useCallback(async () => {
    const details = unit.trim() ? { unit: unit.trim() } : {};
    const extra = picked.flatMap((p) => p.sheets);
    const r = await task.run(
      'rank',
      () => attempt(() => buildRanking(host, { details, extra, minutes })),
      (o) => both('rankDone', { count: o.ranking.rows.length, sheet: o.sheet }),
    );
    if (r) setView(rankView(r, picked));
  }, [host, unit, minutes, picked, task.run]);

  return { ...task, unit, setUnit, minutes, setMinutes, picked, pick, clearPicked, view, build };
}
