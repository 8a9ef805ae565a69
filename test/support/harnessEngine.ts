/**
 * HyperFormula computing a sheet's native formulas (IF, COUNTA, SUM…) while every custom function is answered either
 * by the core as the CLI and the preview call it ('core': src/cli/hyperformulaPlugin's CUSTOM_FUNCTIONS, blanks as
 * null) or by the BUILT functions.js called as Excel calls it ('desktop' / 'web': test/support/excelHarness.ts).
 * One plugin, switched per evaluation: HyperFormula's function registry is global.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { bilingual } from '../../src/scoring';
import type { RawValue } from '../../src/scoring/params';
import { CUSTOM_FUNCTIONS, engineContent, HF_CONFIG } from '../../src/cli/hyperformulaPlugin';
import type { SheetSnapshot } from '../../src/sheet/types';
import { BLANK, OMITTED, type Arg, type Cell, type Harness, type Profile, type Shown } from './excelHarness';

export type Mode = 'core' | Profile;
let current: { mode: Mode; harness: Harness | null } = { mode: 'core', harness: null };

const TO_TYPE: Readonly<Record<string, ErrorType>> = {
  '#VALUE!': ErrorType.VALUE,
  '#N/A': ErrorType.NA,
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#NUM!': ErrorType.NUM,
  '#REF!': ErrorType.REF,
  '#NAME?': ErrorType.NAME,
};
const CORE_TYPES = { value: ErrorType.VALUE, na: ErrorType.NA, num: ErrorType.NUM, div0: ErrorType.DIV_BY_ZERO } as const;

const typed = (v: unknown): unknown => (typeof v === 'object' && v !== null && 'val' in v ? (v as { val: unknown }).val : v);

function excelCell(v: unknown): Cell {
  if (v === EmptyValue || v === null || v === undefined) return BLANK;
  if (v instanceof CellError) return { error: `#${v.type === ErrorType.DIV_BY_ZERO ? 'DIV/0!' : v.type === ErrorType.NA ? 'N/A' : v.type === ErrorType.NAME ? 'NAME?' : `${v.type}!`}` };
  const x = typed(v);
  return typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean' ? x : String(x);
}

function excelArg(v: unknown): Arg {
  if (v === undefined) return OMITTED;
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(excelCell));
  return excelCell(v);
}

function coreArg(v: unknown): RawValue | RawValue[][] | CellError {
  const one = (x: unknown): RawValue | CellError => {
    if (x === EmptyValue || x === null) return null;
    if (x === undefined) return undefined;
    if (x instanceof CellError) return x;
    const t = typed(x);
    return typeof t === 'number' || typeof t === 'string' || typeof t === 'boolean' ? t : String(t);
  };
  if (v instanceof SimpleRangeValue) {
    const rows: RawValue[][] = [];
    for (const row of v.data) {
      const out: RawValue[] = [];
      for (const x of row) {
        const r = one(x);
        if (r instanceof CellError) return r;
        out.push(r);
      }
      rows.push(out);
    }
    return rows;
  }
  return one(v);
}

const toEngine = (s: Shown): unknown =>
  typeof s === 'object' ? new CellError(TO_TYPE[s.error] ?? ErrorType.ERROR, s.message) : s;

const methodName = (name: string) => `harness_${name.replace(/\./g, '_')}`;

class HarnessPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    CUSTOM_FUNCTIONS.map((f) => [
      f.name,
      {
        method: methodName(f.name),
        parameters: Array.from({ length: f.params }, (_, i) => ({ argumentType: FunctionArgumentType.ANY, ...(i >= f.params - f.optional ? { optionalArg: true } : {}) })),
        ...(f.repeatLast ? { repeatLastArgs: 1 } : {}),
        vectorizationForbidden: true,
      },
    ]),
  );
}

for (const f of CUSTOM_FUNCTIONS) {
  Object.defineProperty(HarnessPlugin.prototype, methodName(f.name), {
    value(this: HarnessPlugin & { runFunction: (...x: unknown[]) => unknown; metadata: (n: string) => unknown }, ast: { args: unknown[] }, state: unknown) {
      return this.runFunction(ast.args, state, this.metadata(f.name), (...values: unknown[]) => {
        if (current.mode !== 'core') {
          const args = values.map(excelArg);
          while (args.length > 0 && args[args.length - 1] === OMITTED) args.pop();
          return toEngine(current.harness!.call(f.name, args, current.mode));
        }
        const args: (RawValue | RawValue[][])[] = [];
        for (const v of values) {
          const a = coreArg(v);
          if (a instanceof CellError) return a;
          args.push(a);
        }
        let r;
        try {
          r = f.run(args);
        } catch {
          return new CellError(ErrorType.VALUE, 'Cần một ô, nhận một vùng / Expected one cell, got a range');
        }
        return r.ok ? r.value : new CellError(CORE_TYPES[r.error.code], r.error.code === 'value' || r.error.code === 'na' ? bilingual(r.error.message) : undefined);
      });
    },
  });
}

let registered = false;
function register(): void {
  if (registered) return;
  const names = Object.fromEntries(CUSTOM_FUNCTIONS.map((f) => [f.name, f.name]));
  HyperFormula.registerFunctionPlugin(HarnessPlugin, { enGB: names, enUS: names });
  registered = true;
}

/** Every cell's value (errors as { error, message }, blanks as null) with the custom functions answered as `mode` says. */
export function evaluate(snapshot: SheetSnapshot, mode: Mode, harness: Harness): (Shown | null)[][] {
  register();
  current = { mode, harness };
  const name = snapshot.name || 'Sheet1';
  const hf = HyperFormula.buildFromSheets({ [name]: engineContent(snapshot) }, HF_CONFIG);
  try {
    return hf.getSheetValues(hf.getSheetId(name)!).map((row) =>
      row.map((v): Shown | null => {
        if (v === null || v === undefined) return null;
        if (typeof v === 'object') {
          const e = v as { value: string; message?: string };
          return e.message ? { error: e.value, message: e.message } : { error: e.value };
        }
        return v;
      }),
    );
  } finally {
    hf.destroy();
  }
}
