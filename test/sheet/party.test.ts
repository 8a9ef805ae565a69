/**
 * Issue 13 item 6 — seed 003's Party forms, filled as a user does and checked: the levels of each content, the four
 * quality levels, the civil-servant grade as the basis of the Party-member grade (kế hoạch 3b), the 2020 timeline.
 */
import { describe, expect, it } from 'vitest';
import { flatten } from '../../src/scoring';
import { PARTY_01, PARTY_02 } from '../../src/scoring/frameworks/party';
import { checkGradeBasis, PARTY_TIMELINE, partyStepEnd } from '../../src/scoring/frameworks/partyRules';
import { a1 } from '../../src/sheet/a1';
import { MemoryWorkbook } from '../../src/sheet/memoryHost';
import { checkSheet, fillTemplate } from '../../src/sheet/operations';
import { isGradeField, isPartyLevel, partyHeadCells, planParty } from '../../src/sheet/plans/partyForm';
import type { SheetIssue } from '../../src/sheet/types';

const A = 'Hoàn thành xuất sắc nhiệm vụ';
const B = 'Hoàn thành tốt nhiệm vụ';
const C = 'Hoàn thành nhiệm vụ';

/** Fills every field of a form: words in the text fields, "Tốt" in the levels, `grades[id]` in the grade fields. */
async function filled(id: 'hdkd-01' | 'hdkd-02', grades: Readonly<Record<string, string>>, skip: readonly string[] = [], levels: Readonly<Record<string, string>> = {}) {
  const wb = new MemoryWorkbook();
  const r = await fillTemplate(wb, id, { name: 'Trần Văn Bình', unit: 'Phòng Tổng hợp', post: 'Chuyên viên', year: 2020 });
  if (!r.ok) throw new Error('fill');
  const sheet = r.value.sheet;
  const fw = id === 'hdkd-01' ? PARTY_01 : PARTY_02;
  const plan = planParty(fw);
  for (const { node } of flatten(fw)) {
    if (node.children?.length || skip.includes(node.id)) continue;
    const cell = a1(plan.layout.rowOf[node.id]! + 1, 0);
    if (isPartyLevel(node)) wb.setValue(sheet, cell, levels[node.id] ?? 'Tốt');
    else if (isGradeField(node)) {
      if (grades[node.id]) wb.setValue(sheet, cell, grades[node.id]!);
    } else wb.setValue(sheet, cell, 'Đã thực hiện đầy đủ theo kế hoạch.');
  }
  const cells = partyHeadCells(id);
  if (cells.cell) wb.setValue(sheet, a1(...cells.cell), 'Chi bộ Văn phòng');
  return { wb, sheet, plan };
}

const codes = (issues: readonly SheetIssue[]) => issues.map((i) => `${i.code}${i.criterion ? ` ${i.criterion}` : ''}`).sort();

describe('the two forms as frameworks', () => {
  for (const fw of [PARTY_01, PARTY_02]) {
    it(`${fw.id}: cites its source, unique ids, a narrative rule on every leaf and none on parents`, () => {
      expect(fw.source).toMatch(/^seed 003, mẫu 0[12]-HDKĐ\.ĐG$/);
      const nodes = flatten(fw).map((p) => p.node);
      expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
      for (const n of nodes) expect(n.children?.length ? n.rule : n.rule?.kind, n.id).toBe(n.children?.length ? undefined : 'narrative');
    });
  }
  it('the contents self-rated as printed: I.1–I.5 and III (01); I.1, I.2 and III (02)', () => {
    const rated = (fw: typeof PARTY_01 | typeof PARTY_02) => flatten(fw).filter((p) => isPartyLevel(p.node)).map((p) => p.node.id);
    expect(rated(PARTY_01)).toEqual(['I.1.CĐ', 'I.2.CĐ', 'I.3.CĐ', 'I.4.CĐ', 'I.5.CĐ', 'III.CĐ']);
    expect(rated(PARTY_02)).toEqual(['I.1.CĐ', 'I.2.CĐ', 'III.CĐ']);
  });
});

describe('the grade-basis rule (seed 003, kế hoạch 3b)', () => {
  it('a Party-member grade above the civil-servant grade, or without it, is a warning; equal or below is fine', () => {
    expect(checkGradeBasis('HTTNV', 'HTXSNV')?.vi).toBe(
      `Xếp loại đảng viên "${A}" cao hơn xếp loại công chức, viên chức "${B}": kết quả xếp loại công chức, viên chức là cơ sở để xếp loại đảng viên.`,
    );
    expect(checkGradeBasis(null, 'HTNV')?.vi).toContain('chưa có mức xếp loại công chức, viên chức');
    expect(checkGradeBasis('HTTNV', 'HTTNV')).toBeNull();
    expect(checkGradeBasis('HTTNV', 'HTNV')).toBeNull();
    expect(checkGradeBasis('HTTNV', null)).toBeNull();
  });
});

describe('the timeline (seed 003, mục 5)', () => {
  it('05/12, 10/12 before the day; 15/12 at the latest on the day; 31/12 before the day', () => {
    expect(PARTY_TIMELINE.map((s) => partyStepEnd(s, 2020).toISOString())).toEqual([
      '2020-12-04T23:59:59.000Z',
      '2020-12-09T23:59:59.000Z',
      '2020-12-15T23:59:59.000Z',
      '2020-12-30T23:59:59.000Z',
    ]);
  });
});

describe('mẫu 02-HDKĐ.ĐG filled and checked', () => {
  it('prints the head of the form and offers the levels and grades as lists', async () => {
    const plan = planParty(PARTY_02, { name: 'Trần Văn Bình', year: 2020 });
    expect(plan.grid[3]![0]?.value).toBe('BẢN KIỂM ĐIỂM CÁ NHÂN');
    expect(plan.grid[0]![2]?.value).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(plan.grid[partyHeadCells('hdkd-02').name![0]]![1]?.value).toBe('Trần Văn Bình');
    const lists = plan.validations.map((v) => v.list.join('; '));
    expect(lists.filter((l) => l === 'Xuất sắc; Tốt; Trung bình; Kém')).toHaveLength(3); // I.1, I.2, III
    expect(lists.filter((l) => l.startsWith('Hoàn thành xuất sắc nhiệm vụ'))).toHaveLength(5); // VII.1, VII.2, CQ.2, CU.2, DU.1
  });

  it('warns where the Party-member grade is above the civil-servant grade, self and authorities alike', async () => {
    const { wb, sheet } = await filled('hdkd-02', { 'VII.1': B, 'VII.2': A, 'CQ.2': C, 'CU.2': B, 'DU.1': C });
    const r = await checkSheet(wb, { sheet, now: new Date('2020-12-01T08:00:00+07:00') });
    if (!r.ok) throw new Error('check');
    // Nothing missing before 05/12: the two steps of the individual's timeline are shown as info.
    expect(codes(r.value.value)).toEqual(['D0', 'D0', 'G3 CU.2', 'G3 VII.2']);
    const vii2 = r.value.value.find((i) => i.criterion === 'VII.2')!;
    expect(vii2.message.vi).toBe(
      `Xếp loại đảng viên (tự nhận): Xếp loại đảng viên "${A}" cao hơn xếp loại công chức, viên chức "${B}": kết quả xếp loại công chức, viên chức là cơ sở để xếp loại đảng viên.`,
    );
    expect(r.value.value.filter((i) => i.code === 'D0').map((i) => i.message.vi)).toEqual([
      'Thời hạn (kế hoạch năm 2020, áp dụng cho năm 2020) — Trước ngày 05/12/2020: Các phòng, ban, đơn vị hoàn thành kiểm điểm, đánh giá, xếp loại tập thể và cá nhân; gửi báo cáo về Phòng Hành chính - Tổ chức.',
      'Thời hạn (kế hoạch năm 2020, áp dụng cho năm 2020) — Trước ngày 31/12/2020: Hoàn chỉnh Báo cáo, Bản đánh giá, xếp loại chất lượng đối với từng cá nhân thuộc diện Ban Thường vụ Tỉnh ủy quản lý, gửi cấp thẩm quyền và UBND tỉnh.',
    ]);
  });

  it('a Party-member grade with no civil-servant grade; a missing level and content past 05/12 is late', async () => {
    const { wb, sheet } = await filled('hdkd-02', { 'VII.2': B }, ['I.2.CĐ', 'II.2']);
    const r = await checkSheet(wb, { sheet, now: new Date('2020-12-07T08:00:00+07:00') });
    if (!r.ok) throw new Error('check');
    expect(codes(r.value.value)).toEqual(['D0', 'D1', 'G1 VII.1', 'G3 VII.2', 'L1 I.2.CĐ', 'N1 II.2']);
    expect(r.value.value.find((i) => i.code === 'D1')!.message.vi).toContain('Đã quá hạn — Trước ngày 05/12/2020');
    expect(r.value.value.find((i) => i.code === 'D1')!.message.vi).toContain('Mẫu còn 3 mục chưa điền.');
  });

  it('a level or a grade that is not one of the listed ones is an error', async () => {
    const { wb, sheet } = await filled('hdkd-02', { 'VII.1': 'Hoàn thành rất tốt', 'VII.2': B }, [], { 'I.1.CĐ': 'Khá' });
    const r = await checkSheet(wb, { sheet, now: new Date('2020-12-01T08:00:00+07:00') });
    if (!r.ok) throw new Error('check');
    expect(codes(r.value.value)).toEqual(['D0', 'D0', 'G2 VII.1', 'G3 VII.2', 'L2 I.1.CĐ']);
  });
});

describe('mẫu 01-HDKĐ.ĐG filled and checked', () => {
  it('the collective’s report: five contents and III self-rated, the proposed level; the office’s three steps', async () => {
    const { wb, sheet } = await filled('hdkd-01', { 'VII.1': B });
    const r = await checkSheet(wb, { sheet, now: new Date('2020-12-08T08:00:00+07:00') });
    if (!r.ok) throw new Error('check');
    expect(codes(r.value.value)).toEqual(['D0', 'D0', 'D0']);
    const plan = planParty(PARTY_01);
    expect(plan.validations.filter((v) => v.list.join('; ') === 'Xuất sắc; Tốt; Trung bình; Kém')).toHaveLength(6);
  });

  it('missing levels after 10/12: late for every step passed', async () => {
    const { wb, sheet } = await filled('hdkd-01', {}, ['I.3.CĐ']);
    const r = await checkSheet(wb, { sheet, now: new Date('2020-12-12T08:00:00+07:00') });
    if (!r.ok) throw new Error('check');
    expect(codes(r.value.value)).toEqual(['D0', 'D1', 'D1', 'G1 VII.1', 'L1 I.3.CĐ']);
  });
});
