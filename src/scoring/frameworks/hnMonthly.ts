import { MONTHLY_BANDS } from '../grades';
import { msg } from '../messages';
import { cappedDeduction, kpiResult } from '../rules';
import type { Criterion, Framework } from '../types';

// Seed 004 (Kế hoạch đánh giá, xếp loại hằng tháng CBCCVC gắn với OKR/KPI, Đảng bộ phường Hà Đông), Phụ lục 1
// "KHUNG TIÊU CHÍ ĐÁNH GIÁ": four forms, each 30 points of general criteria (I) + 70 points of KPI result (II).
// Titles are the seed's words with the HTML of the table cells removed; rows split by a page break are joined.

const UNNUMBERED_BULLET = 'Gạch đầu dòng không đánh số trong văn bản; mã do phần mềm đặt';
const PRINTED_WITH_DOT = 'Văn bản in mã có dấu chấm ở cuối ("1.", "II.")';

// Seed 004, Phụ lục 1, mục III "ĐIỂM TRỪ" (rule kind 9): how the deduction of each general criterion is applied.
const DEDUCTION_READING =
  'Mỗi tiêu chí chung: điểm = điểm tối đa − điểm trừ; điểm trừ không vượt quá điểm tối đa của tiêu chí, nên điểm không bao giờ âm.';

const KPI_READING =
  'Dòng II: "điểm KPI quy đổi nhân (x) 70%" (Kế hoạch, phần III mục 5: "× 70") được hiểu là điểm = KPI% × 70/100, KPI% nhập dạng phần trăm (95% = 0,95); a, b, c theo phần III mục 2.2.';

const LEADER_READING =
  'Dòng II tính theo công thức của cán bộ giữ chức vụ lãnh đạo, quản lý (Kế hoạch, phần III mục 4.2): (a+b+c+d+đ+e)/6. Phần III mục 3.3 chỉ nói d, đ, e dùng cho "người đứng đầu cơ quan, tổ chức, đơn vị" và không nói cấp phó dùng Mẫu này tính thế nào; ở đây mọi người dùng Mẫu này đều tính theo công thức 6 thành phần.';

const STAFF_READING =
  'Dòng II tính theo công thức của CBCCVC không giữ chức vụ lãnh đạo, quản lý (Kế hoạch, phần III mục 4.1): (a+b+c)/3.';

const NO_FORM_NUMBER =
  'Đầu mỗi khung trong văn bản không ghi "Mẫu số 0N": số mẫu lấy theo bảng đầu Phụ lục 1 (đối tượng ↔ ký hiệu biểu) và thứ tự các khung.';

const deductionRemark = (deduction: string): string =>
  `Mục III "ĐIỂM TRỪ" không phải dòng chấm điểm: "${deduction}" Điểm trừ được nhập ở từng tiêu chí chung (quy tắc 9).`;

/** A general criterion (rule kind 9): max − deduction, the deduction capped by the criterion's maximum. */
const general = (
  id: string,
  maxPoints: number,
  title: string,
  more: Pick<Criterion, 'method' | 'idNote'> = {},
): Criterion => ({ id, title, maxPoints, rule: cappedDeduction(), ...more });

/** An unnumbered "-" bullet with points of its own, scored like any general criterion. */
const bullet = (id: string, maxPoints: number, title: string): Criterion =>
  general(id, maxPoints, title, { idNote: UNNUMBERED_BULLET });

const group = (
  id: string,
  maxPoints: number,
  title: string,
  children: readonly Criterion[],
  more: Pick<Criterion, 'idNote'> = {},
): Criterion => ({ id, title, maxPoints, ...more, children });

/** "I. NHÓM TIÊU CHÍ CHUNG" (30 points); mục III "ĐIỂM TRỪ" of the same form goes into its notes. */
const generalCriteria = (deduction: string, children: readonly Criterion[]): Criterion => ({
  id: 'I',
  title: 'NHÓM TIÊU CHÍ CHUNG',
  maxPoints: 30,
  notes: [`III. ĐIỂM TRỪ: ${deduction}`, DEDUCTION_READING],
  children,
});

/** "II" (70 points), rule kind 11: KPI% × 70, KPI% of a leader (a+b+c+d+đ+e)/6, of other staff (a+b+c)/3. */
const kpiCriterion = (
  title: string,
  method: string,
  leader: boolean,
  more: Pick<Criterion, 'idNote'> = {},
): Criterion => ({ id: 'II', title, maxPoints: 70, rule: kpiResult({ leader }), method, ...more });

const M01_DEDUCTION = 'Căn cứ vào thang điểm quy định đối với các tiêu chí và mức độ vi phạm của CBCCVV, tập thể, thủ trưởng cơ quan, đơn vị quy định số điểm trừ đối với từng tiêu chí đánh giá, xếp loại. Điểm trừ không vượt quá số điểm quy định của từng tiêu chí.';

/** Seed 004, Phụ lục 1, Mẫu số 01: chức danh cán bộ diện Ban Thường vụ Thành ủy quản lý. */
export const HN_M01 = {
  id: 'hn-m01',
  title: msg(
    'Mẫu số 01 — Khung tiêu chí đánh giá hằng tháng: chức danh cán bộ diện Ban Thường vụ Thành ủy quản lý',
    'Form 01 — monthly criteria framework: officials managed by the Standing Committee of the Hà Nội Party Committee',
  ),
  source: 'seed 004, Phụ lục 1, Mẫu số 01',
  audience: msg(
    'Chức danh Cán bộ diện Ban Thường vụ Thành ủy quản lý',
    'Officials whose posts are managed by the Standing Committee of the Hà Nội Party Committee',
  ),
  scoring: 'sum',
  totalMax: 100,
  // Seed 004, mục II.3.1: A from 90, B from 70, C from 50, D under 50.
  bands: MONTHLY_BANDS,
  bandsAreDefault: false,
  remarks: [
    NO_FORM_NUMBER,
    deductionRemark(M01_DEDUCTION),
    'Các gạch đầu dòng có điểm riêng dưới 3.1–3.5 không được đánh số trong văn bản; mã 3.1.a, 3.1.b, … do phần mềm đặt theo thứ tự in.',
    LEADER_READING,
    KPI_READING,
    'Giữ nguyên chữ in của văn bản: "thảm quyền" (3.5.d; "thẩm quyền" ở Mẫu số 02), "CBCCVV" (mục III). Sửa một lỗi chuyển mã: "lễ l" + một chữ Hán (3.4.b) ghi thành "lễ lối hành chính" như cùng dòng ở Mẫu số 02.',
  ],
  criteria: [
    generalCriteria(M01_DEDUCTION, [
      group('1', 5, 'Về chính trị, tư tưởng', [
        general('1.1', 1, 'Tuyệt đối trung thành với Đảng, với Tổ quốc và Nhân dân; kiên định lý tưởng cách mạng, chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, mục tiêu độc lập dân tộc, chủ nghĩa xã hội và đường lối đổi mới của Đảng.'),
        general('1.2', 1, 'Có lập trường, quan điểm, bản lĩnh chính trị vững vàng, không dao động trước mọi khó khăn, thách thức; kiên quyết bảo vệ nền tảng tư tưởng, Cương lĩnh, đường lối của Đảng, Hiến pháp và pháp luật của Nhà nước; nhận thức và hành động thống nhất về tư tưởng chính trị, tổ chức và đạo đức; đấu tranh phản bác các quan điểm sai trái, luận điệu xuyên tạc của các thế lực thù địch. Giữ nghiêm kỷ luật phát ngôn theo đúng nguyên tắc, quy định của Đảng.'),
        general('1.3', 1, 'Có tinh thần yêu nước sâu sắc, tận tụy phục vụ Nhân dân, sâu sát cơ sở, luôn hành động vì lợi ích của Nhân dân, đặt lợi ích của Đảng, quốc gia, dân tộc, Nhân dân, tập thể lên trên lợi ích cá nhân; sẵn sàng hy sinh vì sự nghiệp của Đảng, vì độc lập, tự do của Tổ quốc, vì hạnh phúc của Nhân dân.'),
        general('1.4', 1, 'Tuyệt đối chấp hành sự phân công của tổ chức, yên tâm công tác và hoàn thành tốt mọi nhiệm vụ được giao.'),
        general('1.5', 0.5, 'Tích cực nghiên cứu, học tập các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; thường xuyên bồi dưỡng, cập nhật kiến thức mới và vận dụng sáng tạo vào thực tiễn.'),
        general('1.6', 0.5, 'Có năng lực tư duy và tầm nhìn đáp ứng với yêu cầu thay đổi của tình hình thực tiễn; phát huy tinh thần chủ động, đổi mới, sáng tạo; phấn đấu vì mục tiêu phát triển của tổ chức, cơ quan, đơn vị, đóng góp vào mục tiêu chung của đất nước.'),
      ]),
      group('2', 5, 'VỀ PHẨM CHẤT ĐẠO ĐỨC VÀ Ý THỨC TỔ CHỨC KỶ LUẬT', [
        general('2.1', 1, 'Có phẩm chất đạo đức, lối sống trong sáng, trung thực, khiêm tốn, chân thành, giản dị; cần, kiệm, liêm, chính, chí công vô tư; chấp hành nghiêm quy định về trách nhiệm nêu gương; không vi phạm Quy định về những điều đảng viên không được làm. Không vi phạm đạo đức, lối sống đến mức bị xử lý kỷ luật trong 5 năm gần nhất.'),
        general('2.2', 1, 'Không tham ô, tham nhũng, tiêu cực, quan liêu, hách dịch, cửa quyền, vụ lợi; không để người thân, người quen lợi dụng chức vụ, quyền hạn của mình để trục lợi. Không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện "tự diễn biến", "tự chuyển hoá" trong nội bộ. Kiên quyết đấu tranh chống quan liêu, cửa quyền, tham nhũng, xa hoa, lãng phí, tiêu cực, chủ nghĩa cá nhân, lối sống cơ hội, thực dụng, bè phái, lợi ích nhóm, nói không đi đôi với làm.'),
        general('2.3', 1, 'Có ý thức tự giác học tập, tu dưỡng, rèn luyện đạo đức bản thân; có tinh thần, trách nhiệm cao với công việc; cần cù, chịu khó, năng động, sáng tạo, dám nghĩ, dám nói, dám làm, dám chịu trách nhiệm, dám đương đầu với khó khăn, thử thách, dám hy sinh vì lợi ích chung.'),
        general('2.4', 1, 'Thực hiện nghiêm các nguyên tắc tổ chức và hoạt động của Đảng, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình; thực hiện đúng, đầy đủ quyền hạn, trách nhiệm và chỉ đạo thực hiện các quy định, quy chế, nội quy của tổ chức, cơ quan, đơn vị nơi công tác; kiên quyết đấu tranh với những biểu hiện, việc làm trái với các quy định của Đảng, Nhà nước trong công tác cán bộ.'),
        general('2.5', 0.5, 'Thực hiện việc kê khai và công khai tài sản, thu nhập theo quy định.'),
        general('2.6', 0.5, 'Báo cáo đầy đủ, trung thực, cung cấp thông tin chính xác, khách quan về những nội dung liên quan đến việc thực hiện chức trách, nhiệm vụ được giao và hoạt động của tổ chức, cơ quan, đơn vị với cấp trên khi được yêu cầu.'),
      ]),
      group('3', 16, 'Năng lực lãnh đạo, quản lý và năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm; khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao; thái độ công tác trong thực hiện nhiệm vụ; tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung', [
        group('3.1', 4, 'Năng lực lãnh đạo, quản lý', [
          bullet('3.1.a', 1, 'Có tư duy, khả năng hoạch định đường lối, chính sách và lãnh đạo, chỉ đạo tổ chức thực hiện đóng góp vào mục tiêu phát triển chung của địa phương, tổ chức, cơ quan, đơn vị; lãnh đạo, chỉ đạo xây dựng, củng cố, kiện toàn tổ chức đảng, đoàn thể trong sạch, vững mạnh.'),
          bullet('3.1.b', 1, 'Có tầm nhìn, phương pháp làm việc khoa học; có năng lực tổng hợp, phân tích và dự báo.'),
          bullet('3.1.c', 1, 'Có năng lực, kinh nghiệm thực tiễn để cụ thể hoá và tổ chức thực hiện có hiệu quả đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước ở lĩnh vực, địa bàn công tác được phân công phụ trách.'),
          bullet('3.1.d', 1, 'Có khả năng chỉ đạo, điều hành hoạt động của tổ chức, cơ quan, đơn vị, phân công công việc khoa học, giám sát chặt chẽ, giữ gìn kỷ cương, kỷ luật.'),
        ]),
        group('3.2', 3, 'Năng lực chuyên môn, nghiệp vụ theo vị trí việc làm', [
          bullet('3.2.a', 1, 'Có kiến thức chuyên sâu về lĩnh vực công tác được phân công; am hiểu quy định pháp luật, quy trình nghiệp vụ có liên quan đến vị trí việc làm.'),
          bullet('3.2.b', 1, 'Có khả năng phát hiện các vấn đề mới, khó và những hạn chế, bất cập trong thực tiễn; chủ động đề xuất chủ trương, chính sách, nhiệm vụ, giải pháp phù hợp, khả thi, hiệu quả để tháo gỡ điểm nghẽn, thúc đẩy phát triển.'),
          bullet('3.2.c', 1, 'Có kỹ năng xử lý công việc độc lập, làm việc nhóm hiệu quả.'),
        ]),
        group('3.3', 2, 'Khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao', [
          bullet('3.3.a', 1, 'Nhiệm vụ thường xuyên: Vận dụng hiệu quả kiến thức chuyên môn, nghiệp vụ để xử lý công việc chuyên môn theo kế hoạch định kỳ; duy trì ổn định chất lượng chuyên môn.'),
          bullet('3.3.b', 1, 'Nhiệm vụ đột xuất: Chủ động đề xuất giải pháp, thực hiện hiệu quả các công việc phát sinh; có khả năng phản ứng kịp thời, đáp ứng với yêu cầu, nhiệm vụ cụ thể.'),
        ]),
        group('3.4', 3, 'Thái độ công tác trong thực hiện nhiệm vụ', [
          bullet('3.4.a', 1, 'Tinh thần trách nhiệm cao trong công việc; chủ động tiếp cận kiến thức mới để kịp thời điều chỉnh, đề xuất cải tiến quy trình hoặc giải pháp nâng cao hiệu quả công việc.'),
          bullet('3.4.b', 1, 'Có thái độ đúng mực, phong cách làm việc chuẩn mực, lễ lối hành chính chuyên nghiệp trong quan hệ công tác.'),
          bullet('3.4.c', 1, 'Phối hợp có hiệu quả với tập thể, cá nhân có liên quan trong việc triển khai thực hiện các nhiệm vụ được phân công.'),
        ]),
        group('3.5', 4, 'Tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung', [
          bullet('3.5.a', 1, 'Có sáng kiến, mô hình cách làm mới hoặc đề xuất giải pháp hiệu quả, mang tính đột phá hoặc tạo chuyển biến, được áp dụng trong thực tiễn thuộc phạm vi, lĩnh vực phụ trách và được cấp có thẩm quyền ghi nhận, đánh giá cao.'),
          bullet('3.5.b', 1, 'Sẵn sàng tham gia thực hiện nhiệm vụ chính trị đặc biệt quan trọng, nhiệm vụ có tính chất đột xuất, phức tạp hoặc trong điều kiện khó khăn.'),
          bullet('3.5.c', 1, 'Có tinh thần chịu trách nhiệm trước kết quả công việc; chủ động nhận trách nhiệm khi có sai sót và có biện pháp khắc phục rõ ràng, cụ thể.'),
          bullet('3.5.d', 1, 'Quyết đoán, kịp thời đưa ra quyết định trong phạm vi thảm quyền, không né tránh; có tinh thần tiên phong trong thực hiện những nhiệm vụ mới.'),
        ]),
      ]),
      group('4', 2, 'Về mức độ tín nhiệm, uy tín và khả năng quy tụ đoàn kết', [
        general('4.1', 1, 'Có uy tín trong nội bộ, gương mẫu, gắn bó mật thiết với Nhân dân; được cán bộ, đảng viên, quần chúng nhân dân ở địa phương, tổ chức, cơ quan, đơn vị tin tưởng, tín nhiệm cao.'),
        general('4.2', 1, 'Có khả năng quy tụ, đoàn kết nội bộ; xây dựng tập thể vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức; phát huy được sức mạnh tập thể; xây dựng đội ngũ cán bộ, công chức đoàn kết, chuyên nghiệp, đáp ứng yêu cầu, nhiệm vụ.'),
      ]),
      group('5', 2, 'Về tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm', [
        general('5.1', 1, 'Tinh thần tự phê bình, tự soi, tự sửa của cá nhân lãnh đạo, quản lý; sự chủ động nhận diện thiếu sót trong công tác lãnh đạo, chỉ đạo.'),
        general('5.2', 1, 'Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra của bản thân và trong phạm vi lãnh đạo, quản lý.'),
      ]),
    ]),
    kpiCriterion(
      'NHÓM TIÊU CHÍ VỀ KẾT QUẢ THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ ĐƯỢC GIAO',
      'Căn cứ vào số điểm KPI quy đổi, điểm kết quả thực hiện chức trách, nhiệm vụ được giao tính bằng điểm KPI quy đổi nhân (x) 70%\n- Việc cụ thể hoá nghị quyết, chương trình, kế hoạch công tác và tổ chức thực hiện hiệu quả các mục tiêu, chỉ tiêu, nhiệm vụ được giao trên các lĩnh vực.\n- Kết quả thực hiện các nhiệm vụ trọng tâm, đột phá; các chỉ tiêu, kế hoạch, nhiệm vụ, chương trình công tác và các nhiệm vụ phát sinh thuộc chức năng, nhiệm vụ của cơ quan, đơn vị, địa phương.\n- Các nhiệm vụ được giao khác (nếu có).\n- Kết quả lãnh đạo, chỉ đạo, điều hành, tổ chức thực hiện nhiệm vụ trong phạm vi phụ trách được đánh giá theo các tiêu chí theo từng vị trí việc làm.\n- Kết quả đánh giá, xếp loại chất lượng của tập thể cơ quan, đơn vị và của đội ngũ cán bộ, công chức, viên chức thuộc quyền quản lý trực tiếp của cá nhân.',
      true,
    ),
  ],
} as const satisfies Framework;

const M02_DEDUCTION = 'Căn cứ vào thang điểm quy định đối với các tiêu chí và mức độ vi phạm của CBCCV, tập thể, thủ trưởng cơ quan, đơn vị quy định số điểm trừ đối với từng tiêu chí đánh giá, xếp loại. Điểm trừ không vượt quá số điểm quy định của từng tiêu chí.';

/** Seed 004, Phụ lục 1, Mẫu số 02: chức danh cán bộ lãnh đạo, quản lý diện cấp ủy, tổ chức đảng, cơ quan, đơn vị quản lý. */
export const HN_M02 = {
  id: 'hn-m02',
  title: msg(
    'Mẫu số 02 — Khung tiêu chí đánh giá hằng tháng: chức danh cán bộ lãnh đạo, quản lý diện cấp ủy, tổ chức đảng, cơ quan, đơn vị quản lý',
    'Form 02 — monthly criteria framework: leaders and managers whose posts are managed by a Party committee, Party organisation, agency or unit',
  ),
  source: 'seed 004, Phụ lục 1, Mẫu số 02',
  audience: msg(
    'Chức danh Cán bộ lãnh đạo, quản lý diện cấp ủy, tổ chức đảng, cơ quan, đơn vị quản lý',
    'Leaders and managers whose posts are managed by a Party committee, Party organisation, agency or unit',
  ),
  scoring: 'sum',
  totalMax: 100,
  // Seed 004, mục II.3.1: A from 90, B from 70, C from 50, D under 50.
  bands: MONTHLY_BANDS,
  bandsAreDefault: false,
  remarks: [
    NO_FORM_NUMBER,
    'Tiêu đề của khung ghi "Chức danh cán bộ lãnh đạo, quản lý diện Ban Thường vụ Đảng ủy quản lý", còn bảng đầu Phụ lục 1 ghi "Chức danh Cán bộ lãnh đạo, quản lý diện cấp ủy, tổ chức đảng, cơ quan, đơn vị quản lý"; đối tượng ghi theo bảng. Phụ lục 3 giao Mẫu số 2 cho cấp trưởng, cấp phó các cơ quan, đơn vị của phường, Phó Chủ tịch HĐND, UBND.',
    deductionRemark(M02_DEDUCTION),
    'Các gạch đầu dòng có điểm riêng dưới 3.1–3.5 không được đánh số trong văn bản; mã 3.1.a, 3.1.b, … do phần mềm đặt theo thứ tự in.',
    LEADER_READING,
    KPI_READING,
    'Giữ nguyên chữ in của văn bản: "CBCCV" (mục III).',
  ],
  criteria: [
    generalCriteria(M02_DEDUCTION, [
      group('1', 5, 'Về chính trị, tư tưởng', [
        general('1.1', 1, 'Tuyệt đối trung thành với Đảng, với Tổ quốc và Nhân dân; kiên định lý tưởng cách mạng, chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, mục tiêu độc lập dân tộc, chủ nghĩa xã hội và đường lối đổi mới của Đảng.'),
        general('1.2', 1, 'Có lập trường, quan điểm, bản lĩnh chính trị vững vàng, không dao động trước mọi khó khăn, thách thức; kiên quyết bảo vệ nền tảng tư tưởng, Cương lĩnh, đường lối của Đảng, Hiến pháp và pháp luật của Nhà nước; nhận thức và hành động thống nhất về tư tưởng chính trị, tổ chức và đạo đức; đấu tranh phản bác các quan điểm sai trái, luận điệu xuyên tạc của các thế lực thù địch. Giữ nghiêm kỷ luật phát ngôn theo đúng nguyên tắc, quy định của Đảng.'),
        general('1.3', 1, 'Có tinh thần yêu nước sâu sắc, tận tụy phục vụ Nhân dân, sâu sát cơ sở, luôn hành động vì lợi ích của Nhân dân, đặt lợi ích của Đảng, quốc gia, dân tộc, Nhân dân, tập thể lên trên lợi ích cá nhân; sẵn sàng hy sinh vì sự nghiệp của Đảng, vì độc lập, tự do của Tổ quốc, vì hạnh phúc của Nhân dân.'),
        general('1.4', 1, 'Tuyệt đối chấp hành sự phân công của tổ chức, yên tâm công tác và hoàn thành tốt mọi nhiệm vụ được giao.'),
        general('1.5', 0.5, 'Tích cực nghiên cứu, học tập các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước; thường xuyên bồi dưỡng, cập nhật kiến thức mới và vận dụng sáng tạo vào thực tiễn.'),
        general('1.6', 0.5, 'Có năng lực tư duy và tầm nhìn đáp ứng với yêu cầu thay đổi của tình hình thực tiễn; phát huy tinh thần chủ động, đổi mới, sáng tạo; phấn đấu vì mục tiêu phát triển của tổ chức, cơ quan, đơn vị, đóng góp vào mục tiêu chung của đất nước.'),
      ]),
      group('2', 5, 'Về phẩm chất đạo đức và ý thức tổ chức kỷ luật', [
        general('2.1', 1, 'Có phẩm chất đạo đức, lối sống trong sáng, trung thực, khiêm tốn, chân thành, giản dị; cần, kiệm, liêm, chính, chí công vô tư; chấp hành nghiêm quy định về trách nhiệm nêu gương; không vi phạm Quy định về những điều đảng viên không được làm. Không vi phạm đạo đức, lối sống đến mức bị xử lý kỷ luật trong 5 năm gần nhất.'),
        general('2.2', 1, 'Không tham ô, tham nhũng, tiêu cực, quan liêu, hách dịch, cửa quyền, vụ lợi; không để người thân, người quen lợi dụng chức vụ, quyền hạn của mình để trục lợi. Không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện "tự diễn biến", "tự chuyển hoá" trong nội bộ. Kiên quyết đấu tranh chống quan liêu, cửa quyền, tham nhũng, xa hoa, lãng phí, tiêu cực, chủ nghĩa cá nhân, lối sống cơ hội, thực dụng, bè phái, lợi ích nhóm, nói không đi đôi với làm.'),
        general('2.3', 1, 'Có ý thức tự giác học tập, tu dưỡng, rèn luyện đạo đức bản thân; có tinh thần, trách nhiệm cao với công việc; cần cù, chịu khó, năng động, sáng tạo, dám nghĩ, dám nói, dám làm, dám chịu trách nhiệm, dám đương đầu với khó khăn, thử thách, dám hy sinh vì lợi ích chung.'),
        general('2.4', 1, 'Thực hiện nghiêm các nguyên tắc tổ chức và hoạt động của Đảng, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình; thực hiện đúng, đầy đủ quyền hạn, trách nhiệm và chỉ đạo thực hiện các quy định, quy chế, nội quy của tổ chức, cơ quan, đơn vị nơi công tác; kiên quyết đấu tranh với những biểu hiện, việc làm trái với các quy định của Đảng, Nhà nước trong công tác cán bộ.'),
        general('2.5', 0.5, 'Thực hiện việc kê khai và công khai tài sản, thu nhập theo quy định.'),
        general('2.6', 0.5, 'Báo cáo đầy đủ, trung thực, cung cấp thông tin chính xác, khách quan về những nội dung liên quan đến việc thực hiện chức trách, nhiệm vụ được giao và hoạt động của tổ chức, cơ quan, đơn vị với cấp trên khi được yêu cầu.'),
      ]),
      group('3', 16, 'Năng lực lãnh đạo, quản lý và năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm; khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao; thái độ công tác trong thực hiện nhiệm vụ; tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung', [
        group('3.1', 4, 'Năng lực lãnh đạo, quản lý', [
          bullet('3.1.a', 1, 'Có tư duy, khả năng hoạch định đường lối, chính sách và lãnh đạo, chỉ đạo tổ chức thực hiện đóng góp vào mục tiêu phát triển chung của địa phương, tổ chức, cơ quan, đơn vị; lãnh đạo, chỉ đạo xây dựng, củng cố, kiện toàn tổ chức đảng, đoàn thể trong sạch, vững mạnh.'),
          bullet('3.1.b', 1, 'Có tầm nhìn, phương pháp làm việc khoa học; có năng lực tổng hợp, phân tích và dự báo.'),
          bullet('3.1.c', 1, 'Có năng lực, kinh nghiệm thực tiễn để cụ thể hoá và tổ chức thực hiện có hiệu quả đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước ở lĩnh vực, địa bàn công tác được phân công phụ trách.'),
          bullet('3.1.d', 1, 'Có khả năng chỉ đạo, điều hành hoạt động của tổ chức, cơ quan, đơn vị, phân công công việc khoa học, giám sát chặt chẽ, giữ gìn kỷ cương, kỷ luật.'),
        ]),
        group('3.2', 3, 'Năng lực chuyên môn, nghiệp vụ theo vị trí việc làm', [
          bullet('3.2.a', 1, 'Có kiến thức chuyên sâu về lĩnh vực công tác được phân công; am hiểu quy định pháp luật, quy trình nghiệp vụ có liên quan đến vị trí việc làm.'),
          bullet('3.2.b', 1, 'Có khả năng phát hiện các vấn đề mới, khó và những hạn chế, bất cập trong thực tiễn; chủ động đề xuất chủ trương, chính sách, nhiệm vụ, giải pháp phù hợp, khả thi, hiệu quả để tháo gỡ điểm nghẽn, thúc đẩy phát triển.'),
          bullet('3.2.c', 1, 'Có kỹ năng xử lý công việc độc lập, làm việc nhóm hiệu quả.'),
        ]),
        group('3.3', 2, 'Khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao', [
          bullet('3.3.a', 1, 'Nhiệm vụ thường xuyên: Vận dụng hiệu quả kiến thức chuyên môn, nghiệp vụ để xử lý công việc chuyên môn theo kế hoạch định kỳ; duy trì ổn định chất lượng chuyên môn.'),
          bullet('3.3.b', 1, 'Nhiệm vụ đột xuất: Chủ động đề xuất giải pháp, thực hiện hiệu quả các công việc phát sinh; có khả năng phản ứng kịp thời, đáp ứng với yêu cầu, nhiệm vụ cụ thể.'),
        ]),
        group('3.4', 3, 'Thái độ công tác trong thực hiện nhiệm vụ', [
          bullet('3.4.a', 1, 'Tinh thần trách nhiệm cao trong công việc; chủ động tiếp cận kiến thức mới để kịp thời điều chỉnh, đề xuất cải tiến quy trình hoặc giải pháp nâng cao hiệu quả công việc.'),
          bullet('3.4.b', 1, 'Có thái độ đúng mực, phong cách làm việc chuẩn mực, lễ lối hành chính chuyên nghiệp trong quan hệ công tác.'),
          bullet('3.4.c', 1, 'Phối hợp có hiệu quả với tập thể, cá nhân có liên quan trong việc triển khai thực hiện các nhiệm vụ được phân công.'),
        ]),
        group('3.5', 4, 'Tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung', [
          bullet('3.5.a', 1, 'Có sáng kiến, mô hình cách làm mới hoặc đề xuất giải pháp hiệu quả, mang tính đột phá hoặc tạo chuyển biến, được áp dụng trong thực tiễn thuộc phạm vi, lĩnh vực phụ trách và được cấp có thẩm quyền ghi nhận, đánh giá cao.'),
          bullet('3.5.b', 1, 'Sẵn sàng tham gia thực hiện nhiệm vụ chính trị đặc biệt quan trọng, nhiệm vụ có tính chất đột xuất, phức tạp hoặc trong điều kiện khó khăn.'),
          bullet('3.5.c', 1, 'Có tinh thần chịu trách nhiệm trước kết quả công việc; chủ động nhận trách nhiệm khi có sai sót và có biện pháp khắc phục rõ ràng, cụ thể.'),
          bullet('3.5.d', 1, 'Quyết đoán, kịp thời đưa ra quyết định trong phạm vi thẩm quyền, không né tránh; có tinh thần tiên phong trong thực hiện những nhiệm vụ mới.'),
        ]),
      ]),
      group('4', 2, 'Về mức độ tín nhiệm, uy tín và khả năng quy tụ đoàn kết', [
        general('4.1', 1, 'Có uy tín trong nội bộ, gương mẫu, gắn bó mật thiết với Nhân dân; được cán bộ, đảng viên, quần chúng nhân dân ở địa phương, tổ chức, cơ quan, đơn vị tin tưởng, tín nhiệm cao.'),
        general('4.2', 1, 'Có khả năng quy tụ, đoàn kết nội bộ; xây dựng tập thể vững mạnh về chính trị, tư tưởng, tổ chức và đạo đức; phát huy được sức mạnh tập thể; xây dựng đội ngũ cán bộ, công chức đoàn kết, chuyên nghiệp, đáp ứng yêu cầu, nhiệm vụ.'),
      ]),
      group('5', 2, 'Về tự phê bình và phê bình, tự soi, tự sửa, khắc phục hạn chế, khuyết điểm', [
        general('5.1', 1, 'Tinh thần tự phê bình, tự soi, tự sửa của cá nhân lãnh đạo, quản lý; sự chủ động nhận diện thiếu sót trong công tác lãnh đạo, chỉ đạo.'),
        general('5.2', 1, 'Kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra của bản thân và trong phạm vi lãnh đạo, quản lý.'),
      ]),
    ]),
    kpiCriterion(
      'NHÓM TIÊU CHÍ VỀ KẾT QUẢ THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ ĐƯỢC GIAO',
      'Căn cứ vào số điểm KPI quy đổi, điểm kết quả thực hiện chức trách, nhiệm vụ được giao tính bằng điểm KPI quy đổi nhân (x) 70%\n- Việc cụ thể hoá nghị quyết, chương trình, kế hoạch công tác và tổ chức thực hiện hiệu quả các mục tiêu, chỉ tiêu, nhiệm vụ được giao trên các lĩnh vực.\n- Kết quả thực hiện các nhiệm vụ trọng tâm, đột phá; các chỉ tiêu, kế hoạch, nhiệm vụ, chương trình công tác và các nhiệm vụ phát sinh thuộc chức năng, nhiệm vụ của cơ quan, đơn vị, địa phương.\n- Các nhiệm vụ được giao khác (nếu có).\n- Kết quả lãnh đạo, chỉ đạo, điều hành, tổ chức thực hiện nhiệm vụ trong phạm vi phụ trách được đánh giá theo các tiêu chí theo từng vị trí việc làm.\n- Kết quả đánh giá, xếp loại chất lượng của tập thể cơ quan, đơn vị và của đội ngũ cán bộ, công chức, viên chức thuộc quyền quản lý trực tiếp của cá nhân.',
      true,
    ),
  ],
} as const satisfies Framework;

const M03_DEDUCTION = 'Căn cứ vào thang điểm quy định đối với các tiêu chí và mức độ vi phạm của CBCCVV, tập thể, thủ trưởng cơ quan, đơn vị quy định số điểm trừ đối với từng tiêu chí đánh giá, xếp loại. Điểm trừ không vượt quá số điểm quy định của từng tiêu chí.';

/**
 * Seed 004, Phụ lục 1, Mẫu số 03: cán bộ, công chức, viên chức không giữ chức vụ lãnh đạo, quản lý; lao động hợp đồng
 * thực hiện chuyên môn, nghiệp vụ.
 */
export const HN_M03 = {
  id: 'hn-m03',
  title: msg(
    'Mẫu số 03 — Khung tiêu chí đánh giá hằng tháng: CBCCVC không giữ chức vụ lãnh đạo, quản lý; lao động hợp đồng thực hiện chuyên môn, nghiệp vụ',
    'Form 03 — monthly criteria framework: civil servants and public employees without a leadership post; contract workers doing professional work',
  ),
  source: 'seed 004, Phụ lục 1, Mẫu số 03',
  audience: msg(
    'Cán bộ, công chức, viên chức không giữ chức vụ lãnh đạo, quản lý; lao động hợp đồng thực hiện chuyên môn, nghiệp vụ',
    'Civil servants and public employees without a leadership or management post; contract workers doing professional work',
  ),
  scoring: 'sum',
  totalMax: 100,
  // Seed 004, mục II.3.1: A from 90, B from 70, C from 50, D under 50.
  bands: MONTHLY_BANDS,
  bandsAreDefault: false,
  remarks: [
    NO_FORM_NUMBER,
    'Mục II.2 của Kế hoạch dẫn "Phụ lục 2" cho CBCCVC không giữ chức vụ lãnh đạo, quản lý, nhưng Phụ lục 2 là quy trình; khung này nằm trong Phụ lục 1 (bảng đầu Phụ lục 1 và Phụ lục 3: "Mẫu số 3, 4 tương ứng, Phụ lục 1").',
    deductionRemark(M03_DEDUCTION),
    'Mã in "1.", "2.", "3.", "II." (có dấu chấm) được ghi là 1, 2, 3, II.',
    'Nhóm 3 (5 điểm) không có tiêu chí thành phần đánh số: nhóm được chấm như một tiêu chí, đoạn văn bên dưới ghi ở cột phương pháp.',
    'Các gạch đầu dòng dưới 2.1–2.4 không có điểm riêng: ghi ở cột phương pháp, điểm trừ nhập ở tiêu chí 2.1–2.4.',
    STAFF_READING,
    KPI_READING,
    'Giữ nguyên chữ in của văn bản: "lễ lới hành chính" (2.3), "CBCCVV" (mục III).',
  ],
  criteria: [
    generalCriteria(M03_DEDUCTION, [
      group('1', 15, 'Về chính trị, phẩm chất đạo đức và ý thức tổ chức kỷ luật', [
        general('1.1', 2, 'Có quan điểm, bản lĩnh chính trị vững vàng; kiên định lập trường; không dao động trước mọi khó khăn, thách thức; có ý thức nghiên cứu, học tập, vận dụng chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, nghị quyết, chỉ thị, quyết định và các văn bản của Đảng.'),
        general('1.2', 2, 'Thực hiện nghiêm các nguyên tắc tổ chức và hoạt động của Đảng, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình. Chấp hành đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước; thực hiện nghiêm về kỷ luật phát ngôn, bảo vệ bí mật nhà nước.'),
        general('1.3', 2, 'Giữ gìn phẩm chất đạo đức, lối sống trong sáng, trung thực, khiêm tốn, chân thành, giản dị; có ý thức tham gia công tác đấu tranh phòng, chống tham nhũng, lãng phí, tiêu cực; không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hoá"; không vi phạm Quy định về những điều đảng viên không được làm. Không tham ô, tham nhũng, tiêu cực, quan liêu, hách dịch, cửa quyền, vụ lợi; không để người thân, người quen lợi dụng quyền hạn của mình để trục lợi.'),
        general('1.4', 2, 'Có ý thức tổ chức kỷ luật, tinh thần trách nhiệm trong công tác; chấp hành sự phân công của tổ chức; thực hiện các quy định, quy chế, nội quy của tổ chức, cơ quan, đơn vị nơi công tác.'),
        general('1.5', 2, 'Thực hiện việc kê khai và công khai tài sản, thu nhập theo quy định.'),
        general('1.6', 2, 'Báo cáo đầy đủ, trung thực, cung cấp thông tin chính xác, khách quan về những nội dung liên quan đến việc thực hiện chức trách, nhiệm vụ được giao và hoạt động của tổ chức, cơ quan, đơn vị với cấp trên khi được yêu cầu.'),
        general('1.7', 2, 'Giữ gìn đoàn kết nội bộ; có quan hệ tốt với đồng chí, đồng nghiệp; tích cực tham gia xây dựng tổ chức đảng, đoàn thể và các hoạt động xã hội, cộng đồng và phong trào tập thể do tổ chức, cơ quan, đơn vị tổ chức.'),
        general('1.8', 1, 'Gần gũi, sâu sát với cơ sở; thực hiện tốt việc giữ mối liên hệ với cấp uỷ và Nhân dân nơi cư trú.'),
      ], { idNote: PRINTED_WITH_DOT }),
      group('2', 10, 'Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm; khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao; thái độ công tác trong thực hiện nhiệm vụ; tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung', [
        general('2.1', 3, 'Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm', { method: '- Có hiểu biết đầy đủ về lĩnh vực công tác được phân công; nắm vững quy định pháp luật, quy trình nghiệp vụ có liên quan đến vị trí việc làm.\n- Thường xuyên cập nhật kiến thức mới, có khả năng nghiên cứu, phân tích, tổng hợp và vận dụng sáng tạo vào công việc; đáp ứng yêu cầu đổi mới, cải cách hành chính.\n- Có kỹ năng xử lý công việc độc lập, làm việc nhóm hiệu quả.\n- Khả năng sử dụng công nghệ thông tin, chuyển đổi số, áp dụng khoa học - công nghệ vào công việc chuyên môn.' }),
        general('2.2', 2, 'Khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao', { method: '- Nhiệm vụ thường xuyên: Có khả năng vận dụng thành thạo kiến thức chuyên môn, nghiệp vụ để xử lý công việc chuyên môn theo kế hoạch định kỳ; duy trì ổn định chất lượng chuyên môn.\n- Nhiệm vụ đột xuất: Có khả năng đề xuất giải pháp, thực hiện hiệu quả các công việc phát sinh; có khả năng phản ứng kịp thời, đáp ứng với yêu cầu, nhiệm vụ cụ thể.' }),
        general('2.3', 2, 'Thái độ công tác trong thực hiện nhiệm vụ', { method: '- Tinh thần trách nhiệm, tích cực trong công việc; kịp thời tiếp cận kiến thức mới để điều chỉnh, đề xuất cải tiến quy trình hoặc giải pháp nâng cao hiệu quả công việc.\n- Có thái độ đúng mực, phong cách làm việc chuẩn mực, lễ lới hành chính chuyên nghiệp trong quan hệ công tác.\n- Phối hợp có hiệu quả với tập thể, cá nhân có liên quan trong việc triển khai thực hiện các nhiệm vụ được phân công.' }),
        general('2.4', 3, 'Tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung', { method: '- Có sản phẩm, giải pháp đột phá, sáng tạo đem lại giá trị, hiệu quả thiết thực, tác động tích cực đến kết quả thực hiện nhiệm vụ của tổ chức, cơ quan, đơn vị, nhất là trong thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024.\n- Sẵn sàng tham gia thực hiện nhiệm vụ chính trị, nhiệm vụ có tính chất đột xuất, phức tạp hoặc trong điều kiện khó khăn.\n- Có tinh thần chịu trách nhiệm trước kết quả công việc; sẵn sàng nhận trách nhiệm khi có sai sót và có biện pháp khắc phục rõ ràng, cụ thể' }),
      ], { idNote: PRINTED_WITH_DOT }),
      general('3', 5, 'Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm', { method: 'Tinh thần tự phê bình, tự soi, tự sửa của cá nhân; mức độ tự giác nhận diện hạn chế, khuyết điểm của bản thân và kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra.', idNote: PRINTED_WITH_DOT }),
    ]),
    kpiCriterion(
      'NHÓM TIÊU CHÍ VỀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO',
      'Căn cứ vào số điểm KPI quy đổi, điểm kết quả thực hiện chức trách, nhiệm vụ được giao tính bằng điểm KPI quy đổi nhân (x) 70%\nKết quả thực hiện các nhiệm vụ theo kế hoạch, lịch công tác, chương trình công tác và các nhiệm vụ phát sinh thuộc trách nhiệm, nhiệm vụ được giao.',
      false,
      { idNote: PRINTED_WITH_DOT },
    ),
  ],
} as const satisfies Framework;

const M04_DEDUCTION = 'Căn cứ vào thang điểm quy định đối với các tiêu chí và mức độ vi phạm của CBCCV, tập thể, thủ trưởng cơ quan, đơn vị quy định số điểm trừ đối với từng tiêu chí đánh giá, xếp loại. Điểm trừ không vượt quá số điểm quy định của từng tiêu chí.';

/** Seed 004, Phụ lục 1, Mẫu số 04: lao động hợp đồng lao động hỗ trợ, phục vụ. */
export const HN_M04 = {
  id: 'hn-m04',
  title: msg(
    'Mẫu số 04 — Khung tiêu chí đánh giá hằng tháng: lao động hợp đồng lao động hỗ trợ, phục vụ',
    'Form 04 — monthly criteria framework: contract workers in support and service roles',
  ),
  source: 'seed 004, Phụ lục 1, Mẫu số 04',
  audience: msg('Lao động hợp đồng lao động hỗ trợ, phục vụ', 'Contract workers in support and service roles'),
  scoring: 'sum',
  totalMax: 100,
  // Seed 004, mục II.3.1: A from 90, B from 70, C from 50, D under 50.
  bands: MONTHLY_BANDS,
  bandsAreDefault: false,
  remarks: [
    NO_FORM_NUMBER,
    'Mục II.2 của Kế hoạch dẫn "Phụ lục 2" cho CBCCVC không giữ chức vụ lãnh đạo, quản lý, nhưng Phụ lục 2 là quy trình; khung này nằm trong Phụ lục 1 (bảng đầu Phụ lục 1 và Phụ lục 3: "Mẫu số 3, 4 tương ứng, Phụ lục 1").',
    deductionRemark(M04_DEDUCTION),
    'Mã in "1.", "2.", "3.", "II." (có dấu chấm) được ghi là 1, 2, 3, II.',
    'Nhóm 3 (5 điểm) không có tiêu chí thành phần đánh số: nhóm được chấm như một tiêu chí, đoạn văn bên dưới ghi ở cột phương pháp.',
    STAFF_READING,
    KPI_READING,
    'Giữ nguyên chữ in của văn bản: "CBCCV" (mục III); tiêu đề khung ghi "hỗ trợ phục vụ", bảng đầu Phụ lục 1 ghi "hỗ trợ, phục vụ".',
  ],
  criteria: [
    generalCriteria(M04_DEDUCTION, [
      group('1', 15, 'Về chính trị, phẩm chất đạo đức và ý thức tổ chức kỷ luật', [
        general('1.1', 3, 'Chấp hành chủ trương, đường lối, quy định của Đảng, chính sách, pháp luật của Nhà nước và các nguyên tắc tổ chức kỷ luật của Đảng, nhất là nguyên tắc tập trung dân chủ, tự phê bình và phê bình trong cơ quan, đơn vị.'),
        general('1.2', 3, 'Gương mẫu về đạo đức, lối sống; không tham ô, tham nhũng, quan liêu, lãng phí, hách dịch, cửa quyền; không có biểu hiện suy thoái về đạo đức, lối sống.'),
        general('1.3', 3, 'Tác phong, lề lối làm việc chuẩn mực, tận tụy, trung thực, năng động, sáng tạo, linh hoạt trong thực hiện nhiệm vụ; có phương pháp làm việc khoa học, dân chủ, đúng nguyên tắc.'),
        general('1.4', 3, 'Chấp hành sự phân công, chỉ đạo của tổ chức, sẵn sàng nhận nhiệm vụ; thực hiện tốt các quy định, quy chế, nội quy của cơ quan, đơn vị.'),
        general('1.5', 3, 'Thực hiện quy tắc ứng xử của cán bộ, công chức, viên chức, lao động hợp đồng trong các cơ quan thuộc thành phố Hà Nội.'),
      ], { idNote: PRINTED_WITH_DOT }),
      group('2', 10, 'Năng lực chuyên môn, nghiệp vụ theo yêu cầu của vị trí việc làm; khả năng đáp ứng yêu cầu thực thi nhiệm vụ được giao; thái độ công tác trong thực hiện nhiệm vụ; tinh thần đổi mới sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung', [
        general('2.1', 3, 'Chủ động nghiên cứu, cập nhật kịp thời các kiến thức pháp luật và chuyên môn, nghiệp vụ để tham mưu, tổ chức thực hiện công việc có chất lượng.'),
        general('2.2', 3, 'Xây dựng kế hoạch công tác cá nhân theo quy định.'),
        general('2.3', 2, 'Nắm vững quy chế, quy trình tác nghiệp theo yêu cầu nhiệm vụ được giao.'),
        general('2.4', 2, 'Sử dụng thành thạo các phương tiện, thiết bị kỹ thuật phục vụ yêu cầu nhiệm vụ, đảm bảo an toàn, hiệu quả tiết kiệm.'),
      ], { idNote: PRINTED_WITH_DOT }),
      general('3', 5, 'Về tự phê bình và phê bình, khắc phục hạn chế, khuyết điểm', { method: 'Tinh thần tự phê bình, tự soi, tự sửa của cá nhân; mức độ tự giác nhận diện hạn chế, khuyết điểm của bản thân và kết quả khắc phục những hạn chế, khuyết điểm đã được chỉ ra.', idNote: PRINTED_WITH_DOT }),
    ]),
    kpiCriterion(
      'NHÓM TIÊU CHÍ VỀ KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO',
      'Căn cứ vào số điểm KPI quy đổi, điểm kết quả thực hiện chức trách, nhiệm vụ được giao tính bằng điểm KPI quy đổi nhân (x) 70%\nKết quả thực hiện các nhiệm vụ theo kế hoạch, lịch công tác, chương trình công tác và các nhiệm vụ phát sinh thuộc trách nhiệm, nhiệm vụ được giao.',
      false,
      { idNote: PRINTED_WITH_DOT },
    ),
  ],
} as const satisfies Framework;
