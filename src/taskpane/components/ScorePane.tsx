import { Button, Caption1, Spinner, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import type { WorkbookHost } from '../../sheet/host';
import { useScoreTask } from '../hooks/useScoreTask';
import { loadedEngine } from '../loadEngine';
import { t } from '../strings';
import { tokens } from '../tokens';
import { MessageNotice } from './MessageNotice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ScorePaneProps {
  readonly host: WorkbookHost;
  readonly lang: Lang;
}

/** Chấm điểm: the self total and its grade beside the council's likely total, what loses points, points by section. */
export const ScorePane: React.FC<ScorePaneProps> = ({ host, lang }) => {
  const styles = useStyles();
  const s = useScoreTask(host);
  // The score comes from the engine, so it has loaded whenever there is one to show.
  const ScoreResult = loadedEngine()?.ScoreResult;
  return (
    <div className={styles.root}>
      <Caption1>{t('scoreIntro', lang)}</Caption1>
      <Button appearance="primary" onClick={() => void s.score()} disabledFocusable={s.busy !== null}>
        {t('scoreRun', lang)}
      </Button>
      {s.busy === 'score' ? <Spinner size="tiny" label={t('scoreBusy', lang)} /> : null}
      <MessageNotice intent="error" message={s.error} lang={lang} onDismiss={s.dismissError} />
      {s.view && ScoreResult ? <ScoreResult view={s.view} lang={lang} onSelectCell={s.select} /> : null}
    </div>
  );
};
