/**
 * The gallery (Mẫu): choose a template, answer what it asks (name, post, unit, month, year: remembered in the
 * settings under 'details'), fill it into a new sheet or re-fill the sheet that is open (the user's values kept).
 */
import * as React from 'react';
import type { Msg } from '../../scoring';
import type { SettingsStore, WorkbookHost } from '../../sheet/host';
import type { FillResult, ProgressStep } from '../../sheet/operations';
import type { DetailField } from '../../sheet/templates';
import type { Details } from '../../sheet/types';
import { CATALOG } from '../catalog';
import { loadEngine } from '../loadEngine';
import { both } from '../strings';
import { attempt, attemptPlain, done, failed, type Outcome } from './outcome';
import { useTask } from './useTask';

export const DETAILS_KEY = 'details';

/** The form as typed: text, validated on fill. */
export type DetailsForm = Readonly<Record<DetailField, string>>;

export type FillMode = 'new' | 'refill';

export const emptyForm = (now: Date = new Date()): DetailsForm => ({
  name: '',
  post: '',
  unit: '',
  month: String(now.getMonth() + 1),
  year: String(now.getFullYear()),
});

const asText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;

/**
 * The family a template belongs to ("xa", "hn", "thads", "nd90"): a unit remembered for one family is not offered to
 * another (a commune's form is never prefilled with a ward's name).
 */
export const familyOf = (templateId: string): string => templateId.trim().toLowerCase().split('-')[0] ?? '';

/** The unit remembered for a family; undefined when the saved details predate units by family. */
export function unitFor(raw: string | null, family: string): string | undefined {
  if (!raw) return undefined;
  try {
    const units = (JSON.parse(raw) as { units?: unknown } | null)?.units;
    if (typeof units !== 'object' || units === null) return undefined;
    const unit = (units as Record<string, unknown>)[family];
    return typeof unit === 'string' ? unit : '';
  } catch {
    return undefined;
  }
}

/** The saved details over today's month and year; a damaged setting is ignored, not fatal. With a family: its own unit. */
export function formFromSaved(raw: string | null, now: Date = new Date(), family?: string): DetailsForm {
  const base = emptyForm(now);
  if (!raw) return base;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return base;
  }
  if (typeof parsed !== 'object' || parsed === null) return base;
  const saved = parsed as Record<string, unknown>;
  const out: Record<DetailField, string> = { ...base };
  for (const key of Object.keys(base) as DetailField[]) {
    const v = asText(saved[key]);
    if (v !== undefined && v.trim() !== '') out[key] = v;
  }
  const unit = family === undefined ? undefined : unitFor(raw, family);
  if (unit !== undefined) out.unit = unit;
  return out;
}

export async function loadDetails(settings: SettingsStore, now: Date = new Date()): Promise<DetailsForm> {
  return formFromSaved(await settings.get(DETAILS_KEY), now);
}

const wholeIn = (raw: string, min: number, max: number): number | null => {
  const s = raw.trim();
  if (!/^\d+$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
};

/** Month 1–12 and a four-digit year, when asked and typed; blank fields stay blank ("…" in the form). */
export function parseDetails(form: DetailsForm, asks: readonly DetailField[]): Outcome<Details> {
  const out: { -readonly [K in keyof Details]: Details[K] } = {};
  for (const field of asks) {
    const raw = form[field].trim();
    if (raw === '') continue;
    if (field === 'month') {
      const m = wholeIn(raw, 1, 12);
      if (m === null) return failed(both('errorMonth', { value: raw }));
      out.month = m;
    } else if (field === 'year') {
      const y = wholeIn(raw, 1900, 2100);
      if (y === null) return failed(both('errorYear', { value: raw }));
      out.year = y;
    } else {
      out[field] = raw;
    }
  }
  // A personal form without a name would be filed under nobody ("hn-m03 UBND phường Quang Trung").
  if (asks.includes('name') && form.name.trim() === '') return failed(both('errorNoName'));
  return done(out);
}

/** Saves the fields just used over the ones remembered (a template asking fewer fields does not erase the others). */
export async function saveDetails(settings: SettingsStore, details: Details, family?: string): Promise<void> {
  const raw = await settings.get(DETAILS_KEY);
  const previous = formFromSaved(raw);
  const merged: Record<string, string | number | Record<string, string>> = {};
  for (const [k, v] of Object.entries(previous)) if (v.trim() !== '') merged[k] = /^(month|year)$/.test(k) && /^\d+$/.test(v) ? Number(v) : v;
  for (const [k, v] of Object.entries(details)) if (v !== undefined) merged[k] = v;
  let units: Record<string, string> = {};
  try {
    const saved = raw ? (JSON.parse(raw) as { units?: unknown } | null)?.units : undefined;
    if (typeof saved === 'object' && saved !== null) units = Object.fromEntries(Object.entries(saved).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    // A damaged setting: the units start again.
  }
  if (family !== undefined && details.unit !== undefined) units[family] = details.unit;
  if (Object.keys(units).length > 0) merged.units = units;
  await settings.set(DETAILS_KEY, JSON.stringify(merged));
}

export interface FillRequest {
  readonly templateId: string;
  readonly form: DetailsForm;
  readonly mode: FillMode;
  readonly onProgress?: (step: ProgressStep) => void;
}

/** The gallery's entry of a template id, found as getTemplate finds it (trimmed, any case). */
const catalogEntry = (id: string) => CATALOG.find((t) => t.id === id.trim().toLowerCase());

/** Validates the details, remembers them, fills. */
export async function fillFromGallery(host: WorkbookHost, settings: SettingsStore, request: FillRequest): Promise<Outcome<FillResult>> {
  const def = catalogEntry(request.templateId);
  if (!def) return failed(both('errorNoTemplate', { id: request.templateId }));
  const details = parseDetails(request.form, def.asks);
  if (!details.ok) return details;
  const saved = await attemptPlain(() => saveDetails(settings, details.value, familyOf(def.id)));
  if (!saved.ok) return saved;
  const into = request.mode === 'refill' ? ('active' as const) : undefined;
  return attempt(async () =>
    (await loadEngine()).fillTemplate(host, def.id, details.value, { ...(into ? { into } : {}), ...(request.onProgress ? { onProgress: request.onProgress } : {}) }),
  );
}

export const fillSuccess = (r: FillResult): Msg =>
  r.created ? both('fillCreated', { sheet: r.sheet }) : both('fillRefilled', { sheet: r.sheet, kept: r.keptCells });

/** Progress bar value of each step. */
export const STEP_VALUE: Readonly<Record<ProgressStep, number>> = { plan: 0.15, read: 0.4, write: 0.75, done: 1 };

export function useGallery(host: WorkbookHost, settings: SettingsStore) {
  const task = useTask<FillMode>();
  const [selected, setSelected] = React.useState<string | null>(null);
  const [form, setForm] = React.useState<DetailsForm>(() => emptyForm());
  const [step, setStep] = React.useState<ProgressStep | null>(null);
  const [loadError, setLoadError] = React.useState<Msg | null>(null);
  const selectedRef = React.useRef<string | null>(null);

  React.useEffect(() => {
    let live = true;
    attemptPlain(() => loadDetails(settings)).then((r) => {
      if (!live) return;
      if (r.ok) setForm(r.value);
      else setLoadError(r.error);
    });
    return () => {
      live = false;
    };
  }, [settings]);

  /** A template chosen: the unit shown is the one remembered for its family (blank for a family never filled). */
  const select = React.useCallback(
    (id: string | null) => {
      const before = selectedRef.current;
      selectedRef.current = id;
      setSelected(id);
      if (id === null || (before !== null && familyOf(before) === familyOf(id))) return;
      void attemptPlain(() => settings.get(DETAILS_KEY)).then((r) => {
        if (!r.ok || selectedRef.current !== id) return;
        const unit = unitFor(r.value, familyOf(id));
        if (unit !== undefined) setForm((f) => ({ ...f, unit }));
      });
    },
    [settings],
  );

  const setField = React.useCallback((field: DetailField, value: string) => setForm((f) => ({ ...f, [field]: value })), []);

  const fill = React.useCallback(
    (mode: FillMode) => {
      if (!selected) return;
      setStep(null);
      void task.run(mode, () => fillFromGallery(host, settings, { templateId: selected, form, mode, onProgress: setStep }), fillSuccess);
    },
    [host, settings, selected, form, task.run],
  );

  const dismissError = React.useCallback(() => {
    setLoadError(null);
    task.dismissError();
  }, [task.dismissError]);

  return { ...task, error: task.error ?? loadError, dismissError, selected, select, form, setField, fill, step };
}
