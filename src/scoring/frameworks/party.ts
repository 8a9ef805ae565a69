import { DEFAULT_BANDS } from '../grades';
import { msg } from '../messages';
import { narrative } from '../rules';
import type { Criterion, Framework } from '../types';
import { ND90_LEVEL_CHOICES } from './nd90';

// Seed 003, the forms sent with the 2020 plan (Hướng dẫn 21-HD/BTCTW ngày 18/10/2019): mẫu 01-HDKĐ.ĐG (Báo cáo kiểm
// điểm tập thể) and mẫu 02-HDKĐ.ĐG (Bản kiểm điểm cá nhân). Fields written in words, no points; each content is
// self-rated by one of four "cấp độ thực hiện", and the form ends with one of the four quality levels.

/** "Tự đánh giá về cấp độ thực hiện: Xuất sắc Tốt Trung bình Kém", as both forms print it under each content. */
export const PARTY_LEVEL_CHOICES: readonly string[] = ['Xuất sắc', 'Tốt', 'Trung bình', 'Kém'];

const LEVEL_TITLE = 'Tự đánh giá về cấp độ thực hiện';
const LEVEL_ID_NOTE = 'Mã do chương trình đặt cho ô "Tự đánh giá về cấp độ thực hiện" in dưới nội dung (văn bản không đánh số).';

const field = (id: string, title: string, extra: Partial<Criterion> = {}): Criterion => ({ id, title, maxPoints: null, rule: narrative(), ...extra });

/** The content's self-rated level: one of Xuất sắc / Tốt / Trung bình / Kém. */
const levelOf = (id: string): Criterion => ({
  id: `${id}.CĐ`,
  title: LEVEL_TITLE,
  maxPoints: null,
  rule: narrative(PARTY_LEVEL_CHOICES),
  method: 'Xuất sắc; Tốt; Trung bình; Kém',
  idNote: LEVEL_ID_NOTE,
});

/** One of the four quality levels (Hoàn thành xuất sắc nhiệm vụ … Không hoàn thành nhiệm vụ). */
const grade = (id: string, title: string, extra: Partial<Criterion> = {}): Criterion => ({
  id,
  title,
  maxPoints: null,
  rule: narrative(ND90_LEVEL_CHOICES),
  method: 'Hoàn thành xuất sắc nhiệm vụ; Hoàn thành tốt nhiệm vụ; Hoàn thành nhiệm vụ; Không hoàn thành nhiệm vụ',
  ...extra,
});

const part = (id: string, title: string, children: readonly Criterion[], notes?: readonly string[]): Criterion => ({
  id,
  title,
  maxPoints: null,
  children,
  ...(notes ? { notes } : {}),
});

const REMEDY = 'Kiểm điểm rõ từng hạn chế, khuyết điểm (đã được khắc phục; đang khắc phục, mức độ khắc phục; chưa được khắc phục); những khó khăn, vướng mắc (nếu có); trách nhiệm của';

/** Báo cáo kiểm điểm tập thể — seed 003, mẫu 01-HDKĐ.ĐG (kế hoạch, điểm 3a). */
export const PARTY_01 = {
  id: 'hdkd-01',
  title: msg('Báo cáo kiểm điểm tập thể (mẫu 01-HDKĐ.ĐG)', 'Collective self-assessment report (form 01-HDKĐ.ĐG)'),
  source: 'seed 003, mẫu 01-HDKĐ.ĐG',
  audience: msg('Tập thể lãnh đạo, quản lý của cơ quan, đơn vị (hằng năm)', 'The leadership collective of a body or unit (annual)'),
  scoring: 'narrative',
  totalMax: null,
  // Decision (DOMAIN.md, Bands): the form gives no points and no bands; the default ones are carried, labelled as such.
  bands: DEFAULT_BANDS,
  bandsAreDefault: true,
  remarks: [
    'Đầu báo cáo (sheet hỏi): Đảng bộ; Tập thể kiểm điểm; Năm.',
    'Báo cáo viết bằng lời, không chấm điểm; mỗi nội dung I.1–I.5 và III tự đánh giá một cấp độ thực hiện (Xuất sắc, Tốt, Trung bình, Kém); mục VII đề nghị một trong bốn mức xếp loại chất lượng.',
    'Mã các ô "Tự đánh giá về cấp độ thực hiện" (…CĐ) và II.1, II.2 do chương trình đặt.',
  ],
  criteria: [
    part('I', 'Ưu điểm, kết quả đạt được', [
      field('I.1', 'Việc quán triệt, tổ chức thực hiện các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, nghị quyết, chỉ thị, quyết định, kết luận của cấp trên; xây dựng và tổ chức thực hiện các chương trình, kế hoạch công tác của tập thể'),
      levelOf('I.1'),
      field('I.2', 'Công tác lãnh đạo, chỉ đạo các mặt công tác của địa phương, cơ quan, đơn vị trong năm; kết quả thực hiện các chỉ tiêu, nhiệm vụ được cấp có thẩm quyền giao, phê duyệt trong năm'),
      levelOf('I.2'),
      field('I.3', 'Việc thực hiện nguyên tắc tập trung dân chủ và các quy định, quy chế làm việc'),
      levelOf('I.3'),
      field('I.4', 'Việc đấu tranh ngăn chặn, đẩy lùi những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” trong nội bộ gắn với đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và công tác đấu tranh phòng, chống tham nhũng, lãng phí'),
      levelOf('I.4'),
      field('I.5', 'Kết quả lãnh đạo, chỉ đạo, thực hiện công tác kiểm tra, giám sát, kỷ luật đảng và thi đua, khen thưởng'),
      levelOf('I.5'),
    ]),
    part('II', 'Hạn chế, khuyết điểm và nguyên nhân', [
      field('II.1', 'Hạn chế, khuyết điểm (theo 05 nội dung nêu trên)', { idNote: 'Văn bản in gạch đầu dòng; mã II.1 do chương trình đặt.' }),
      field('II.2', 'Nguyên nhân của hạn chế, khuyết điểm', { idNote: 'Văn bản in gạch đầu dòng; mã II.2 do chương trình đặt.' }),
    ]),
    part('III', 'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước', [
      field('III.1', `${REMEDY} tập thể, cá nhân có liên quan`, { idNote: 'Mã III.1 do chương trình đặt (văn bản không đánh số).' }),
      levelOf('III'),
    ]),
    part('IV', 'Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)', [
      field('IV.1', 'Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của tập thể, cá nhân đối với từng vấn đề được gợi ý kiểm điểm', { idNote: 'Mã IV.1 do chương trình đặt.' }),
    ]),
    part('V', 'Trách nhiệm của tập thể, cá nhân', [
      field('V.1', 'Về những hạn chế, khuyết điểm trong thực hiện nhiệm vụ chính trị; nguyên tắc tập trung dân chủ; các quy định, quy chế làm việc; công tác tổ chức, cán bộ; quản lý đảng viên; đổi mới phương thức lãnh đạo; các biện pháp đấu tranh phòng, chống tham nhũng, lãng phí; kết quả xử lý sai phạm đối với tập thể, cá nhân...', { idNote: 'Mã V.1 do chương trình đặt.' }),
    ]),
    part('VI', 'Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm', [field('VI.1', 'Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm', { idNote: 'Mã VI.1 do chương trình đặt.' })]),
    part('VII', 'Đề nghị xếp loại mức chất lượng', [grade('VII.1', 'Đề nghị xếp loại mức chất lượng', { idNote: 'Mã VII.1 do chương trình đặt.' })], [
      'T/M TẬP THỂ LÃNH ĐẠO, QUẢN LÝ (Ký, ghi rõ họ tên và đóng dấu)',
    ]),
  ],
} as const satisfies Framework;

/**
 * Bản kiểm điểm cá nhân — seed 003, mẫu 02-HDKĐ.ĐG (kế hoạch, điểm 3b: công chức, viên chức và người lao động là đảng
 * viên), with the blocks of the head of the body (xếp loại công chức, viên chức), the chi ủy and the đảng ủy.
 */
export const PARTY_02 = {
  id: 'hdkd-02',
  title: msg('Bản kiểm điểm cá nhân (mẫu 02-HDKĐ.ĐG)', 'Individual self-assessment (form 02-HDKĐ.ĐG)'),
  source: 'seed 003, mẫu 02-HDKĐ.ĐG',
  audience: msg('Cán bộ, công chức, viên chức, người lao động là đảng viên (hằng năm)', 'Civil servants, public employees and workers who are Party members (annual)'),
  scoring: 'narrative',
  totalMax: null,
  // Decision (DOMAIN.md, Bands): the form gives no points and no bands; the default ones are carried, labelled as such.
  bands: DEFAULT_BANDS,
  bandsAreDefault: true,
  remarks: [
    'Đầu bản kiểm điểm (sheet hỏi): Họ và tên; Ngày sinh; Chức vụ Đảng; Chức vụ chính quyền; Chức vụ đoàn thể; Đơn vị công tác; Chi bộ; Năm.',
    'Kế hoạch, điểm 3b: "Kết quả đánh giá, xếp loại chất lượng công chức, viên chức là cơ sở để đánh giá xếp loại đảng viên" — mức xếp loại đảng viên cao hơn mức xếp loại công chức, viên chức được cảnh báo.',
    'Mã các ô "Tự đánh giá về cấp độ thực hiện" (…CĐ), các mục con và các khối đánh giá (CQ, CU, DU) do chương trình đặt.',
  ],
  criteria: [
    part('I', 'Ưu điểm, kết quả đạt được', [
      field('I.1', 'Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lễ lối làm việc (về tư tưởng chính trị; về phẩm chất đạo đức, lối sống; về ý thức tổ chức kỷ luật; về tác phong, lễ lối làm việc; việc đấu tranh phòng, chống những biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, “tự diễn biến”, “tự chuyển hóa” của cá nhân — đối chiếu với 27 biểu hiện, cá nhân tự nhận diện)', {
        idNote: 'Giữ như văn bản in: "lễ lối làm việc"; các gạch đầu dòng của văn bản ghi trong ngoặc.',
      }),
      levelOf('I.1'),
      field('I.2', 'Về thực hiện chức trách, nhiệm vụ được giao (việc thực hiện chức trách, quyền hạn theo quy định — đảng, chính quyền, đoàn thể; kết quả thực hiện các chỉ tiêu, nhiệm vụ được giao trong năm; trách nhiệm cá nhân liên quan đến kết quả, hạn chế, khuyết điểm ở lĩnh vực, địa phương, tổ chức, cơ quan, đơn vị do mình phụ trách)'),
      levelOf('I.2'),
      field('I.3', 'Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm'),
    ]),
    part('II', 'Hạn chế, khuyết điểm và nguyên nhân', [
      field('II.1', 'Hạn chế, khuyết điểm (theo 03 nội dung nêu trên)'),
      field('II.2', 'Nguyên nhân của hạn chế, khuyết điểm'),
    ]),
    part('III', 'Kết quả khắc phục những hạn chế, khuyết điểm đã được cấp có thẩm quyền kết luận hoặc được chỉ ra ở các kỳ kiểm điểm trước', [
      field('III.1', `${REMEDY} cá nhân`, { idNote: 'Mã III.1 do chương trình đặt (văn bản không đánh số).' }),
      levelOf('III'),
    ]),
    part('IV', 'Giải trình những vấn đề được gợi ý kiểm điểm (nếu có)', [
      field('IV.1', 'Giải trình từng vấn đề được gợi ý kiểm điểm, nêu nguyên nhân, xác định trách nhiệm của cá nhân đối với từng vấn đề được gợi ý kiểm điểm', { idNote: 'Mã IV.1 do chương trình đặt.' }),
    ]),
    part('V', 'Làm rõ trách nhiệm của cá nhân đối với những hạn chế, khuyết điểm của tập thể (nếu có)', [field('V.1', 'Trách nhiệm của cá nhân đối với hạn chế, khuyết điểm của tập thể', { idNote: 'Mã V.1 do chương trình đặt.' })]),
    part('VI', 'Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm', [field('VI.1', 'Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm', { idNote: 'Mã VI.1 do chương trình đặt.' })]),
    part('VII', 'Tự nhận mức xếp loại chất lượng', [grade('VII.1', 'Xếp loại cán bộ, công chức, viên chức'), grade('VII.2', 'Xếp loại đảng viên')], [
      'NGƯỜI TỰ KIỂM ĐIỂM (Ký, ghi rõ họ tên)',
    ]),
    part('CQ', 'Đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức', [
      field('CQ.1', 'Nhận xét, đánh giá của người quản lý, sử dụng cán bộ, công chức, viên chức'),
      grade('CQ.2', 'Mức xếp loại chất lượng công chức, viên chức'),
    ], ['THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ (Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)']),
    part('CU', 'Đánh giá, xếp loại chất lượng đảng viên', [
      field('CU.1', 'Nhận xét, đánh giá của chi ủy'),
      grade('CU.2', 'Chi bộ đề xuất xếp loại mức chất lượng'),
    ], ['T/M CHI ỦY (CHI BỘ) (Xác lập thời điểm, ký, ghi rõ họ tên)']),
    part('DU', 'Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng', [grade('DU.1', 'Đảng ủy, chi ủy cơ sở xếp loại mức chất lượng')], [
      'T/M ĐẢNG ỦY (CHI ỦY) (Xác lập thời điểm, ký, ghi rõ họ tên và đóng dấu)',
    ]),
  ],
} as const satisfies Framework;
