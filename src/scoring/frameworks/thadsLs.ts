import { DEFAULT_BANDS } from '../grades';
import { msg } from '../messages';
import { occurrence } from '../rules';
import type { Criterion, Framework } from '../types';

/** Seed 000, mục 1: điểm chuẩn của mỗi công chức, người lao động. */
export const THADS_BASE = 200;

// Seed 000, mục 2: "mỗi tiêu chí đã quy định điểm thưởng (trừ) tương ứng với từng lần vi phạm, nếu vi phạm nhiều lần
// thì điểm thưởng (trừ) sẽ được nhân theo số lần vi phạm". The per-occurrence points are in Phụ lục 2, which the seed
// does not print, so every starting row leaves pointsPerTime to the unit (null: the user types it).
const ROW_NOTE =
  'Bảng tiêu chí (Phụ lục 2) không có trong văn bản: thêm một dòng cho mỗi tiêu chí của đơn vị, ghi điểm mỗi lần và số lần.';

const aspect = (id: string, title: string): Criterion & { readonly children: readonly Criterion[] } => ({
  id,
  title,
  maxPoints: null,
  idNote: 'Văn bản liệt kê các mặt đánh giá bằng gạch đầu dòng (mục 3); số thứ tự 1–5 được đánh theo thứ tự đó.',
  children: [
    {
      id: `${id}.1`,
      title: 'Điểm trừ',
      maxPoints: null,
      rule: occurrence({ sign: 'deduction', pointsPerTime: null }),
      method: 'Điểm trừ = điểm trừ mỗi lần vi phạm × số lần vi phạm; không khống chế số điểm trừ (mục 2).',
      notes: [ROW_NOTE],
      idNote: 'Dòng khởi đầu do chương trình tạo; văn bản không in dòng tiêu chí.',
    },
    {
      id: `${id}.2`,
      title: 'Điểm thưởng',
      maxPoints: null,
      rule: occurrence({ sign: 'bonus', pointsPerTime: null }),
      method: 'Điểm thưởng = điểm thưởng mỗi lần × số lần; không khống chế số điểm thưởng (mục 2).',
      notes: [ROW_NOTE],
      idNote: 'Dòng khởi đầu do chương trình tạo; văn bản không in dòng tiêu chí.',
    },
  ],
});

/**
 * Bảng tiêu chí chấm điểm công chức, người lao động các cơ quan THADS tỉnh Lạng Sơn — seed 000, mục 1–4
 * (Hướng dẫn kèm Quyết định … /QĐ-CTHADS, tháng 3/2019, bản DỰ THẢO).
 * Tổng điểm = 200 − Σ(điểm trừ × số lần) + Σ(điểm thưởng × số lần); no cap, the total may be negative (rule kind 8).
 */
export const THADS_LS = {
  id: 'thads-ls',
  title: msg(
    'Bảng tự chấm điểm công chức, người lao động THADS tỉnh Lạng Sơn (điểm chuẩn 200)',
    'Self-scoring sheet for staff of the Lạng Sơn civil judgment enforcement offices (base 200)',
  ),
  source: 'seed 000, mục 1–4',
  audience: msg(
    'Công chức, người lao động các cơ quan THADS tỉnh Lạng Sơn (hằng tháng, quý, năm)',
    'Civil servants and workers of the Lạng Sơn THADS offices (monthly, quarterly, yearly)',
  ),
  scoring: 'base',
  base: THADS_BASE,
  totalMax: null,
  // Seed 000 gives no bands, and its total starts at 200 base points: the default bands (A from 90) would call 120
  // points HTXSNV. Until the user sets the sheet's bands block, the level reads "chưa có thang xếp loại".
  bands: DEFAULT_BANDS,
  bandsAreDefault: true,
  bandsUntilSet: true,
  editableRows: true,
  remarks: [
    'Bảng tiêu chí chấm điểm (Phụ lục 2) không có trong văn bản: các dòng là năm mặt đánh giá của mục 3, mỗi mặt có một dòng điểm trừ và một dòng điểm thưởng; đơn vị thêm các tiêu chí của mình, mỗi tiêu chí với điểm mỗi lần (mục 2).',
    'Tổng điểm = điểm chuẩn (200) – tổng điểm trừ + tổng điểm thưởng; điểm trừ, điểm thưởng nhân theo số lần, không khống chế; tổng điểm có thể âm (hiện cảnh báo).',
    'Thang xếp loại không có trong văn bản, và thang mặc định (A từ 90) không hợp với 200 điểm chuẩn: chưa xếp loại ("chưa có thang xếp loại") cho đến khi đơn vị nhập thang của mình vào ô "Thang xếp loại" của trang.',
    'Hằng tháng (mục 4.1): công chức, người lao động tự chấm điểm (theo Phụ lục 2), nộp Bảng tự chấm điểm cho Chi cục trưởng vào ngày cuối tháng để tổng hợp, theo dõi.',
    'Hằng quý, năm (mục 4.2): Bước 1 tự chấm điểm (theo Phụ lục 2); Bước 2 họp chấm điểm, toàn thể công chức, người lao động góp ý, ý kiến ghi vào biên bản và thông qua tại cuộc họp (các phòng thuộc Cục họp, góp ý, báo cáo Cục trưởng chấm điểm); Bước 3 chấm điểm; Bước 4 báo cáo kết quả về Cục THADS tỉnh (theo Phụ lục 03).',
    'Hạn báo cáo (mục 4.2, Bước 4): văn bản ghi "trước ngày 05 của ngày đầu quý sau" / "ngày đầu năm sau"; hiểu là trước ngày 05 của tháng đầu quý sau (chấm theo quý) hoặc của tháng đầu năm sau (chấm cả năm).',
    'Thẩm quyền chấm điểm (mục 4): Cục trưởng Cục THADS tỉnh chấm điểm công chức, người lao động thuộc Cục và Chi cục trưởng Chi cục THADS huyện, thành phố; Chi cục trưởng chấm điểm công chức, người lao động thuộc Chi cục mình quản lý.',
    'Văn bản là bản DỰ THẢO; số và ngày của Quyết định ban hành để trống ("Quyết định số /QĐ-CTHADS ngày tháng 3 năm 2019").',
  ],
  criteria: [
    aspect('1', 'Kết quả thực hiện nhiệm vụ được giao'),
    aspect('2', 'Kết quả chấp hành Quy chế làm việc và các quy định, quy chế khác của cơ quan'),
    aspect('3', 'Công tác giám sát của Thủ trưởng đơn vị, của công chức cơ quan'),
    aspect(
      '4',
      'Kết quả kiểm tra, giám sát của Cục THADS tỉnh; kết luận thanh tra, kiểm tra của cơ quan khác có liên quan',
    ),
    aspect(
      '5',
      'Qua phản ánh của nhân dân, của các cơ quan đến liên hệ làm việc, liên hệ công tác; qua theo dõi thông tin trên điện thoại, mạng xã hội như zalo, facebook…',
    ),
  ],
} as const satisfies Framework;
