/**
 * The check before submitting (Kiểm tra): issues grouped by severity, an issue's cell selected on click, marks
 * placed on the sheet and cleared.
 */
import * as React from 'react';
import type { Lang, Msg } from '../../scoring';
import type { SettingsStore, WorkbookHost } from '../../sheet/host';
import type { SheetOutcome } from '../../sheet/operations';
import type { Severity, SheetIssue } from '../../sheet/types';
import { loadEngine } from '../loadEngine';
import { wordsFor } from '../family';
import { both, countedBoth } from '../strings';
import { attempt, attemptPlain, type Outcome } from './outcome';
import { useTask } from './useTask';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface IssueGroup {
  readonly severity: Severity;
  readonly issues: readonly SheetIssue[];
}

/** Errors, then warnings, then information; within a group, the sheet's order. Empty groups are kept (count 0). */
export const groupIssues = (issues: readonly SheetIssue[]): IssueGroup[] =>
  SEVERITIES.map((severity) => ({ severity, issues: issues.filter((i) => i.severity === severity) }));

export type CheckResult = SheetOutcome<SheetIssue[]>;

export const runCheck = (host: WorkbookHost, now?: Date): Promise<Outcome<CheckResult>> =>
  attempt(async () => (await loadEngine()).checkSheet(host, now ? { now } : {}));

export const goToIssue = (host: WorkbookHost, issue: Pick<SheetIssue, 'sheet' | 'cell'>): Promise<Outcome<void>> =>
  attemptPlain(async () => (await loadEngine()).selectCell(host, issue.sheet, issue.cell));

export const markOnSheet = (host: WorkbookHost, settings: SettingsStore, result: CheckResult, lang: Lang): Promise<Outcome<number>> =>
  attemptPlain(async () => (await loadEngine()).markIssues(host, settings, result, lang));

/** Clears the marks of the checked sheet, or of the active sheet when nothing was checked in this session. */
export const clearOnSheet = (host: WorkbookHost, settings: SettingsStore, sheet: string | null): Promise<Outcome<{ sheet: string; cleared: number }>> =>
  attemptPlain(async () => {
    const target = sheet ?? (await host.read({ head: { rows: 0, columns: 0 } })).active;
    return { sheet: target, cleared: await (await loadEngine()).clearMarks(host, settings, target) };
  });

/** No finding: what this kind of sheet is now ready for (the commune's council, the supervisor, the authority…). */
export const checkSuccess = (r: CheckResult): Msg | null => (r.value.length === 0 ? both(wordsFor(r.templateId).checkClean, { sheet: r.sheet }) : null);
export const markSuccess = (sheet: string, n: number): Msg =>
  n === 0 ? both('markNone', { sheet }) : countedBoth('markDone', n, 'cellsWord', 'ô', 'cell', 'cells', { sheet });
export const clearSuccess = (r: { sheet: string; cleared: number }): Msg =>
  r.cleared === 0 ? both('clearNone', { sheet: r.sheet }) : countedBoth('clearDone', r.cleared, 'marksWord', 'đánh dấu', 'mark', 'marks', { sheet: r.sheet });

export type CheckTask = 'check' | 'select' | 'mark' | 'clear';

export function useCheck(host: WorkbookHost, settings: SettingsStore, lang: Lang) {
  const task = useTask<CheckTask>();
  const [result, setResult] = React.useState<CheckResult | null>(null);
  const groups = React.useMemo(() => (result ? groupIssues(result.value) : null), [result]);

  const check = React.useCallback(async () => {
    const r = await task.run('check', () => runCheck(host), checkSuccess);
    if (r) setResult(r);
  }, [host, task.run]);
  const select = React.useCallback((issue: SheetIssue) => void task.run('select', () => goToIssue(host, issue)), [host, task.run]);
  const mark = React.useCallback(() => {
    if (result) void task.run('mark', () => markOnSheet(host, settings, result, lang), (n) => markSuccess(result.sheet, n));
  }, [host, settings, result, lang, task.run]);
  const clear = React.useCallback(
    () => void task.run('clear', () => clearOnSheet(host, settings, result?.sheet ?? null), clearSuccess),
    [host, settings, result, task.run],
  );

  return { ...task, result, groups, check, select, mark, clear };
}
