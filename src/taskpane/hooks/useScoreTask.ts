/** The score screen's state: the score runs in the engine (./useScore, loaded with it on the first click). */
import * as React from 'react';
import type { WorkbookHost } from '../../sheet/host';
import { loadEngine } from '../loadEngine';
import type { ScoreView } from './useScore';
import { useTask } from './useTask';

export function useScoreTask(host: WorkbookHost) {
  const task = useTask<'score'>();
  const [view, setView] = React.useState<ScoreView | null>(null);
  const score = React.useCallback(async () => {
    const v = await task.run('score', async () => (await loadEngine()).runScore(host));
    if (v) setView(v);
  }, [host, task.run]);
  return { ...task, view, score };
}
