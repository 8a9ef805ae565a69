/** Shared set-up of the task-pane tests: an in-memory workbook with templates filled, hosts that fail on purpose. */
import { a1 } from '../../src/sheet/a1';
import type { SettingsStore, WorkbookHost } from '../../src/sheet/host';
import { MemorySettings, MemoryWorkbook } from '../../src/sheet/memoryHost';
import { COL } from '../../src/sheet/plans/framework';
import { getTemplate } from '../../src/sheet/templates';
import type { DetailsForm } from '../../src/taskpane/hooks/useGallery';

export const form = (over: Partial<DetailsForm> = {}): DetailsForm => ({ name: '', post: '', unit: '', month: '11', year: '2024', ...over });

export function workbook(): { wb: MemoryWorkbook; settings: MemorySettings } {
  const wb = new MemoryWorkbook();
  wb.addSheet('Sheet1');
  return { wb, settings: new MemorySettings() };
}

/** Row (0-based) of an xa-2024 criterion as the template writes it. */
export const xaRow = (id: string): number => {
  const row = getTemplate('xa-2024')!.plan({}).layout.rowOf[id];
  if (row === undefined) throw new Error(`no row for ${id}`);
  return row;
};

/**
 * Self-scores typed on an xa-2024 sheet: 2.1.1 full marks with no evidence (E1, E3: the council gives 0), 2.1.2 full
 * marks with a real document and an explanation naming its place (kept), 2.3.1 full marks with a placeholder number (E2).
 */
export function typeXaScores(wb: MemoryWorkbook, sheet: string): void {
  wb.setValue(sheet, a1(xaRow('2.1.1'), COL.self), 1);
  wb.setValue(sheet, a1(xaRow('2.1.2'), COL.self), 1);
  wb.setValue(sheet, a1(xaRow('2.1.2'), COL.evidence), 'Báo cáo số 123/BC-UBND ngày 10/01/2024');
  wb.setValue(sheet, a1(xaRow('2.1.2'), COL.explanation), 'Mục II, trang 3');
  wb.setValue(sheet, a1(xaRow('2.3.1'), COL.self), 1);
  wb.setValue(sheet, a1(xaRow('2.3.1'), COL.evidence), 'Số:   /BC-UBND');
  wb.setValue(sheet, a1(xaRow('2.3.1'), COL.explanation), 'Mục I, trang 2');
}

/** A host whose every call throws as Office.js does (an object with message and code). */
export const brokenHost = (message = 'RichApi.Error: The request failed'): WorkbookHost => ({
  read: async () => {
    throw { message, code: 'GeneralException' };
  },
  write: async () => {
    throw new Error(message);
  },
});

export const brokenSettings = (): SettingsStore => ({
  get: async () => null,
  set: async () => {
    throw new Error('Settings could not be saved');
  },
});
