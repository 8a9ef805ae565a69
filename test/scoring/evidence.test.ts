import { describe, expect, it } from 'vitest';
import {
  checkEvidenceRow,
  checkLock,
  checkScores,
  datesIn,
  forecast,
  hasPlaceholder,
  hasRealDocumentNumber,
  namesLocation,
  XA_2024_DEADLINES,
} from '../../src/scoring/evidence';
import type { Framework } from '../../src/scoring/types';
import { levels, ratio } from '../../src/scoring/rules';
import { DEFAULT_BANDS } from '../../src/scoring/grades';

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
