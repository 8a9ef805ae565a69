/**
 * Item 7's latencies, measured in the page with the Performance API: from an input event's timeStamp to the end of the
 * next frame (a requestAnimationFrame callback, then a task: the frame has been painted). Keystrokes and Enter are
 * those the grid receives (its input, data-grid-focus); scrolled frames are the grid's scroll events. Used by the
 * browser tests (test/browser/preview-work.test.ts) and by `npm run bench` (bench/preview.bench.test.ts).
 */
import type { Page } from 'playwright-core';

export interface LatencyStats {
  readonly n: number;
  readonly median: number;
  readonly p90: number;
  readonly max: number;
}

export interface Latencies {
  readonly keystroke: LatencyStats;
  readonly enter: LatencyStats;
  readonly scroll: LatencyStats;
}

/** The goals of issue 14, item 7 (ms). */
export const LATENCY_GOALS = { keystroke: 16, enter: 50, scroll: 16 } as const;

/** Starts recording in the page (again: clears what was recorded). */
export async function recordLatencies(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { lat?: { kind: string; ms: number }[]; latOn?: boolean };
    w.lat = [];
    if (w.latOn) return;
    w.latOn = true;
    const after = (kind: string, t0: number) => requestAnimationFrame(() => setTimeout(() => w.lat!.push({ kind, ms: performance.now() - t0 })));
    document.addEventListener(
      'keydown',
      (e) => {
        if ((e.target as HTMLElement).getAttribute?.('data-grid-focus') === 'true') after(e.key === 'Enter' ? 'enter' : 'key', e.timeStamp);
      },
      true,
    );
    document.addEventListener(
      'scroll',
      (e) => {
        if ((e.target as HTMLElement).getAttribute?.('data-testid') === 'preview-grid') after('scroll', e.timeStamp);
      },
      { capture: true, passive: true },
    );
  });
}

/** Types `text` and Enter into `cell` `times` times, the name box taking the grid there each time. */
export async function typeInto(page: Page, cell: string, text: string, times: number): Promise<void> {
  const box = page.getByTestId('preview-namebox');
  for (let i = 0; i < times; i++) {
    await box.fill(cell);
    await box.press('Enter');
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
}

/** Scrolls the grid `frames` times by `step` px (back to the top every 15), one scroll a frame. */
export async function scrollFrames(page: Page, frames: number, step = 120): Promise<void> {
  const grid = page.getByTestId('preview-grid');
  for (let i = 0; i < frames; i++) {
    await grid.evaluate((el, y) => (el.scrollTop = y), (i % 15) * step);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
  }
}

export async function readLatencies(page: Page): Promise<Latencies> {
  await page.waitForTimeout(50);
  const lat = await page.evaluate(() => (window as unknown as { lat: { kind: string; ms: number }[] }).lat);
  const stats = (kind: string): LatencyStats => {
    const xs = lat.filter((l) => l.kind === kind).map((l) => l.ms).sort((a, b) => a - b);
    const at = (q: number) => (xs.length === 0 ? NaN : Math.round(xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]! * 10) / 10);
    return { n: xs.length, median: at(0.5), p90: at(0.9), max: at(1) };
  };
  return { keystroke: stats('key'), enter: stats('enter'), scroll: stats('scroll') };
}
