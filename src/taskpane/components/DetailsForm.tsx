import { Button, Caption1, Field, Input, makeStyles } from '@fluentui/react-components';
import * as React from 'react';
import type { Lang } from '../../scoring';
import type { ProgressStep } from '../../sheet/operations';
import type { DetailField } from '../../sheet/templates';
import type { DetailsForm as DetailsValues, FillMode } from '../hooks/useGallery';
import { loadedEngine } from '../loadEngine';
import { t, type StringKey } from '../strings';
import { tokens } from '../tokens';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  period: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  short: { flex: '1 1 100px', minWidth: 0 },
  actions: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, alignItems: 'stretch' },
});

const FIELD_LABEL: Readonly<Record<DetailField, StringKey>> = {
  name: 'fieldName',
  post: 'fieldPost',
  unit: 'fieldUnit',
  month: 'fieldMonth',
  year: 'fieldYear',
};

const STEP_LABEL: Readonly<Record<ProgressStep, StringKey>> = {
  plan: 'stepPlan',
  read: 'stepRead',
  write: 'stepWrite',
  done: 'stepDone',
};

export interface DetailsFormProps {
  readonly asks: readonly DetailField[];
  readonly values: DetailsValues;
  readonly onChange: (field: DetailField, value: string) => void;
  readonly onFill: (mode: FillMode) => void;
  readonly busy: FillMode | null;
  readonly step: ProgressStep | null;
  readonly lang: Lang;
}

/** What a template asks before it is filled, prefilled from the remembered details; the two ways to fill. */
export const DetailsForm: React.FC<DetailsFormProps> = ({ asks, values, onChange, onFill, busy, step, lang }) => {
  const styles = useStyles();
  // The bar comes with the engine, which the fill runs in: drawn from the first step on (at once once it has loaded).
  const FillProgress = loadedEngine()?.FillProgress;
  const text = asks.filter((f) => f !== 'month' && f !== 'year');
  const period = asks.filter((f) => f === 'month' || f === 'year');
  const input = (field: DetailField) => (
    <Field key={field} label={t(FIELD_LABEL[field], lang)} className={field === 'month' || field === 'year' ? styles.short : undefined}>
      <Input
        value={values[field]}
        onChange={(_, d) => onChange(field, d.value)}
        disabled={busy !== null}
        {...(field === 'month' || field === 'year'
          ? { type: 'number' as const, inputMode: 'numeric' as const, min: field === 'month' ? 1 : 1900, max: field === 'month' ? 12 : 2100 }
          : {})}
      />
    </Field>
  );
  return (
    <form
      className={styles.root}
      aria-label={t('detailsTitle', lang)}
      // The pane checks month and year itself and says why in its own language, not in the browser's bubble.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onFill('new');
      }}
    >
      {asks.length === 0 ? <Caption1>{t('detailsNone', lang)}</Caption1> : <Caption1>{t('detailsHint', lang)}</Caption1>}
      {text.map(input)}
      {period.length > 0 ? <div className={styles.period}>{period.map(input)}</div> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabledFocusable={busy !== null}>
          {t('fillNew', lang)}
        </Button>
        <Button type="button" disabledFocusable={busy !== null} onClick={() => onFill('refill')}>
          {t('fillRefill', lang)}
        </Button>
        <Caption1>{t('fillRefillHint', lang)}</Caption1>
      </div>
      {busy !== null ? (
        <Field label={t(step ? STEP_LABEL[step] : 'stepPlan', lang)} validationState="none">
          {FillProgress ? <FillProgress step={step} /> : null}
        </Field>
      ) : null}
    </form>
  );
};
