import { DEFAULT_BANDS } from '../grades';
import { msg } from '../messages';
import { brackets, levels, ratio } from '../rules';
import type { Criterion, Framework } from '../types';

// Seed 001 is a call for comments (Công văn của Tổng cục THADS, 30/01/2018): it gives the shape of the competition
// framework — "kết quả công tác thi hành án dân sự, hành chính (Phần A) và một số tiêu chí thuộc các mặt công tác khác
// (Phần B)" — and, (v), "đối với 02 tiêu chí giảm việc và giảm tiền, điểm cộng sẽ được tính theo khung tỷ lệ % vượt chỉ
// tiêu", but no points. Every maximum, bracket and level below is an example for an office to adapt (the title says so).
const EXAMPLE = 'Điểm, khung tỷ lệ là ví dụ (Hướng dẫn thi đua của Tổng cục THADS chưa quy định): đơn vị sửa theo Bảng tiêu chí được ban hành.';

/** Bonus by the bracket of % above target (seed 001 (v)): from 1% = 1, from 5% = 2, from 10% = 3, from 20% = 5. */
const ABOVE_TARGET = brackets({ lowerBounds: [0.01, 0.05, 0.1, 0.2], points: [1, 2, 3, 5] });
const ABOVE_TARGET_METHOD =
  'Nhập tỷ lệ % vượt chỉ tiêu (ví dụ 12%). Vượt từ 1% = 1 điểm; từ 5% = 2 điểm; từ 10% = 3 điểm; từ 20% trở lên = 5 điểm; không vượt = 0 điểm.';

const done = (label: string, full: number, part: number): ReturnType<typeof levels> =>
  levels([
    { label: `${label} đầy đủ, có hiệu quả`, points: full },
    { label: `${label} nhưng còn hạn chế`, points: part },
    { label: `Không ${label.toLowerCase()}`, points: 0 },
  ]);

const leaf = (c: Criterion): Criterion => ({ ...c, notes: [EXAMPLE, ...(c.notes ?? [])] });

/**
 * Bảng tiêu chí chấm điểm thi đua, xếp hạng cơ quan THADS — VÍ DỤ theo khung của seed 001, mục 1 (v) và mục 2:
 * Phần A kết quả thi hành án dân sự, hành chính (việc, tiền, điểm cộng theo khung % vượt chỉ tiêu cho giảm việc, giảm
 * tiền), Phần B các mặt công tác khác ((i)–(iv) của mục 1). Points are the example's; ranked by src/scoring/rank.ts.
 */
export const THADS_COMPETITION = {
  id: 'thads-thi-dua',
  title: msg(
    'Bảng chấm điểm thi đua, xếp hạng cơ quan THADS (ví dụ để đơn vị điều chỉnh)',
    'Competition scoring of THADS offices (an example for each office to adapt)',
  ),
  source: 'seed 001, mục 1 (v) và mục 2',
  audience: msg(
    'Cục, Chi cục Thi hành án dân sự tự chấm điểm thi đua; Hội đồng thi đua thẩm định và xếp hạng',
    'Provincial and district THADS offices scoring their competition; the competition council appraises and ranks',
  ),
  scoring: 'sum',
  totalMax: 100,
  bands: DEFAULT_BANDS,
  bandsAreDefault: true,
  editableRows: true,
  remarks: [
    'Văn bản là công văn lấy ý kiến xây dựng Bảng tiêu chí năm 2018: chỉ nêu cấu trúc Phần A, Phần B và cách tính điểm cộng theo khung tỷ lệ % vượt chỉ tiêu; điểm, khung và mức trong bảng này là ví dụ để đơn vị điều chỉnh.',
    'Xếp hạng các đơn vị theo tổng điểm (bằng điểm thì cùng hạng); thang xếp loại là thang mặc định, có thể điều chỉnh.',
  ],
  criteria: [
    {
      id: 'A',
      title: 'Phần A. Kết quả công tác thi hành án dân sự, thi hành án hành chính',
      maxPoints: 70,
      children: [
        leaf({
          id: 'A.1',
          title: 'Tỷ lệ thi hành xong về việc so với chỉ tiêu được giao',
          maxPoints: 20,
          rule: ratio({ threshold: 0.8 }),
          method: 'Nhập số việc thi hành xong và chỉ tiêu về việc. Dưới 80% chỉ tiêu = 0 điểm; từ 80% trở lên = tỷ lệ × 20 điểm.',
          evidence: 'Báo cáo thống kê kết quả thi hành án dân sự',
        }),
        leaf({
          id: 'A.2',
          title: 'Điểm cộng vượt chỉ tiêu về việc',
          maxPoints: 5,
          rule: ABOVE_TARGET,
          method: ABOVE_TARGET_METHOD,
          evidence: 'Báo cáo thống kê kết quả thi hành án dân sự',
        }),
        leaf({
          id: 'A.3',
          title: 'Tỷ lệ thi hành xong về tiền so với chỉ tiêu được giao',
          maxPoints: 20,
          rule: ratio({ threshold: 0.8 }),
          method: 'Nhập số tiền thi hành xong và chỉ tiêu về tiền. Dưới 80% chỉ tiêu = 0 điểm; từ 80% trở lên = tỷ lệ × 20 điểm.',
          evidence: 'Báo cáo thống kê kết quả thi hành án dân sự',
        }),
        leaf({
          id: 'A.4',
          title: 'Điểm cộng vượt chỉ tiêu về tiền',
          maxPoints: 5,
          rule: ABOVE_TARGET,
          method: ABOVE_TARGET_METHOD,
          evidence: 'Báo cáo thống kê kết quả thi hành án dân sự',
        }),
        leaf({
          id: 'A.5',
          title: 'Giảm số việc có điều kiện thi hành chuyển kỳ sau (giảm việc): điểm cộng theo khung tỷ lệ % vượt chỉ tiêu',
          maxPoints: 5,
          rule: ABOVE_TARGET,
          method: ABOVE_TARGET_METHOD,
          evidence: 'Báo cáo thống kê kết quả thi hành án dân sự',
        }),
        leaf({
          id: 'A.6',
          title: 'Giảm số tiền có điều kiện thi hành chuyển kỳ sau (giảm tiền): điểm cộng theo khung tỷ lệ % vượt chỉ tiêu',
          maxPoints: 5,
          rule: ABOVE_TARGET,
          method: ABOVE_TARGET_METHOD,
          evidence: 'Báo cáo thống kê kết quả thi hành án dân sự',
        }),
        leaf({
          id: 'A.7',
          title: 'Đẩy mạnh công tác kiểm tra, theo dõi thi hành án hành chính',
          maxPoints: 10,
          rule: done('Thực hiện', 10, 5),
          method: 'Thực hiện đầy đủ, có hiệu quả = 10 điểm; thực hiện nhưng còn hạn chế = 5 điểm; không thực hiện = 0 điểm.',
          evidence: 'Báo cáo kết quả theo dõi thi hành án hành chính',
        }),
      ],
    },
    {
      id: 'B',
      title: 'Phần B. Các mặt công tác khác',
      maxPoints: 30,
      children: [
        leaf({
          id: 'B.1',
          title: 'Kiểm tra, kiểm soát nội bộ nhằm giảm thiểu sai phạm trong công tác chuyên môn, nghiệp vụ',
          maxPoints: 6,
          rule: done('Thực hiện', 6, 3),
          method: 'Thực hiện đầy đủ, có hiệu quả = 6 điểm; thực hiện nhưng còn hạn chế = 3 điểm; không thực hiện = 0 điểm.',
          evidence: 'Kế hoạch, báo cáo kiểm tra nội bộ',
        }),
        leaf({
          id: 'B.2',
          title: 'Giải quyết các vụ việc khiếu nại phức tạp, kéo dài',
          maxPoints: 6,
          rule: done('Giải quyết', 6, 3),
          method: 'Giải quyết đầy đủ, có hiệu quả = 6 điểm; giải quyết nhưng còn hạn chế = 3 điểm; không giải quyết = 0 điểm.',
          evidence: 'Báo cáo công tác giải quyết khiếu nại, tố cáo',
        }),
        leaf({
          id: 'B.3',
          title: 'Thái độ của công chức, viên chức đối với người dân, doanh nghiệp trong thực thi nhiệm vụ',
          maxPoints: 6,
          rule: levels([
            { label: 'Không có phản ánh về thái độ', points: 6 },
            { label: 'Có phản ánh, đã chấn chỉnh', points: 3 },
            { label: 'Có phản ánh, chưa chấn chỉnh', points: 0 },
          ]),
          method: 'Không có phản ánh về thái độ = 6 điểm; có phản ánh, đã chấn chỉnh = 3 điểm; có phản ánh, chưa chấn chỉnh = 0 điểm.',
          evidence: 'Sổ theo dõi phản ánh, kiến nghị',
        }),
        leaf({
          id: 'B.4',
          title: 'Công tác tổ chức cán bộ, thi đua, khen thưởng',
          maxPoints: 6,
          rule: done('Thực hiện', 6, 3),
          method: 'Thực hiện đầy đủ, có hiệu quả = 6 điểm; thực hiện nhưng còn hạn chế = 3 điểm; không thực hiện = 0 điểm.',
          evidence: 'Báo cáo công tác tổ chức cán bộ, thi đua, khen thưởng',
        }),
        leaf({
          id: 'B.5',
          title: 'Cải cách hành chính, ứng dụng công nghệ thông tin',
          maxPoints: 6,
          rule: done('Thực hiện', 6, 3),
          method: 'Thực hiện đầy đủ, có hiệu quả = 6 điểm; thực hiện nhưng còn hạn chế = 3 điểm; không thực hiện = 0 điểm.',
          evidence: 'Báo cáo công tác cải cách hành chính',
        }),
      ],
    },
  ],
} as const satisfies Framework;
