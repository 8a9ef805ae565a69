/**
 * Tổng hợp năm / quý: the THADS quarters and year (seed 000, Phụ lục 03) and the Hà Nội year with its Decree 90 form
 * (seed 004, seed 003), from the monthly sheets of the workbook, through the same plans as `chamdiem year`.
 */
import * as React from 'react';
import type { Msg } from '../../scoring/messages';
import type { RollupMethod } from '../../scoring/rollup';
import type { SettingsStore, WorkbookHost } from '../../sheet/host';
import type { PlannedSheet, YearsResult } from '../../sheet/yearBuild';
import type { YearViewPerson } from './yearView';
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
  /** What the pane lists (yearView, built in the engine). */
  readonly view: readonly YearViewPerson[];
}

export async function runYear(host: WorkbookHost, form: YearForm): Promise<Outcome<YearRun>> {
  const year = form.year.trim();
  if (year !== '' && !/^\d{4}$/.test(year)) return failed(both('errorYear', { value: year }));
  return attempt(async () => {
    const engine = await loadEngine();
    const r = await engine.buildYear(host, { method: form.method, ...(year ? { year: Number(year) } : {}) });
    return r.ok ? { ok: true as const, value: { ...r.value, view: engine.yearView(r.value.result) } } : r;
  });
}

export function yearSuccess(r: YearRun): Msg {
  const updated = r.sheets.filter((s) => s.restyle);
  const kept = updated.flatMap((s) => (s.kept ?? []).map((cell) => `${s.sheet}!${cell}`));
  if (updated.length === 0) return both('yearDone', { count: r.sheets.length, sheet: r.sheets[0]?.sheet ?? '' });
  const params = { count: r.sheets.length, sheet: r.sheets[0]?.sheet ?? '', updated: updated.length };
  return kept.length > 0 ? both('yearUpdated', { ...params, kept: kept.join(', ') }) : both('yearUpdatedAll', params);
}

export function useYear(host: WorkbookHost, _settings: SettingsStore) {
  const task = useTask<'year'>();
  const [form, setForm] = React.useState<YearForm>({ method: 'occurrences', year: '' });
  const [result, setResult] = React.useState<YearRun | null>(null);
  const view = result?.view ?? null;
  const setField = React.useCallback(<K extends keyof YearForm>(key: K, value: YearForm[K]) => setForm((f) => ({ ...f, [key]: value })), []);
  const build = React.useCallback(async () => {
    const r = await task.run('year', () => runYear(host, form), yearSuccess);
    if (r) setResult(r);
  }, [host, form, task.run]);
  return { ...task, form, setField, result, view, build };
}
