/** The score screen's state: the score runs in the engine (./useScore, loaded with it on the first click). */
import * as React from 'react';
import type { WorkbookHost } from '../../sheet/host';
import { goToIssue } from './useCheck';
import type { ScoreView } from './useScore';
import { loadEngine } from '../loadEngine';
import { useTask } from './useTask';

export function useScoreTask(host: WorkbookHost) {
  const task = useTask<'score' | 'select'>();
  const [view, setView] = React.useState<ScoreView | null>(null);
  const score = React.useCallback(async () => {
    const v = await task.run('score', async () => (await loadEngine()).runScore(host));
    if (v) setView(v);
  }, [host, task.run]);
  /** Selects the cell of an entry not counted, as a finding of the check does. */
  const select = React.useCallback(
    (cell: string) => {
      if (view) void task.run('select', () => goToIssue(host, { sheet: view.sheet, cell }));
    },
    [host, task.run, view],
  );
  return { ...task, view, score, select };
}
