import { Button, Caption1, Field, Input, Spinner, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import type { WorkbookHost } from '../../sheet/host';
import { useRank } from '../hooks/useRank';
import { t, tf } from '../strings';
import { tokens } from '../tokens';
import { loadedEngine } from '../loadEngine';
import { MessageNotice } from './MessageNotice';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  file: { display: 'none' },
  check: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS, cursor: 'pointer', fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground1 },
  box: { margin: `${tokens.spacingVerticalXXS} 0 0`, width: '16px', height: '16px', accentColor: tokens.colorBrandBackground, flexShrink: 0 },
});

export interface RankPaneProps {
  readonly host: WorkbookHost;
  readonly lang: Lang;
}

/** Tổng hợp các đơn vị: the ranking of the units over this workbook's framework sheets and the workbooks picked. */
export const RankPane: React.FC<RankPaneProps> = ({ host, lang }) => {
  const styles = useStyles();
  const s = useRank(host);
  const input = React.useRef<HTMLInputElement>(null);
  // The result view comes with the engine, which has loaded whenever there is a result to show.
  const RankResult = loadedEngine()?.RankResult;
  const usable = s.picked.filter((p) => !p.problem);
  return (
    <div className={styles.root}>
      <Caption1>{t('rankIntro', lang)}</Caption1>
      <Field label={t('rankUnitLabel', lang)}>
        <Input value={s.unit} onChange={(_, d) => s.setUnit(d.value)} />
      </Field>
      {/* A native checkbox: Fluent's Checkbox, used nowhere else, would make taskpane.js ship Fluent's whole token table. */}
      <label className={styles.check}>
        <input type="checkbox" className={styles.box} checked={s.minutes} onChange={(e) => s.setMinutes(e.currentTarget.checked)} />
        <span>{t('rankMinutes', lang)}</span>
      </label>
      <div className={styles.actions}>
        <input
          ref={input}
          type="file"
          multiple
          accept=".xlsx"
          className={styles.file}
          aria-label={t('rankPick', lang)}
          onChange={(e) => {
            const files = Array.from(e.currentTarget.files ?? []);
            e.currentTarget.value = '';
            if (files.length > 0) void s.pick(files);
          }}
        />
        <Button onClick={() => input.current?.click()} disabledFocusable={s.busy !== null}>
          {t('rankPick', lang)}
        </Button>
        {s.picked.length > 0 ? (
          <>
            <Caption1>{tf('rankPicked', lang, { count: usable.length, names: usable.map((p) => p.name).join(', ') || '–' })}</Caption1>
            <Button size="small" appearance="subtle" onClick={s.clearPicked} disabledFocusable={s.busy !== null}>
              {t('rankClearPicked', lang)}
            </Button>
          </>
        ) : null}
        <Button appearance="primary" onClick={() => void s.build()} disabledFocusable={s.busy !== null}>
          {t('rankRun', lang)}
        </Button>
      </div>
      {s.busy ? <Spinner size="tiny" label={t(s.busy === 'read' ? 'rankReading' : 'rankBusy', lang)} /> : null}
      <MessageNotice intent="error" message={s.error} lang={lang} onDismiss={s.dismissError} />
      <MessageNotice intent="success" message={s.success} lang={lang} onDismiss={s.dismissSuccess} />
      {s.view && RankResult ? <RankResult view={s.view} lang={lang} /> : null}
    </div>
  );
};
