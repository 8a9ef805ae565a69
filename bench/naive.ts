/**
 * The naive baseline the benchmark compares against: the per-row Office.js code a first version would write —
 * one `context.sync()` per row written or read, one per cell marked.
 */
import { a1, range } from '../src/sheet/a1';
import type { SheetPlan } from '../src/sheet/types';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * A counting stand-in for Excel used for the naive baseline only: it takes every call the naive code makes and
 * counts `context.sync()`; what matters for the baseline is how many round trips the code asks for, and running
 * 10,000 of them through office-addin-mock would only measure the mock.
 */
export class CountingExcel {
  syncs = 0;
  readonly run: Run = (batch) => batch(this.context() as unknown as Excel.RequestContext);
  private context() {
    const rangeOf = () => {
      const r = { values: [[]] as unknown[][], formulas: [[]] as unknown[][], format: { fill: { color: '' } }, load: () => r };
      return r;
    };
    const sheet = { getRange: rangeOf };
    return {
      workbook: { worksheets: { add: () => sheet, getItem: () => sheet } },
      sync: async () => {
        this.syncs++;
      },
    };
  }
}

export async function naiveFill(run: Run, sheetName: string, plan: SheetPlan): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.add(sheetName);
    await context.sync();
    for (const [r, row] of plan.grid.entries()) {
      const cells = row.map((c) => c?.formula ?? c?.value ?? '');
      ws.getRange(range(r, 0, r, Math.max(0, cells.length - 1))).formulas = [cells as (string | number | boolean)[]];
      await context.sync();
    }
  });
}

export async function naiveRead(run: Run, sheetName: string, rows: number, columns: number): Promise<unknown[][]> {
  return run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheetName);
    const out: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const rg = ws.getRange(range(r, 0, r, columns - 1)).load('values');
      await context.sync();
      out.push(rg.values[0] ?? []);
    }
    return out;
  });
}

export async function naiveMark(run: Run, sheetName: string, cells: readonly string[]): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheetName);
    for (const cell of cells) {
      ws.getRange(cell).format.fill.color = '#F8C9C4';
      await context.sync();
    }
  });
}

export { a1 };
