/**
 * The simulator's payload (the bytes Excel on the web limits to 5 MB) and the adapter's own estimate, both against
 * Microsoft's client library serialising the same batches. Notes (ExcelApi 1.18) and comments are left out: the
 * packaged library predates them.
 */
import { describe, expect, it } from 'vitest';
import { planFramework } from '../../../src/sheet/plans/framework';
import { FRAMEWORKS } from '../../../src/scoring/frameworks';
import { TEMPLATES } from '../../../src/sheet/templates';
import type { WriteOp } from '../../../src/sheet/host';
import { createOfficeHost } from '../../../src/taskpane/excel/officeHost';
import { ExcelSimulator, SimSheet, SimWorkbook, customFunctionNames, profile } from '../../support/excelSim';
import { loadOfficeLibrary } from '../../support/officeLibrary';
import { handPlan } from './plans';

const noNotes = (set: string, version: string) => !(set === 'ExcelApi' && (version === '1.18' || version === '1.10'));

async function measure(ops: WriteOp[]) {
  const lib = loadOfficeLibrary();
  const estimates: number[] = [];
  await createOfficeHost(lib.run, { supports: noNotes, budget: 1e12, onWriteSync: (b) => estimates.push(b) }).write(ops);
  const sim = new ExcelSimulator({ profile: profile('desktop'), workbook: new SimWorkbook([new SimSheet('Sheet1')]), customFunctions: customFunctionNames() });
  await createOfficeHost(sim.run, { supports: noNotes, budget: 1e12 }).write(ops);
  return { microsoft: lib.requests[0]!.bytes, simulator: sim.syncs[0]!.requestBytes, adapter: estimates[0]!, actions: [lib.requests[0]!.actions, sim.syncs[0]!.actions] };
}

function refill(): WriteOp[] {
  const plan = planFramework(FRAMEWORKS.find((f) => f.id === 'xa-2024')!, {});
  const keep = plan.grid.map((row) => row.map((cell) => cell?.input === true));
  return [{ kind: 'addSheet', sheet: 'S' }, { kind: 'applyPlan', sheet: 'S', plan, keep }];
}

const fillOps = (plan: ReturnType<typeof handPlan>): WriteOp[] => [
  { kind: 'addSheet', sheet: plan.sheetName },
  { kind: 'applyPlan', sheet: plan.sheetName, plan },
  { kind: 'select', sheet: plan.sheetName, cell: 'B3' },
];

describe('payload of a write, against Microsoft\'s client library', () => {
  const cases: [string, WriteOp[]][] = [
    ...TEMPLATES.map((t): [string, WriteOp[]] => [`fill ${t.id}`, fillOps(t.plan({ name: 'Nguyễn Văn A', unit: 'UBND xã', month: 11, year: 2024 }))]),
    ['fill a 10,000-row plan', fillOps(handPlan(10_000))],
    // A sheet added in the same batch: the adapter asks nothing about it first (the library here answers no query).
    ['marks on 500 cells', [{ kind: 'addSheet', sheet: 'S' }, { kind: 'mark', sheet: 'S', marks: Array.from({ length: 500 }, (_, i) => ({ cell: `D${i + 8}`, severity: 'error' as const, note: 'E1: Không có tài liệu kiểm chứng' })) }]],
    ['re-fill xa-2024 keeping the inputs', refill()],
    // Mẫu 1A built again in place: every written cell's look cleared first (Range.clear "Formats").
    ['rebuild over an earlier output, restyled', refill().map((op) => (op.kind === 'applyPlan' ? { ...op, restyle: true } : op))],
  ];
  const byName = new Map(cases);
  it.each([...byName.keys()])('%s: the simulator and the adapter within a tenth of Microsoft\'s serialisation', async (name) => {
    const m = await measure(byName.get(name)!);
    expect(Math.abs(m.simulator - m.microsoft) / m.microsoft, JSON.stringify(m)).toBeLessThanOrEqual(0.1);
    expect(Math.abs(m.adapter - m.microsoft) / m.microsoft, JSON.stringify(m)).toBeLessThanOrEqual(0.1);
  });

  it('the library itself refuses a property read before load and sync, as the simulator does', async () => {
    const lib = loadOfficeLibrary();
    await lib.run(async (context) => {
      const ws = context.workbook.worksheets.getFirst().load('name');
      expect(() => ws.name).toThrow(/not available/);
      expect(() => context.workbook.worksheets.getItem('A').getRange('A1').values).toThrow(/not available/);
    });
    const sim = new ExcelSimulator({ profile: profile('desktop'), workbook: new SimWorkbook([new SimSheet('A')]), customFunctions: new Set() });
    await sim.run(async (context) => {
      const ws = context.workbook.worksheets.getFirst().load('name');
      expect(() => ws.name).toThrow(/not available/);
      expect(() => context.workbook.worksheets.getItem('A').getRange('A1').values).toThrow(/not available/);
    });
  });
});
