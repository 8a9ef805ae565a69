/**
 * `chamdiem framework check <file.xlsx> [--json]` and `chamdiem framework export <id> -o <file.xlsx>` (issue 12): a
 * framework sheet ("Khung tiêu chí") validated cell by cell, and any built-in framework written as one.
 *
 * check: exit 0 valid, 1 findings (JSON: an array of { cell, message }), 2 unreadable. export: 0, 2 for a wrong id.
 */
import ExcelJS from 'exceljs';
import { FRAMEWORKS, getFramework, msg, type Framework, type Msg } from '../../scoring';
import { HEAD } from '../../sheet/plans/builder';
import { FRAMEWORK_SHEET_NAME, isFrameworkSheet, planFrameworkSheet, readUserFramework, type FrameworkReading } from '../../sheet/userFramework';
import type { ParsedArgs } from '../args';
import type { Context } from '../context';
import { ExcelJsHost, newWorkbook } from '../excelHost';
import { InputError, loadWorkbook, workbookBytes, writeFileAtomic } from '../xlsxFile';
import { TEMPLATE_DATE } from './template';

export const FRAMEWORK_CLI = {
  needSub: () =>
    msg('Dùng: chamdiem framework check <tệp.xlsx> [--json] | framework export <mã> -o <tệp.xlsx>.', 'Use: chamdiem framework check <file.xlsx> [--json] | framework export <id> -o <file.xlsx>.'),
  unknownFramework: (id: string) =>
    msg(`Không có khung "${id}". Các mã: ${FRAMEWORKS.map((f) => f.id).join(', ')}.`, `No framework "${id}". Known ids: ${FRAMEWORKS.map((f) => f.id).join(', ')}.`),
  noSheet: () =>
    msg(
      'Không tìm thấy trang khung tiêu chí (ô "Mã khung" ở cột A). Tạo một trang bằng chamdiem framework export <mã> -o khung.xlsx.',
      'No framework sheet (a "Mã khung" cell in column A). Make one with chamdiem framework export <id> -o khung.xlsx.',
    ),
  valid: (sheet: string, id: string, n: number) => msg(`Trang "${sheet}": khung ${id} hợp lệ, ${n} tiêu chí.`, `Sheet "${sheet}": framework ${id} is valid, ${n} criteria.`),
  findings: (sheet: string, n: number) => msg(`Trang "${sheet}": ${n} lỗi, chưa dùng được khung.`, `Sheet "${sheet}": ${n} errors; the framework cannot be used yet.`),
  exported: (id: string, file: string) => msg(`Đã ghi khung ${id} vào ${file}.`, `Framework ${id} written to ${file}.`),
  invalid: (file: string, n: number) =>
    msg(`Khung trong ${file} có ${n} lỗi: chạy chamdiem framework check ${file} để xem từng ô.`, `The framework in ${file} has ${n} errors: run chamdiem framework check ${file} to see each cell.`),
} as const;

/** Every framework sheet of a workbook file, read and validated; merged cells reported (ExcelJS knows them). */
export async function readFrameworkFile(ctx: Context, file: string): Promise<FrameworkReading[]> {
  const { workbook } = await loadWorkbook(ctx.resolve(file), file, { valuesOnly: true });
  const host = new ExcelJsHost(workbook, file);
  const head = await host.read({ head: HEAD });
  const sheets = head.sheets.filter(isFrameworkSheet);
  return sheets.map((h) => {
    const ws = workbook.getWorksheet(h.name);
    const merges = ((ws?.model as { merges?: string[] } | undefined)?.merges ?? []).filter((m) => typeof m === 'string');
    return readUserFramework({ name: h.name, values: host.snapshot(h.name).values, merges });
  });
}

/** The one valid framework of a file, for `template --framework` and `score --framework`; anything else is exit 2. */
export async function frameworkFromFile(ctx: Context, file: string): Promise<{ framework: Framework; reading: FrameworkReading }> {
  const readings = await readFrameworkFile(ctx, file);
  if (readings.length === 0) throw new InputError(FRAMEWORK_CLI.noSheet());
  const valid = readings.find((r) => r.framework !== null);
  if (!valid) throw new InputError(FRAMEWORK_CLI.invalid(file, readings[0]!.findings.length));
  return { framework: valid.framework!, reading: valid };
}

/** A new workbook holding a framework sheet. */
export async function frameworkWorkbook(fw: Framework, version?: string): Promise<ExcelJS.Workbook> {
  const workbook = newWorkbook(TEMPLATE_DATE, false);
  await new ExcelJsHost(workbook).write([
    { kind: 'addSheet', sheet: FRAMEWORK_SHEET_NAME },
    { kind: 'applyPlan', sheet: FRAMEWORK_SHEET_NAME, plan: planFrameworkSheet(fw, version) },
  ]);
  return workbook;
}

export async function frameworkCommand(ctx: Context, args: ParsedArgs): Promise<number> {
  const [sub, ...rest] = args.positionals;
  if (sub === 'export') {
    const id = rest[0];
    if (!id || rest.length > 1) throw new InputError(FRAMEWORK_CLI.needSub());
    const fw = getFramework(id);
    if (!fw) throw new InputError(FRAMEWORK_CLI.unknownFramework(id));
    const output = args.values.output;
    if (!output) throw new InputError(msg('Cần -o <tệp.xlsx> để ghi khung.', 'Needs -o <file.xlsx> to write the framework.'));
    await writeFileAtomic(ctx.resolve(output), await workbookBytes(await frameworkWorkbook(fw)), [], output);
    if (ctx.json) ctx.printJson({ framework: fw.id, file: output });
    else ctx.say(FRAMEWORK_CLI.exported(fw.id, output));
    return 0;
  }
  if (sub !== 'check' || rest.length !== 1) throw new InputError(FRAMEWORK_CLI.needSub());
  const file = rest[0]!;
  const readings = await readFrameworkFile(ctx, file);
  const several = readings.length > 1;
  const where = (r: FrameworkReading, cell: string) => (several ? `'${r.sheet.replace(/'/g, "''")}'!${cell}` : cell);
  const findings: { cell: string; message: string }[] =
    readings.length === 0 ? [{ cell: 'A1', message: ctx.t(FRAMEWORK_CLI.noSheet()) }] : readings.flatMap((r) => r.findings.map((f) => ({ cell: where(r, f.cell), message: ctx.t(f.message) })));
  if (ctx.json) ctx.printJson(findings);
  else if (readings.length === 0) ctx.say(FRAMEWORK_CLI.noSheet());
  else {
    for (const r of readings) {
      if (r.framework) ctx.say(FRAMEWORK_CLI.valid(r.sheet, r.framework.id, countNodes(r.framework)));
      else {
        ctx.say(FRAMEWORK_CLI.findings(r.sheet, r.findings.length));
        for (const f of r.findings) ctx.say(`  ${f.cell.padEnd(5)} ${ctx.t(f.message as Msg)}`);
      }
    }
  }
  return findings.length > 0 ? 1 : 0;
}

const countNodes = (fw: Framework): number => {
  let n = 0;
  const visit = (nodes: Framework['criteria']) => nodes.forEach((c) => ((n += 1), visit(c.children ?? [])));
  visit(fw.criteria);
  return n;
};
