import { beforeAll, describe, expect, it } from 'vitest';
import { buildSample, SAMPLE_COMMUNE, SAMPLE_DISTRICT, SAMPLE_FAULTS, SAMPLE_PEOPLE, SAMPLE_QUOTA, SAMPLE_WARD, type SampleInfo } from '../../src/preview/sample';
import { PreviewWorkbook } from '../../src/preview/workbook';
import { a1 } from '../../src/sheet/a1';
import { buildSummary, checkSheet, scoreSheet } from '../../src/sheet/operations';
import { COL, ROW } from '../../src/sheet/plans/framework';
import { gradeInfo, type GradeCode } from '../../src/scoring';
import { HN_CELL } from '../../src/sheet/plans/hnMonthly';
import { getTemplate } from '../../src/sheet/templates';
import { buildRanking } from '../../src/sheet/rankOperation';

/** Before the lock (17:00 25/11/2024): the check finds the sample's own faults, not the late check (E5 of the workbook). */
const NOW = new Date(Date.UTC(2024, 10, 21));

let host: PreviewWorkbook;
let sample: SampleInfo;

beforeAll(async () => {
  host = new PreviewWorkbook();
  sample = await buildSample(host);
});

describe('the sample workbook', () => {
  it('is what the gallery writes, then typed into: a commune sheet, two leaders, twelve staff', () => {
    expect(host.sheets.map((s) => s.templateId)).toEqual(['xa-2024', 'hn-m02', 'hn-m02', ...Array<string>(12).fill('hn-m03'), 'xa-2024', 'xa-2024', 'xa-2024']);
    expect(sample.commune).toBe(`Tự chấm ${SAMPLE_COMMUNE.unit} 2024`);
    expect(sample.people.map((p) => p.name)).toEqual(SAMPLE_PEOPLE.map((p) => p.name));
    expect(new Set(sample.people.map((p) => p.sheet)).size).toBe(14);
    const plan = getTemplate('xa-2024')!.plan({});
    expect(host.active).toBe(sample.commune);
    expect(host.selectionOf(sample.commune)).toBe(a1(plan.layout.rowOf['2.1.1']!, COL.self));
  });

  it('carries each fault of the evidence check on its criterion, and no other error', async () => {
    const r = await checkSheet(host, { sheet: sample.commune, now: NOW });
    if (!r.ok) throw new Error(r.error.message.en);
    const found = r.value.value.map((i) => `${i.code} ${i.criterion}`).sort();
    expect(found).toEqual(SAMPLE_FAULTS.map((f) => `${f.code} ${f.id}`).sort());
    expect(SAMPLE_FAULTS.map((f) => f.code)).toEqual(expect.arrayContaining(['E1', 'E2', 'E3', 'E4', 'E5', 'E6']));
  });

  it('is checked after the lock too: then the workbook itself is late (E5 on the total)', async () => {
    const r = await checkSheet(host, { sheet: sample.commune, now: new Date(Date.UTC(2024, 10, 26)) });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.value.filter((i) => i.criterion === '').map((i) => i.code)).toEqual(['E5']);
  });

  it('forecasts the council’s score: 0 for the criteria failing E1–E4, full points for 8.1 and 8.2', async () => {
    const r = await scoreSheet(host, { sheet: sample.commune });
    if (!r.ok) throw new Error(r.error.message.en);
    const score = r.value.value;
    const lost = score.criteria.filter((c) => c.self !== null && c.forecast !== null && c.forecast < c.self).map((c) => c.id);
    expect(lost).toEqual(expect.arrayContaining(['2.1.3', '2.3.1', '3.1.2', '3.2.2', '2.3.4', '6.2']));
    // E1–E3: 1 + 1 + 1 + 0,5; E4 (seed 002 §2b "không lập Bảng thống kê"): 2.3.4 1 + 6.2 4,5; 8.2 left blank:
    // "Hội đồng thẩm định chấm điểm tối đa đối với Tiêu chí 8.1; 8.2" gives it 1.
    expect(score.criteria.find((c) => c.id === '8.2')).toMatchObject({ self: null, forecast: 1 });
    expect(score.total - score.forecastTotal).toBeCloseTo(3.5 + 5.5 - 1, 9);
    // The sheet's level (native formula over its bands block, HyperFormula here) is the core's grade of the total.
    expect(host.snapshot(sample.commune).values[ROW.summary]![3]).toBe(gradeInfo(score.level as GradeCode).name.vi);
  });

  it('gives every ward sheet the same total in its formulas (HyperFormula) as the core recomputes', async () => {
    for (const p of sample.people) {
      const r = await scoreSheet(host, { sheet: p.sheet });
      if (!r.ok) throw new Error(r.error.message.en);
      const head = host.snapshot(p.sheet).values[HN_CELL.total[0]]![HN_CELL.total[1]];
      expect([p.name, head]).toEqual([p.name, r.value.value.total]);
    }
  });

  it('puts the ward over the A quota: 4 A among the counted, 2 allowed, 2 tied at the cut line, 1 proposed for demotion', async () => {
    const r = await buildSummary(host, { cap: 0.2, details: { unit: SAMPLE_WARD.unit }, month: SAMPLE_WARD.month, year: SAMPLE_WARD.year });
    if (!r.ok) throw new Error(r.error.message.en);
    const s = r.value.value;
    const name = (sheet: string) => sample.people.find((p) => p.sheet === sheet)!.name;
    expect({ countA: s.quota.countA, countB: s.quota.countB, maxA: s.quota.maxA, seats: s.quota.seatsForTied }).toEqual({ countA: 4, countB: 8, maxA: 2, seats: 1 });
    expect(s.quota.kept.map(name)).toEqual(SAMPLE_QUOTA.kept);
    expect(s.quota.tied.map(name).sort()).toEqual([...SAMPLE_QUOTA.tied].sort());
    expect(s.quota.demoted.map(name)).toEqual(SAMPLE_QUOTA.demoted);
    expect(s.people.filter((p) => p.isHead).map((p) => p.name)).toEqual([SAMPLE_QUOTA.head]);
    expect(s.leaderD).toBe(1);
  });
});

describe('the sample district', () => {
  it('ranks its four communes by the self totals (two are appraised, two not yet), the first with its own score', async () => {
    const own = await scoreSheet(host, { sheet: sample.commune });
    if (!own.ok) throw new Error(own.error.message.en);
    const r = await buildRanking(host, { details: { unit: 'UBND huyện Định Hóa', year: 2024 } });
    if (!r.ok) throw new Error(r.error.message.en);
    expect(sample.district).toHaveLength(SAMPLE_DISTRICT.length);
    expect(r.value.ranking.rankedBy).toBe('self');
    const rows = r.value.ranking.rows.map((x) => [x.entry.unit, x.rank, x.entry.self, x.entry.appraised]);
    // Tân Lập (many criteria filled) is above the three communes scored on eleven criteria (13.5 at most).
    expect(own.value.value.total).toBeGreaterThan(13.5);
    expect(rows).toEqual([
      [SAMPLE_COMMUNE.unit, 1, own.value.value.total, null],
      ['UBND xã Phú Đình', 2, 13.5, 11.5],
      ['UBND xã Bảo Cường', 3, 12.5, 11.5],
      ['UBND xã Điềm Mặc', 4, 9.5, null],
    ]);
    expect(host.sheets.map((s) => s.name)).toContain(r.value.sheet);
  });
});
