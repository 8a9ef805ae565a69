/** The strict Excel simulator refuses what Excel refuses: one test per refusal, each on the smallest batch. */
import { describe, expect, it } from 'vitest';
import { CELL_LIMIT, ExcelSimulator, SimSheet, SimWorkbook, checkFormula, customFunctionNames, profile, type HostProfile } from '../../support/excelSim';

const FUNCTIONS = customFunctionNames();
const make = (p: HostProfile = profile('desktop'), sheets = [new SimSheet('A'), new SimSheet('B')]) =>
  new ExcelSimulator({ profile: p, workbook: new SimWorkbook(sheets), customFunctions: FUNCTIONS });
const code = async (p: Promise<unknown>): Promise<string> => {
  try {
    await p;
    return 'none';
  } catch (e) {
    return (e as { code?: string }).code ?? String(e);
  }
};

describe('the simulator refuses', () => {
  it('a property read without load, or loaded but not synced (PropertyNotLoaded), isNullObject included', async () => {
    const sim = make();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      ws.load('name');
      expect(() => ws.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const other = ctx.workbook.worksheets.getItemOrNullObject('Z');
      expect(() => other.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      other.load('name');
      await ctx.sync();
      expect(ws.name).toBe('A');
      expect(other.isNullObject).toBe(true);
    });
  });

  it('a 2-D array whose shape differs from the range (InvalidArgument)', async () => {
    const sim = make();
    expect(await code(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1:B2').values = [[1, 2, 3]];
      await ctx.sync();
    }))).toBe('InvalidArgument');
    expect(await code(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1:B2').formulas = [[1, 2], [3]] as never;
      await ctx.sync();
    }))).toBe('InvalidArgument');
    expect(sim.workbook.sheet('A').cells.size).toBe(0);
  });

  it('invalid, over-long and duplicate (case-insensitive) sheet names', async () => {
    for (const [name, expected] of [['a', 'ItemAlreadyExists'], ['x'.repeat(32), 'InvalidArgument'], ['a/b', 'InvalidArgument'], ["'x", 'InvalidArgument'], ['', 'InvalidArgument'], ['History', 'InvalidArgument']] as const) {
      const sim = make();
      expect(await code(sim.run(async (ctx) => {
        ctx.workbook.worksheets.add(name);
        await ctx.sync();
      })), name).toBe(expected);
    }
  });

  it('a missing sheet (ItemNotFound); what ran before it stays applied', async () => {
    const sim = make();
    expect(await code(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1').values = [[1]];
      ctx.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
      await ctx.sync();
    }))).toBe('ItemNotFound');
    expect(sim.workbook.sheet('A').valueAt(0, 0)).toBe(1);
  });

  it('an API beyond the profile (ApiNotFound), at the call', async () => {
    const sim = make(profile('excel2019'));
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      expect(() => ws.pageLayout).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => ws.notes).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => ws.freezePanes).not.toThrow();
    });
    expect(sim.isSetSupported('ExcelApi', '1.9')).toBe(false);
    expect(sim.isSetSupported('CustomFunctionsRuntime', '1.1')).toBe(false);
  });

  it('requests and responses over 5 MB on the web only', async () => {
    const big = Array.from({ length: 2_000 }, () => Array.from({ length: 10 }, () => 'x'.repeat(300)));
    const write = (sim: ExcelSimulator) => sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1:J2000').values = big;
      await ctx.sync();
    });
    const web = make(profile('web'));
    expect(await code(write(web))).toBe('RequestPayloadSizeLimitExceeded');
    expect(web.workbook.sheet('A').cells.size).toBe(0);
    const desktop = make(profile('desktop'));
    expect(await code(write(desktop))).toBe('none');
    const read = make(profile('web'), [desktop.workbook.sheet('A')]);
    expect(await code(read.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1:J2000').load('values');
      await ctx.sync();
    }))).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it(`values: null past ${CELL_LIMIT.toLocaleString('en')} cells`, async () => {
    const sim = make();
    await sim.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('A').getRange('A1:E1048576').load('values');
      await ctx.sync();
      expect(r.values).toBeNull();
    });
  });

  it('formulas with ";" separators, non-English or unknown function names', () => {
    expect(checkFormula('=SUM(A1;A2)', FUNCTIONS)).toMatch(/";"/);
    expect(checkFormula('=TỔNG(A1,A2)', FUNCTIONS)).toMatch(/unknown function/);
    expect(checkFormula('=CCHC.RATIOX(1,2,3)', FUNCTIONS)).toMatch(/unknown function/);
    expect(checkFormula('=CCHC.BRACKET(A1,{0.05;0.1},{1;2})', FUNCTIONS)).toBeNull();
    expect(checkFormula('=IF(A1="a;b",KPI.GRADE(A2),"")', FUNCTIONS)).toBeNull();
    expect(checkFormula('=SUM(A1', FUNCTIONS)).toMatch(/parentheses/);
  });

  it('a change to a protected sheet, a sheet added to a protected structure (AccessDenied)', async () => {
    const sim = make();
    sim.workbook.sheet('A').protected = true;
    expect(await code(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1').format.fill.color = '#FF0000';
      await ctx.sync();
    }))).toBe('AccessDenied');
    sim.workbook.structureProtected = true;
    expect(await code(sim.run(async (ctx) => {
      ctx.workbook.worksheets.add('C');
      await ctx.sync();
    }))).toBe('AccessDenied');
  });

  it('a value written into a merged area other than its top-left cell; formats set before a merge are lost', async () => {
    const sim = make();
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      ws.getRange('A1:C1').format.fill.color = '#00FF00';
      ws.getRange('A1:C1').merge(false);
      await ctx.sync();
    });
    expect(sim.workbook.sheet('A').cell(0, 0)?.format).toBeUndefined();
    expect(await code(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').getRange('A1:C1').values = [['x', '', '']];
      await ctx.sync();
    }))).toBe('InvalidOperation');
  });

  it('a note on a cell holding a threaded comment or a note; a rule on a range that has one; bad zoom', async () => {
    const sim = make();
    sim.workbook.sheet('A').comments.add('B2');
    expect(await code(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').notes.add('B2', 'x');
      await ctx.sync();
    }))).toBe('InvalidOperation');
    expect(await code(sim.run(async (ctx) => {
      const notes = ctx.workbook.worksheets.getItem('A').notes;
      notes.add('C3', 'x');
      notes.add('C3', 'y');
      await ctx.sync();
    }))).toBe('InvalidOperation');
    expect(await code(sim.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem('A').getRange('D1:D3').dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: '1,2' } };
      dv.rule = { list: { inCellDropDown: true, source: '1,2' } };
      await ctx.sync();
    }))).toBe('InvalidOperation');
    expect(await code(sim.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('A').pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      await ctx.sync();
    }))).toBe('InvalidArgument');
  });
});
