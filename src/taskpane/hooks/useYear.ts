/**
 * Tổng hợp năm / quý: the THADS quarters and year (seed 000, Phụ lục 03) and the Hà Nội year with its Decree 90 form
 * (seed 004, seed 003), from the monthly sheets of the workbook, through the same plans as `chamdiem year`.
 */
import * as React from 'react';
import { gradeInfo, type Msg, type RollupMethod } from '../../scoring';
import type { SettingsStore, WorkbookHost } from '../../sheet/host';
import { beforeText } from '../../sheet/quarter';
import type { PlannedSheet, YearsResult } from '../../sheet/yearBuild';
import { loadEngine } from '../loadEngine';
import { both } from '../strings';
import { attempt, failed, type Outcome } from './outcome';
import { useTask } from './useTask';

export interface YearForm {
  readonly method: RollupMethod;
  /** Only the months of this year; blank: every year found (one result per person and year). */
  readonly year: string;
}

export interface YearRun {
  readonly result: YearsResult;
  readonly sheets: readonly PlannedSheet[];
}

/** One line a period, one block a person: what the pane lists under the button. */
export interface YearViewPerson {
  readonly title: string;
  readonly lines: readonly { readonly label: Msg; readonly score: number | null; readonly level: string; readonly note: Msg | null }[];
  readonly basis: Msg | null;
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

export function yearView(r: YearRun): YearViewPerson[] {
  const out: YearViewPerson[] = [];
  for (const t of r.result.thads) {
    out.push({
      title: `${t.person || t.unit} ${t.year ?? ''}`.trim(),
      lines: [...t.quarters, t.whole].map((p) => ({
        label: p.quarter === 0 ? { vi: 'Cả năm', en: 'Year' } : { vi: `Quý ${ROMAN[p.quarter]}`, en: `Quarter ${p.quarter}` },
        score: p.rollup.score,
        level: p.rollup.grade ? gradeInfo(p.rollup.grade).letter : '—',
        note: {
          vi: `Báo cáo về Cục ${beforeText(p.deadline)}${p.rollup.missing.length ? `; thiếu tháng ${p.rollup.missing.join(', ')}` : ''}`,
          en: `Report to the Cục ${beforeText(p.deadline).replace('trước ngày', 'before')}${p.rollup.missing.length ? `; month(s) ${p.rollup.missing.join(', ')} missing` : ''}`,
        },
      })),
      basis: t.notes[0] ?? null,
    });
  }
  for (const h of r.result.hn) {
    out.push({
      title: `${h.name} ${h.year ?? ''}`.trim(),
      lines: [{ label: { vi: 'Cả năm', en: 'Year' }, score: h.rollup.score, level: h.proposed ? gradeInfo(h.proposed).letter : '—', note: null }],
      basis: h.basis,
    });
  }
  return out;
}

export async function runYear(host: WorkbookHost, form: YearForm): Promise<Outcome<YearRun>> {
  const year = form.year.trim();
  if (year !== '' && !/^\d{4}$/.test(year)) return failed(both('errorYear', { value: year }));
  return attempt(async () => (await loadEngine()).buildYear(host, { method: form.method, ...(year ? { year: Number(year) } : {}) }));
}

export const yearSuccess = (r: YearRun): Msg => both('yearDone', { count: r.sheets.length, sheet: r.sheets[0]?.sheet ?? '' });

export function useYear(host: WorkbookHost, _settings: SettingsStore) {
  const task = useTask<'year'>();
  const [form, setForm] = React.useState<YearForm>({ method: 'occurrences', year: '' });
  const [result, setResult] = React.useState<YearRun | null>(null);
  const view = React.useMemo(() => (result ? yearView(result) : null), [result]);
  const setField = React.useCallback(<K extends keyof YearForm>(key: K, value: YearForm[K]) => setForm((f) => ({ ...f, [key]: value })), []);
  const build = React.useCallback(async () => {
    const r = await task.run('year', () => runYear(host, form), yearSuccess);
    if (r) setResult(r);
  }, [host, form, task.run]);
  return { ...task, form, setField, result, view, build };
}
