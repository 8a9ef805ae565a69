/** `chamdiem template <id> -o <file.xlsx>`, `--list`, `--all -o <folder>`: the task pane's sheet plans as files. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Details } from '../../sheet/types';
import { fillTemplate } from '../../sheet/operations';
import { getTemplate, TEMPLATES } from '../../sheet/templates';
import type { ParsedArgs } from '../args';
import type { Context } from '../context';
import { ExcelJsHost, newWorkbook } from '../excelHost';
import { CLI } from '../messages';
import { userTemplate } from '../../sheet/userTemplate';
import { checkOutput, InputError, workbookBytes, writeFileAtomic } from '../xlsxFile';
import { frameworkFromFile, frameworkWorkbook } from './framework';

/** Templates in templates/ carry this date, so that regenerating them changes nothing but what the plans changed. */
export const TEMPLATE_DATE = new Date(Date.UTC(2024, 0, 1));

/** A new workbook holding one template sheet, written by the same operation as the task pane's gallery. */
export async function templateWorkbook(id: string, details: Details, date: Date = new Date()): Promise<ExcelJS.Workbook> {
  const workbook = newWorkbook(date);
  const r = await fillTemplate(new ExcelJsHost(workbook), id, details);
  if (!r.ok) throw new InputError(r.error.message);
  return workbook;
}

const int = (name: string, v: string | undefined): number | undefined => {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n)) throw new InputError(CLI.badNumber(`--${name}`, v));
  return n;
};

export function detailsFrom(args: ParsedArgs): Details {
  const month = int('month', args.values.month);
  const year = int('year', args.values.year);
  return {
    ...(args.values.name ? { name: args.values.name } : {}),
    ...(args.values.post ? { post: args.values.post } : {}),
    ...(args.values.unit ? { unit: args.values.unit } : {}),
    ...(month !== undefined ? { month } : {}),
    ...(year !== undefined ? { year } : {}),
  };
}

/**
 * `template --framework <file.xlsx> -o <out.xlsx>` (issue 12): the same sheet plan as a built-in, from the file's framework
 * sheet; the framework sheet is copied in, so that check, score and summary need nothing else.
 */
async function templateFromFramework(ctx: Context, args: ParsedArgs, file: string): Promise<number> {
  const output = args.values.output;
  if (!output) throw new InputError(CLI.needOutput());
  if (args.positionals.length > 0) throw new InputError(CLI.oneFile('template'));
  // Refused before any work: an output naming the input.
  await checkOutput(ctx.resolve(output), [ctx.resolve(file)], output);
  const { framework, reading } = await frameworkFromFile(ctx, file);
  const workbook = await frameworkWorkbook(framework, reading.version);
  workbook.created = new Date();
  workbook.modified = workbook.created;
  workbook.calcProperties.fullCalcOnLoad = true;
  const def = userTemplate(framework, reading.record!);
  const r = await fillTemplate(new ExcelJsHost(workbook), def, detailsFrom(args));
  if (!r.ok) throw new InputError(r.error.message);
  await writeFileAtomic(ctx.resolve(output), await workbookBytes(workbook), [ctx.resolve(file)], output);
  if (ctx.json) ctx.printJson({ template: def.id, framework: framework.id, version: reading.version, hash: reading.record!.hash, file: output });
  else ctx.say(CLI.templateWritten(framework.title, output));
  return 0;
}

export async function templateCommand(ctx: Context, args: ParsedArgs): Promise<number> {
  if (args.values.framework !== undefined) return templateFromFramework(ctx, args, args.values.framework);
  if (args.flags.has('list')) {
    if (ctx.json) {
      ctx.printJson(TEMPLATES.map((t) => ({ id: t.id, title: ctx.t(t.title), description: ctx.t(t.description), asks: t.asks })));
    } else {
      const width = Math.max(...TEMPLATES.map((t) => t.id.length));
      for (const t of TEMPLATES) ctx.say(`${t.id.padEnd(width)}  ${ctx.t(t.title)}`);
    }
    return 0;
  }
  const output = args.values.output;
  if (args.flags.has('all')) {
    if (!output) throw new InputError(CLI.needOutput());
    const dir = ctx.resolve(output);
    await fs.mkdir(dir, { recursive: true });
    for (const t of TEMPLATES) {
      const workbook = await templateWorkbook(t.id, {}, TEMPLATE_DATE);
      await writeFileAtomic(path.join(dir, `${t.id}.xlsx`), await workbookBytes(workbook), [], path.join(output, `${t.id}.xlsx`));
    }
    if (!ctx.json) ctx.say(CLI.templatesWritten(TEMPLATES.length, output));
    else ctx.printJson(TEMPLATES.map((t) => ({ id: t.id, file: path.join(output, `${t.id}.xlsx`) })));
    return 0;
  }
  const id = args.positionals[0];
  if (!id) throw new InputError(CLI.needTemplateId());
  if (args.positionals.length > 1) throw new InputError(CLI.oneFile('template'));
  if (!getTemplate(id)) throw new InputError(CLI.unknownTemplate(id, TEMPLATES.map((t) => t.id)));
  if (!output) throw new InputError(CLI.needOutput());
  const workbook = await templateWorkbook(id, detailsFrom(args));
  await writeFileAtomic(ctx.resolve(output), await workbookBytes(workbook), [], output);
  if (ctx.json) ctx.printJson({ template: getTemplate(id)!.id, file: output });
  else ctx.say(CLI.templateWritten(getTemplate(id)!.title, output));
  return 0;
}
