import { Button, Caption1, Field, Input, Radio, RadioGroup, Spinner, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import type { SettingsStore, WorkbookHost } from '../../sheet/host';
import { useSummary, type CapChoice } from '../hooks/useSummary';
import { loadedEngine } from '../loadEngine';
import { t } from '../strings';
import { tokens } from '../tokens';
import { MessageNotice } from './MessageNotice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  period: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  short: { flex: '1 1 100px', minWidth: 0 },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

export interface SummaryPaneProps {
  readonly host: WorkbookHost;
  readonly settings: SettingsStore;
  readonly lang: Lang;
}

/** Tổng hợp 1A: the unit's list Mẫu 1A with the cap on A (20% / 25%), then the public notice Mẫu 2A. */
export const SummaryPane: React.FC<SummaryPaneProps> = ({ host, settings, lang }) => {
  const styles = useStyles();
  const s = useSummary(host, settings);
  const v = s.view;
  // The list comes from the engine, so it has loaded whenever there is one to show.
  const SummaryResult = loadedEngine()?.SummaryResult;
  return (
    <div className={styles.root}>
      <Caption1>{t('summaryIntro', lang)}</Caption1>
      <Field label={t('capLabel', lang)}>
        <RadioGroup value={s.form.cap} onChange={(_, d) => s.setField('cap', d.value as CapChoice)}>
          <Radio value="normal" label={t('capNormal', lang)} />
          <Radio value="outstanding" label={t('capOutstanding', lang)} />
        </RadioGroup>
      </Field>
      <div className={styles.period}>
        <Field label={t('fieldMonth', lang)} className={styles.short}>
          <Input type="number" inputMode="numeric" min={1} max={12} value={s.form.month} onChange={(_, d) => s.setField('month', d.value)} />
        </Field>
        <Field label={t('fieldYear', lang)} className={styles.short}>
          <Input type="number" inputMode="numeric" min={1900} max={2100} value={s.form.year} onChange={(_, d) => s.setField('year', d.value)} />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void s.build()} disabledFocusable={s.busy !== null}>
          {t('summaryRun', lang)}
        </Button>
        <Button onClick={s.notice} disabledFocusable={s.busy !== null}>
          {t('noticeRun', lang)}
        </Button>
        <Caption1>{t('noticeHint', lang)}</Caption1>
      </div>
      {s.busy ? <Spinner size="tiny" label={t(s.busy === 'notice' ? 'noticeBusy' : 'summaryBusy', lang)} /> : null}
      <MessageNotice intent="error" message={s.error} lang={lang} onDismiss={s.dismissError} />
      <MessageNotice intent="success" message={s.success} lang={lang} onDismiss={s.dismissSuccess} />
      {v && SummaryResult ? <SummaryResult view={v} lang={lang} onOpenSheet={s.open} /> : null}
    </div>
  );
};
