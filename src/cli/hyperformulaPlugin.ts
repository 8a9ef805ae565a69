/**
 * The add-in's custom functions (CCHC.*, KPI.*, THADS.*) as a HyperFormula function plugin, each one line over
 * src/scoring/cells.ts like src/functions/functions.ts: the formula engine of the CLI's cross-checks and `score -o`,
 * and of the in-browser preview. HyperFormula is GPL-3.0 (licenseKey 'gpl-v3') or commercial.
 *
 * Arguments arrive as Excel gives them to a JavaScript custom function: a blank cell as null (Excel on the web; desktop
 * passes 0, which the core reads the same wherever blank means something), a range as a 2-D array, an error argument
 * short-circuits to that error. A core error becomes #VALUE!/#N/A with the bilingual message, #NUM!/#DIV/0! without.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { bilingual, type Result } from '../scoring';
import * as core from '../scoring/cells';
import type { RawValue } from '../scoring/params';
import type { CellValue, SheetSnapshot } from '../sheet/types';
import { outsideStrings } from './formulaText';

type Arg = RawValue | RawValue[][];

/** One custom function: its Excel name, how many parameters (the last `optional` of them optional), and its body. */
export interface CustomFunctionDef {
  readonly name: string;
  readonly params: number;
  readonly optional: number;
  /** The last parameter repeats (CCHC.SCORE's further inputs). */
  readonly repeatLast?: boolean;
  readonly run: (args: readonly Arg[]) => Result<number | string>;
}

class NotAScalar extends Error {}

/** A scalar parameter given a one-cell range takes its value; a larger range is #VALUE! as in Excel. */
const s = (a: Arg): RawValue => {
  if (!Array.isArray(a)) return a;
  if (a.length === 1 && a[0]?.length === 1) return a[0][0];
  throw new NotAScalar();
};

export const CUSTOM_FUNCTIONS: readonly CustomFunctionDef[] = [
  { name: 'CCHC.RATIO', params: 4, optional: 1, run: (a) => core.ratioCell(s(a[0]), s(a[1]), s(a[2]), s(a[3])) },
  { name: 'CCHC.SURVEY', params: 3, optional: 1, run: (a) => core.surveyCell(a[0], s(a[1]), s(a[2])) },
  { name: 'CCHC.BRACKET', params: 3, optional: 0, run: (a) => core.bracketCell(s(a[0]), a[1], a[2]) },
  { name: 'CCHC.COMPARE', params: 6, optional: 1, run: (a) => core.compareCell(s(a[0]), s(a[1]), s(a[2]), s(a[3]), s(a[4]), s(a[5])) },
  { name: 'CCHC.SCORE', params: 4, optional: 1, repeatLast: true, run: (a) => core.scoreCell(s(a[0]), s(a[1]), a.slice(2).filter((x) => x !== undefined)) },
  { name: 'CCHC.MAXPOINTS', params: 2, optional: 0, run: (a) => core.maxPointsCell(s(a[0]), s(a[1])) },
  { name: 'CCHC.CLASSIFY', params: 3, optional: 2, run: (a) => core.classifyCell(s(a[0]), s(a[1]), a[2]) },
  { name: 'KPI.QUANTITY', params: 3, optional: 1, run: (a) => core.kpiQuantityCell(a[0], a[1], a[2]) },
  { name: 'KPI.QUALITY', params: 5, optional: 2, run: (a) => core.kpiQualityCell(a[0], a[1], a[2], a[3], a[4]) },
  { name: 'KPI.TIMELINESS', params: 5, optional: 2, run: (a) => core.kpiTimelinessCell(a[0], a[1], a[2], a[3], a[4]) },
  { name: 'KPI.RESULT', params: 6, optional: 3, run: (a) => core.kpiResultCell(s(a[0]), s(a[1]), s(a[2]), s(a[3]), s(a[4]), s(a[5])) },
  { name: 'KPI.MONTHLY', params: 2, optional: 0, run: (a) => core.kpiMonthlyCell(s(a[0]), s(a[1])) },
  { name: 'KPI.GRADE', params: 3, optional: 2, run: (a) => core.gradeCell(s(a[0]), s(a[1]), a[2]) },
  { name: 'KPI.DEDUCT', params: 2, optional: 0, run: (a) => core.kpiDeductCell(s(a[0]), s(a[1])) },
  { name: 'KPI.QUOTA', params: 2, optional: 1, run: (a) => core.kpiQuotaCell(a[0], s(a[1])) },
  { name: 'KPI.ANNUAL', params: 1, optional: 0, run: (a) => core.kpiAnnualCell(a[0]) },
  { name: 'KPI.ANNUALFLAGS', params: 2, optional: 1, run: (a) => core.kpiAnnualFlagsCell(a[0], a[1]) },
  { name: 'THADS.TOTAL', params: 5, optional: 1, run: (a) => core.thadsTotalCell(a[0], a[1], a[2], a[3], s(a[4])) },
  { name: 'CCHC.NUMBER', params: 1, optional: 0, run: (a) => core.numberCell(s(a[0])) },
  { name: 'KPI.DEADLINE', params: 3, optional: 1, run: (a) => core.deadlineCell(s(a[0]), s(a[1]), s(a[2])) },
  { name: 'CCHC.EVIDENCE', params: 6, optional: 4, run: (a) => core.evidenceCell(s(a[0]), s(a[1]), s(a[2]), s(a[3]), s(a[4]), s(a[5])) },
];

const ERROR_TYPES = { value: ErrorType.VALUE, na: ErrorType.NA, num: ErrorType.NUM, div0: ErrorType.DIV_BY_ZERO } as const;

/** An engine value as a raw cell value for the core. */
function raw(v: unknown): RawValue | CellError {
  if (v === EmptyValue || v === undefined || v === null) return v === undefined ? undefined : null;
  if (v instanceof CellError) return v;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: number }).val; // HyperFormula's typed numbers (%, dates)
  return String(v);
}

function toArg(v: unknown): Arg | CellError {
  if (v instanceof SimpleRangeValue) {
    const rows: RawValue[][] = [];
    for (const row of v.data) {
      const out: RawValue[] = [];
      for (const x of row) {
        const r = raw(x);
        if (r instanceof CellError) return r;
        out.push(r);
      }
      rows.push(out);
    }
    return rows;
  }
  return raw(v);
}

const methodName = (name: string) => `run_${name.replace(/\./g, '_')}`;

/** The plugin class: one method per custom function, generated from CUSTOM_FUNCTIONS. */
export class ChamdiemFunctionPlugin extends FunctionPlugin {
  static implementedFunctions: ImplementedFunctions = Object.fromEntries(
    CUSTOM_FUNCTIONS.map((f) => [
      f.name,
      {
        method: methodName(f.name),
        parameters: Array.from({ length: f.params }, (_, i) => ({
          argumentType: FunctionArgumentType.ANY,
          ...(i >= f.params - f.optional ? { optionalArg: true } : {}),
        })),
        ...(f.repeatLast ? { repeatLastArgs: 1 } : {}),
        vectorizationForbidden: true,
      },
    ]),
  );
}

for (const f of CUSTOM_FUNCTIONS) {
  Object.defineProperty(ChamdiemFunctionPlugin.prototype, methodName(f.name), {
    value(this: ChamdiemFunctionPlugin & { runFunction: (...x: unknown[]) => unknown; metadata: (n: string) => unknown }, ast: { args: unknown[] }, state: unknown) {
      return this.runFunction(ast.args, state, this.metadata(f.name), (...values: unknown[]) => {
        const args: Arg[] = [];
        for (const v of values) {
          const a = toArg(v);
          if (a instanceof CellError) return a;
          args.push(a);
        }
        try {
          const r = f.run(args);
          return r.ok ? r.value : new CellError(ERROR_TYPES[r.error.code], r.error.code === 'value' || r.error.code === 'na' ? bilingual(r.error.message) : undefined);
        } catch (e) {
          if (e instanceof NotAScalar) return new CellError(ErrorType.VALUE, 'Cần một ô, nhận một vùng / Expected one cell, got a range');
          throw e;
        }
      });
    },
  });
}

let registered = false;

/** Registers the plugin once per process (HyperFormula's registry is global). */
export function registerChamdiemFunctions(): void {
  if (registered) return;
  const names = Object.fromEntries(CUSTOM_FUNCTIONS.map((f) => [f.name, f.name]));
  HyperFormula.registerFunctionPlugin(ChamdiemFunctionPlugin, { enGB: names, enUS: names });
  registered = true;
}

export const HF_CONFIG = { licenseKey: 'gpl-v3', useArrayArithmetic: false } as const;

/** HyperFormula knows TRUE and FALSE only as functions: `TRUE` as Excel writes it is read as an unknown name. */
const BOOLEAN_LITERAL = /(?<![A-Za-z0-9_.$!'])(TRUE|FALSE)(?![A-Za-z0-9_.(!])/gi;
export const engineFormula = (formula: string): string =>
  outsideStrings(formula, (code) => code.replace(BOOLEAN_LITERAL, (_m, b: string) => `${b.toUpperCase()}()`));

/** A snapshot's cells as HyperFormula content: formulas as typed, text forced to text (so "1.1" stays an id). */
export function engineContent(s: SheetSnapshot): (string | number | boolean | null)[][] {
  return s.formulas.map((row) =>
    row.map((v) => {
      if (v === null || v === '') return null;
      if (typeof v === 'string') return v.startsWith('=') ? engineFormula(v) : `'${v}`;
      return v;
    }),
  );
}

/** Evaluates every formula of one sheet; returns values as Office.js reads them (errors as "#VALUE!"…, blanks as ""). */
export function evaluateSnapshot(s: SheetSnapshot): CellValue[][] {
  registerChamdiemFunctions();
  const hf = HyperFormula.buildFromSheets({ [s.name || 'Sheet1']: engineContent(s) }, HF_CONFIG);
  try {
    const id = hf.getSheetId(s.name || 'Sheet1')!;
    return hf.getSheetValues(id).map((row) =>
      row.map((v): CellValue => {
        if (v === null || v === undefined) return '';
        if (typeof v === 'object') return (v as { value: string }).value; // DetailedCellError
        return v;
      }),
    );
  } finally {
    hf.destroy();
  }
}
