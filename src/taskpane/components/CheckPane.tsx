import { Body1, Button, Caption1, Spinner, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import type { SettingsStore, WorkbookHost } from '../../sheet/host';
import { useCheck } from '../hooks/useCheck';
import { loadedEngine } from '../loadEngine';
import { wordsFor } from '../family';
import { checkSummary, t } from '../strings';
import { tokens } from '../tokens';
import { MessageNotice } from './MessageNotice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface CheckPaneProps {
  readonly host: WorkbookHost;
  readonly settings: SettingsStore;
  readonly lang: Lang;
}

/** Kiểm tra: the check before submitting, its findings by severity, and the marks on the sheet. */
export const CheckPane: React.FC<CheckPaneProps> = ({ host, settings, lang }) => {
  const styles = useStyles();
  const c = useCheck(host, settings, lang);
  const counts = c.groups?.map((g) => g.issues.length) ?? [0, 0, 0];
  // Findings come from the engine, so it has loaded whenever there are some to list.
  const IssueList = loadedEngine()?.IssueList;
  return (
    <div className={styles.root}>
      <Caption1>{t('checkIntro', lang)}</Caption1>
      <Button appearance="primary" onClick={() => void c.check()} disabledFocusable={c.busy !== null}>
        {t('checkRun', lang)}
      </Button>
      {c.busy === 'check' ? <Spinner size="tiny" label={t('checkBusy', lang)} /> : null}
      <MessageNotice intent="error" message={c.error} lang={lang} onDismiss={c.dismissError} />
      <MessageNotice intent="success" message={c.success} lang={lang} onDismiss={c.dismissSuccess} />
      {c.result ? <Caption1>{t(wordsFor(c.result.templateId).checkAbout, lang)}</Caption1> : null}
      {c.result ? (
        <Body1 role="status">
          {checkSummary(lang, c.result.sheet, counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0)}
        </Body1>
      ) : null}
      <div className={styles.actions}>
        <Button onClick={c.mark} disabledFocusable={c.busy !== null || !c.result || c.result.value.length === 0}>
          {t('markRun', lang)}
        </Button>
        <Button onClick={c.clear} disabledFocusable={c.busy !== null}>
          {t('clearRun', lang)}
        </Button>
      </div>
      {c.groups && c.result && c.result.value.length > 0 && IssueList ? (
        <>
          <Caption1>{t('issuesHint', lang)}</Caption1>
          <IssueList groups={c.groups} onSelect={c.select} lang={lang} />
        </>
      ) : null}
    </div>
  );
};
