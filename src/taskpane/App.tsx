import { Button, Caption1, Title3, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang, Msg } from '../scoring';
import type { SettingsStore, WorkbookHost } from '../sheet/host';
import { CheckPane } from './components/CheckPane';
import { FrameworkPane } from './components/FrameworkPane';
import { GalleryPane } from './components/GalleryPane';
import { MessageNotice } from './components/MessageNotice';
import { PaneTabs } from './components/PaneTabs';
import { RankPane } from './components/RankPane';
import { ScorePane } from './components/ScorePane';
import { SummaryPane } from './components/SummaryPane';
import { YearPane } from './components/YearPane';
import { attemptPlain } from './hooks/outcome';
import { t, type StringKey } from './strings';
import { tokens } from './tokens';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '720px',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  title: { margin: 0 },
  tabs: { flexWrap: 'wrap', borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { minWidth: 0, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export type PaneId = 'gallery' | 'check' | 'score' | 'summary' | 'rank' | 'year';
export const PANES: readonly PaneId[] = ['gallery', 'check', 'score', 'summary', 'rank', 'year'];
const PANE_LABEL: Readonly<Record<PaneId, StringKey>> = { gallery: 'tabGallery', check: 'tabCheck', score: 'tabScore', summary: 'tabSummary', rank: 'tabRank', year: 'tabYear' };

/** Settings key of the language the user chose. */
export const LANG_KEY = 'lang';

export interface AppProps {
  /** Office.js, the browser preview's in-memory workbook, a test's mock: the pane does not know which. */
  readonly host: WorkbookHost;
  readonly settings: SettingsStore;
  readonly initialLang?: Lang;
  /** Running outside Excel (the page opened in a browser): work goes to an in-memory workbook; said once at the top. */
  readonly outsideExcel?: boolean;
  readonly initialPane?: PaneId;
}

/**
 * The task pane: four screens behind tabs (Mẫu, Kiểm tra, Chấm điểm, Tổng hợp 1A), Vietnamese first with an English
 * switch. Every screen stays mounted (hidden when not selected) so its results survive a switch of tabs.
 */
export const App: React.FC<AppProps> = ({ host, settings, initialLang = 'vi', outsideExcel = false, initialPane = 'gallery' }) => {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [pane, setPane] = React.useState<PaneId>(initialPane);
  const [error, setError] = React.useState<Msg | null>(null);
  const base = React.useId();
  const other: Lang = lang === 'vi' ? 'en' : 'vi';

  const switchLang = () => {
    setLang(other);
    void attemptPlain(() => settings.set(LANG_KEY, other)).then((r) => setError(r.ok ? null : r.error));
  };

  return (
    <main className={styles.root} lang={lang}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.title}>
          {t('appTitle', lang)}
        </Title3>
        <Button size="small" lang={other} aria-label={t('languageAria', lang)} onClick={switchLang}>
          {t('language', lang)}
        </Button>
      </header>
      <Caption1>{t('tagline', lang)}</Caption1>
      {outsideExcel ? <Caption1>{t('outsideExcel', lang)}</Caption1> : null}
      <MessageNotice intent="error" message={error} lang={lang} onDismiss={() => setError(null)} />
      <PaneTabs
        className={styles.tabs}
        tabs={PANES.map((id) => ({ value: id, label: t(PANE_LABEL[id], lang), id: `${base}-tab-${id}`, controls: `${base}-panel-${id}` }))}
        selected={pane}
        onSelect={setPane}
        aria-label={t('tabsLabel', lang)}
      />
      {PANES.map((id) => (
        <section key={id} id={`${base}-panel-${id}`} role="tabpanel" aria-labelledby={`${base}-tab-${id}`} hidden={pane !== id} tabIndex={0} className={styles.panel}>
          {id === 'gallery' ? <GalleryPane host={host} settings={settings} lang={lang} /> : null}
          {id === 'gallery' ? <FrameworkPane host={host} lang={lang} /> : null}
          {id === 'check' ? <CheckPane host={host} settings={settings} lang={lang} /> : null}
          {id === 'score' ? <ScorePane host={host} lang={lang} /> : null}
          {id === 'summary' ? <SummaryPane host={host} settings={settings} lang={lang} /> : null}
          {id === 'rank' ? <RankPane host={host} lang={lang} /> : null}
          {id === 'year' ? <YearPane host={host} settings={settings} lang={lang} /> : null}
        </section>
      ))}
    </main>
  );
};
