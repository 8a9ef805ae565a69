/**
 * The browser's stand-in for src/cli/xlsxFile.ts when the preview loads the CLI's ExcelJS host (webpack.config.mjs
 * swaps it in for the preview only): the host needs InputError from it, and the rest of that file is Node's (files,
 * zip checks with node:zlib). The same class, so a message reaches the page as it reaches the command line.
 */
import type { Msg } from '../../scoring';

export class InputError extends Error {
  constructor(readonly text: Msg) {
    super(text.en);
  }
}
