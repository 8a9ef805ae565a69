import { DEFAULT_BANDS, GRADES } from '../grades';
import { msg } from '../messages';
import { narrative } from '../rules';
import type { Criterion, Framework } from '../types';

// Seed 003, Mẫu số 02 and the viên chức form after it (Nghị định 90/2020/NĐ-CP, Phụ lục, Mẫu số 03): fields written
// in words, no points. The four quality levels are the only fixed answers (II.2, IV.2).

/** The four level names, A→D, as the forms list them under "Tự xếp loại chất lượng" and "Kết quả … xếp loại". */
export const ND90_LEVEL_CHOICES: readonly string[] = GRADES.map((g) => g.name.vi);

/** Printed under II.2 and IV.2 of both forms. */
const LEVELS_AS_PRINTED =
  '(Hoàn thành xuất sắc nhiệm vụ; hoàn thành tốt nhiệm vụ; hoàn thành nhiệm vụ; không hoàn thành nhiệm vụ).';

const field = (id: string, title: string, extra: Partial<Criterion> = {}): Criterion => ({
  id,
  title,
  maxPoints: null,
  rule: narrative(),
  ...extra,
});

const levelField = (id: string, title: string, idNote: string): Criterion => ({
  id,
  title,
  maxPoints: null,
  rule: narrative(ND90_LEVEL_CHOICES),
  method: LEVELS_AS_PRINTED,
  idNote,
});

const PART_PREFIX_NOTE = (printed: string, part: string) =>
  `Văn bản in "${printed}."; thêm tiền tố "${part}." để mã không trùng với mục I.`;

interface FormWording {
  readonly leaderHeading: string;
  readonly workStyle: string;
  readonly unitResult: string;
  readonly selfSignature: string;
  readonly part3: Criterion;
  readonly part4Title: string;
  readonly outlook: boolean;
}

const formTree = (w: FormWording): readonly Criterion[] => {
  const leaderOnly = { notes: [w.leaderHeading] };
  const part4: Criterion[] = [
    field('IV.1', 'Nhận xét ưu, khuyết điểm', { idNote: PART_PREFIX_NOTE('1', 'IV') }),
    levelField('IV.2', 'Kết quả đánh giá, xếp loại chất lượng', PART_PREFIX_NOTE('2', 'IV')),
  ];
  if (w.outlook) {
    part4.push(
      field('IV.3', 'Nhận định chiều hướng, triển vọng phát triển của cán bộ', { idNote: PART_PREFIX_NOTE('3', 'IV') }),
    );
  }
  return [
    {
      id: 'I',
      title: 'KẾT QUẢ TỰ ĐÁNH GIÁ',
      maxPoints: null,
      children: [
        field('1', 'Chính trị tư tưởng'),
        field('2', 'Đạo đức, lối sống'),
        field('3', w.workStyle),
        field('4', 'Ý thức tổ chức kỷ luật'),
        field(
          '5',
          'Kết quả thực hiện chức trách, nhiệm vụ được giao (xác định rõ nội dung công việc thực hiện; tỉ lệ hoàn thành, chất lượng, tiến độ công việc)',
        ),
        field(
          '6',
          'Thái độ phục vụ nhân dân, doanh nghiệp (đối với những vị trí tiếp xúc trực tiếp hoặc trực tiếp giải quyết công việc của người dân và doanh nghiệp)',
        ),
        field('7', w.unitResult, leaderOnly),
        field('8', 'Năng lực lãnh đạo, quản lý', leaderOnly),
        field('9', 'Năng lực tập hợp, đoàn kết', leaderOnly),
      ],
    },
    {
      id: 'II',
      title: 'TỰ NHẬN XÉT, XẾP LOẠI CHẤT LƯỢNG',
      maxPoints: null,
      notes: [`....., ngày....tháng....năm.... ${w.selfSignature}`],
      children: [
        field('II.1', 'Tự nhận xét ưu, khuyết điểm', { idNote: PART_PREFIX_NOTE('1', 'II') }),
        levelField('II.2', 'Tự xếp loại chất lượng', PART_PREFIX_NOTE('2', 'II')),
      ],
    },
    w.part3,
    {
      id: 'IV',
      title: w.part4Title,
      maxPoints: null,
      notes: [
        '(Phần dành cho cấp có thẩm quyền đánh giá)',
        '....., ngày...tháng....năm.... NGƯỜI CÓ THẨM QUYỀN ĐÁNH GIÁ (Ký, ghi rõ họ tên)',
      ],
      children: part4,
    },
  ];
};

const COMMON_REMARKS = [
  'Phiếu nhận xét bằng lời, không chấm điểm; chỉ II.2 và IV.2 chọn một trong bốn mức xếp loại chất lượng.',
  'Mục 7–9 chỉ điền đối với người giữ chức vụ lãnh đạo, quản lý (phần dành riêng ghi trên phiếu).',
  'Mã II.1, II.2, IV.1… do chương trình đặt (phiếu in "1.", "2." trong từng phần) để mã không trùng với mục I.',
];

/** Phiếu đánh giá, xếp loại chất lượng công chức — seed 003, Mẫu số 02 (Nghị định 90/2020/NĐ-CP). */
export const ND90_M02 = {
  id: 'nd90-m02',
  title: msg(
    'Phiếu đánh giá, xếp loại chất lượng công chức (Mẫu số 02, Nghị định 90/2020/NĐ-CP)',
    'Civil servant quality rating form (Form 02, Decree 90/2020/NĐ-CP)',
  ),
  source: 'seed 003, Mẫu số 02',
  audience: msg('Công chức (hằng năm)', 'Civil servants (annual)'),
  scoring: 'narrative',
  totalMax: null,
  // Decision (DOMAIN.md, Bands): the form gives no bands; the default ones are carried, labelled as such.
  bands: DEFAULT_BANDS,
  bandsAreDefault: true,
  remarks: [
    'Đầu phiếu (sheet hỏi): Năm; Họ và tên; Chức vụ, chức danh; Đơn vị công tác.',
    ...COMMON_REMARKS,
    'Mục I.3 giữ như văn bản in: "Tác phong, lễ lối làm việc" (Mẫu số 03 in "lề lối").',
  ],
  criteria: formTree({
    leaderHeading: 'PHẦN DÀNH RIÊNG CHO CÔNG CHỨC LÃNH ĐẠO, QUẢN LÝ',
    workStyle: 'Tác phong, lễ lối làm việc',
    unitResult:
      'Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao lãnh đạo, quản lý, phụ trách (xác định rõ nội dung công việc thực hiện; tỉ lệ hoàn thành, chất lượng, tiến độ công việc)',
    selfSignature: 'NGƯỜI TỰ NHẬN XÉT (Ký, ghi rõ họ tên)',
    part3: field('III', 'Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ', {
      notes: [
        '(Phần dành cho người đứng đầu đơn vị cấu thành (nếu có))',
        '....., ngày....tháng....năm.... NGƯỜI NHẬN XÉT, ĐÁNH GIÁ (Ký, ghi rõ họ tên)',
      ],
    }),
    part4Title: 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÔNG CHỨC',
    outlook: true,
  }),
} as const satisfies Framework;

/**
 * Phiếu đánh giá, xếp loại chất lượng viên chức — seed 003, the form after Mẫu số 02 (Nghị định 90/2020/NĐ-CP,
 * Mẫu số 03; the seed's plan, point 3c, names it "mẫu số 3").
 */
export const ND90_M03 = {
  id: 'nd90-m03',
  title: msg(
    'Phiếu đánh giá, xếp loại chất lượng viên chức (Mẫu số 03, Nghị định 90/2020/NĐ-CP)',
    'Public employee quality rating form (Form 03, Decree 90/2020/NĐ-CP)',
  ),
  source: 'seed 003, Mẫu số 03',
  audience: msg('Viên chức (hằng năm)', 'Public employees (annual)'),
  scoring: 'narrative',
  totalMax: null,
  // Decision (DOMAIN.md, Bands): the form gives no bands; the default ones are carried, labelled as such.
  bands: DEFAULT_BANDS,
  bandsAreDefault: true,
  remarks: [
    'Đầu phiếu (sheet hỏi): Năm; Họ và tên; Chức danh nghề nghiệp; Đơn vị công tác.',
    ...COMMON_REMARKS,
    'Văn bản không in tiêu đề "Mẫu số 03" trên phiếu này; đây là phiếu viên chức in ngay sau Mẫu số 02 (kế hoạch, điểm 3c: "viên chức … theo mẫu số 3").',
    'Phiếu viên chức không có mục IV.3 (nhận định chiều hướng, triển vọng phát triển) của Mẫu số 02.',
  ],
  criteria: formTree({
    leaderHeading: 'PHẦN DÀNH RIÊNG CHO VIÊN CHỨC QUẢN LÝ',
    workStyle: 'Tác phong, lề lối làm việc',
    unitResult: 'Kết quả hoạt động của cơ quan, tổ chức, đơn vị được giao quản lý, phụ trách',
    selfSignature: 'NGƯỜI TỰ NHẬN XÉT',
    part3: field('III', 'Ý KIẾN NHẬN XÉT, ĐÁNH GIÁ ĐỐI VỚI CẤP PHÓ CỦA NGƯỜI ĐỨNG ĐẦU ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP', {
      notes: [
        'Phần dành cho người nhận xét, đánh giá khi người được đánh giá là cấp phó của người đứng đầu đơn vị sự nghiệp công lập.',
        '....., ngày....tháng....năm.... NGƯỜI NHẬN XÉT, ĐÁNH GIÁ (Ký, ghi rõ họ tên)',
      ],
    }),
    part4Title: 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG VIÊN CHỨC',
    outlook: false,
  }),
} as const satisfies Framework;
