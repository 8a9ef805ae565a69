/**
 * "Tổng hợp các đơn vị": the units' ranking (seed 002: the district council classifies and ranks its communes; seed 001:
 * the THADS offices' competition) over the framework sheets of the open workbook and of workbooks the user picks.
 */
import * as React from 'react';
import type { Msg } from '../../scoring';
import type { WorkbookHost } from '../../sheet/host';
import type { UnitSheet } from '../../sheet/rankOperation';
import { loadEngine } from '../loadEngine';
import { both } from '../strings';
import { attempt } from './outcome';
import type { RankView } from './rankView';
import { useTask } from './useTask';

/** A picked workbook: its framework sheets, or why it cannot be used. */
export interface PickedWorkbook {
  readonly name: string;
  readonly sheets: readonly UnitSheet[];
  readonly problem?: Msg;
}

export type { RankRowView, RankView } from './rankView';

export function useRank(host: WorkbookHost) {
  const task = useTask<'rank' | 'read'>();
  const [unit, setUnit] = React.useState('');
  const [minutes, setMinutes] = React.useState(false);
  const [picked, setPicked] = React.useState<readonly PickedWorkbook[]>([]);
  const [view, setView] = React.useState<RankView | null>(null);

  const pick = React.useCallback(
    async (files: readonly File[]) => {
      const r = await task.run('read', async () => ({ ok: true as const, value: await (await loadEngine()).readPicked(files) }));
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
      () => attempt(async () => (await loadEngine()).buildRanking(host, { details, extra, minutes })),
      (o) => both('rankDone', { count: o.ranking.rows.length, sheet: o.sheet }),
    );
    if (r) setView((await loadEngine()).rankView(r, picked));
  }, [host, unit, minutes, picked, task.run]);

  return { ...task, unit, setUnit, minutes, setMinutes, picked, pick, clearPicked, view, build };
}
