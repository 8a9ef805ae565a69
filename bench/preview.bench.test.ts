/**
 * `npm run bench`, the preview's part: item 7's latencies in Chromium on the build `npm start` serves (development
 * mode, React's production build), measured with the Performance API (test/browser/latency.ts) on the sample's
 * 113-row commune sheet and on a 10,000-row sheet. Prints one table against the goals and writes
 * bench/preview-results.json. Medians over many events; p90 and max beside them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { a1 } from '../src/sheet/a1';
import { COL } from '../src/sheet/plans/framework';
import { getTemplate } from '../src/sheet/templates';
import { LATENCY_GOALS, readLatencies, recordLatencies, scrollFrames, typeInto, type Latencies, type LatencyStats } from '../test/browser/latency';
import { openPreview } from '../test/browser/support';

const root = path.resolve(__dirname, '..');
const results: { sheet: string; latencies: Latencies }[] = [];

afterAll(() => {
  const row = (sheet: string, what: string, s: LatencyStats, goal: number) =>
    `| ${sheet} | ${what} | ${s.n} | ${s.median} ms | ${s.p90} ms | ${s.max} ms | ≤ ${goal} ms | ${s.median <= goal ? 'yes' : '**no**'} |`;
  const table = [
    '| Sheet | Latency (to the painted frame) | Events | Median | p90 | Max | Goal | Median met |',
    '|---|---|---|---|---|---|---|---|',
    ...results.flatMap(({ sheet, latencies: l }) => [
      row(sheet, 'keystroke → paint', l.keystroke, LATENCY_GOALS.keystroke),
      row(sheet, 'Enter → recalculated', l.enter, LATENCY_GOALS.enter),
      row(sheet, 'scrolled frame', l.scroll, LATENCY_GOALS.scroll),
    ]),
  ].join('\n');
  console.log(`\nPreview latencies (Chromium ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}, npm start's build):\n${table}\n`);
  writeFileSync(path.join(root, 'bench/preview-results.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`);
});

describe('preview latencies (issue 14, item 7)', () => {
  it('on the commune sheet and on a 10,000-row sheet', async () => {
    const preview = await openPreview();
    try {
      const { page } = preview;
      const xa = getTemplate('xa-2024')!.plan({});
      const evidence = a1(xa.layout.rowOf['2.1.1']!, COL.evidence);
      // A first round warms the page up (JIT, fonts); the second is measured.
      await recordLatencies(page);
      await typeInto(page, evidence, 'Số 1/QĐ-UBND', 3);
      await recordLatencies(page);
      await typeInto(page, evidence, 'Số 12/QĐ-UBND ngày 3/1/2024', 10);
      await scrollFrames(page, 60);
      results.push({ sheet: 'xa-2024 (113 rows)', latencies: await readLatencies(page) });

      await page.evaluate(async () => {
        const host = window.chamdiemPreview!.host;
        const grid = Array.from({ length: 10_000 }, (_, r) => [{ value: `Việc ${r + 1}` }, { value: r % 7 }, { formula: `=B${r + 1}*2` }, { formula: `=SUM(C$1:C${r + 1})` }]);
        const plan = { templateId: 'long', sheetName: 'Dài', grid, merges: [], validations: [], columns: [], frozen: { rows: 1, columns: 1 }, styles: {} };
        await host.write([
          { kind: 'addSheet', sheet: 'Dài' },
          { kind: 'applyPlan', sheet: 'Dài', plan: plan as never },
        ]);
        host.activate('Dài');
      });
      await page.locator('[data-testid="preview-grid"][data-sheet="Dài"]').waitFor();
      await recordLatencies(page);
      await typeInto(page, 'B2', '5', 10);
      await scrollFrames(page, 60, 400);
      results.push({ sheet: '10,000 rows, running sums', latencies: await readLatencies(page) });
      expect(results.every((r) => r.latencies.keystroke.n > 0 && r.latencies.enter.n > 0 && r.latencies.scroll.n > 0)).toBe(true);
    } finally {
      await preview.close();
    }
  });
});
