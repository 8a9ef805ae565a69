import { it } from 'vitest';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { getTemplate } from '../../src/sheet/templates';
import { fillTemplate, checkSheet } from '../../src/sheet/operations';
it('scratch', async () => {
  const p = getTemplate('xa-2024')!.plan({});
  console.log(p.grid.length, p.grid[0]?.length, JSON.stringify(p.grid[0]?.slice(0, 3)), JSON.stringify(p.grid[7]?.slice(0,4)));
  const wb = new MemoryWorkbook();
  const r = await fillTemplate(wb, 'xa-2024', { unit: 'UBND xã A', year: 2024 });
  const sh = wb.sheet(wb.active)!;
  console.log(sh.cells.size, [...sh.cells.entries()].slice(0, 5));
  const c = await checkSheet(wb, { now: new Date(2024, 10, 1) });
  console.log(JSON.stringify(c).slice(0, 500));
});
