import { describe, expect, it } from 'vitest';
import {
  checkEvidenceRow,
  checkLock,
  checkScores,
  checkSubmission,
  datesIn,
  documentDatesIn,
  documentsWithoutNumber,
  evidenceRowOf,
  forecast,
  forecastPoints,
  givesFigures,
  hasPlaceholder,
  hasRealDocumentNumber,
  namesLocation,
  XA_2024_DEADLINES,
} from '../../src/scoring/evidence';
import type { Framework } from '../../src/scoring/types';
import { levels, ratio } from '../../src/scoring/rules';
import { DEFAULT_BANDS } from '../../src/scoring/grades';
import { findCriterion } from '../../src/scoring/criterion';
import { XA_2024 } from '../../src/scoring/frameworks/xa2024';

const row = (evidence: string, explanation: string, selfScore: number | null = 1, requirement = '') => ({
  criterionId: '2.1.1',
  selfScore,
  evidence,
  explanation,
  requirement,
});
const codes = (r: ReturnType<typeof checkEvidenceRow>) => r.map((i) => i.code);

describe('document numbers (E2)', () => {
  it('recognises real numbers', () => {
    for (const s of ['123/BC-UBND', 'Kế hoạch 45/KH-UBND ngày 10/01/2024', 'Quyết định số 7171/QĐ-UBND', 'NĐ 90/2020/NĐ-CP']) {
      expect(hasRealDocumentNumber(s), s).toBe(true);
    }
    expect(hasRealDocumentNumber('Báo cáo của UBND xã')).toBe(false);
  });
  it('finds the placeholders the council scores 0', () => {
    for (const s of ['Báo cáo Số:   /BC-UBND', 'Văn bản số a, b', 'Báo cáo số …', 'Kế hoạch số..../KH-UBND', 'Báo cáo số ngày /11/2024']) {
      expect(hasPlaceholder(s), s).toBe(true);
    }
    expect(hasPlaceholder('Báo cáo số 123/BC-UBND ngày 10/11/2024')).toBe(false);
  });
});

describe('explanations (E3)', () => {
  it('needs a place in the document', () => {
    expect(namesLocation('Số liệu tại Mục II, Báo cáo 123/BC-UBND')).toBe(true);
    expect(namesLocation('Xem điểm a khoản 2')).toBe(true);
    expect(namesLocation('xem trang 4')).toBe(true);
    expect(namesLocation('Đơn vị chấm 1 điểm')).toBe(false);
    expect(namesLocation('Đã thực hiện đầy đủ')).toBe(false);
  });
});

describe('checkEvidenceRow', () => {
  it('passes a complete row', () => {
    expect(checkEvidenceRow(row('Báo cáo 123/BC-UBND ngày 10/11/2024', 'Kết quả tại Mục 2, trang 3'))).toEqual([]);
  });
  it('E1: no evidence; E3: no explanation', () => {
    expect(codes(checkEvidenceRow(row('', '')))).toEqual(['E1', 'E3']);
  });
  it('E2: a reference without a real number', () => {
    expect(codes(checkEvidenceRow(row('Báo cáo Số:   /BC-UBND', 'Mục 1')))).toEqual(['E2']);
    expect(codes(checkEvidenceRow(row('Báo cáo số của UBND xã', 'Mục 1')))).toEqual(['E2']);
  });
  it('E4: a statistics table asked and not mentioned', () => {
    const req = 'Lập Biểu thống kê tổng số đơn, thư tiếp nhận';
    expect(codes(checkEvidenceRow(row('Báo cáo 12/BC-UBND', 'Mục 3', 1, req)))).toEqual(['E4']);
    expect(codes(checkEvidenceRow(row('Báo cáo 12/BC-UBND kèm Biểu thống kê', 'Mục 3', 1, req)))).toEqual([]);
  });
  it('E5: a document dated after the cut-off 20/11/2024', () => {
    expect(codes(checkEvidenceRow(row('Báo cáo 12/BC-UBND ngày 20/11/2024', 'Mục 3')))).toEqual([]);
    expect(codes(checkEvidenceRow(row('Báo cáo 12/BC-UBND ngày 21/11/2024', 'Mục 3')))).toEqual(['E5']);
  });
  it('does not ask evidence of a criterion scored 0 or blank', () => {
    expect(checkEvidenceRow(row('', '', 0))).toEqual([]);
    expect(checkEvidenceRow(row('', '', null))).toEqual([]);
  });
  it('reads dates and skips impossible ones', () => {
    expect(datesIn('ngày 31/02/2024 và 10.01.2024').map((d) => d.toISOString().slice(0, 10))).toEqual(['2024-01-10']);
  });
});

describe('the lock (E5 on the workbook)', () => {
  it('is 17:00 Vietnam time on 25/11/2024', () => {
    expect(checkLock(new Date('2024-11-25T16:59:00+07:00'))).toBeNull();
    expect(checkLock(new Date('2024-11-25T17:01:00+07:00'))?.code).toBe('E5');
    expect(XA_2024_DEADLINES.lock.toISOString()).toBe('2024-11-25T10:00:00.000Z');
  });
});

const tiny: Framework = {
  id: 'tiny',
  title: { vi: 't', en: 't' },
  source: 'seed 002 (test)',
  audience: { vi: 'a', en: 'a' },
  scoring: 'sum',
  totalMax: 3,
  bands: DEFAULT_BANDS,
  bandsAreDefault: true,
  criteria: [
    {
      id: '1',
      title: 'Parent',
      maxPoints: 3,
      children: [
        { id: '1.1', title: 'Levels', maxPoints: 1, rule: levels([{ label: 'Có', points: 1 }, { label: 'Không', points: 0 }]) },
        { id: '1.2', title: 'Ratio', maxPoints: 2, rule: ratio({ threshold: 0.8 }) },
      ],
    },
  ],
};

describe('checkScores (E6)', () => {
  it('flags values a rule cannot give, out of range, and parents that do not add up', () => {
    const issues = checkScores(
      tiny,
      new Map<string, number | null>([
        ['1', 2],
        ['1.1', 0.5],
        ['1.2', 1],
      ]),
    );
    expect(issues.map((i) => `${i.code} ${i.criterionId}`)).toEqual(['E6 1', 'E6 1.1', 'E6 1.2']);
    const ok = checkScores(tiny, new Map<string, number | null>([['1', 2.6], ['1.1', 1], ['1.2', 1.6]]));
    expect(ok).toEqual([]);
  });
});

describe('forecast', () => {
  it('gives 0 to criteria failing E1–E3 and keeps the others', () => {
    const result = forecast(tiny, [
      { criterionId: '1.1', selfScore: 1, evidence: 'Quyết định 5/QĐ-UBND', explanation: 'Điều 2' },
      { criterionId: '1.2', selfScore: 1.8, evidence: '', explanation: 'Mục 1' },
    ]);
    expect(result.selfTotal).toBe(2.8);
    expect(result.forecastTotal).toBe(1);
    expect(result.rows.find((r) => r.criterionId === '1.2')?.reasons).toEqual(['E1']);
  });
});

const xa = (id: string) => {
  const p = findCriterion(XA_2024, id);
  if (!p) throw new Error(id);
  return p.node;
};
const xaRow = (id: string, selfScore: number, evidence: string, explanation: string) =>
  checkEvidenceRow(evidenceRowOf(xa(id), selfScore, evidence, explanation));

describe('issue 11 item 1 — E2, document numbers (seed 002 §2a "văn bản điện tử được ký số"; §2b "số văn bản a, b")', () => {
  it('Party documents and lower-case symbols are real numbers', () => {
    for (const s of ['Nghị quyết số 05-NQ/ĐU', 'Kết luận số 12-KL/ĐU', 'Công văn 45-CV/ĐU', 'Kế hoạch 05/kh-ubnd', '12-kl/đu']) {
      expect(hasRealDocumentNumber(s), s).toBe(true);
    }
    for (const s of ['21/21 nhiệm vụ', 'ngày 10/11/2024', 'Báo cáo năm 2024']) expect(hasRealDocumentNumber(s), s).toBe(false);
  });
  it('5.5.4.1 (a Đảng ủy resolution) with a Party number passes', () => {
    expect(codes(xaRow('5.5.4.1', 0.5, 'Nghị quyết số 05-NQ/ĐU ngày 15/3/2024 về chuyển đổi số', 'Tại Mục II, trang 2'))).toEqual([]);
  });
  it('a document named with no number at all is E2 (Decision: forecast 0)', () => {
    const ev = 'Báo cáo kết quả công tác PCTN năm 2024 của UBND xã';
    expect(documentsWithoutNumber(ev)).toEqual([ev]);
    const issues = xaRow('2.1.3', 1, ev, 'Tại Mục II, trang 3');
    expect(codes(issues)).toEqual(['E2']);
    expect(issues[0]!.message.vi).toContain('không ghi số văn bản');
    expect(forecastPoints(xa('2.1.3'), 1, issues)).toBe(0);
  });
  it('checks every document of a list, one by one', () => {
    expect(documentsWithoutNumber('(1) Kế hoạch 12/KH-UBND; (2) Báo cáo kết quả phòng chống tham nhũng')).toEqual(['Báo cáo kết quả phòng chống tham nhũng']);
    expect(documentsWithoutNumber('Kế hoạch 12/KH-UBND\nBáo cáo 13/BC-UBND')).toEqual([]);
    expect(documentsWithoutNumber('BC kết quả thực hiện')).toEqual(['BC kết quả thực hiện']);
    // What is not a document needs no number (photos, links).
    expect(documentsWithoutNumber('Ảnh chụp toàn cảnh phòng tiếp công dân; địa chỉ liên kết trang thông tin điện tử')).toEqual([]);
  });
  it('placeholders in any letter case', () => {
    for (const s of ['Báo cáo số:   /bc-ubnd', 'Báo cáo ngày   tháng 11 năm 2024']) expect(hasPlaceholder(s), s).toBe(true);
    expect(hasPlaceholder('Nghị quyết 05-NQ/ĐU về chuyển đổi số')).toBe(false);
    expect(hasPlaceholder('Thống kê số ngày tiếp công dân, Báo cáo 3/BC-UBND')).toBe(false);
  });
});

describe('issue 11 item 2 — E3, the explanation must say where (§2c "tại Mục, Điểm, Khoản nào của văn bản")', () => {
  it('common words are not places', () => {
    for (const s of [
      'Đã cập nhật đầy đủ trên phần mềm',
      'Hoàn thành một phần',
      'Chương trình công tác năm',
      'Đạt mục tiêu đề ra',
      'Công tác điều hành tốt',
      'Đủ điều kiện',
      'Các khoản chi đúng quy định',
      'Tiết kiệm chi',
      'Hội nghị biểu quyết thông qua',
      'Đơn vị chấm 1 điểm',
      'Không có phần vi phạm',
      'Mục lục đầy đủ',
    ]) {
      expect(namesLocation(s), s).toBe(false);
    }
  });
  it('a place is the word with its number', () => {
    for (const s of ['tại Mục II', 'điểm a khoản 1 Điều 5', 'Phần I', 'Chương 3', 'trang 3', 'phụ lục 2', 'biểu số 1', 'mục 1.2', 'Khoản 2', 'mục iii, trang 2', 'Mục VI', 'PHẦN IV']) {
      expect(namesLocation(s), s).toBe(true);
    }
  });
  it('"Đã cập nhật đầy đủ trên phần mềm" no longer keeps its point', () => {
    const issues = xaRow('3.1.2', 1, 'Báo cáo 45/BC-UBND ngày 10/11/2024', 'Đã cập nhật đầy đủ trên phần mềm');
    expect(codes(issues)).toEqual(['E3']);
    expect(forecastPoints(xa('3.1.2'), 1, issues)).toBe(0);
  });
  it('§2b "không nêu rõ số liệu, kết quả": a criterion scored from figures with no figure is a warning', () => {
    expect(givesFigures('Tại Mục 2, Báo cáo 7/BC-UBND ngày 01/11/2024')).toBe(false);
    expect(givesFigures('Hoàn thành 21/21 nhiệm vụ (100%), tại Mục 2')).toBe(true);
    const issues = xaRow('6.2', 5, 'Báo cáo 7/BC-UBND kèm Biểu thống kê', 'Tại Mục 2 của báo cáo');
    expect(issues.map((i) => `${i.code} ${i.severity}`)).toEqual(['E3 warning']);
    expect(forecastPoints(xa('6.2'), 5, issues)).toBe(5);
    // A levels criterion needs no figure.
    expect(xaRow('3.1.2', 1, 'Báo cáo 45/BC-UBND', 'Tại Mục 2')).toEqual([]);
  });
});

describe('issue 11 item 3 — E4 is fatal (§2b "không lập Bảng thống kê kết quả theo đúng hướng dẫn")', () => {
  it('6.2 without a table forecasts 0', () => {
    const issues = xaRow('6.2', 4.35, 'Báo cáo 7/BC-UBND ngày 01/11/2024', 'Đạt 87% kế hoạch, tại Mục 2');
    expect(codes(issues)).toEqual(['E4']);
    expect(forecastPoints(xa('6.2'), 4.35, issues)).toBe(0);
  });
  it('2.3.2 with the seed\'s typo "thông kê" asks for a table', () => {
    expect(xa('2.3.2').evidence).toContain('thông');
    expect(codes(xaRow('2.3.2', 1, 'Thông báo 3/TB-UBND', 'Tại Mục 1'))).toEqual(['E4']);
    expect(codes(xaRow('2.3.2', 1, 'Thông báo 3/TB-UBND; Biểu thống kê đơn thư', 'Tại Mục 1'))).toEqual([]);
  });
  it('"biểu quyết" is not a table', () => {
    expect(codes(xaRow('6.2', 5, 'Nghị quyết 5/NQ-HĐND biểu quyết thông qua', 'Đạt 100%, tại Mục 2'))).toEqual(['E4']);
  });
});

describe('issue 11 item 4 — E5, dates', () => {
  it('reads dates written in words', () => {
    expect(datesIn('Báo cáo ngày 21 tháng 11 năm 2024').map((d) => d.toISOString().slice(0, 10))).toEqual(['2024-11-21']);
    expect(codes(checkEvidenceRow(row('Báo cáo 12/BC-UBND ngày 21 tháng 11 năm 2024', 'Mục 3')))).toEqual(['E5']);
  });
  it('a period is not a document date', () => {
    expect(documentDatesIn('Kế hoạch 3/KH-UBND thực hiện đến 31/12/2024')).toEqual([]);
    expect(documentDatesIn('từ 01/01/2024 đến hết ngày 31/12/2024')).toEqual([]);
    expect(codes(checkEvidenceRow(row('Kế hoạch 3/KH-UBND ngày 05/01/2024, thực hiện đến 31/12/2024', 'Mục 3')))).toEqual([]);
  });
  it('7.2 counts data up to the report ("Số liệu tính đến thời điểm gửi báo cáo tự chấm điểm", 22/11/2024)', () => {
    const ev = 'Xác nhận số liệu của Kho bạc Nhà nước, Báo cáo 9/BC-UBND ngày 22/11/2024';
    expect(codes(xaRow('7.2', 2, ev, 'Giải ngân 95%, tại Mục 1'))).toEqual([]);
    expect(codes(xaRow('7.1', 5, 'Báo cáo 9/BC-UBND ngày 22/11/2024', 'Hoàn thành 12/12 nhiệm vụ, tại Mục 1'))).toEqual(['E5']);
    expect(codes(xaRow('7.2', 2, 'Báo cáo 9/BC-UBND ngày 23/11/2024', 'Giải ngân 95%, tại Mục 1'))).toEqual(['E5']);
  });
  it('the report is due "chậm nhất trong ngày 22/11/2024", beside the lock at 17:00 25/11/2024', () => {
    expect(checkSubmission(new Date('2024-11-22T23:59:00+07:00'))).toEqual([]);
    const late = checkSubmission(new Date('2024-11-23T00:01:00+07:00'));
    expect(late.map((i) => i.code)).toEqual(['E5']);
    expect(late[0]!.message.vi).toContain('22/11/2024');
    const locked = checkSubmission(new Date('2024-11-25T17:01:00+07:00'));
    expect(locked.map((i) => i.message.vi)).toEqual([expect.stringContaining('17:00 ngày 25/11/2024')]);
  });
});

describe('issue 11 item 5 — criteria the council scores itself', () => {
  it('8.1 and 8.2 in 2024: "Hội đồng thẩm định chấm điểm tối đa" — full points without evidence', () => {
    for (const id of ['8.1', '8.2']) {
      expect(xaRow(id, 1, '', '')).toEqual([]);
      expect(forecastPoints(xa(id), 0, [])).toBe(1);
      expect(forecastPoints(xa(id), null, [])).toBe(1);
    }
  });
  it('"trực tiếp trên Hệ thống" and the surveys need no evidence on their row', () => {
    for (const id of ['5.5.3.1', '5.5.3.4', '5.5.4.3', '5.5.4.6', '1.1', '1.5']) {
      expect(xa(id).councilScores, id).toBeDefined();
      expect(xaRow(id, 0.5, '', ''), id).toEqual([]);
      expect(forecastPoints(xa(id), 0.5, []), id).toBe(0.5);
    }
    // A criterion with evidence of its own still needs it.
    expect(codes(xaRow('5.5.4.5', 1, '', ''))).toEqual(['E1', 'E3']);
  });
  it('the forecast of the whole framework gives 8.1 and 8.2 their maximum', () => {
    const r = forecast(XA_2024, []);
    expect(r.forecastTotal).toBe(2);
    expect(r.rows.filter((x) => x.forecast > 0).map((x) => x.criterionId)).toEqual(['8.1', '8.2']);
  });
});

describe('issue 11 item 7 — text as people paste it (NFD)', () => {
  it('decomposed accents are read as composed', () => {
    const nfd = 'Tại Mục 2, trang 3'.normalize('NFD');
    expect(nfd).not.toBe('Tại Mục 2, trang 3');
    expect(namesLocation(nfd)).toBe(true);
    expect(codes(checkEvidenceRow(row('Báo cáo 123/BC-UBND'.normalize('NFD'), nfd)))).toEqual([]);
    expect(codes(checkEvidenceRow(row('Báo cáo kết quả năm 2024'.normalize('NFD'), nfd)))).toEqual(['E2']);
  });
});

describe('issue 11 item 8 — remarks', () => {
  it('record that the evidence of 3.6.2, 3.7.1, 3.7.2 and IX is printed in the appraiser column', () => {
    expect(XA_2024.remarks.some((r) => ['3.6.2', '3.7.1', '3.7.2', 'IX'].every((id) => r.includes(id)) && r.includes('Cơ quan thẩm định'))).toBe(true);
  });
});
