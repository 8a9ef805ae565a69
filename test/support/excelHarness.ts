/**
 * The custom functions as Excel calls them (issue 9): the BUILT functions.js (webpack production, as shipped) loaded in
 * a sandbox with the CustomFunctions runtime's shape, each function called with its arguments shaped from the built
 * functions.json, the way Excel shapes them:
 * - a `repeating` parameter receives ONE array holding every repeated argument (Microsoft: `ADD(operands: number[][][])`);
 * - a `matrix` parameter receives a 2-D array, a single value as [[value]];
 * - an omitted optional parameter receives null;
 * - a blank cell is 0 on Excel desktop and null on Excel on the web for a one-cell parameter, and 0 inside a range in
 *   both (OfficeDev/office-js#4702, #1951, #5262);
 * - an error in an argument: without `allowErrorForDataTypeAny` in functions.json (Microsoft: "The default value is
 *   false") Excel returns the error without calling the function; with it, the function receives an error object.
 * Calibrated against Microsoft's documentation only: there is no Excel on this machine.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';
import { CustomFunctionsError, ErrorCode } from './customFunctions';

export const ROOT = path.resolve(__dirname, '../..');
export type Profile = 'desktop' | 'web';
export const PROFILES: readonly Profile[] = ['desktop', 'web'];

/** A blank cell. */
export const BLANK = Symbol('blank');
/** An argument left out (`=F(a;;c)` or fewer arguments). */
export const OMITTED = Symbol('omitted');
/** An Excel error value in a cell. */
export interface ExcelError {
  readonly error: string;
}
export type Cell = number | string | boolean | typeof BLANK | ExcelError;
/** What a formula gives a parameter: one cell's content, or a range (rows of cells), or nothing. */
export type Arg = Cell | readonly (readonly Cell[])[] | typeof OMITTED;

export interface ParamMeta {
  readonly name: string;
  readonly dimensionality?: 'scalar' | 'matrix';
  readonly optional?: boolean;
  readonly repeating?: boolean;
}
export interface FunctionMeta {
  readonly id: string;
  readonly parameters: readonly ParamMeta[];
}
/** What a cell shows: a value, or an error with its message. */
export type Shown = number | string | boolean | { readonly error: string; readonly message?: string };

export const isExcelError = (x: unknown): x is ExcelError => typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as ExcelError).error === 'string';

export interface Harness {
  readonly folder: string;
  readonly functions: readonly FunctionMeta[];
  readonly allowErrors: boolean;
  /** Calls a function as Excel would in `profile`. `errorsReachFunction` stands for `allowErrorForDataTypeAny: true`. */
  call(id: string, args: readonly Arg[], profile: Profile, options?: { errorsReachFunction?: boolean }): Shown;
  /** Calls the registered function with these JavaScript arguments as they are (what a fuzzer, not Excel, passes). */
  callRaw(id: string, ...args: unknown[]): Shown;
  /** The raw arguments Excel would pass (for tests of the shaping itself). */
  shape(id: string, args: readonly Arg[], profile: Profile, errorsReachFunction?: boolean): unknown[];
  close(): void;
}

/** Builds functions.js and functions.json into a new temporary folder (test/support/build-addin.mjs). */
export async function buildFunctions(cacheName: string): Promise<string> {
  const out = mkdtempSync(path.join(tmpdir(), 'chamdiem-functions-'));
  try {
    await promisify(execFile)(process.execPath, [path.join(ROOT, 'test/support/build-addin.mjs'), out, 'functions', cacheName], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return out;
  } catch (e) {
    rmSync(out, { recursive: true, force: true });
    throw e;
  }
}

function shown(v: unknown): Shown {
  if (v instanceof CustomFunctionsError) return v.message === undefined ? { error: v.code } : { error: v.code, message: v.message };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  throw new Error(`a custom function returned ${Object.prototype.toString.call(v)}: Excel shows #VALUE! for that`);
}

/** `cacheName`: the webpack cache of this test file (files run at the same time); `folder`: an existing build. */
export async function loadHarness(cacheName: string, folder?: string): Promise<Harness> {
  const dir = folder ?? (await buildFunctions(cacheName));
  const meta = JSON.parse(readFileSync(path.join(dir, 'functions.json'), 'utf8')) as { allowErrorForDataTypeAny?: boolean; functions: FunctionMeta[] };
  const registered = new Map<string, (...a: unknown[]) => unknown>();
  runInNewContext(readFileSync(path.join(dir, 'functions.js'), 'utf8'), {
    CustomFunctions: { Error: CustomFunctionsError, ErrorCode, associate: (id: string, fn: (...a: unknown[]) => unknown) => registered.set(id, fn) },
  });
  const byId = new Map(meta.functions.map((f) => [f.id, f]));

  const cellValue = (c: Cell, profile: Profile, inRange: boolean): unknown => {
    if (c === BLANK) return inRange || profile === 'desktop' ? 0 : null;
    if (isExcelError(c)) return new CustomFunctionsError(c.error);
    return c;
  };
  const shapeOne = (p: ParamMeta, a: Arg, profile: Profile): unknown => {
    if (a === OMITTED) return null;
    if (p.dimensionality === 'matrix') {
      const rows = Array.isArray(a) ? (a as readonly (readonly Cell[])[]) : [[a as Cell]];
      return rows.map((row) => row.map((c) => cellValue(c, profile, true)));
    }
    if (Array.isArray(a)) {
      const rows = a as readonly (readonly Cell[])[];
      if (rows.length === 1 && rows[0]!.length === 1) return cellValue(rows[0]![0]!, profile, false);
      throw new Error(`${p.name}: a range given to a one-cell parameter (Excel would call the function once per cell and spill)`);
    }
    return cellValue(a as Cell, profile, false);
  };
  const firstError = (args: readonly Arg[]): ExcelError | null => {
    for (const a of args) {
      if (a === OMITTED) continue;
      const cells = Array.isArray(a) ? (a as readonly (readonly Cell[])[]).flat() : [a as Cell];
      const e = cells.find(isExcelError);
      if (e) return e;
    }
    return null;
  };

  const shape = (id: string, args: readonly Arg[], profile: Profile, errorsReachFunction = false): unknown[] => {
    const f = byId.get(id);
    if (!f) throw new Error(`no function ${id} in functions.json`);
    const params = f.parameters;
    const last = params[params.length - 1];
    const fixed = last?.repeating ? params.length - 1 : params.length;
    if (args.length > fixed && !last?.repeating) throw new Error(`${id}: ${args.length} arguments, at most ${params.length}`);
    const required = params.filter((p) => !p.optional && !p.repeating).length;
    if (args.length < required) throw new Error(`${id}: ${args.length} arguments, at least ${required} (Excel refuses the formula)`);
    void errorsReachFunction;
    const out: unknown[] = params.slice(0, fixed).map((p, i) => shapeOne(p, i < args.length ? args[i]! : OMITTED, profile));
    if (last?.repeating) out.push(args.slice(fixed).filter((a) => a !== OMITTED).map((a) => shapeOne(last, a, profile)));
    return out;
  };

  return {
    folder: dir,
    functions: meta.functions,
    allowErrors: meta.allowErrorForDataTypeAny === true,
    shape,
    callRaw(id, ...args) {
      const fn = registered.get(id);
      if (!fn) throw new Error(`${id} is not registered by functions.js`);
      return shown(fn(...args));
    },
    call(id, args, profile, options = {}) {
      const reach = options.errorsReachFunction ?? meta.allowErrorForDataTypeAny === true;
      if (!reach) {
        const e = firstError(args);
        if (e) return { error: e.error };
      }
      const fn = registered.get(id);
      if (!fn) throw new Error(`${id} is not registered by functions.js`);
      return shown(fn(...shape(id, args, profile, reach)));
    },
    close() {
      if (!folder) rmSync(dir, { recursive: true, force: true });
    },
  };
}
