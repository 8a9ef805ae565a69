/**
 * "Tổng hợp các đơn vị" on a workbook host (task pane, preview): every framework sheet of the workbook, and the sheets of
 * workbooks the user picked (read by the pane itself, nothing leaves the machine), one unit each, ranked and written as
 * a new ranking sheet (src/sheet/rank.ts). Read once, write once (sheet/host.ts performance contract).
 */
import { fail, msg, ok, rankUnits, type Framework, type Msg, type Ranking, type Result } from '../scoring';
import { getFramework } from '../scoring/frameworks';
import type { SheetHead, WorkbookHost, WriteOp } from './host';
import { alignToPlan, layoutPlan } from './layout';
import { templateWidth, uniqueSheetName } from './operations';
import { HEAD } from './plans/builder';
import { consolidate, planRanking, unitEntryOf, whereOf, type FoundUnit, type RankingDetails, type UnitEntry } from './rank';
import { planMinutes } from './rankMinutes';
import { readMarker } from './read';
import { getTemplate, type TemplateDef } from './templates';
import { isFrameworkSheet, snapshotTable } from './userFramework';
import { isUserTemplateId, resolveUserTemplate } from './userTemplate';
import type { SheetSnapshot } from './types';

/**
 * The framework of a template written in the framework table (planFramework: it has the council's "Điểm thẩm định"
 * column), whatever the framework — built in, or the user's own once they are templates; null for other forms.
 */
export function rankableFramework(def: TemplateDef): Framework | null {
  const fw = def.framework ?? getFramework(def.id);
  return fw && fw.scoring !== 'narrative' && layoutPlan(def).layout.columns.appraised !== undefined ? fw : null;
}

/** Whether a sheet's head block names a template whose sheets can be ranked (read in full only then). */
export function isRankableHead(head: SheetHead): boolean {
  // A sheet filled from a user's framework, and the "Khung tiêu chí" sheets its framework is read from (issue 12).
  if (isFrameworkSheet(head)) return true;
  const marker = readMarker(head.values);
  if (marker && isUserTemplateId(marker.templateId)) return true;
  const def = marker ? getTemplate(marker.templateId) : undefined;
  return def !== undefined && rankableFramework(def) !== null;
}

/**
 * A sheet's template: built in, or a user's own resolved from the framework sheets of the same workbook — read and
 * validated once per workbook and framework, however many units were filled from it.
 */
function templateResolver(sheets: readonly UnitSheet[]): (templateId: string, file: string) => Result<TemplateDef> | null {
  const resolved = new Map<string, Result<TemplateDef>>();
  return (templateId, file) => {
    const def = getTemplate(templateId);
    if (def) return ok(def);
    if (!isUserTemplateId(templateId)) return null;
    const key = JSON.stringify([file, templateId]);
    let r = resolved.get(key);
    if (!r) {
      const tables = sheets.filter((u) => u.file === file && isFrameworkSheet({ name: u.snapshot.name, values: u.snapshot.values })).map((u) => snapshotTable(u.snapshot));
      resolved.set(key, (r = resolveUserTemplate(templateId, tables)));
    }
    return r;
  };
}

/** A sheet to rank: its workbook's name ('' for the open workbook) and its whole used range. */
export interface UnitSheet {
  readonly file: string;
  readonly snapshot: SheetSnapshot;
}

export interface SheetsRead {
  readonly found: readonly FoundUnit[];
  readonly skipped: readonly { readonly where: string; readonly reason: Msg }[];
}

/** Each rankable sheet as a unit; a sheet that cannot be placed or holds no score is skipped with its reason. */
export function unitsOfSheets(sheets: readonly UnitSheet[]): SheetsRead {
  const found: FoundUnit[] = [];
  const skipped: { where: string; reason: Msg }[] = [];
  const templateOf = templateResolver(sheets);
  for (const { file, snapshot } of sheets) {
    const marker = readMarker(snapshot.values);
    const resolved = marker ? templateOf(marker.templateId, file) : null;
    if (resolved && !resolved.ok) {
      skipped.push({ where: whereOf(file, snapshot.name), reason: resolved.error.message });
      continue;
    }
    const def = resolved?.value;
    const fw = def ? rankableFramework(def) : null;
    if (!def || !fw) continue;
    const aligned = alignToPlan(layoutPlan(def), snapshot);
    if (!aligned.ok) {
      skipped.push({ where: whereOf(file, snapshot.name), reason: aligned.error.message });
      continue;
    }
    const entry = unitEntryOf(fw, aligned.value.snapshot, file);
    if (entry.ok) found.push({ fw, entry: entry.value });
    else skipped.push({ where: whereOf(file, snapshot.name), reason: entry.error.message });
  }
  return { found, skipped };
}

export interface RankOutcome {
  /** The ranking sheet written. */
  readonly sheet: string;
  readonly fw: Framework;
  readonly ranking: Ranking<UnitEntry>;
  /** Sheets and units left out, with why (listed in the pane: nothing is left out silently). */
  readonly skipped: readonly { readonly where: string; readonly reason: Msg }[];
  /** Minutes sheets written (biên bản thẩm định), one per appraised unit, when asked. */
  readonly minutes: readonly string[];
}

export interface RankOptions {
  readonly details?: RankingDetails;
  /** Sheets of other workbooks the user picked, already read. */
  readonly extra?: readonly UnitSheet[];
  /** Also write a biên bản thẩm định for every unit the council appraised. */
  readonly minutes?: boolean;
}

export async function buildRanking(host: WorkbookHost, options: RankOptions = {}): Promise<Result<RankOutcome>> {
  const wb = await host.read({ head: HEAD, width: templateWidth(), all: true, allIf: isRankableHead });
  const own = unitsOfSheets((wb.all ?? []).map((snapshot) => ({ file: '', snapshot })));
  const picked = unitsOfSheets(options.extra ?? []);
  const { fw, units, skipped } = consolidate([...own.found, ...picked.found]);
  const allSkipped = [...own.skipped, ...picked.skipped, ...skipped];
  if (!fw || units.length === 0) {
    return fail(
      'na',
      msg(
        'Không có trang chấm điểm theo bộ tiêu chí nào để tổng hợp: điền mẫu (ví dụ Phụ lục II của xã) cho từng đơn vị, hoặc chọn sổ của các đơn vị.',
        'No framework sheet to consolidate: fill a template (e.g. the commune framework) for each unit, or pick the units’ workbooks.',
      ),
    );
  }
  const ranking = rankUnits(units);
  const plan = planRanking(fw, ranking, options.details ?? {});
  const names = wb.sheets.map((s) => s.name);
  const sheet = uniqueSheetName(plan.sheetName, names);
  names.push(sheet);
  const ops: WriteOp[] = [
    { kind: 'addSheet', sheet },
    { kind: 'applyPlan', sheet, plan },
  ];
  const minutes: string[] = [];
  if (options.minutes) {
    for (const row of ranking.rows) {
      if (!row.entry.appraisalStarted) continue;
      const m = planMinutes(fw, row.entry, options.details ?? {});
      const name = uniqueSheetName(m.sheetName, names);
      names.push(name);
      minutes.push(name);
      ops.push({ kind: 'addSheet', sheet: name }, { kind: 'applyPlan', sheet: name, plan: m });
    }
  }
  ops.push({ kind: 'select', sheet, cell: 'A1' });
  await host.write(ops);
  return ok({ sheet, fw, ranking, skipped: allSkipped, minutes });
}
