import { describe, expect, it } from 'vitest';
import { checkSelfScore, findCriterion, flatten, isScorable, scoreCriterion, scoreFramework } from '../../../src/scoring/criterion';
import { ND90_LEVEL_CHOICES, ND90_M02, ND90_M03 } from '../../../src/scoring/frameworks/nd90';
import { DEFAULT_BANDS } from '../../../src/scoring/grades';
import type { Criterion, Framework } from '../../../src/scoring/types';

const LEVELS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ', 'Không hoàn thành nhiệm vụ'];

const get = (f: Framework, id: string): Criterion => {
  const found = findCriterion(f, id);
  if (!found) throw new Error(`no criterion ${id} in ${f.id}`);
  return found.node;
};

const leavesOf = (f: Framework) => flatten(f).filter((p) => !p.node.children || p.node.children.length === 0).map((p) => p.node);

const cases = [
  {
    form: ND90_M02 as Framework,
    id: 'nd90-m02',
    source: 'seed 003, Mẫu số 02',
    leaderHeading: 'PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ',
    header: 'Chức vụ, chức danh',
    part4: ['IV.1', 'IV.2', 'IV.3'],
  },
  {
    form: ND90_M03 as Framework,
    id: 'nd90-m03',
    source: 'seed 003, Mẫu số 03',
    leaderHeading: 'PHẦN DÀNH RIÊNG CHO VIÊN CHỨC QUẢN LÝ',
    header: 'Chức danh nghề nghiệp',
    part4: ['IV.1', 'IV.2'],
  },
];

describe.each(cases)('$id: structure (seed 003)', ({ form, id, source, leaderHeading, header, part4 }) => {
  it('is a narrative framework with default bands and no total', () => {
    expect(form.id).toBe(id);
    expect(form.source).toBe(source);
    expect(form.scoring).toBe('narrative');
    expect(form.totalMax).toBeNull();
    expect(form.bands).toBe(DEFAULT_BANDS);
    expect(form.bandsAreDefault).toBe(true);
    expect(form.editableRows).toBeUndefined();
  });

  it('names the header fields the sheet must ask', () => {
    const headerLine = form.remarks?.find((r) => r.startsWith('Đầu phiếu')) ?? '';
    for (const f of ['Năm', 'Họ và tên', header, 'Đơn vị công tác']) expect(headerLine).toContain(f);
  });

  it('has parts I–IV, with fields 1–9 in part I', () => {
    expect(form.criteria.map((c) => c.id)).toEqual(['I', 'II', 'III', 'IV']);
    expect(get(form, 'I').title).toBe('KẾT QUẢ TỰ ĐÁNH GIÁ');
    expect(get(form, 'II').title).toBe('TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG');
    expect(get(form, 'I').children?.map((c) => c.id)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(get(form, 'II').children?.map((c) => c.id)).toEqual(['II.1', 'II.2']);
    expect(get(form, 'IV').children?.map((c) => c.id)).toEqual(part4);
    expect(get(form, 'III').children).toBeUndefined();
    expect(get(form, 'IV').notes).toContain('(Phần dành cho cấp có thẩm quyền đánh giá)');
  });

  it('keeps the parenthesised guidance in the titles of 5 and 6', () => {
    expect(get(form, '5').title).toBe(
      'Kết quả thực hiện chức trách, nhiệm vụ được giao (xác định rõ nội dung công việc thực hiện; tỉ lệ hoàn thành, chất lượng, tiến độ công việc)',
    );
    expect(get(form, '6').title).toBe(
      'Thái độ phục vụ nhân dân, doanh nghiệp (đối với những vị trí tiếp xúc trực tiếp hoặc trực tiếp giải quyết công việc của người dân và doanh nghiệp)',
    );
  });

  it('marks 7–9, and only them, with the leaders-only heading', () => {
    const marked = flatten(form)
      .filter((p) => p.node.notes?.includes(leaderHeading))
      .map((p) => p.node.id);
    expect(marked).toEqual(['7', '8', '9']);
    expect(get(form, '8').title).toBe('Năng lực lãnh đạo, quản lý');
    expect(get(form, '9').title).toBe('Năng lực tập hợp, đoàn kết');
  });

  it('ids are unique and found by findCriterion', () => {
    const ids = flatten(form).map((p) => p.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(findCriterion(form, 'ii.2')?.node.id).toBe('II.2');
  });
});

describe.each(cases)('$id: nothing is scored', ({ form }) => {
  it('every leaf is narrative, without maximum, and not scorable', () => {
    const leaves = leavesOf(form);
    expect(leaves.length).toBeGreaterThan(0);
    for (const leaf of leaves) {
      expect(leaf.rule?.kind).toBe('narrative');
      expect(leaf.maxPoints).toBeNull();
      expect(isScorable(leaf)).toBe(false);
      const r = scoreCriterion(leaf, ['Tốt']);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('na');
      const typed = checkSelfScore(leaf, 1);
      expect(typed.ok).toBe(false);
      if (!typed.ok) expect(typed.error.code).toBe('na');
    }
  });

  it('parents carry no rule and no maximum', () => {
    for (const p of flatten(form).filter((x) => x.node.children)) {
      expect(p.node.rule).toBeUndefined();
      expect(p.node.maxPoints).toBeNull();
    }
  });

  it('scoreFramework gives no grade and no errors', () => {
    const s = scoreFramework(form, { 'II.2': ['Hoàn thành tốt nhiệm vụ'] });
    expect(s.grade).toBeNull();
    expect(s.total).toBe(0);
    expect(s.errors).toEqual([]);
    expect(s.unanswered).toEqual([]);
  });

  it('II.2 and IV.2 offer exactly the four levels, A→D', () => {
    for (const id of ['II.2', 'IV.2']) {
      const rule = get(form, id).rule;
      expect(rule?.params).toEqual({ choices: LEVELS });
    }
    expect(ND90_LEVEL_CHOICES).toEqual(LEVELS);
  });

  it('other fields offer no choices', () => {
    for (const leaf of leavesOf(form).filter((l) => l.id !== 'II.2' && l.id !== 'IV.2')) {
      expect(leaf.rule?.params).toEqual({ choices: [] });
    }
  });
});

describe('differences between Mẫu 02 and Mẫu 03', () => {
  it('counts: 9 + 2 + 1 + 3 leaves for công chức, 9 + 2 + 1 + 2 for viên chức', () => {
    expect(leavesOf(ND90_M02)).toHaveLength(15);
    expect(leavesOf(ND90_M03)).toHaveLength(14);
  });

  it('only công chức has IV.3', () => {
    expect(get(ND90_M02, 'IV.3').title).toBe('Nhận định chiều hướng, triển vọng phát triển của cán bộ');
    expect(findCriterion(ND90_M03, 'IV.3')).toBeUndefined();
  });

  it('item 7 and part III follow each form', () => {
    expect(get(ND90_M02, '7').title).toBe(
      'Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao lãnh đạo, quản lý, phụ trách (xác định rõ nội dung công việc thực hiện; tỉ lệ hoàn thành, chất lượng, tiến độ công việc)',
    );
    expect(get(ND90_M03, '7').title).toBe('Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao quản lý, phụ trách');
    expect(get(ND90_M02, 'III').title).toBe('Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ');
    expect(get(ND90_M02, 'III').notes).toContain('(Phần dành cho người đứng đầu đơn vị cấu thành (nếu có))');
    expect(get(ND90_M03, 'III').title).toBe(
      'Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ ĐỐI VỚI CẤP PHÓ CỦA NGƯỜI ĐỨNG ĐẦU ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP',
    );
    expect(get(ND90_M02, 'IV').title).toBe('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC');
    expect(get(ND90_M03, 'IV').title).toBe('KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC');
  });

  it('item 3 is kept as each form prints it', () => {
    expect(get(ND90_M02, '3').title).toBe('Tác phong, lễ lối làm việc');
    expect(get(ND90_M03, '3').title).toBe('Tác phong, lề lối làm việc');
  });
});
