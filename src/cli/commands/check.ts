/** `chamdiem check <file.xlsx> [--json] [--now <date>]`: the task pane's check on every template sheet of a file. */
import { checkSheet, templateTitle } from '../../sheet/operations';
import type { SheetIssue } from '../../sheet/types';
import type { ParsedArgs } from '../args';
import { openInput, type Context } from '../context';
import { CLI } from '../messages';
import { InputError } from '../xlsxFile';

/** One issue in `check --json`: the SheetIssue with its message in the chosen language. */
export interface IssueJson {
  readonly code: string;
  readonly severity: SheetIssue['severity'];
  readonly sheet: string;
  readonly cell: string;
  readonly criterion: string;
  readonly message: string;
}

export function parseNow(raw: string | undefined): Date {
  if (raw === undefined) return new Date();
  const t = Date.parse(raw);
  if (Number.isNaN(t)) throw new InputError(CLI.badDate(raw));
  return new Date(t);
}

const SEVERITY = { error: { vi: 'lỗi', en: 'error' }, warning: { vi: 'cảnh báo', en: 'warning' }, info: { vi: 'ghi chú', en: 'note' } } as const;

export async function checkCommand(ctx: Context, args: ParsedArgs): Promise<number> {
  const file = args.positionals[0];
  if (!file) throw new InputError(CLI.needFile('check'));
  if (args.positionals.length > 1) throw new InputError(CLI.oneFile('check'));
  const now = parseNow(args.values.now);
  const input = await openInput(ctx, file);
  const all: IssueJson[] = [];
  const bySheet: { sheet: string; template: string; issues: IssueJson[] }[] = [];
  for (const sheet of input.sheets) {
    const r = await checkSheet(input.host, { sheet: sheet.name, now });
    if (!r.ok) throw new InputError(CLI.inFile(file, r.error.message));
    const issues = r.value.value.map((i) => ({ code: i.code, severity: i.severity, sheet: i.sheet, cell: i.cell, criterion: i.criterion, message: ctx.t(i.message) }));
    all.push(...issues);
    bySheet.push({ sheet: r.value.sheet, template: r.value.templateId, issues });
  }
  const errors = all.filter((i) => i.severity === 'error').length;
  if (ctx.json) ctx.printJson(all);
  else {
    for (const s of bySheet) {
      ctx.say(CLI.checkHeader(s.sheet, input.sheets.find((x) => x.def.id === s.template)?.def.title ?? templateTitle(s.template)));
      if (s.issues.length === 0) ctx.say(CLI.noIssues());
      for (const i of s.issues) {
        ctx.say(`  ${i.code.padEnd(3)} ${ctx.t(SEVERITY[i.severity]).padEnd(9)} ${i.cell.padEnd(5)} ${i.criterion ? `[${i.criterion}] ` : ''}${i.message}`);
      }
    }
    ctx.say(CLI.issueCounts(errors, all.filter((i) => i.severity === 'warning').length));
  }
  return errors > 0 ? 1 : 0;
}
