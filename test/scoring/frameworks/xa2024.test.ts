import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSelfScore, findCriterion, flatten, ruleHelp, scoreCriterion, scoreFramework, type Answers } from '../../../src/scoring/criterion';
import { XA_2024 } from '../../../src/scoring/frameworks/xa2024';
import { DEFAULT_BANDS } from '../../../src/scoring/grades';
import type { RawValue } from '../../../src/scoring/params';
import type { Criterion, Framework } from '../../../src/scoring/types';

const framework: Framework = XA_2024;
const nodeOf = (id: string): Criterion => {
  const placed = findCriterion(framework, id);
  if (!placed) throw new Error(`no criterion ${id}`);
  return placed.node;
};
const score = (id: string, raws: readonly RawValue[]) => scoreCriterion(nodeOf(id), raws);
const points = (id: string, raws: readonly RawValue[]): number => {
  const r = score(id, raws);
  if (!r.ok) throw new Error(`${id}: ${r.error.message.en}`);
  return r.value;
};

const all = flatten(framework);
const leaves = all.filter((p) => !p.node.children || p.node.children.length === 0);
const parents = all.filter((p) => p.node.children && p.node.children.length > 0);

describe('XA_2024 — shape', () => {
  it('is the 100-point commune framework of seed 002 with the default bands', () => {
    expect(framework.id).toBe('xa-2024');
    expect(framework.scoring).toBe('sum');
    expect(framework.totalMax).toBe(100);
    expect(framework.bands).toBe(DEFAULT_BANDS);
    expect(framework.bandsAreDefault).toBe(true);
    expect(framework.title.vi).not.toBe('');
    expect(framework.title.en).not.toBe('');
  });

  it('totals 100 = 77 + 20 + 3', () => {
    expect(framework.criteria.map((c) => [c.id, c.maxPoints])).toEqual([
      ['NỘI DUNG I', 77],
      ['NỘI DUNG II', 20],
      ['NỘI DUNG III', 3],
    ]);
    expect(framework.criteria.reduce((s, c) => s + (c.maxPoints ?? 0), 0)).toBe(100);
    expect(leaves.reduce((s, p) => s + (p.node.maxPoints ?? 0), 0)).toBeCloseTo(100, 9);
  });

  it('has every section I–X under its content', () => {
    const sections = (id: string) => nodeOf(id).children?.map((c) => c.id);
    expect(sections('NỘI DUNG I')).toEqual(['I', 'II', 'III', 'IV', 'V']);
    expect(sections('NỘI DUNG II')).toEqual(['VI', 'VII', 'VIII']);
    expect(sections('NỘI DUNG III')).toEqual(['IX', 'X']);
  });

  it('has the 113 printed rows (80 scored leaves), each id once', () => {
    expect(all).toHaveLength(113);
    expect(leaves).toHaveLength(80);
    expect(new Set(all.map((p) => p.node.id)).size).toBe(113);
  });

  it('makes every parent the sum of its children', () => {
    for (const { node } of parents) {
      const sum = node.children!.reduce((s, c) => s + (c.maxPoints ?? 0), 0);
      expect(sum, node.id).toBeCloseTo(node.maxPoints ?? NaN, 9);
      expect(node.rule, node.id).toBeUndefined();
    }
  });

  it('gives every leaf a rule and the method text; the criteria that carry the scoring directly are leaves', () => {
    for (const { node } of leaves) {
      expect(node.rule, node.id).toBeDefined();
      expect(node.method, node.id).toMatch(/\S/);
      expect(node.title, node.id).not.toMatch(/<[^>]+>/);
      expect(node.method ?? '', node.id).not.toMatch(/<[^>]+>/);
      expect(node.evidence ?? '', node.id).not.toMatch(/<[^>]+>/);
    }
    for (const id of ['3.5', '4.1', '4.2', '6.1', '6.2', '7.1', '7.2', '7.3', 'IX', 'X']) {
      expect(nodeOf(id).children, id).toBeUndefined();
      expect(nodeOf(id).rule, id).toBeDefined();
    }
  });

  it('lets every leaf reach exactly 0 and its maximum, and nothing above', () => {
    for (const { node } of leaves) {
      const max = node.maxPoints!;
      expect(checkSelfScore(node, max).ok, `${node.id} max`).toBe(true);
      expect(checkSelfScore(node, 0).ok, `${node.id} 0`).toBe(true);
      expect(checkSelfScore(node, max + 0.5).ok, `${node.id} above`).toBe(false);
      if (node.rule?.kind === 'levels') {
        const options = (node.rule.params as { options: { label: string; points: number }[] }).options;
        expect(Math.max(...options.map((o) => o.points)), node.id).toBe(max);
        expect(options.length, node.id).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('labels every input and special case in both languages', () => {
    for (const { node } of leaves) {
      for (const spec of node.rule!.inputs) {
        expect(spec.label.vi, node.id).toMatch(/\S/);
        expect(spec.label.en, node.id).toMatch(/\S/);
      }
      for (const special of node.rule!.specialCases) {
        expect(special.label.vi, node.id).toMatch(/\S/);
        expect(special.label.en, node.id).toMatch(/\S/);
      }
    }
  });

  it('keeps the printed ids 2.3 and 2.4 and explains the missing 2.2', () => {
    expect(findCriterion(framework, '2.2')).toBeUndefined();
    for (const id of ['2.3', '2.4']) expect(nodeOf(id).idNote, id).toMatch(/2\.2/);
    expect(nodeOf('2.1').idNote).toBeUndefined();
    expect(framework.remarks?.some((r) => r.includes('2.2') && r.includes('2.3'))).toBe(true);
  });

  it('puts evidence and appraisers where the text prints them', () => {
    expect(nodeOf('I').evidence).toBe('03 Phiếu đánh giá của Lãnh đạo UBND huyện');
    expect(nodeOf('I').appraiser).toBe('Phòng Nội vụ TH');
    expect(nodeOf('2.1').appraiser).toBe('Thanh tra huyện');
    expect(nodeOf('5.5.4').appraiser).toBe('Phòng Văn hóa và Thông tin');
    expect(nodeOf('NỘI DUNG III').appraiser).toBe('Phòng Nội vụ');
    // Printed one column to the right in the text.
    expect(nodeOf('3.6.2').evidence).toMatch(/^Quyết định công nhận phạm vi ảnh hưởng cấp tỉnh/);
    expect(nodeOf('IX').evidence).toBe('Kế hoạch khắc phục hạn chế, yếu kém của địa phương.');
    expect(nodeOf('VIII').notes?.[0]).toMatch(/năm đầu tiên đánh giá/);
    expect(nodeOf('2.3.4').notes?.[0]).toMatch(/chấm 1 điểm/);
  });

  // The official text, where the workspace has it: every row id, title and maximum as printed.
  const seedPath = resolve(__dirname, '../../../../shared/seeds/002_6aa5c0408bd1528a.txt');
  it.skipIf(!existsSync(seedPath))('matches every id, title and maximum of Phụ lục II', () => {
    const lines = readFileSync(seedPath, 'utf8').split('\n');
    const start = lines.findIndex((l) => l.startsWith('CỘNG TỔNG'));
    const end = lines.findIndex((l) => l.startsWith('PHÂN CÔNG CHẤM ĐIỂM'));
    const rows = lines
      .slice(start + 1, end)
      .map((l) => l.split('\t'))
      .filter((cells) => /^(\d+(\.\d+)+|[IVX]+|NỘI DUNG [I]+\..*)$/.test(cells[0] ?? ''))
      .map((cells) => {
        const first = cells[0]!;
        const content = /^(NỘI DUNG [I]+)\. (.*)$/.exec(first);
        return content
          ? { id: content[1], title: content[2], max: cells[2] }
          : { id: first, title: cells[1], max: cells[2] };
      });
    expect(rows).toHaveLength(113);
    expect(all.map((p) => p.node.id)).toEqual(rows.map((r) => r.id));
    for (const [i, row] of rows.entries()) {
      const node = all[i]!.node;
      expect(node.title, row.id).toBe(row.title?.trim());
      expect(node.maxPoints, row.id).toBe(Number(row.max?.replace(',', '.')));
    }
  });
});

describe('XA_2024 — rules at their boundaries', () => {
  it('1.1–1.5: survey, literal formula capped at 4; B = 0 is an error', () => {
    for (const id of ['1.1', '1.2', '1.3', '1.4', '1.5']) expect(nodeOf(id).rule?.kind).toBe('survey');
    const r = score('1.1', []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('div0');
    expect(score('1.1', [0, 0, 0, 0, 0]).ok).toBe(false);
    expect(points('1.1', [10, 0, 0, 0, 0])).toBe(1);
    expect(points('1.1', [0, 0, 0, 10, 0])).toBe(4);
    expect(points('1.1', [0, 0, 0, 0, 10])).toBe(4);
    expect(points('1.5', [1, 1, 1, 0, 0])).toBe(2);
  });

  it('7.1: all on time 5; at most 5 late 2; 6 late 0; any unfinished 0', () => {
    expect(points('7.1', [0, 0])).toBe(5);
    expect(points('7.1', [0, 1])).toBe(2);
    expect(points('7.1', [0, 5])).toBe(2);
    expect(points('7.1', [0, 6])).toBe(0);
    expect(points('7.1', [1, 0])).toBe(0);
    expect(points('7.1', [1, 3])).toBe(0);
    expect(score('7.1', [0.5, 0]).ok).toBe(false);
    expect(checkSelfScore(nodeOf('7.1'), 3).ok).toBe(false);
  });

  it('5.5.3.4: 99% with one overdue 0,5; 98.9% 0; two overdue 0; 100% none overdue 1', () => {
    expect(points('5.5.3.4', [99, 100, 1])).toBe(0.5);
    expect(points('5.5.3.4', [989, 1000, 1])).toBe(0);
    expect(points('5.5.3.4', [989, 1000, 0])).toBe(0);
    expect(points('5.5.3.4', [998, 1000, 2])).toBe(0);
    expect(points('5.5.3.4', [100, 100, 0])).toBe(1);
    expect(points('5.5.3.4', [99, 100, 0])).toBe(1);
    expect(points('5.5.3.4', [0, 0, 0])).toBe(0);
  });

  it('counts that contradict themselves are refused, not scored', () => {
    // 5.5.3.4: on time + overdue cannot exceed the dossiers returned; 2.3.4: overdue + unresolved cannot exceed those received.
    const e5534 = score('5.5.3.4', [100, 100, 1]);
    expect(e5534.ok).toBe(false);
    if (!e5534.ok) expect(e5534.error.message.vi).toMatch(/\+ Số hồ sơ quá hạn lớn hơn Tổng số hồ sơ/);
    expect(score('5.5.3.4', [99, 100, 1]).ok).toBe(true);
    expect(score('2.3.4', [1, 1, 1]).ok).toBe(false);
    expect(score('2.3.4', [2, 1, 1])).toEqual({ ok: true, value: 0 });
  });

  it('2.3.4: on time 1; overdue 0,5; unresolved 0; none received 1, typed or as the special case', () => {
    expect(points('2.3.4', [10, 0, 0])).toBe(1);
    expect(points('2.3.4', [10, 1, 0])).toBe(0.5);
    expect(points('2.3.4', [10, 1, 1])).toBe(0);
    expect(points('2.3.4', [10, 0, 1])).toBe(0);
    expect(points('2.3.4', [0, 0, 0])).toBe(1);
    expect(points('2.3.4', ['khong-don-thu'])).toBe(1);
    expect(points('2.3.4', ['Trong năm đánh giá không có đơn, thư khiếu nại, tố cáo'])).toBe(1);
  });

  it('2.4.2: from 85% resolved 1, under 0; no recommendations 0,5', () => {
    expect(points('2.4.2', [17, 20])).toBe(1);
    expect(points('2.4.2', [85, 100])).toBe(1);
    expect(points('2.4.2', [84, 100])).toBe(0);
    // Lưu ý: "Trường hợp qua Hội nghị đối thoại mà người dân, doanh nghiệp không có kiến nghị, đề xuất thì chấm 0,5 điểm".
    expect(points('2.4.2', [0, 0])).toBe(0.5);
    expect(points('2.4.2', ['khong-kien-nghi'])).toBe(0.5);
    expect(checkSelfScore(nodeOf('2.4.2'), 0.5).ok).toBe(true);
  });

  it('5.5.4.3: from 90% processed digitally 0,5 (fixed), under 0', () => {
    expect(points('5.5.4.3', [9, 10])).toBe(0.5);
    expect(points('5.5.4.3', [95, 100])).toBe(0.5);
    expect(points('5.5.4.3', [89, 100])).toBe(0);
    expect(points('5.5.4.3', [0, 0])).toBe(0);
  });

  it('5.5.1: 80% exactly reaches the threshold (8 of 10 = 0,8); 79% gives 0; no target is an error', () => {
    expect(points('5.5.1', [8, 10])).toBe(0.8);
    expect(points('5.5.1', [79, 100])).toBe(0);
    expect(points('5.5.1', [12, 10])).toBe(1);
    const r = score('5.5.1', [0, 0]);
    expect(r.ok ? null : r.error.code).toBe('div0');
  });

  it('7.2 at 70%, 5.5.4.6 at 90%, 6.2 and X at 80%', () => {
    expect(points('7.2', [70, 100])).toBe(1.4);
    expect(points('7.2', [69.9, 100])).toBe(0);
    expect(points('5.5.4.6', [90, 100])).toBe(1.35);
    expect(points('5.5.4.6', [899, 1000])).toBe(0);
    expect(points('6.2', [80, 100])).toBe(4);
    expect(points('6.2', [79, 100])).toBe(0);
    expect(points('X', [8, 10])).toBe(1.6);
    expect(points('X', [7, 10])).toBe(0);
  });

  it('7.3: from 80% proportional; no recommendations in 3 years 0,5', () => {
    expect(points('7.3', [4, 5])).toBe(1.6);
    expect(points('7.3', [3, 5])).toBe(0);
    expect(points('7.3', ['khong-kien-nghi'])).toBe(0.5);
    expect(checkSelfScore(nodeOf('7.3'), 0.5).ok).toBe(true);
  });

  it('8.3.1: ranks, a smaller number is higher; 8.3.2: scores', () => {
    expect(points('8.3.1', [3, 5])).toBe(1);
    expect(points('8.3.1', [5, 5])).toBe(0.5);
    expect(points('8.3.1', [5, 3])).toBe(0);
    expect(points('8.3.2', [85.5, 80])).toBe(2);
    expect(points('8.3.2', [80, 80])).toBe(1);
    expect(points('8.3.2', [79, 80])).toBe(0);
  });

  it('8.1, 8.2: the first year of assessment gives full points', () => {
    expect(points('8.1', ['nam-dau-tien'])).toBe(1);
    expect(points('8.2', ['Năm đầu tiên đánh giá (2024): chấm điểm tối đa'])).toBe(1);
    expect(points('8.1', ['Không có báo cáo'])).toBe(0);
    expect(points('8.2', ['Xây dựng Kế hoạch khắc phục'])).toBe(1);
  });

  it('5.2.4.1: each grade; 5.2.4.2: the lowest grade among staff', () => {
    expect(points('5.2.4.1', ['KHTNV'])).toBe(0);
    expect(points('5.2.4.1', ['HTNV'])).toBe(0.5);
    expect(points('5.2.4.1', ['HTTNV'])).toBe(1);
    expect(points('5.2.4.1', ['HTXSNV'])).toBe(2);
    expect(points('5.2.4.1', ['Hoàn thành xuất sắc nhiệm vụ'])).toBe(2);
    expect(points('5.2.4.2', ['HTXSNV'])).toBe(1);
    expect(points('5.2.4.2', ['HTTNV'])).toBe(1);
    expect(points('5.2.4.2', ['HTNV'])).toBe(0.5);
    expect(points('5.2.4.2', ['KHTNV'])).toBe(0);
  });

  it('levels: an outcome by its label or by its points', () => {
    expect(points('2.3.1', ['Bố trí phòng riêng nhưng niêm yết không đầy đủ'])).toBe(0.5);
    expect(points('2.3.1', ['0,5'])).toBe(0.5);
    expect(points('2.3.1', [0.5])).toBe(0.5);
    expect(points('2.3.1', ['1'])).toBe(1);
    expect(points('2.1.1', ['ban hành  đầy đủ'])).toBe(1);
    expect(points('2.1.1', ['Ban hành không đầy đủ'])).toBe(0);
    expect(points('3.6.2', ['1'])).toBe(1);
    expect(points('3.6.2', ['Có giải pháp, sáng kiến cấp tỉnh trở lên'])).toBe(2);
    expect(points('5.5.5.1', ['Không phát sinh nhiệm vụ ban hành văn bản QPPL'])).toBe(0.5);
    expect(points('5.5.5.1', ['Có văn bản QPPL ban hành không đúng quy định'])).toBe(0);
    const bad = score('2.1.1', ['0,5']);
    expect(bad.ok ? null : bad.error.code).toBe('value');
  });
});

describe('XA_2024 — whole framework', () => {
  it('adds up to 100 with full self-scores and to 0 with zero', () => {
    const full: Answers = Object.fromEntries(leaves.map((p) => [p.node.id, { selfScore: p.node.maxPoints! }]));
    const fullScore = scoreFramework(framework, full);
    expect(fullScore.errors).toEqual([]);
    expect(fullScore.total).toBe(100);
    expect(fullScore.nodes.get('NỘI DUNG I')?.points).toBe(77);
    expect(fullScore.nodes.get('II')?.points).toBe(8.5);
    expect(fullScore.grade).toBe('HTXSNV');
    const zero: Answers = Object.fromEntries(leaves.map((p) => [p.node.id, { selfScore: 0 }]));
    expect(scoreFramework(framework, zero).total).toBe(0);
  });

  it('lists unanswered leaves and scores from inputs', () => {
    const result = scoreFramework(framework, { '7.1': [0, 5], '5.5.1': [8, 10], '8.1': ['nam-dau-tien'] });
    expect(result.total).toBe(3.8);
    expect(result.nodes.get('VII')?.points).toBe(2);
    expect(result.unanswered).toHaveLength(77);
  });
});

describe('xa-2024 — inputs the way Excel sends them', () => {
  const node = (id: string) => findCriterion(XA_2024, id)!.node;
  it('accepts a special case with the other input cells blank as 0 (desktop Excel)', () => {
    expect(scoreCriterion(node('7.3'), ['khong-kien-nghi', 0])).toEqual({ ok: true, value: 0.5 });
    expect(scoreCriterion(node('2.3.4'), ['khong-don-thu', 0, 0])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(node('8.1'), ['nam-dau-tien', 0])).toEqual({ ok: true, value: 1 });
    expect(scoreCriterion(node('8.1'), ['nam-dau-tien', 1]).ok).toBe(false);
  });
  it('refuses a part larger than its whole instead of scoring it', () => {
    const r = scoreCriterion(node('2.4.2'), [30, 20]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('value');
    expect(scoreCriterion(node('5.5.3.4'), [100, 99, 0]).ok).toBe(false);
    expect(scoreCriterion(node('5.5.4.3'), [11, 10]).ok).toBe(false);
    expect(scoreCriterion(node('2.3.4'), [2, 3, 0]).ok).toBe(false);
    expect(scoreCriterion(node('2.4.2'), [17, 20])).toEqual({ ok: true, value: 1 });
  });
  it('shows the special cases in the rule help', () => {
    expect(ruleHelp(node('7.3'))?.vi).toContain('[khong-kien-nghi] = 0,5');
    expect(ruleHelp(node('8.1'))?.en).toContain('[nam-dau-tien] = 1');
  });
});
