/**
 * The `chamdiem` command: the task pane's plans, checks and scores on .xlsx files (STYLE: src/cli/ the same plans on
 * .xlsx files through ExcelJS). `main` returns the exit code instead of exiting, so tests run it in-process.
 *
 * Exit codes: 0 done, nothing wrong; 1 done, findings (check: errors; score: stored results that disagree or answers
 * in error; summary: files skipped); 2 the input could not be read or the command line is wrong — always one line on
 * stderr, never a stack trace (CHAMDIEM_DEBUG=1 adds it for developers).
 */
import type { Lang } from '../scoring';
import { parseArgs, type OptionSpec } from './args';
import { checkCommand } from './commands/check';
import { frameworkCommand } from './commands/framework';
import { rankCommand } from './commands/rank';
import { scoreCommand } from './commands/score';
import { summaryCommand } from './commands/summary';
import { templateCommand } from './commands/template';
import { yearCommand } from './commands/year';
import { Context, type CliIo } from './context';
import { CLI } from './messages';
import { InputError } from './xlsxFile';

export type { CliIo };

const COMMON: Record<string, OptionSpec> = {
  lang: { value: true },
  json: { value: false },
  help: { value: false, alias: 'h' },
};

const COMMANDS: Record<string, { options: Record<string, OptionSpec>; run: (ctx: Context, args: ReturnType<typeof parseArgs>) => Promise<number> }> = {
  template: {
    options: {
      output: { value: true, alias: 'o' },
      list: { value: false },
      all: { value: false },
      name: { value: true },
      post: { value: true },
      unit: { value: true },
      month: { value: true },
      year: { value: true },
      framework: { value: true },
    },
    run: templateCommand,
  },
  framework: { options: { output: { value: true, alias: 'o' } }, run: frameworkCommand },
  check: { options: { now: { value: true } }, run: checkCommand },
  score: { options: { output: { value: true, alias: 'o' }, template: { value: true }, input: { value: true }, framework: { value: true } }, run: scoreCommand },
  summary: {
    options: {
      output: { value: true, alias: 'o' },
      cap: { value: true },
      month: { value: true },
      year: { value: true },
      unit: { value: true },
      notice: { value: false },
    },
    run: summaryCommand,
  },
  year: { options: { output: { value: true, alias: 'o' }, method: { value: true }, year: { value: true } }, run: yearCommand },
  rank: { options: { output: { value: true, alias: 'o' }, unit: { value: true }, year: { value: true }, minutes: { value: false } }, run: rankCommand },
};

/** `--lang` anywhere on the line, read before anything else so that even a usage error speaks the chosen language. */
function langOf(argv: readonly string[]): Lang | string {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return argv[i + 1] ?? 'vi';
    if (a.startsWith('--lang=')) return a.slice(7);
  }
  return 'vi';
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const wanted = langOf(argv).trim().toLowerCase();
  const lang: Lang = wanted === 'en' ? 'en' : 'vi';
  let ctx = new Context(io, lang, argv.includes('--json'));
  try {
    if (wanted !== 'vi' && wanted !== 'en') throw new InputError(CLI.badLang(wanted));
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      ctx.say(CLI.usage());
      return name === undefined ? 2 : 0;
    }
    const command = COMMANDS[name];
    if (!command) throw new InputError(CLI.unknownCommand(name));
    const args = parseArgs(rest, { ...COMMON, ...command.options });
    if (args.flags.has('help')) {
      ctx.say(CLI.usage());
      return 0;
    }
    ctx = new Context(io, lang, args.flags.has('json'));
    return await command.run(ctx, args);
  } catch (e) {
    if (e instanceof InputError) {
      ctx.warn(e.text);
      return 2;
    }
    const why = e instanceof Error ? e.message : String(e);
    io.stderr(`${ctx.t(CLI.unexpected(why.split('\n')[0] ?? why))}\n`);
    if (process.env.CHAMDIEM_DEBUG) io.stderr(`${e instanceof Error ? e.stack : ''}\n`);
    return 2;
  }
}

/** The process's own streams. */
export const processIo = (): CliIo => {
  // `chamdiem … | head`: once the reader has gone (EPIPE), the rest of stdout is dropped and the command ends as it
  // would have, quietly; an -o file is still written whole.
  let closed = false;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  return {
    stdout: (s) => {
      if (!closed) process.stdout.write(s);
    },
    stderr: (s) => process.stderr.write(s),
    stderrIsTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  };
};
