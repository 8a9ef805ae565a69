import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { ExcelJsHost } from '../../src/cli/excelHost';
import { CUSTOM_FUNCTIONS, engineContent, engineFormula, evaluateSnapshot, HF_CONFIG, registerChamdiemFunctions } from '../../src/cli/hyperformulaPlugin';
import { checkedCells } from '../../src/cli/recompute';
import { openWorkbook } from '../../src/cli/xlsxFile';
import { scoreSheet } from '../../src/sheet/operations';
import { TEMPLATES } from '../../src/sheet/templates';
import { filledTemplate, sampleInputs } from './support';

/** The custom functions as src/functions/functions.ts declares them: name → [parameters, optional, repeats]. */
function declaredFunctions(): Map<string, [number, number, boolean]> {
  const source = readFileSync(path.resolve(__dirname, '../../src/functions/functions.ts'), 'utf8');
  const out = new Map<string, [number, number, boolean]>();
  for (const block of source.split('/**').slice(1)) {
    const name = /@customfunction\s+([A-Z.]+)/.exec(block)?.[1];
    if (!name) continue;
    const params = [...block.matchAll(/@param\s+(\[?)(\w+)/g)];
    const signature = block.slice(block.indexOf('export function'), block.indexOf('{', block.indexOf('export function')));
    // A repeating parameter is an array of ranges (`any[][][]`): Excel passes all the repeated arguments as one array.
    out.set(name, [params.length, params.filter((p) => p[1] === '[').length, signature.includes('[][][]')]);
  }
  return out;
}

const evaluate = (formula: string) => {
  registerChamdiemFunctions();
  const hf = HyperFormula.buildFromArray([[engineFormula(formula)]], HF_CONFIG);
  const v = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
  hf.destroy();
  return typeof v === 'object' && v !== null ? (v as { value: string; message: string }) : v;
};

describe('ChamdiemFunctionPlugin', () => {
  it('registers every custom function of the add-in, with the same parameters', () => {
    const declared = declaredFunctions();
    expect(declared.size).toBeGreaterThanOrEqual(20);
    expect(new Set(CUSTOM_FUNCTIONS.map((f) => f.name))).toEqual(new Set(declared.keys()));
    for (const f of CUSTOM_FUNCTIONS) {
      const [params, optional, repeats] = declared.get(f.name)!;
      expect([f.name, f.params, f.optional, f.repeatLast === true]).toEqual([f.name, params, optional, repeats]);
    }
  });

  it('computes through the core, as the README examples say', () => {
    expect(evaluate('=CCHC.RATIO(8,10,1)')).toBe(0.8);
    expect(evaluate('=CCHC.RATIO(79,100,1)')).toBe(0);
    expect(evaluate('=CCHC.SCORE("xa-2024","7.1",0,3)')).toBe(2);
    expect(evaluate('=CCHC.SCORE("xa-2024","8.1","nam-dau-tien")')).toBe(1);
    expect(evaluate('=CCHC.SURVEY({1;1;1;1;1},4)')).toBe(3);
    expect(evaluate('=KPI.RESULT(1,0.75,0.5)')).toBe(0.75);
    expect(evaluate('=KPI.MONTHLY(28.5,0.75)')).toBe(81);
    expect(evaluate('=KPI.GRADE(70,"code")')).toBe('HTTNV');
    expect(evaluate('=THADS.TOTAL({5;2},{1;3},{10},{1})')).toBe(199);
    expect(evaluate('=CCHC.CLASSIFY(85)')).toBe('Hoàn thành tốt nhiệm vụ');
  });

  it('turns core errors into Excel errors with the bilingual message, and propagates error arguments', () => {
    const e = evaluate('=CCHC.RATIO("nhiều",10,1)') as { value: string; message: string };
    expect(e.value).toBe('#VALUE!');
    expect(e.message).toMatch(/ \/ /);
    expect((evaluate('=CCHC.SCORE("xa-2024","9.9.9",1)') as { value: string }).value).toBe('#N/A');
    expect((evaluate('=CCHC.RATIO(1/0,1,1)') as { value: string }).value).toBe('#DIV/0!');
    expect(evaluate('=CCHC.COMPARE(3,5,1,0.5,0,TRUE)')).toBe(1);
    expect((evaluate('=CCHC.RATIO({1;2},1,1)') as { value: string }).value).toBe('#VALUE!');
  });

  it('keeps text that looks like a number as text (criterion ids)', () => {
    expect(engineContent({ name: 'S', values: [], formulas: [['1.1', 2, '=A1', '', true, '=IF(A1,TRUE,"TRUE")']] })).toEqual([
      ["'1.1", 2, '=A1', null, true, '=IF(A1,TRUE(),"TRUE")'],
    ]);
  });
});

describe('every template, its formulas evaluated by HyperFormula, agrees with scoreSheet', () => {
  const scored = TEMPLATES.filter((t) => t.score);
  it('covers the templates with points', () => {
    expect(scored.map((t) => t.id)).toEqual(expect.arrayContaining(['xa-2024', 'thads-ls']));
  });
  for (const def of scored) {
    for (const seed of [1, 2, 3]) {
      it(`${def.id}, inputs #${seed}: every criterion, subtotal and total`, async () => {
        const details = { name: 'Nguyễn Văn A', unit: 'UBND phường X', month: 11, year: 2024 };
        const { bytes, sheet } = await filledTemplate(def.id, details, sampleInputs(def, seed, details));
        const { workbook } = await openWorkbook(bytes, `${def.id}.xlsx`);
        const host = new ExcelJsHost(workbook);
        const snapshot = host.snapshot(sheet);
        const engine = evaluateSnapshot(snapshot);
        const r = await scoreSheet(host, { sheet });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const score = r.value.value;
        const cells = checkedCells(def, snapshot, score);
        expect(cells.some((c) => c.criterion === '' && c.column === 'self')).toBe(true); // the total is among them
        const mismatches = cells
          .map((c) => ({ cell: c.cell, criterion: c.criterion, core: c.recomputed, engine: engine[c.row]?.[c.col] }))
          .filter((m) => typeof m.engine !== 'number' || Math.abs(m.engine - m.core) > 1e-9);
        expect(mismatches).toEqual([]);
      });
    }
  }
});
