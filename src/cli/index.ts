/**
 * Entry of the CLI bundle (dist-cli/chamdiem.cjs, built by webpack.cli.config.mjs, run by bin/chamdiem.mjs).
 * Exports `main` for scripts; runs it when executed directly. Anything escaping `main` still ends in one line, exit 2.
 */
import { main, processIo } from './main';

export { main, processIo };
export { templateWorkbook, TEMPLATE_DATE } from './commands/template';
export { getTemplate, TEMPLATES } from '../sheet/templates';

const lastWords = (e: unknown) => {
  process.stderr.write(`Lỗi không mong đợi / Unexpected error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  process.exit(2);
};

export function run(argv: readonly string[] = process.argv.slice(2)): void {
  process.on('uncaughtException', lastWords);
  process.on('unhandledRejection', lastWords);
  main(argv, processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    lastWords,
  );
}
