/**
 * Where `npm test`'s time goes: every test file's time (import + set-up + tests and hooks), slowest first, written to
 * .cache/vitest-timings.txt after each run (nothing on the console). Issue 14.13: `npm test` ≤ 5 minutes on 2 cores.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

export default class TimingReporter implements Reporter {
  private started = Date.now();

  onTestRunStart(): void {
    this.started = Date.now();
  }

  onTestRunEnd(modules: readonly TestModule[]): void {
    const rows = modules.map((m) => {
      const d = m.diagnostic();
      const file = path.relative(process.cwd(), m.moduleId);
      return { file, total: d.collectDuration + d.setupDuration + d.duration, collect: d.collectDuration, tests: d.duration };
    });
    rows.sort((a, b) => b.total - a.total);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`.padStart(8);
    const lines = [
      `vitest: ${rows.length} files in ${s(Date.now() - this.started).trim()} wall; sum over files ${s(rows.reduce((t, r) => t + r.total, 0)).trim()}`,
      `${'total'.padStart(8)} ${'import'.padStart(8)} ${'tests'.padStart(8)}  file`,
      ...rows.map((r) => `${s(r.total)} ${s(r.collect)} ${s(r.tests)}  ${r.file}`),
    ];
    mkdirSync('.cache', { recursive: true });
    writeFileSync(path.join('.cache', 'vitest-timings.txt'), `${lines.join('\n')}\n`);
  }
}
