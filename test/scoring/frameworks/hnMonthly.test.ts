import { describe, expect, it } from 'vitest';
import { findCriterion, flatten, normalizeId, scoreCriterion, scoreFramework, type Answers } from '../../../src/scoring/criterion';
import { HN_M01, HN_M02, HN_M03, HN_M04 } from '../../../src/scoring/frameworks/hnMonthly';
import { MONTHLY_BANDS } from '../../../src/scoring/grades';
import type { RawValue } from '../../../src/scoring/params';
import type { KpiResultParams } from '../../../src/scoring/rules';
import type { Criterion, Framework } from '../../../src/scoring/types';

interface FormCase {
  readonly framework: Framework;
  readonly id: string;
  readonly form: string;
  readonly leader: boolean;
  readonly nodes: number;
  readonly leaves: number;
  readonly groups: readonly (readonly [string, number])[];
  /** A general criterion with a small maximum, for the "deduction above the maximum" case. */
  readonly small: readonly [string, number];
}

// Node counts and group maxima as printed in seed 004, Phụ lục 1.
const FORMS: readonly FormCase[] = [
  {
    framework: HN_M01,
    id: 'hn-m01',
    form: '01',
    leader: true,
    nodes: 44,
    leaves: 33,
    groups: [['1', 5], ['2', 5], ['3', 16], ['4', 2], ['5', 2]],
    small: ['1.1', 1],
  },
  {
    framework: HN_M02,
    id: 'hn-m02',
    form: '02',
    leader: true,
    nodes: 44,
    leaves: 33,
    groups: [['1', 5], ['2', 5], ['3', 16], ['4', 2], ['5', 2]],
    small: ['3.1.a', 1],
  },
  {
    framework: HN_M03,
    id: 'hn-m03',
    form: '03',
    leader: false,
    nodes: 17,
    leaves: 14,
    groups: [['1', 15], ['2', 10], ['3', 5]],
    small: ['1.8', 1],
  },
  {
    framework: HN_M04,
    id: 'hn-m04',
    form: '04',
    leader: false,
    nodes: 14,
    leaves: 11,
    groups: [['1', 15], ['2', 10], ['3', 5]],
    small: ['2.3', 2],
  },
];

const EPS = 1e-9;
const isLeaf = (n: Criterion) => !n.children || n.children.length === 0;
const node = (f: Framework, id: string): Criterion => {
  const placed = findCriterion(f, id);
  if (!placed) throw new Error(`${f.id} has no criterion ${id}`);
  return placed.node;
};
const leavesOf = (n: Criterion): Criterion[] => (isLeaf(n) ? [n] : (n.children ?? []).flatMap(leavesOf));
const kpiInputs = (leader: boolean, abc: readonly RawValue[] = [1, 1, 1], rest: readonly RawValue[] = [1, 1, 1]) =>
  leader ? [...abc, ...rest] : [...abc];

/** Every general criterion answered with the given deduction (0 = a month without breaches), and II with the KPI inputs. */
function fullMonth(f: Framework, leader: boolean, overrides: Record<string, readonly RawValue[]> = {}): Answers {
  const answers: Record<string, readonly RawValue[]> = {};
  for (const leaf of leavesOf(node(f, 'I'))) answers[leaf.id] = [0];
  answers.II = kpiInputs(leader);
  return { ...answers, ...overrides };
}

describe.each(FORMS)('Mẫu số $form ($id)', (c) => {
  const f = c.framework;
  const all = flatten(f);

  describe('shape', () => {
    it('is the seed 004 monthly form with its own bands', () => {
      expect(f.id).toBe(c.id);
      expect(f.source).toBe(`seed 004, Phụ lục 1, Mẫu số ${c.form}`);
      expect(f.scoring).toBe('sum');
      expect(f.totalMax).toBe(100);
      expect(f.bands).toBe(MONTHLY_BANDS);
      expect(f.bandsAreDefault).toBe(false);
      expect(f.title.vi).toContain(`Mẫu số ${c.form}`);
      expect(f.title.en).toContain(`Form ${c.form}`);
      expect(f.audience.vi.length).toBeGreaterThan(0);
      expect(f.audience.en.length).toBeGreaterThan(0);
    });

    it('totals 100 = I (30) + II (70)', () => {
      expect(f.criteria.map((n) => [n.id, n.maxPoints])).toEqual([
        ['I', 30],
        ['II', 70],
      ]);
      expect(f.criteria.reduce((s, n) => s + (n.maxPoints ?? 0), 0)).toBe(f.totalMax);
    });

    it('has the printed groups under I', () => {
      expect(node(f, 'I').children?.map((n) => [n.id, n.maxPoints])).toEqual(c.groups);
    });

    it("gives every parent the sum of its children's maxima", () => {
      for (const { node: n } of all) {
        if (isLeaf(n)) continue;
        const sum = (n.children ?? []).reduce((s, ch) => s + (ch.maxPoints ?? Number.NaN), 0);
        expect(Math.abs(sum - (n.maxPoints ?? Number.NaN)), `${c.id} ${n.id}`).toBeLessThan(EPS);
      }
    });

    it('has unique ids and the expected number of nodes and leaves', () => {
      const ids = all.map((p) => normalizeId(p.node.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(all.length).toBe(c.nodes);
      expect(all.filter((p) => isLeaf(p.node)).length).toBe(c.leaves);
    });

    it('scores every general leaf by capped deduction and II by the KPI result; parents carry no rule', () => {
      for (const { node: n } of all) {
        if (!isLeaf(n)) {
          expect(n.rule, `${c.id} ${n.id}`).toBeUndefined();
          continue;
        }
        expect(n.maxPoints, `${c.id} ${n.id}`).toBeGreaterThan(0);
        expect(n.rule?.kind, `${c.id} ${n.id}`).toBe(n.id === 'II' ? 'kpiResult' : 'cappedDeduction');
      }
      expect(leavesOf(node(f, 'I')).every((n) => n.rule?.kind === 'cappedDeduction')).toBe(true);
    });

    it(`marks II as ${c.leader ? 'a leader' : 'staff'}: ${c.leader ? '(a+b+c+d+đ+e)/6' : '(a+b+c)/3'}`, () => {
      const rule = node(f, 'II').rule;
      expect(rule?.kind).toBe('kpiResult');
      expect((rule?.params as KpiResultParams).leader).toBe(c.leader);
      expect(rule?.inputs.map((i) => i.key)).toEqual(c.leader ? ['a', 'b', 'c', 'd', 'dd', 'e'] : ['a', 'b', 'c']);
      expect(node(f, 'II').method).toMatch(/^Căn cứ vào số điểm KPI quy đổi, .* nhân \(x\) 70%/);
    });

    it('keeps mục III "ĐIỂM TRỪ" as notes of I and a remark, not as a scored node', () => {
      expect(findCriterion(f, 'III')).toBeUndefined();
      const notes = node(f, 'I').notes ?? [];
      expect(notes[0]).toMatch(/^III\. ĐIỂM TRỪ: Căn cứ vào thang điểm quy định .* Điểm trừ không vượt quá số điểm quy định của từng tiêu chí\.$/);
      expect(f.remarks?.some((r) => r.includes('Điểm trừ không vượt quá số điểm quy định của từng tiêu chí.'))).toBe(true);
    });

    it('has clean text: no HTML, no stray characters, no doubled or edge spaces', () => {
      for (const { node: n } of all) {
        for (const t of [n.title, n.method ?? '', ...(n.notes ?? [])]) {
          expect(t, `${c.id} ${n.id}`).not.toMatch(/[<>]|[\u3400-\u9fff]|\s{2}|\t/);
          expect(t, `${c.id} ${n.id}`).toBe(t.trim());
        }
        expect(n.title.length, `${c.id} ${n.id}`).toBeGreaterThan(0);
      }
    });

    it('marks synthesized ids of unnumbered bullets', () => {
      for (const { node: n } of all) {
        if (/\.[a-z]$/.test(n.id)) {
          expect(n.idNote).toBe('Gạch đầu dòng không đánh số trong văn bản; mã do phần mềm đặt');
          expect(isLeaf(n)).toBe(true);
        }
      }
    });

    it('finds criteria by their printed spelling', () => {
      expect(findCriterion(f, 'ii')?.node.id).toBe('II');
      expect(findCriterion(f, ' 1. ')?.node.id).toBe('1');
      expect(findCriterion(f, `${c.small[0]}.`)?.node.id).toBe(c.small[0]);
    });
  });

  describe('scoring', () => {
    it('gives 100 and HTXSNV for a full month without deductions and a = b = c (= d = đ = e) = 100%', () => {
      const s = scoreFramework(f, fullMonth(f, c.leader));
      expect(s.errors).toEqual([]);
      expect(s.unanswered).toEqual([]);
      expect(s.nodes.get('I')?.points).toBe(30);
      expect(s.nodes.get('II')?.points).toBe(70);
      expect(s.total).toBe(100);
      expect(s.grade).toBe('HTXSNV');
    });

    it('caps a deduction at the criterion maximum: never below 0', () => {
      const [id, max] = c.small;
      const leaf = node(f, id);
      expect(leaf.maxPoints).toBe(max);
      expect(scoreCriterion(leaf, [3])).toEqual({ ok: true, value: 0 });
      expect(scoreCriterion(leaf, [max])).toEqual({ ok: true, value: 0 });
      expect(scoreCriterion(leaf, [0])).toEqual({ ok: true, value: max });
      expect(scoreCriterion(leaf, [0.5])).toEqual({ ok: true, value: max - 0.5 });
      expect(scoreCriterion(leaf, ['0,5'])).toEqual({ ok: true, value: max - 0.5 });

      const s = scoreFramework(f, fullMonth(f, c.leader, { [id]: [3] }));
      expect(s.nodes.get(id)?.points).toBe(0);
      expect(s.nodes.get('I')?.points).toBe(30 - max);
      expect(s.total).toBe(100 - max);
    });

    it('rejects a negative deduction', () => {
      const r = scoreCriterion(node(f, c.small[0]), [-1]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('num');
    });

    it('rejects a KPI fraction typed as 95 instead of 95% with #NUM!', () => {
      const ii = node(f, 'II');
      const r = scoreCriterion(ii, kpiInputs(c.leader, [95, 1, 1]));
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('num');

      const s = scoreFramework(f, fullMonth(f, c.leader, { II: kpiInputs(c.leader, [95, 1, 1]) }));
      expect(s.errors.map((e) => [e.id, e.error.code])).toEqual([['II', 'num']]);
      expect(s.total).toBe(30);
    });

    it('reads "95%" as 0.95', () => {
      const r = scoreCriterion(node(f, 'II'), kpiInputs(c.leader, ['95%', 1, 1]));
      // (0.95 + 1 + 1)/3 × 70 = 68.83; a leader: (0.95 + 5)/6 × 70 = 69.42
      expect(r).toEqual({ ok: true, value: c.leader ? 69.42 : 68.83 });
    });

    it('counts an unanswered KPI row as 0 and lists it', () => {
      const s = scoreFramework(f, fullMonth(f, c.leader, { II: [] }));
      expect(s.unanswered).toEqual(['II']);
      expect(s.total).toBe(30);
      // Issue 11 item 17: no KPI, no grade ("chưa đủ dữ liệu"), not "30 điểm — Không hoàn thành nhiệm vụ".
      expect(s.incomplete).toBe(true);
      expect(s.grade).toBeNull();
    });

    if (c.leader) {
      it('scores a leader with a = b = c = 1, d = 0.5, đ = 1, e = 1: 70 × 5.5/6 = 64.17', () => {
        const inputs = [1, 1, 1, 0.5, 1, 1];
        expect(scoreCriterion(node(f, 'II'), inputs)).toEqual({ ok: true, value: 64.17 });
        const s = scoreFramework(f, fullMonth(f, true, { II: inputs }));
        expect(s.total).toBe(94.17);
        expect(s.grade).toBe('HTXSNV');
      });

      it('needs d, đ and e', () => {
        const r = scoreCriterion(node(f, 'II'), [1, 1, 1]);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('value');
      });
    } else {
      it('scores staff as (a+b+c)/3 × 70: a = 1, b = 0.75, c = 0.5 gives 52.5; total 82.5 is HTTNV', () => {
        const inputs = [1, 0.75, 0.5];
        expect(scoreCriterion(node(f, 'II'), inputs)).toEqual({ ok: true, value: 52.5 });
        const s = scoreFramework(f, fullMonth(f, false, { II: inputs }));
        expect(s.total).toBe(82.5);
        expect(s.grade).toBe('HTTNV');
      });

      it('takes no d, đ, e', () => {
        const r = scoreCriterion(node(f, 'II'), [1, 1, 1, 0.5, 1, 1]);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.code).toBe('value');
      });
    }
  });
});

describe('seed 004 details', () => {
  it('reads "0,5" as 0.5 (Mẫu 01 and 02, 1.5, 1.6, 2.5, 2.6)', () => {
    for (const f of [HN_M01, HN_M02]) {
      for (const id of ['1.5', '1.6', '2.5', '2.6']) expect(node(f, id).maxPoints, `${f.id} ${id}`).toBe(0.5);
    }
  });

  it('makes the point-carrying "-" bullets of Mẫu 01 and 02 leaves 3.1.a … 3.5.d', () => {
    for (const f of [HN_M01, HN_M02]) {
      expect(node(f, '3').children?.map((n) => [n.id, n.maxPoints, n.children?.length])).toEqual([
        ['3.1', 4, 4],
        ['3.2', 3, 3],
        ['3.3', 2, 2],
        ['3.4', 3, 3],
        ['3.5', 4, 4],
      ]);
      expect(node(f, '3.5.d').title).toMatch(/^Quyết đoán, kịp thời đưa ra quyết định trong phạm vi th.m quyền, không né tránh;/);
    }
  });

  it('joins rows split by a page break', () => {
    expect(node(HN_M01, '1.6').title).toMatch(/phấn đấu vì mục tiêu phát triển của tổ chức, cơ quan, đơn vị, đóng góp vào mục tiêu chung của đất nước\.$/);
    expect(node(HN_M02, '3.2.b').title).toMatch(/giải pháp phù hợp, khả thi, hiệu quả để tháo gỡ điểm nghẽn, thúc đẩy phát triển\.$/);
    expect(node(HN_M03, '1.6').title).toMatch(/hoạt động của tổ chức, cơ quan, đơn vị với cấp trên khi được yêu cầu\.$/);
    expect(node(HN_M04, '2.3').title).toBe('Nắm vững quy chế, quy trình tác nghiệp theo yêu cầu nhiệm vụ được giao.');
  });

  it('keeps the unscored bullets of Mẫu 03 2.1–2.4 in the method of their sub-criterion', () => {
    const bullets = (id: string) => node(HN_M03, id).method?.split('\n').filter((l) => l.startsWith('- ')).length;
    expect([bullets('2.1'), bullets('2.2'), bullets('2.3'), bullets('2.4')]).toEqual([4, 2, 3, 3]);
    expect(node(HN_M03, '2.1').title).toBe('Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm');
    expect(node(HN_M03, '2.1').method).toContain('áp dụng khoa học - công nghệ vào công việc chuyên môn.');
  });

  it('scores group 3 of Mẫu 03 and 04 (5 points, no numbered children) as a leaf', () => {
    for (const f of [HN_M03, HN_M04]) {
      const g = node(f, '3');
      expect(isLeaf(g)).toBe(true);
      expect(g.maxPoints).toBe(5);
      expect(g.rule?.kind).toBe('cappedDeduction');
      expect(g.method).toMatch(/^Tinh thần tự phê bình, tự soi, tự sửa của cá nhân;/);
    }
  });

  it('keeps the five result bullets of the leaders’ II row', () => {
    for (const f of [HN_M01, HN_M02]) {
      expect(node(f, 'II').method?.split('\n').filter((l) => l.startsWith('- ')).length).toBe(5);
    }
  });
});
