/**
 * The task pane's two framework actions (issue 12), host-agnostic like operations.ts: each reads the workbook once and
 * writes it at most once.
 * - "Dùng khung của tôi": the workbook's "Khung tiêu chí" sheet read and validated; with findings, nothing is written
 *   and the findings are listed with their cells; else a sheet is filled from it, by the same plan as a built-in.
 * - "Xuất khung mẫu": a built-in framework written as a framework sheet, to edit into the unit's own.
 */
import { fail, getFramework, msg, ok, type Result } from '../scoring';
import { a1 } from './a1';
import type { WorkbookHost } from './host';
import { uniqueSheetName, templateWidth } from './operations';
import { HEAD } from './plans/builder';
import type { Details, SheetPlan } from './types';
import { FRAMEWORK_SHEET_NAME, isFrameworkSheet, planFrameworkSheet, readUserFramework, type FrameworkFinding } from './userFramework';
import { userTemplate } from './userTemplate';

export type UseFrameworkOutcome =
  | { readonly kind: 'filled'; readonly sheet: string; readonly frameworkSheet: string; readonly frameworkId: string; readonly version: string }
  | { readonly kind: 'findings'; readonly frameworkSheet: string; readonly findings: readonly FrameworkFinding[] };

const M = {
  noSheet: () =>
    msg(
      'Sổ làm việc chưa có trang "Khung tiêu chí". Bấm "Xuất khung mẫu" để có một trang mẫu, sửa theo khung của đơn vị rồi bấm lại.',
      'The workbook has no "Khung tiêu chí" sheet. Press "Export a sample framework" for one, edit it into your unit\'s framework, then press again.',
    ),
  unknown: (id: string) => msg(`Không có khung mẫu "${id}".`, `No sample framework "${id}".`),
} as const;

function firstInput(plan: SheetPlan): string {
  for (let r = plan.layout.firstRow; r < plan.grid.length; r++) {
    const row = plan.grid[r] ?? [];
    for (let c = 0; c < row.length; c++) if (row[c]?.input) return a1(r, c);
  }
  return 'A1';
}

/** One read (every head, and the framework sheets in full), then one write when the framework is valid. */
export async function fillFromMyFramework(host: WorkbookHost, details: Details): Promise<Result<UseFrameworkOutcome>> {
  const wb = await host.read({ head: HEAD, all: true, allIf: isFrameworkSheet, width: templateWidth() });
  const heads = wb.sheets.filter(isFrameworkSheet);
  const named = heads.find((h) => h.name.normalize('NFC').trim().toLowerCase() === FRAMEWORK_SHEET_NAME.toLowerCase());
  const active = heads.find((h) => h.name === wb.active);
  const chosen = active ?? named ?? heads[0];
  const table = chosen ? wb.all?.find((s) => s.name === chosen.name) : undefined;
  if (!chosen || !table) return fail('na', M.noSheet());
  const reading = readUserFramework(table);
  if (!reading.framework || !reading.record) return ok({ kind: 'findings', frameworkSheet: chosen.name, findings: reading.findings });
  const def = userTemplate(reading.framework, reading.record);
  const plan = def.plan(details);
  const sheet = uniqueSheetName(plan.sheetName, wb.sheets.map((s) => s.name));
  await host.write([
    { kind: 'addSheet', sheet },
    { kind: 'applyPlan', sheet, plan },
    { kind: 'select', sheet, cell: firstInput(plan) },
  ]);
  return ok({ kind: 'filled', sheet, frameworkSheet: chosen.name, frameworkId: reading.framework.id, version: reading.version });
}

/** One read (the sheet names), one write: a built-in framework as a new "Khung tiêu chí" sheet. */
export async function exportFramework(host: WorkbookHost, frameworkId: string): Promise<Result<string>> {
  const fw = getFramework(frameworkId);
  if (!fw) return fail('value', M.unknown(frameworkId));
  const wb = await host.read({ head: { rows: 0, columns: 0 } });
  const sheet = uniqueSheetName(FRAMEWORK_SHEET_NAME, wb.sheets.map((s) => s.name));
  await host.write([
    { kind: 'addSheet', sheet },
    { kind: 'applyPlan', sheet, plan: planFrameworkSheet(fw) },
    { kind: 'select', sheet, cell: 'B2' },
  ]);
  return ok(sheet);
}
