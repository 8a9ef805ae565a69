import { Button, Caption1, Field, Input, Radio, RadioGroup, Spinner, Subtitle2, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import { text, type Lang } from '../../scoring/messages';
import type { RollupMethod } from '../../scoring/rollup';
import type { SettingsStore, WorkbookHost } from '../../sheet/host';
import { useYear } from '../hooks/useYear';
import { t } from '../strings';
import { tokens } from '../tokens';
import { MessageNotice } from './MessageNotice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  short: { maxWidth: '160px' },
  person: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export interface YearPaneProps {
  readonly host: WorkbookHost;
  readonly settings: SettingsStore;
  readonly lang: Lang;
}

const num = (n: number | null, lang: Lang): string => (n === null ? '—' : lang === 'vi' ? String(n).replace('.', ',') : String(n));

/** Tổng hợp năm / quý: THADS quarters and year (Phụ lục 03), the Hà Nội year and its Decree 90 form. */
export const YearPane: React.FC<YearPaneProps> = ({ host, settings, lang }) => {
  const styles = useStyles();
  const y = useYear(host, settings);
  return (
    <div className={styles.root}>
      <Caption1>{t('yearIntro', lang)}</Caption1>
      <Field label={t('yearMethodLabel', lang)}>
        <RadioGroup value={y.form.method} onChange={(_, d) => y.setField('method', d.value as RollupMethod)}>
          <Radio value="occurrences" label={t('yearMethodOccurrences', lang)} />
          <Radio value="mean" label={t('yearMethodMean', lang)} />
        </RadioGroup>
      </Field>
      <Field label={t('fieldYear', lang)} className={styles.short}>
        <Input type="number" inputMode="numeric" min={1900} max={2100} value={y.form.year} onChange={(_, d) => y.setField('year', d.value)} />
      </Field>
      <Button appearance="primary" onClick={() => void y.build()} disabledFocusable={y.busy !== null}>
        {t('yearRun', lang)}
      </Button>
      {y.busy ? <Spinner size="tiny" label={t('yearBusy', lang)} /> : null}
      <MessageNotice intent="error" message={y.error} lang={lang} onDismiss={y.dismissError} />
      <MessageNotice intent="success" message={y.success} lang={lang} onDismiss={y.dismissSuccess} />
      {y.view?.map((p) => (
        <section key={p.title} className={styles.person}>
          <Subtitle2 as="h2">{p.title}</Subtitle2>
          <ul className={styles.list}>
            {p.lines.map((l) => (
              <li key={l.label.vi}>
                {text(l.label, lang)}: {num(l.score, lang)} — {l.level}
                {l.note ? ` (${text(l.note, lang)})` : ''}
              </li>
            ))}
          </ul>
          {p.basis ? <Caption1>{text(p.basis, lang)}</Caption1> : null}
        </section>
      ))}
    </div>
  );
};
