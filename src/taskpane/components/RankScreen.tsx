import { Spinner } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang, Msg } from '../../scoring';
import type { WorkbookHost } from '../../sheet/host';
import { hostFailure } from '../hooks/outcome';
import { loadEngine, loadedEngine } from '../loadEngine';
import { t } from '../strings';
import type { RankPaneProps } from './RankPane';
import { MessageNotice } from './MessageNotice';

export interface RankScreenProps {
  readonly host: WorkbookHost;
  readonly lang: Lang;
  /** The screen is shown: its controls come with the engine, loaded the first time (taskpane.js stays its size). */
  readonly active: boolean;
}

/** Tổng hợp các đơn vị: the screen (RankPane) is part of the engine chunk; drawn once the engine is there. */
export const RankScreen: React.FC<RankScreenProps> = ({ host, lang, active }) => {
  const [Pane, setPane] = React.useState<React.FC<RankPaneProps> | null>(() => loadedEngine()?.RankPane ?? null);
  const [error, setError] = React.useState<Msg | null>(null);
  React.useEffect(() => {
    if (!active || Pane) return;
    let live = true;
    loadEngine().then(
      (engine) => live && setPane(() => engine.RankPane),
      (e: unknown) => live && setError(hostFailure(e)),
    );
    return () => {
      live = false;
    };
  }, [active, Pane]);
  if (Pane) return <Pane host={host} lang={lang} />;
  if (error) return <MessageNotice intent="error" message={error} lang={lang} onDismiss={() => setError(null)} />;
  return active ? <Spinner size="tiny" label={t('rankLoading', lang)} /> : null;
};
