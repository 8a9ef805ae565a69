/**
 * The unit's summary (Tổng hợp 1A): the list Mẫu 1A from the staff's monthly sheets with the cap on A grades
 * (seed 004 §3.2: 20%, or 25% for an outstanding unit), then the public notice Mẫu 2A.
 */
import * as React from 'react';
import type { Msg } from '../../scoring';
import { QUOTA_CAP, QUOTA_CAP_OUTSTANDING } from '../../scoring/quota';
import type { SettingsStore, WorkbookHost } from '../../sheet/host';
import type { SummaryOutcome } from '../../sheet/operations';
import type { SummaryPerson } from '../../sheet/summary';
import type { Details } from '../../sheet/types';
import { loadEngine } from '../loadEngine';
import { both, tf } from '../strings';
import { attempt, attemptPlain, done, type Outcome } from './outcome';
import { emptyForm, loadDetails, parseDetails, type DetailsForm } from './useGallery';
import { useTask } from './useTask';

export type CapChoice = 'normal' | 'outstanding';
export const CAP_VALUE: Readonly<Record<CapChoice, number>> = { normal: QUOTA_CAP, outstanding: QUOTA_CAP_OUTSTANDING };

export interface SummaryForm {
  readonly cap: CapChoice;
  readonly month: string;
  readonly year: string;
}

export type SummaryResult = SummaryOutcome;

/** What the pane shows of a summary: counts, the cap, who is proposed for demotion, who is tied at the cut line. */
export interface SummaryView {
  readonly sheet: string;
  readonly cap: number;
  readonly countA: number;
  readonly countB: number;
  readonly maxA: number;
  readonly demoted: readonly SummaryPerson[];
  readonly tied: readonly SummaryPerson[];
  readonly seatsForTied: number;
  readonly cutScore: number | null;
  readonly heads: readonly SummaryPerson[];
  readonly people: number;
  /** Leaders' component d: 1 (100%) when everyone managed scored at least C, 0.5 otherwise, null with nobody graded. */
  readonly leaderD: number | null;
  /** The quota in each named group of similar duties (seed 004 §3.2a); empty when the unit is one group. */
  readonly groups: readonly { readonly group: string; readonly countA: number; readonly countB: number; readonly maxA: number; readonly demoted: number }[];
  /**
   * People whose grade the competent authority decided, on their sheet or by a mark on this 1A (Mẫu 1A columns 5–8
   * show it instead of the proposal).
   */
  readonly decided: readonly SummaryPerson[];
  /** The month's 1A was updated in place (the authority's marks kept), not added. */
  readonly rebuilt: boolean;
  /** People with an override: KHTNV whatever the score (DOMAIN.md Overrides). */
  readonly overridden: readonly SummaryPerson[];
}

export function summaryView(r: SummaryResult): SummaryView {
  const s = r.value;
  const bySheet = new Map(s.people.map((p) => [p.sheet, p]));
  const pick = (ids: readonly string[]) => ids.map((id) => bySheet.get(id)).filter((p): p is SummaryPerson => p !== undefined);
  return {
    sheet: r.sheet,
    cap: s.cap,
    countA: s.quota.countA,
    countB: s.quota.countB,
    maxA: s.quota.maxA,
    demoted: pick(s.quota.demoted),
    tied: pick(s.quota.tied),
    seatsForTied: s.quota.seatsForTied,
    cutScore: s.quota.cutScore,
    heads: s.people.filter((p) => p.isHead),
    people: s.people.length,
    leaderD: s.leaderD,
    groups: s.groups.map((g) => ({ group: g.group, countA: g.quota.countA, countB: g.quota.countB, maxA: g.quota.maxA, demoted: g.quota.demoted.length })),
    decided: s.people.filter((p) => !p.isHead && (p.markedGradeCode ?? p.decidedGradeCode) !== null),
    rebuilt: r.rebuilt,
    overridden: s.people.filter((p) => p.override),
  };
}

const asForm = (f: SummaryForm): DetailsForm => ({ name: '', post: '', unit: '', month: f.month, year: f.year });

/** The unit's remembered details (its name heads both lists); this form's month and year over them. */
async function summaryDetails(settings: SettingsStore, form: SummaryForm): Promise<Outcome<Details>> {
  const period = parseDetails(asForm(form), ['month', 'year']);
  if (!period.ok) return period;
  const saved = await attemptPlain(() => loadDetails(settings));
  if (!saved.ok) return saved;
  const unit = saved.value.unit.trim();
  return done({ ...(unit ? { unit } : {}), ...period.value });
}

export async function runSummary(host: WorkbookHost, settings: SettingsStore, form: SummaryForm): Promise<Outcome<SummaryResult>> {
  const details = await summaryDetails(settings, form);
  if (!details.ok) return details;
  const { month, year } = details.value;
  return attempt(async () =>
    (await loadEngine()).buildSummary(host, {
      cap: CAP_VALUE[form.cap],
      details: details.value,
      ...(month !== undefined ? { month } : {}),
      ...(year !== undefined ? { year } : {}),
    }),
  );
}

/**
 * Mẫu 2A from the month's Mẫu 1A in the workbook — built in this session, earlier, or by someone else — with the marks
 * the authority made on it. No 1A for the month: the engine says so.
 */
export async function runNotice(host: WorkbookHost, settings: SettingsStore, form: SummaryForm): Promise<Outcome<string>> {
  const details = await summaryDetails(settings, form);
  if (!details.ok) return details;
  const { month, year } = details.value;
  const r = await attempt(async () =>
    (await loadEngine()).buildNoticeFromWorkbook(host, {
      cap: CAP_VALUE[form.cap],
      details: details.value,
      ...(month !== undefined ? { month } : {}),
      ...(year !== undefined ? { year } : {}),
    }),
  );
  return r.ok ? done(r.value.sheet) : r;
}

/** Opens a person's sheet from the list (a name clicked). */
export const openSheet = (host: WorkbookHost, sheet: string): Promise<Outcome<void>> =>
  attemptPlain(async () => (await loadEngine()).selectCell(host, sheet, 'A1'));

export const summarySuccess = (r: SummaryResult): Msg => {
  const count = r.value.people.length;
  const people = { vi: 'người', en: count === 1 ? 'person' : 'people' };
  const kept = { vi: 'ô', en: r.keptCells === 1 ? 'cell' : 'cells' };
  return r.rebuilt
    ? { vi: tf('summaryUpdated', 'vi', { sheet: r.sheet, count, peopleWord: people.vi, kept: r.keptCells, cellsWord: kept.vi }), en: tf('summaryUpdated', 'en', { sheet: r.sheet, count, peopleWord: people.en, kept: r.keptCells, cellsWord: kept.en }) }
    : { vi: tf('summaryDone', 'vi', { sheet: r.sheet, count, peopleWord: people.vi }), en: tf('summaryDone', 'en', { sheet: r.sheet, count, peopleWord: people.en }) };
};
export const noticeSuccess = (sheet: string): Msg => both('noticeDone', { sheet });

export function initialSummaryForm(details: DetailsForm): SummaryForm {
  return { cap: 'normal', month: details.month, year: details.year };
}

export function useSummary(host: WorkbookHost, settings: SettingsStore) {
  const task = useTask<'summary' | 'notice' | 'open'>();
  const [form, setForm] = React.useState<SummaryForm>(() => initialSummaryForm(emptyForm()));
  const [result, setResult] = React.useState<SummaryResult | null>(null);
  const view = React.useMemo(() => (result ? summaryView(result) : null), [result]);

  React.useEffect(() => {
    let live = true;
    void attemptPlain(() => loadDetails(settings)).then((r) => {
      if (live && r.ok) setForm((f) => ({ ...f, month: r.value.month, year: r.value.year }));
    });
    return () => {
      live = false;
    };
  }, [settings]);

  const setField = React.useCallback(<K extends keyof SummaryForm>(key: K, value: SummaryForm[K]) => setForm((f) => ({ ...f, [key]: value })), []);
  const build = React.useCallback(async () => {
    const r = await task.run('summary', () => runSummary(host, settings, form), summarySuccess);
    if (r) setResult(r);
  }, [host, settings, form, task.run]);
  const notice = React.useCallback(() => void task.run('notice', () => runNotice(host, settings, form), noticeSuccess), [host, settings, form, task.run]);
  const open = React.useCallback((sheet: string) => void task.run('open', () => openSheet(host, sheet)), [host, task.run]);

  return { ...task, form, setField, result, view, build, notice, open };
}
