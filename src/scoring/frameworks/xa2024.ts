import { DEFAULT_BANDS } from '../grades';
import { msg } from '../messages';
import type { InputSpec } from '../params';
import { compare, countTiers, levels, rating, ratio, survey, where } from '../rules';
import type { Framework, SpecialCase } from '../types';

// Appraising offices (cơ quan thẩm định) as the text prints them, including its spelling variants.
const NOI_VU = 'Phòng Nội vụ';
const TAI_CHINH = 'Phòng Tài chính - Kế hoạch';
const VAN_PHONG = 'Văn phòng HĐND và UBND huyện';
const THANH_TRA = 'Thanh tra huyện';

const count = (key: string, vi: string, en: string): InputSpec => ({ key, label: msg(vi, en), type: 'count' });

// Seed 002, tiêu chí 1.1: the formula is printed once, on the row of 1.1 in the evidence column, for 1.1–1.5.
const SURVEY_METHOD = [
  '* Điểm số được tính theo công thức: (c x 1) + (d x 2) + (e x 3) + (g x 4) + (h x 5)/B',
  'c là số người chọn phương án trả lời “1”',
  'd là số người chọn phương án trả lời “2”',
  'e là số người chọn phương án trả lời “3”',
  'g là số người chọn phương án trả lời “4”',
  'h là số người chọn phương án trả lời “5”',
  'B là tổng số người trả lời',
].join('\n');

const FIRST_YEAR_NOTE =
  'Năm 2024, năm đầu tiên đánh giá, Hội đồng thẩm định chấm điểm tối đa đối với Tiêu chí 8.1; 8.2';

// Seed 002, mục VIII (printed in the evidence column of VIII): full points for 8.1 and 8.2 in 2024.
const FIRST_YEAR: SpecialCase = {
  key: 'nam-dau-tien',
  label: msg('Năm đầu tiên đánh giá (2024): chấm điểm tối đa', 'First year of assessment (2024): full points'),
  points: 'max',
};

// Seed 002, mục VIII: "Năm 2024, năm đầu tiên đánh giá, Hội đồng thẩm định chấm điểm tối đa đối với Tiêu chí 8.1; 8.2".
const COUNCIL_MAX = { how: 'max', note: FIRST_YEAR_NOTE } as const;
// Seed 002, mục I: the evidence of 1.1–1.5 is "03 Phiếu đánh giá của Lãnh đạo UBND huyện", printed on row I.
const LEADERS = { how: 'leaders', note: '03 Phiếu đánh giá của Lãnh đạo UBND huyện (tài liệu kiểm chứng in ở dòng I)' } as const;
// Seed 002, 5.5.3.1, 5.5.3.4, 5.5.4.3, 5.5.4.6: evidence "Kiểm tra … trực tiếp trên Hệ thống …" — the council reads the system.
const onSystem = (note: string) => ({ how: 'system', note }) as const;

const ID_NOTE_2_3 =
  'Văn bản đánh số 2.1 rồi 2.3, 2.4 (không có 2.2); bảng phân công chấm điểm cuối văn bản gọi mục này là 2.2. Giữ số in trong Phụ lục II.';
const ID_NOTE_2_4 =
  'Văn bản đánh số 2.1 rồi 2.3, 2.4 (không có 2.2); bảng phân công chấm điểm cuối văn bản gọi mục này là 2.3. Giữ số in trong Phụ lục II.';

/**
 * Khung tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2024 đối với UBND cấp xã — seed 002, Phụ lục II
 * (kèm Hướng dẫn …/HD-UBND của UBND huyện Định Hóa, 11/2024). 100 points: Nội dung I 77, II 20, III 3.
 * Titles, methods, evidence and notes are the text's own words (HTML tags removed, typos kept).
 */
export const XA_2024 = {
  id: 'xa-2024',
  title: msg(
    'Khung tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ năm 2024 đối với UBND cấp xã',
    'Criteria framework for assessing and classifying the 2024 task completion of commune people’s committees',
  ),
  source: 'seed 002, Phụ lục II (Hướng dẫn …/HD-UBND huyện Định Hóa, 11/2024)',
  audience: msg(
    'UBND cấp xã (các bộ phận chuyên môn tự chấm điểm, kèm tài liệu kiểm chứng và giải trình) gửi Hội đồng thẩm định của UBND huyện, mỗi năm một lần',
    'Commune people’s committees (their offices self-score, with evidence and explanations) for the district appraisal council, once a year',
  ),
  scoring: 'sum',
  totalMax: 100,
  bands: DEFAULT_BANDS,
  bandsAreDefault: true,
  remarks: [
    'Đánh số: mục II có 2.1 rồi 2.3, 2.4 (không có 2.2); bảng phân công chấm điểm cuối văn bản gọi hai mục này là 2.2 và 2.3. Giữ số in trong Phụ lục II (xem idNote của 2.3, 2.4).',
    'Công thức XHH (1.1–1.5) in là "(c x 1) + (d x 2) + (e x 3) + (g x 4) + (h x 5)/B", chỉ một lần, ở cột tài liệu kiểm chứng của dòng 1.1; đọc là cả tổng chia cho B và áp dụng cho 1.1–1.5. Điểm trung bình (1–5) có thể vượt điểm tối đa 4: theo quyết định trong DOMAIN.md, áp dụng nguyên văn và không vượt 4 (có chế độ quy đổi "scale").',
    'Ghi chú in lệch sang cột tài liệu kiểm chứng: "Lưu ý" của 3.3.2, "Ghi chú" của 6.1 và câu "Năm 2024, năm đầu tiên đánh giá…" ở dòng VIII được ghi vào notes (câu ở VIII còn là trường hợp đặc biệt của 8.1, 8.2), không phải tài liệu kiểm chứng.',
    'Tiêu chí không in tài liệu kiểm chứng: 3.3.2, 3.5, 5.2.1, 5.2.3.1, 5.3.3, 6.1, 8.3.1, 8.3.2 (1.1–1.5 dùng tài liệu in ở mục I: 03 Phiếu đánh giá của Lãnh đạo UBND huyện).',
    'Cơ quan thẩm định in ở dòng tiêu đề, không ở từng tiêu chí: mục I "Phòng Nội vụ TH"; NỘI DUNG III "Phòng Nội vụ" (cho IX, X); mục 5.5 không có, in ở 5.5.1–5.5.5. Dòng 3.4 in "Văn phòng HDND và UBND huyện" (giữ nguyên).',
    '5.5.3.1: kết quả thứ hai in là "Không đề xuất = 0 điểm", không tương ứng với kết quả thứ nhất (100% hồ sơ được số hóa); giữ nguyên, mọi trường hợp dưới 100% chỉ có thể chọn 0 điểm.',
    'Văn bản cấp xã còn giữ chữ "cấp huyện" ở 4.1 (Quy chế phối hợp giữa UBND cấp huyện…), tên 5.5.3.2 (Chủ tịch UBND cấp huyện, trong khi yêu cầu ghi cấp xã) và tài liệu kiểm chứng 5.5.3.3 (Bộ phận một cửa cấp huyện); giữ nguyên.',
    'Lỗi chính tả giữ nguyên trong tên, yêu cầu, tài liệu kiểm chứng: "Bru chính công ích", "Bru điện" (5.5.3.3), "hực hiện" (3.6.1), "Số tiếp công dân" (2.3.3), "thông kê" (2.3.2), "hướng ứng" (3.7.1), "đề cán bộ" (3.9.2–3.9.4), "CBCCVN", "toàn đàm", "liên kế" (7.3), "ba gần nhất" (7.3), "thực hiện trách, nhiệm vụ" (1.3). Nhãn kết quả ngắn (danh sách chọn) viết đúng chính tả.',
    'Kết quả bị bỏ trống trong văn bản, chỉ đưa các kết quả được in: 2.4.1 (tổ chức đúng 01 hội nghị), 4.1 (ban hành Quy chế nhưng thực hiện chưa tốt); 2.3.1 có hai kết quả 0,5 và 0 chồng lên nhau (niêm yết không đầy đủ).',
    '5.5.3.4: ba dòng của văn bản chồng lên nhau; đọc là: từ 02 hồ sơ quá hạn = 0; dưới 99% đúng hạn = 0; từ 99% trở lên và có 01 hồ sơ quá hạn = 0,5; từ 99% trở lên, không hồ sơ quá hạn = 1.',
    '2.3.4: "Ghi chú" chỉ nói đơn khiếu nại, tố cáo trong khi tiêu chí gồm cả đơn kiến nghị, phản ánh; đọc là không tiếp nhận đơn thư nào thuộc thẩm quyền thì 1 điểm (trường hợp "khong-don-thu" hoặc số đơn tiếp nhận = 0).',
    '7.1: "100% nhiệm vụ hoàn thành đúng hạn, trước hạn = 5" đọc là không có nhiệm vụ đến hạn chưa hoàn thành và không có nhiệm vụ quá hạn.',
    '5.2.4.2: chấm theo mức xếp loại thấp nhất của cán bộ, công chức, viên chức thuộc thẩm quyền (HTXSNV tính như "Hoàn thành tốt nhiệm vụ trở lên" = 1).',
    '8.3.1, 8.3.2: văn bản nêu chung Chỉ số CCHC và Chỉ số hài lòng trong một kết quả, không nói cách kết hợp hai chỉ số; quy tắc so sánh một cặp giá trị (năm đánh giá / năm trước) do người dùng nhập.',
    'Tỷ lệ có mẫu số 0 (không có nhiệm vụ, hồ sơ, vấn đề): văn bản không quy định. 5.5.1, 5.5.4.6, 6.2, 7.2, X báo lỗi (chia cho 0); 7.3 có trường hợp "khong-kien-nghi" = 0,5; 2.4.2 theo Lưu ý: không có kiến nghị (tổng số = 0 hoặc "khong-kien-nghi") = 0,5; 5.5.4.3 và 5.5.3.4 cho 0 điểm khi tổng số = 0.',
    'Số liệu tự mâu thuẫn bị từ chối: 5.5.3.4 số hồ sơ đúng hạn + quá hạn lớn hơn tổng số; 2.3.4 số đơn quá hạn + không được giải quyết lớn hơn số đơn tiếp nhận.',
    'Tài liệu kiểm chứng của 3.6.2, 3.7.1, 3.7.2 và IX in ở cột "Cơ quan thẩm định điểm tự đánh giá" của Phụ lục II (lệch cột); được ghi là tài liệu kiểm chứng, cơ quan thẩm định lấy theo mục cha (Phòng Nội vụ).',
    '5.3.4: "thì chấm 0 điểm với nội dung đó" đọc là 0 điểm cho cả tiêu chí.',
    'Thang xếp loại: văn bản không in (khoản 1, 2 Điều 7 Quyết định 7171/QĐ-UBND không có trong văn bản); dùng thang mặc định, có thể cấu hình.',
  ],
  criteria: [
    {
      id: 'NỘI DUNG I',
      title: 'XÂY DỰNG TỔ CHỨC, XÂY DỰNG TẬP THỂ',
      maxPoints: 77,
      children: [
        {
          id: 'I',
          title: 'Năng lực lãnh đạo, quản lý',
          maxPoints: 20,
          evidence: '03 Phiếu đánh giá của Lãnh đạo UBND huyện',
          appraiser: 'Phòng Nội vụ TH',
          children: [
            {
              id: '1.1',
              title: 'Đổi mới sáng tạo trong thực hiện chức trách, nhiệm vụ',
              maxPoints: 4,
              rule: survey({ mode: 'literal' }),
              method: SURVEY_METHOD,
              councilScores: LEADERS,
            },
            {
              id: '1.2',
              title: 'Sự quyết liệt trong lãnh đạo, chỉ đạo thực hiện chức trách, nhiệm vụ',
              maxPoints: 4,
              rule: survey({ mode: 'literal' }),
              method: SURVEY_METHOD,
              councilScores: LEADERS,
            },
            {
              id: '1.3',
              title: 'Dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung trong thực hiện trách, nhiệm vụ',
              maxPoints: 4,
              rule: survey({ mode: 'literal' }),
              method: SURVEY_METHOD,
              councilScores: LEADERS,
            },
            {
              id: '1.4',
              title: 'Trách nhiệm nêu gương và chấp hành nội quy, quy chế làm việc',
              maxPoints: 4,
              rule: survey({ mode: 'literal' }),
              method: SURVEY_METHOD,
              councilScores: LEADERS,
            },
            {
              id: '1.5',
              title: 'Kịp thời tham mưu, đề xuất, giải quyết công việc trong thực hiện chức trách, nhiệm vụ',
              maxPoints: 4,
              rule: survey({ mode: 'literal' }),
              method: SURVEY_METHOD,
              councilScores: LEADERS,
            },
          ],
        },
        {
          id: 'II',
          title:
            'Công tác tiếp công dân, phòng chống tham nhũng, tiêu cực và đối thoại với người dân, doanh nghiệp',
          maxPoints: 8.5,
          children: [
            {
              id: '2.1',
              title: 'Công tác phòng, chống tham nhũng, lãng phí, tiêu cực',
              maxPoints: 3,
              appraiser: THANH_TRA,
              children: [
                {
                  id: '2.1.1',
                  title: 'Lãnh đạo, chỉ đạo thực hiện phòng, chống tham nhũng, lãng phí, tiêu cực',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Ban hành đầy đủ', points: 1 },
                    { label: 'Ban hành không đầy đủ', points: 0 },
                  ]),
                  method:
                    '- Ban hành đầy đủ văn bản chỉ đạo, triển khai các quy định về phòng, chống tham nhũng = 1 điểm .\n' +
                    '- Ban hành không đầy đủ = 0 điểm .',
                  evidence:
                    'Các văn bản ban hành để lãnh đạo, chỉ đạo công tác phòng, chống tham nhũng của UBND xã',
                },
                {
                  id: '2.1.2',
                  title: 'Việc thực hiện các biện pháp phòng ngừa tham nhũng, lãng phí, tiêu cực',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Thực hiện đầy đủ, đúng quy định', points: 1 },
                    { label: 'Thực hiện không đầy đủ, không đúng quy định', points: 0 },
                  ]),
                  method:
                    '- Thực hiện đầy đủ, đúng quy định các biện pháp phòng ngừa tham nhũng, lãng phí, tiêu cực (công khai, minh bạch; kiểm soát xung đột lợi ích; ban hành và thực hiện định mức, tiêu chuẩn, chế độ theo quy định); thực hiện quy tắc ứng xử của người có chức vụ quyền hạn; thực hiện chuyển đổi vị trí công tác; thực hiện cải cách hành chính, ứng dụng khoa học công nghệ trong quản lý và thanh toán không dùng tiền mặt; kiểm soát tài sản, thu nhập; thực hiện quy định về trách nhiệm của người đứng đầu) = 1 điểm .\n' +
                    'Thực hiện không đầy đủ, không đúng quy định = 0 điểm .',
                  evidence:
                    'BC kết quả thực hiện các biện pháp phòng ngừa tham nhũng, lãng phí, tiêu cực tại cơ quan, đơn vị (kèm theo các tài liệu minh chứng về công khai, minh bạch; kiểm soát xung đột lợi ích; ban hành và thực hiện định mức, tiêu chuẩn, chế độ theo quy định); thực hiện quy tắc ứng xử của người có chức vụ quyền hạn; thực hiện chuyển đổi vị trí công tác; thực hiện cải cách hành chính, ứng dụng khoa học công nghệ trong quản lý và thanh toán không dùng tiền mặt; kiểm soát tài sản, thu nhập; thực hiện quy định về trách nhiệm của người đứng đầu.',
                },
                {
                  id: '2.1.3',
                  title: 'Việc phát hiện và xử lý tham nhũng, lãng phí, tiêu cực',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Không có cán bộ, công chức, viên chức bị xử lý', points: 1 },
                    { label: 'Có cán bộ, công chức, viên chức vi phạm', points: 0 },
                  ]),
                  method:
                    '- Không có cán bộ, công chức, viên chức bị xử lý về hành vi tham nhũng, lãng phí, tiêu cực = 1 điểm.\n' +
                    '- Có cán bộ, công chức, viên chức vi phạm = 0 điểm',
                  evidence:
                    'Báo cáo kết quả công tác phòng chống tham nhũng; Kết quả xử lý kỷ luật đối với tổ chức, cá nhân có vi phạm.',
                },
              ],
            },
            {
              id: '2.3',
              title: 'Thực hiện tiếp công dân và giải quyết đơn thư',
              maxPoints: 4,
              appraiser: THANH_TRA,
              idNote: ID_NOTE_2_3,
              children: [
                {
                  id: '2.3.1',
                  title: 'Phòng tiếp công dân',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Bố trí phòng riêng, niêm yết đầy đủ', points: 1 },
                    { label: 'Bố trí phòng riêng nhưng niêm yết không đầy đủ', points: 0.5 },
                    { label: 'Không bố trí phòng riêng hoặc không niêm yết đầy đủ', points: 0 },
                  ]),
                  method:
                    '- Bố trí phòng tiếp công dân riêng; niêm yết đầy đủ nội quy tiếp công dân, quy trình tiếp công dân, quy trình giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh, lịch tiếp công dân = 1 điểm.\n' +
                    '- Bố trí phòng tiếp công dân riêng nhưng niêm yết không đầy đủ một trong các nội dung: nội quy tiếp công dân, quy trình tiếp công dân, quy trình giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh, lịch tiếp công dân = 0,5 điểm.\n' +
                    '- Không bố trí phòng tiếp công dân riêng hoặc không niêm yết đầy đủ các nội dung: nội quy tiếp công dân, quy trình tiếp công dân, quy trình giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh, lịch tiếp công dân = 0 điểm',
                  evidence: 'Báo cáo của đơn vị, ảnh chụp toàn cảnh và bên trong phòng tiếp công dân.',
                },
                {
                  id: '2.3.2',
                  title: 'Tiếp công dân (định kỳ) của người đứng đầu chính quyền',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Thực hiện đúng quy định', points: 1 },
                    { label: 'Thực hiện không đúng quy định', points: 0 },
                  ]),
                  method:
                    '- Thực hiện tiếp công dân định kỳ đúng quy định (đảm bảo 48 ngày/năm) và tiếp đột xuất (tùy theo tính chất, nội dung vụ việc) = 1 điểm.\n' +
                    '- Thực hiện không đúng quy định = 0 điểm.',
                  evidence:
                    'Thông báo lịch tiếp dân, thông kê số lượng đơn, thư công dân gửi đến trong năm (cả những phản ánh, kiến nghị trực tiếp); Văn bản mời công dân đến làm việc, giải quyết đơn; Văn bản giao nhiệm vụ tham mưu giải quyết đơn; Văn bản (kết quả) giải quyết đơn, thư của công dân; Tệp tin quét số tiếp công dân và theo dõi, kiểm tra, đánh giá của cơ quan chuyên môn',
                },
                {
                  id: '2.3.3',
                  title: 'Ghi số tiếp công dân',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Sổ đúng mẫu và ghi đúng quy định', points: 1 },
                    { label: 'Không đúng mẫu hoặc ghi không đúng quy định', points: 0 },
                  ]),
                  method:
                    '- Số tiếp công dân đúng mẫu và ghi đúng quy định = 1 điểm.\n' +
                    '- Không đúng mẫu hoặc ghi không đúng quy định = 0 điểm.',
                  evidence: 'Tệp tin quét số tiếp công dân và theo dõi, kiểm tra, đánh giá của cơ quan chuyên môn.',
                },
                {
                  id: '2.3.4',
                  title: 'Kết quả giải quyết đơn thư',
                  maxPoints: 1,
                  // Seed 002, tiêu chí 2.3.4 and its Ghi chú (rule kind 4).
                  rule: countTiers(
                    [
                      count('received', 'Số đơn thư thuộc thẩm quyền tiếp nhận trong năm', 'Petitions within competence received in the year'),
                      count('overdue', 'Số đơn thư giải quyết quá hạn', 'Petitions resolved after the deadline'),
                      count('unresolved', 'Số đơn thư không được giải quyết', 'Petitions not resolved'),
                    ],
                    [
                      {
                        label: msg('Có đơn thư thuộc thẩm quyền không được giải quyết', 'Some petitions not resolved'),
                        points: 0,
                        ...where(['unresolved', '>', 0]),
                      },
                      {
                        label: msg('Có đơn thư thuộc thẩm quyền giải quyết quá hạn', 'Some petitions resolved late'),
                        points: 0.5,
                        ...where(['overdue', '>', 0]),
                      },
                      {
                        label: msg('Trong năm không có đơn thư', 'No petitions in the year'),
                        points: 1,
                        ...where(['received', '=', 0]),
                      },
                      {
                        label: msg('100% đơn thư được giải quyết kịp thời, đúng hạn', 'All petitions resolved on time'),
                        points: 1,
                        ...where(),
                      },
                    ],
                    [
                      {
                        key: 'khong-don-thu',
                        label: msg(
                          'Trong năm đánh giá không có đơn, thư khiếu nại, tố cáo',
                          'No complaints or denunciations in the year',
                        ),
                        points: 1,
                      },
                    ], [[['overdue', 'unresolved'], 'received']]),
                  method:
                    '- 100% đơn thư thuộc thẩm quyền (gồm đơn khiếu nại tố cáo, đơn kiến nghị, phản ánh) được giải quyết kịp thời, đúng hạn = 1 điểm.\n' +
                    '- Có đơn thư thuộc thẩm quyền giải quyết quá hạn = 0,5 điểm.\n' +
                    '- Có đơn thư thuộc thẩm quyền không được giải quyết = 0 điểm.',
                  evidence:
                    'Lập Biểu thống kê tổng số đơn, thư tiếp nhận thuộc thẩm quyền (gồm đơn khiếu nại tố cáo, đơn kiến nghị, phản ánh). Thống kê số đơn, thư được giải quyết kịp thời, đúng hạn. Số chưa; Báo cáo kết quả giải quyết đơn thư thuộc thẩm quyền của đơn vị.',
                  notes: [
                    '* Ghi chú: nếu trong năm đánh giá không có đơn, thư khiếu nại, tố cáo thì chấm 1 điểm với tiêu chí này.',
                  ],
                },
              ],
            },
            {
              id: '2.4',
              title: 'Tổ chức đối thoại người dân, doanh nghiệp',
              maxPoints: 1.5,
              appraiser: NOI_VU,
              idNote: ID_NOTE_2_4,
              children: [
                {
                  id: '2.4.1',
                  title:
                    'Tổ chức hội nghị tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền địa phương',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Từ 02 hội nghị trở lên', points: 0.5 },
                    { label: 'Không tổ chức hội nghị', points: 0 },
                  ]),
                  method: '- Trong năm thực hiện từ 02 hội nghị trở lên = 0,5 điểm .\n- Không tổ chức hội nghị = 0 điểm .',
                  evidence:
                    'Kế hoạch tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền địa phương; văn bản mời người dân, doanh nghiệp dự hội nghị; Biên bản hoặc kết luận Hội nghị đối thoại; văn bản yêu cầu',
                },
                {
                  id: '2.4.2',
                  title: 'Kết quả xử lý kiến nghị tại hội nghị đối thoại',
                  maxPoints: 1,
                  // Seed 002, tiêu chí 2.4.2: a step at 85% (fixed points, not proportional) and its Lưu ý.
                  rule: countTiers(
                    [
                      count('resolved', 'Số vấn đề, kiến nghị đã được xử lý, giải quyết', 'Issues and recommendations resolved'),
                      count('total', 'Tổng số vấn đề, kiến nghị tại Hội nghị đối thoại', 'Issues and recommendations raised at the dialogue'),
                    ],
                    [
                      // Seed 002, tiêu chí 2.4.2, Lưu ý: no recommendations raised at the dialogue = 0,5, typed or as the key.
                      {
                        label: msg('Không có kiến nghị, đề xuất (tổng số bằng 0)', 'No recommendations raised (total 0)'),
                        points: 0.5,
                        ...where(['total', '=', 0]),
                      },
                      {
                        label: msg('Từ 85% trở lên được xử lý, giải quyết', '85% or more resolved'),
                        points: 1,
                        ...where(['resolved', '>=', { share: 0.85, of: 'total' }]),
                      },
                      { label: msg('Dưới 85%', 'Under 85%'), points: 0, ...where() },
                    ],
                    [
                      {
                        key: 'khong-kien-nghi',
                        label: msg(
                          'Người dân, doanh nghiệp không có kiến nghị, đề xuất qua Hội nghị đối thoại',
                          'No recommendations from citizens or businesses at the dialogue',
                        ),
                        points: 0.5,
                      },
                    ], [['resolved', 'total']]),
                  method:
                    '- Từ 85% vấn đề, kiến nghị tại Hội nghị đối thoại được xử lý, giải quyết trở lên = 1 điểm .\n' +
                    '- Dưới 85% = 0 điểm .',
                  evidence:
                    'Thống kê rõ vấn đề, kiến nghị tại thông báo kết luận Hội nghị đối thoại được xử lý, giải quyết, chưa được xử lý, giải quyết; kết luận Hội nghị, văn bản xử lý (kết quả xử lý) từng vấn đề theo kết luận Hội nghị đối thoại nêu.',
                  notes: [
                    '* Lưu ý: Trường hợp qua Hội nghị đối thoại mà người dân, doanh nghiệp không có kiến nghị, đề xuất thì chấm 0,5 điểm đối với tiêu chí này.',
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 'III',
          title: 'Thực hiện nội quy, quy chế và chế độ làm việc',
          maxPoints: 21,
          children: [
            {
              id: '3.1',
              title: 'Quy chế làm việc',
              maxPoints: 1.5,
              appraiser: NOI_VU,
              children: [
                {
                  id: '3.1.1',
                  title: 'Xây dựng sửa đổi, bổ sung nội quy, quy chế làm việc',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Có ban hành hoặc có rà soát, sửa đổi, bổ sung', points: 0.5 },
                    { label: 'Không ban hành hoặc không sửa đổi, bổ sung', points: 0 },
                  ]),
                  method:
                    '- Có ban hành hoặc có rà soát để sửa đổi, bổ sung cho phù hợp với khi có thay đổi = 0,5 điểm.\n' +
                    '- Không ban hành hoặc không sửa đổi, bổ sung khi có thay đổi = 0 điểm.',
                  evidence: 'Quy chế làm việc của UBND cấp xã được ban hành hoặc sửa đổi, bổ sung.',
                },
                {
                  id: '3.1.2',
                  title: 'Kết quả thực hiện nội quy, quy chế làm việc',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Không có cán bộ, công chức, viên chức vi phạm', points: 1 },
                    { label: 'Có cán bộ, công chức, viên chức vi phạm', points: 0 },
                  ]),
                  method:
                    '- Trong năm đánh giá không có cán bộ, công chức, viên chức vi phạm nội quy, quy chế được cấp có thẩm quyền kết luận = 1 điểm.\n' +
                    '- Có cán bộ, công chức, viên chức vi phạm nội quy, quy chế = 0 điểm.',
                  evidence: 'Báo cáo của UBND cấp xã.',
                },
              ],
            },
            {
              id: '3.2',
              title: 'Quy chế thực hiện quản lý tài chính, tài sản công',
              maxPoints: 3,
              appraiser: TAI_CHINH,
              children: [
                {
                  id: '3.2.1',
                  title: 'Ban hành quy chế chi tiêu nội bộ',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Ban hành hoặc sửa đổi, bổ sung', points: 0.5 },
                    { label: 'Không ban hành hoặc không sửa đổi, bổ sung', points: 0 },
                  ]),
                  method:
                    '- Ban hành hoặc sửa đổi, bổ sung cho phù hợp khi có thay đổi = 0,5 điểm.\n' +
                    '- Không ban hành hoặc trong năm không sửa đổi, bổ sung = 0 điểm.',
                  evidence: 'Địa phương cung cấp Quy chế chi tiêu nội bộ',
                },
                {
                  id: '3.2.2',
                  title: 'Kết quả thực hiện cơ chế tự chủ tài chính',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Không có vi phạm', points: 0.5 },
                    { label: 'Có vi phạm', points: 0 },
                  ]),
                  method:
                    '- Trong năm đánh giá không có vi phạm về thu, chi tài chính được cấp có thẩm quyền kết luận = 0,5 điểm .\n' +
                    'Có vi phạm được cấp có thẩm quyền kết luận = 0 điểm .',
                  evidence: 'Báo cáo của UBND cấp xã; theo dõi của Phòng Tài Chính - Kế hoạch',
                },
                {
                  id: '3.2.3',
                  title: 'Thực hiện công khai dự toán, quyết toán sử dụng ngân sách',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Công khai đầy đủ, đúng quy định', points: 0.5 },
                    { label: 'Có nội dung thực hiện không đúng quy định', points: 0 },
                  ]),
                  method:
                    '- Công khai đầy đủ, đúng quy định (công khai theo từng quý, công khai dự toán đầu năm, quyết toán cuối năm) = 0,5 điểm .\n' +
                    '- Có nội dung thực hiện không đúng quy định = 0 điểm .',
                  evidence:
                    'Báo cáo công khai dự toán, quyết toán ngân sách cấp xã; địa chỉ liên kết đến Trang thông tin điện tử đăng tải thông tin công khai dự toán, quyết toán ngân sách theo quy định.',
                },
                {
                  id: '3.2.4',
                  title: 'Ban hành Quy chế quản lý tài sản công',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Ban hành hoặc sửa đổi, bổ sung', points: 0.5 },
                    { label: 'Không ban hành hoặc không sửa đổi, bổ sung', points: 0 },
                  ]),
                  method:
                    '- Ban hành hoặc sửa đổi, bổ sung cho phù hợp khi có thay đổi = 0,5 điểm .\n' +
                    '- Không ban hành hoặc không sửa đổi, bổ sung = 0 điểm .',
                  evidence: 'Địa phương cung cấp Quy chế quản lý tài sản công.',
                },
                {
                  id: '3.2.5',
                  title: 'Công khai, kê khai tài sản công',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Kê khai, công khai và báo cáo đầy đủ theo quy định', points: 0.5 },
                    { label: 'Không kê khai, công khai hoặc báo cáo không đầy đủ', points: 0 },
                  ]),
                  method:
                    '- Định kỳ thực hiện kê khai, công khai tài sản công và báo cáo đầy đủ theo quy định = 0,5 điểm ;\n' +
                    '- Không kê khai, công khai theo quy định hoặc không báo cáo, báo cáo không đầy đủ theo quy định = 0 điểm',
                  evidence: 'Báo cáo công khai tài sản công của địa phương.',
                },
                {
                  id: '3.2.6',
                  title: 'Thực hiện định mức sử dụng trang thiết bị, tài sản công',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Thực hiện đúng quy định', points: 0.5 },
                    { label: 'Thực hiện không đúng quy định', points: 0 },
                  ]),
                  method: '- Thực hiện đúng quy định = 0,5 điểm.\n- Thực hiện không đúng quy định = 0 điểm.',
                  evidence: 'Báo cáo của UBND cấp xã.',
                },
              ],
            },
            {
              id: '3.3',
              title: 'Quy chế văn hóa công sở',
              maxPoints: 1,
              appraiser: NOI_VU,
              children: [
                {
                  id: '3.3.1',
                  title: 'Triển khai Quy chế văn hóa công sở',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Có triển khai', points: 0.5 },
                    { label: 'Không triển khai', points: 0 },
                  ]),
                  method: '- Có triển khai = 0,5 điểm.\n- Không triển khai = 0 điểm.',
                  evidence: 'Báo cáo, Tài liệu minh chứng phù hợp, kiểm tra, theo dõi của Phòng Nội vụ',
                },
                {
                  id: '3.3.2',
                  title: 'Kết quả thực hiện',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Không có cán bộ, công chức, viên chức vi phạm', points: 0.5 },
                    { label: 'Có cán bộ, công chức, viên chức vi phạm', points: 0 },
                  ]),
                  method:
                    '- Trong năm đánh giá không có cán bộ, công chức, viên chức vi phạm được cấp có thẩm quyền kết luận = 0,5 điểm.\n' +
                    '- Có cán bộ, công chức, viên chức vi phạm được cấp có thẩm quyền kết luận = 0 điểm.',
                  // Printed in the evidence column.
                  notes: ['* Lưu ý: Đối tượng đánh giá là cán bộ, công chức, viên chức thuộc thẩm quyền quản lý.'],
                },
              ],
            },
            {
              id: '3.4',
              title: 'Công tác đảm bảo an ninh trật tự, phòng cháy, chữa cháy',
              maxPoints: 1,
              appraiser: 'Văn phòng HDND và UBND huyện',
              children: [
                {
                  id: '3.4.1',
                  title: 'Thành lập đội phòng cháy, chữa cháy của cơ quan',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Có thành lập', points: 0.5 },
                    { label: 'Không thành lập', points: 0 },
                  ]),
                  method: '- Có thành lập = 0,5 điểm.\n- Không thành lập = 0 điểm.',
                  evidence: 'Quyết định thành lập đội phòng cháy, chữa cháy của cơ quan của đơn vị',
                },
                {
                  id: '3.4.2',
                  title: 'Thực hiện thực tập phòng cháy, chữa cháy của cơ quan',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Có thực hiện thực tập', points: 0.5 },
                    { label: 'Không thực tập', points: 0 },
                  ]),
                  method: '- Trong năm có thực hiện thực tập = 0,5 điểm.\n- Không thực tập = 0 điểm.',
                  evidence:
                    'Kế hoạch thực tập hoặc văn bản yêu cầu thực tập; hình ảnh, báo cáo minh chứng đã thực hiện thực tập theo quy định.',
                },
              ],
            },
            {
              id: '3.5',
              title: 'Chấp hành chế độ thông tin báo cáo theo quy định',
              maxPoints: 1,
              appraiser: VAN_PHONG,
              rule: levels([
                { label: 'Thực hiện chế độ báo cáo đúng quy định', points: 1 },
                { label: 'Có báo cáo thực hiện không đúng quy định', points: 0 },
              ]),
              method:
                '- Thực hiện chế độ báo cáo đúng quy định = 1 điểm\n' +
                '- Có báo cáo thực hiện không đúng quy định = 0 điểm.',
              notes: ['*Ghi chú: Chỉ áp dụng với các Báo cáo công tác với UBND xã định kỳ theo quy định.'],
            },
            {
              id: '3.6',
              title: 'Nghiên cứu, đề xuất giải pháp, sáng kiến trong công tác',
              maxPoints: 2.5,
              appraiser: NOI_VU,
              children: [
                {
                  id: '3.6.1',
                  title:
                    'Ban hành văn bản chỉ đạo, đôn đốc, hướng dẫn cán bộ, công chức, viên chức, người lao động tích cực nghiên cứu đề xuất sáng kiến, giải pháp, mô hình mới, cách làm hay, hiệu quả đổi mới phương thức làm việc, nâng cao năng suất lao động',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Thực hiện đầy đủ, kịp thời, mang lại hiệu quả tích cực', points: 0.5 },
                    { label: 'Không có', points: 0 },
                  ]),
                  method: '- hực hiện đầy đủ, kịp thời mang lại hiệu quả tích cực = 0,5 điểm.\n- Không có = 0 điểm.',
                  evidence:
                    'Các văn bản chỉ đạo, đôn đốc, hướng dẫn cán bộ, công chức, viên chức, người lao động tích cực nghiên cứu đề xuất sáng kiến, giải pháp, mô hình mới, cách làm hay, hiệu quả trong phạm vi cơ quan,',
                },
                {
                  id: '3.6.2',
                  title: 'Giải pháp, sáng kiến được công nhận phạm vi ảnh hưởng cấp huyện, tỉnh',
                  maxPoints: 2,
                  rule: levels([
                    { label: 'Có giải pháp, sáng kiến cấp tỉnh trở lên', points: 2 },
                    { label: 'Có giải pháp, sáng kiến cấp huyện', points: 1 },
                    { label: 'Không có', points: 0 },
                  ]),
                  method:
                    '- Có từ 01 giải pháp, sáng kiến được công nhận phạm vi ảnh hưởng cấp tỉnh trở lên, mang lại hiệu quả tích cực trên thực tế và được Hội đồng thẩm định chấp thuận = 2 điểm .\n' +
                    '- Có từ 01 giải pháp, sáng kiến được công nhận phạm vi ảnh hưởng cấp huyện trở lên, mang lại hiệu quả tích cực trên thực tế và được Hội đồng thẩm định chấp thuận = 1 điểm .\n' +
                    '- Không có = 0 điểm .',
                  evidence:
                    'Quyết định công nhận phạm vi ảnh hưởng cấp tỉnh đối với giải pháp, sáng kiến do cán bộ, viên chức của đơn vị đề xuất, tham mưu.',
                },
              ],
            },
            {
              id: '3.7',
              title: 'Công tác thi đua, khen thưởng',
              maxPoints: 1,
              appraiser: NOI_VU,
              children: [
                {
                  id: '3.7.1',
                  title:
                    'Ban hành các văn bản chỉ đạo, hướng ứng thực hiện các phong trào thi đua, công tác khen thưởng',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Ban hành Kế hoạch và văn bản triển khai kịp thời', points: 0.5 },
                    { label: 'Không triển khai', points: 0 },
                  ]),
                  method:
                    '- Ban hành Kế hoạch tổ chức công tác thi đua, khen thưởng và ban hành kịp thời các văn bản triển khai thực hiện các phong trào thi đua do cấp có thẩm quyền phát động = 0,5 điểm .\n' +
                    '- Không triển khai = 0 điểm .',
                  evidence: 'Kế hoạch tổ chức công tác thi đua, khen thưởng trong năm đánh giá',
                },
                {
                  id: '3.7.2',
                  title: 'Phát hiện, bồi dưỡng gương điển hình tiên tiến',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Có gương điển hình tiên tiến giới thiệu', points: 0.5 },
                    { label: 'Không có', points: 0 },
                  ]),
                  method:
                    '- Trong năm đánh giá có gương điển hình tiên tiến giới thiệu gửi về Phòng Nội vụ để tuyên truyền = 0,5 điểm .\n' +
                    '- Không có = 0 điểm .',
                  evidence: 'Văn bản triển khai, giới thiệu gương điển hình tiên tiến.',
                },
              ],
            },
            {
              id: '3.8',
              title: 'Công tác văn thư - lưu trữ',
              maxPoints: 2,
              appraiser: NOI_VU,
              children: [
                {
                  id: '3.8.1',
                  title: 'Ban hành danh mục hồ sơ lưu trữ theo quy định',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Có ban hành', points: 0.5 },
                    { label: 'Không ban hành', points: 0 },
                  ]),
                  method: '- Có ban hành = 0,5 điểm.\n- Không ban hành = 0 điểm.',
                  evidence: 'Quyết định ban hành Danh mục hồ sơ lưu trữ của UBND cấp xã theo quy định',
                },
                {
                  id: '3.8.2',
                  title: 'Lập hồ sơ và nộp hồ sơ về Lưu trữ cơ quan theo quy định',
                  maxPoints: 1.5,
                  rule: levels([
                    { label: 'Lập và nộp hồ sơ theo quy định', points: 1.5 },
                    { label: 'Chưa lập và nộp hồ sơ', points: 0 },
                  ]),
                  method:
                    '- Lập hồ sơ và nộp hồ sơ về Lưu trữ cơ quan theo quy định = 1,5 điểm.\n' +
                    '- Chưa lập hồ sơ và nộp hồ sơ về Lưu trữ cơ quan = 0 điểm',
                  evidence:
                    'Hồ sơ công việc được lập theo Danh mục do Chủ tịch UBND cấp xã đã ban hành và hồ sơ phát sinh theo chức năng, nhiệm vụ được giao; Kiểm tra trên phần mềm hệ thống (Cung cấp TK + MK văn thư đơn vị)',
                },
              ],
            },
            {
              id: '3.9',
              title: 'Thực hiện dân chủ ở cơ quan nhà nước',
              maxPoints: 8,
              appraiser: NOI_VU,
              children: [
                {
                  id: '3.9.1',
                  title: 'Thực hiện công khai theo quy định',
                  maxPoints: 2,
                  rule: levels([
                    { label: 'Thực hiện đúng quy định', points: 2 },
                    { label: 'Có nội dung thực hiện không đúng', points: 0 },
                  ]),
                  method:
                    '- Thực hiện đúng quy định = 2 điểm.\n' +
                    '- Có nội dung thực hiện không đúng = 0 điểm.\n' +
                    '* Nội dung công khai: Kết luận thanh tra, kết luận vụ việc tiêu cực, tham nhũng tại đơn vị (nếu có); kế hoạch công tác năm; số liệu quyết toán, dự toán chi ngân sách; chủ trương chính sách; tiêu chuẩn định mức sử dụng tài sản công; TTHC; tình hình mua sắm, đầu tư công; bán, thanh lý, tiêu hủy tài sản; nguyên tắc, tiêu chí, định mức phân bổ vốn đầu tư công.... Theo Điều 46, Luật Thực hiện dân chủ ở cơ sở',
                  evidence:
                    'Văn bản thông báo công khai các nội dung theo quy định; Địa chỉ liên kết đến thư mục công khai trên Trang thông tin điện tử của đơn vị; ảnh chụp các hình thức công khai.',
                },
                {
                  id: '3.9.2',
                  title: 'Thực hiện đề cán bộ, công chức, viên chức, người lao động bàn và quyết định',
                  maxPoints: 2,
                  rule: levels([
                    { label: 'Thực hiện đúng quy định', points: 2 },
                    { label: 'Thực hiện không đúng quy định', points: 0 },
                  ]),
                  method:
                    '- Thực hiện đúng quy định = 2 điểm.\n' +
                    '- Thực hiện không đúng quy định= 0 điểm\n' +
                    '* Nội dung đề cán bộ, công chức, viên chức, người lao động bàn: Bầu và cho thôi thành viên Ban thanh tra nhân dân; việc thu chi khoản đóng góp của CBCCVC; nghị quyết hội nghị CBCCVC, các nội dung tự quản trong cơ quan, đơn vị',
                  evidence:
                    'Nghị quyết hội nghị CBCCVC; biên bản bầu Ban thanh tra nhân dân; sổ theo dõi các khoản đóng góp của CBCCVC của các đơn vị.',
                },
                {
                  id: '3.9.3',
                  title:
                    'Thực hiện đề cán bộ, công chức, viên chức, người lao động tham gia ý kiến trước khi người đứng đầu cơ quan, đơn vị quyết định',
                  maxPoints: 2,
                  rule: levels([
                    { label: 'Thực hiện đúng quy định', points: 2 },
                    { label: 'Thực hiện không đúng', points: 0 },
                  ]),
                  method:
                    '- Thực hiện đúng quy định = 2 điểm.\n' +
                    '- Thực hiện không đúng = 0 điểm.\n' +
                    '* Nội dung đề cán bộ, công chức, viên chức, người lao động tham gia ý kiến:\n' +
                    'Kế hoạch công tác hằng năm; tổ chức phong trào thi đua; Báo cáo sơ kết, tổng kết; Các biện pháp cải tiến tổ chức, hoạt động và lề lối làm việc; phòng, chống tham nhũng, tiêu cực; thực hành tiết kiệm, chống lãng phí, chống quan liêu, phiền hà, sách nhiễu; Kế hoạch tuyển dụng, đào tạo, bồi dưỡng; chế độ, chính sách liên quan đến CBCCVN; dự thảo quy chế chi tiêu nội bộ, quy chế dân chủ ở cơ quan; giải pháp triển khai chính sách, pháp luật liên quan đến chức năng, nhiệm vụ.',
                  evidence:
                    'Văn bản xin ý kiến đối với các nội dung tại Điều 53, Luật Thực hiện dân chủ ở cơ sở; Biên bản Hội nghị CBCCVC hằng năm của các đơn vị.',
                },
                {
                  id: '3.9.4',
                  title: 'Thực hiện đề cán bộ, công chức, viên chức, người lao động kiểm tra giám sát',
                  maxPoints: 2,
                  rule: levels([
                    { label: 'Thực hiện đúng quy định', points: 2 },
                    { label: 'Thực hiện không đúng', points: 0 },
                  ]),
                  method: '- Thực hiện đúng quy định = 2 điểm.\n- Thực hiện không đúng = 0 điểm.',
                  evidence:
                    'Văn bản triển khai đề CBCCVN giám sát việc thực hiện các nội dung mà tập thể cán bộ, công chức, viên chức, người lao động đã bàn và quyết định quy định tại Điều 49, Luật Thực hiện dân chủ ở cơ sở của các đơn vị',
                },
              ],
            },
          ],
        },
        {
          id: 'IV',
          title: 'Công tác phối hợp với Mặt trận để xây dựng đoàn kết, thống nhất trong nội bộ',
          maxPoints: 1.5,
          children: [
            {
              id: '4.1',
              title: 'Phối hợp với Ủy ban Mặt trận tổ quốc Việt Nam cùng cấp',
              maxPoints: 1,
              appraiser: NOI_VU,
              rule: levels([
                { label: 'Ban hành Quy chế phối hợp và thực hiện tốt', points: 1 },
                { label: 'Không ban hành', points: 0 },
              ]),
              method:
                '- Ban hành Quy chế phối hợp giữa UBND cấp huyện với Ủy ban Mặt trận tổ quốc cùng cấp và tổ chức Thực hiện tốt Quy chế phối hợp = 1 điểm\n' +
                '- Không ban hành = 0 điểm.',
              evidence: 'Quy chế phối hợp giữa UBND cấp huyện với Ủy ban Mặt trận Tổ quốc cùng cấp.',
            },
            {
              id: '4.2',
              title: 'Xây dựng đoàn kết, thống nhất trong nội bộ',
              maxPoints: 0.5,
              appraiser: NOI_VU,
              rule: levels([
                { label: 'Không có vụ việc mất đoàn kết nội bộ', points: 0.5 },
                { label: 'Có vụ việc mất đoàn kết nội bộ', points: 0 },
              ]),
              method:
                '- Trong năm không có vụ việc mất đoàn kết nội bộ = 0,5 điểm.\n' +
                '- Có vụ việc mất đoàn kết nội bộ = 0 điểm.',
              evidence: 'Báo cáo của UBND cấp xã.',
            },
          ],
        },
        {
          id: 'V',
          title:
            'Công tác lãnh đạo, chỉ đạo, kiểm tra, giám sát thực hiện nhiệm vụ chính trị; công tác cán bộ, xây dựng tổ chức bộ máy, tinh giản biên chế, cải cách hành chính',
          maxPoints: 26,
          children: [
            {
              id: '5.1',
              title: 'Công tác lãnh đạo, chỉ đạo, kiểm tra, giám sát thực hiện nhiệm vụ chính trị',
              maxPoints: 1.5,
              appraiser: NOI_VU,
              children: [
                {
                  id: '5.1.1',
                  title: 'Kế hoạch kiểm tra thực hiện nhiệm vụ công tác năm',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Ban hành Kế hoạch kiểm tra', points: 0.5 },
                    { label: 'Không ban hành', points: 0 },
                  ]),
                  method:
                    '- Ban hành Kế hoạch kiểm tra thực hiện nhiệm vụ công tác năm = 0,5 điểm.\n' +
                    '- Không ban hành = 0 điểm.',
                  evidence: 'Kế hoạch kiểm tra thực hiện nhiệm vụ công tác năm của UBND cấp xã.',
                },
                {
                  id: '5.1.2',
                  title: 'Thực hiện kiểm tra',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Có kiểm tra', points: 1 },
                    { label: 'Không kiểm tra', points: 0 },
                  ]),
                  method: '- Có kiểm tra việc thực hiện nhiệm vụ công tác năm = 1 điểm.\n- Không kiểm tra = 0 điểm.',
                  evidence:
                    'Quyết định thành lập Đoàn kiểm tra; Biên bản kiểm tra; thông báo kết luận kiểm tra; văn bản yêu cầu khắc phục, đôn đốc sau kiểm tra.',
                },
              ],
            },
            {
              id: '5.2',
              title: 'Công tác cán bộ',
              maxPoints: 5.5,
              appraiser: NOI_VU,
              children: [
                {
                  id: '5.2.1',
                  title:
                    'Phối hợp thực hiện công tác bổ nhiệm, đào tạo, bồi dưỡng, đánh giá cán bộ, công chức theo quy định',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Thực hiện tốt', points: 0.5 },
                    { label: 'Thực hiện chưa tốt', points: 0 },
                  ]),
                  method: 'Thực hiện tốt = 0,5 điểm\nThực hiện chưa tốt = 0 điểm',
                },
                {
                  id: '5.2.2',
                  title: 'Công tác quy hoạch',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Thực hiện đúng quy định', points: 1 },
                    { label: 'Thực hiện không đúng quy định', points: 0 },
                  ]),
                  method:
                    '- Thực hiện đúng quy định (thực hiện rà soát, bổ sung hằng năm và đảm bảo tỷ lệ, cơ cấu, số lượng, tiêu chuẩn, điều kiện) = 1 điểm .\n' +
                    '- Thực hiện không đúng quy định = 0 điểm .',
                  evidence: 'Quyết định phê duyệt quy hoạch cán bộ của địa phương theo quy định.',
                },
                {
                  id: '5.2.3',
                  title: 'Đào tạo, bồi dưỡng cán bộ, công chức',
                  maxPoints: 1,
                  children: [
                    {
                      id: '5.2.3.1',
                      title: 'Ban hành kế hoạch và thực hiện đào tạo, bồi dưỡng CBCC',
                      maxPoints: 0.5,
                      rule: levels([
                        { label: 'Ban hành kế hoạch và hoàn thành 100% nhiệm vụ', points: 0.5 },
                        { label: 'Không ban hành, không hoàn thành 100% nhiệm vụ', points: 0 },
                      ]),
                      method:
                        '- Ban hành kế hoạch đào tạo, bồi dưỡng và hoàn thành 100% số nhiệm vụ = 0,5 điểm .\n' +
                        '- Không ban hành, không hoàn thành 100% số nhiệm vụ = 0 điểm .',
                    },
                    {
                      id: '5.2.3.2',
                      title: 'Cử CBCCVC tham gia đào tạo, bồi dưỡng',
                      maxPoints: 0.5,
                      rule: levels([
                        { label: 'Không có CBCCVC vi phạm', points: 0.5 },
                        { label: 'Có CBCCVC vi phạm', points: 0 },
                      ]),
                      method:
                        '- Trong năm không có CBCCVC vi phạm nội quy, quy chế khi tham gia các lớp đào tạo, bồi dưỡng = 0,5 điểm .\n' +
                        '- Có CBCCVC vi phạm = 0 điểm .',
                      evidence: 'Báo cáo công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức.',
                    },
                  ],
                },
                {
                  id: '5.2.4',
                  title:
                    'Đánh giá cán bộ, công chức, viên chức trên cơ sở kết quả thực hiện chức trách, nhiệm vụ được giao',
                  maxPoints: 3,
                  children: [
                    {
                      id: '5.2.4.1',
                      title: 'Kết quả đánh giá cán bộ, công chức giữ chức vụ lãnh đạo quản lý do cấp trên đánh giá',
                      maxPoints: 2,
                      rule: rating({ KHTNV: 0, HTNV: 0.5, HTTNV: 1, HTXSNV: 2 }),
                      method:
                        '- Được đánh giá “Không hoàn thành nhiệm vụ” = 0 điểm.\n' +
                        '- Được đánh giá “Hoàn thành nhiệm vụ” = 0,5 điểm.\n' +
                        '- Được đánh giá “Hoàn thành tốt nhiệm vụ” = 1 điểm\n' +
                        '- Được đánh giá “Hoàn thành xuất sắc nhiệm vụ” = 2 điểm',
                      evidence: 'Quyết định xếp loại cán bộ quản lý của cấp có thẩm quyền',
                    },
                    {
                      id: '5.2.4.2',
                      title: 'Kết quả đánh giá cán bộ, công chức thuộc thẩm quyền',
                      maxPoints: 1,
                      // Seed 002, tiêu chí 5.2.4.2: the lowest rating among the staff decides ("100% … HTTNV trở lên" = 1).
                      rule: rating({ KHTNV: 0, HTNV: 0.5, HTTNV: 1, HTXSNV: 1 }),
                      method:
                        '- Có cán bộ, công chức, viên chức được đánh giá “Không hoàn thành nhiệm vụ” = 0 điểm.\n' +
                        '- Có cán bộ, công chức, viên chức được đánh giá “Hoàn thành nhiệm vụ” = 0,5 điểm.\n' +
                        '- 100% cán bộ, công chức, viên chức được đánh giá “Hoàn thành tốt nhiệm vụ” trở lên = 1 điểm',
                      evidence: 'Quyết định xếp loại cán bộ quản lý của cấp có thẩm quyền',
                    },
                  ],
                },
              ],
            },
            {
              id: '5.3',
              title: 'Thực hiện chế độ công vụ',
              maxPoints: 5,
              appraiser: NOI_VU,
              children: [
                {
                  id: '5.3.1',
                  title: 'Ban hành văn bản lãnh đạo, chỉ đạo, triển khai về văn hóa công vụ',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Ban hành đầy đủ', points: 1 },
                    { label: 'Ban hành không đầy đủ', points: 0 },
                  ]),
                  method: '- Ban hành đầy đủ = 1 điểm .\n- Ban hành không đầy đủ = 0 điểm .',
                  evidence:
                    'Kế hoạch thực hiện văn hóa công vụ hằng năm, giai đoạn (nếu có) của đơn vị; các văn bản chỉ đạo về thực hiện quy tắc đạo đức nghề nghiệp, những việc cán bộ, công chức, viên chức không được làm; quy định chức trách nhiệm vụ của cán bộ, công chức, viên chức.',
                },
                {
                  id: '5.3.2',
                  title: 'Tuyên truyền về văn hóa công vụ',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Có hình thức tuyên truyền cụ thể', points: 1 },
                    { label: 'Không thực hiện', points: 0 },
                  ]),
                  method:
                    '- Có hình thức tuyên truyền cụ thể về thực hiện văn hóa công vụ (Tổ chức cuộc thi tìm hiểu hoặc hội thảo khoa học, tọa đàm hoặc mở lớp tập huấn bồi dưỡng kiến thức về văn hóa công vụ) = 1 điểm .\n' +
                    '- Không thực hiện = 0 điểm .',
                  evidence:
                    'Kế hoạch tổ chức hội thảo, giấy mời, quyết định trao giải cuộc thi tìm hiểu về văn hóa công vụ, băng, đĩa ghi hình hội thi, hội thảo, tọa đàm;.....',
                  notes: [
                    'Lưu ý: địa phương, đơn vị có thể tổ chức riêng hoặc lồng ghép nội dung văn hóa công vụ trong cuộc thi, hội thảo, lớp tập huấn..',
                  ],
                },
                {
                  id: '5.3.3',
                  title: 'Kiểm tra việc thực thi công vụ',
                  maxPoints: 1,
                  rule: levels([
                    { label: 'Có thực hiện', points: 1 },
                    { label: 'Không thực hiện', points: 0 },
                  ]),
                  method: '- Có thực hiện = 1 điểm .\n- Không thực hiện = 0 điểm .',
                },
                {
                  id: '5.3.4',
                  title: 'Chấp hành kỷ luật, kỷ cương hành chính',
                  maxPoints: 2,
                  rule: levels([
                    { label: 'Không có lãnh đạo, cán bộ, công chức bị kỷ luật', points: 2 },
                    { label: 'Có lãnh đạo, cán bộ, công chức bị kỷ luật', points: 0 },
                  ]),
                  method:
                    '- Trong năm không có lãnh đạo địa phương; cán bộ, công chức bị xử lý kỷ luật = 2 điểm .\n' +
                    '- Trong năm có lãnh đạo, cán bộ, công chức bị kỷ luật thì chấm 0 điểm với nội dung đó.',
                  evidence:
                    'Thống kê danh sách lãnh đạo, cán bộ, công chức, viên chức bị kỷ luật nêu rõ hình thức kỷ luật.',
                  notes: ['* Lưu ý:\n+ Áp dụng đánh giá với cả kỷ luật đảng và kỷ luật hành chính.'],
                },
              ],
            },
            {
              id: '5.4',
              title: 'Xây dựng tổ chức bộ máy, tinh giản biên chế',
              maxPoints: 1,
              appraiser: NOI_VU,
              children: [
                {
                  id: '5.4.1',
                  title:
                    'Xây dựng trình cấp có thẩm quyền quyết định vị trí việc làm, điều chỉnh, bổ sung vị trí việc làm theo quy định',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Thực hiện rà soát và xây dựng trình theo quy định', points: 0.5 },
                    { label: 'Chưa thực hiện', points: 0 },
                  ]),
                  method:
                    '- Thực hiện rà soát và xây dựng trình cấp có thẩm quyền quyết định vị trí việc làm của cơ quan, tổ chức thuộc phạm vi quản lý theo quy định = 0,5 điểm .\n' +
                    '- Chưa thực hiện = 0 điểm .',
                  evidence: 'Tờ trình đề nghị cấp có thẩm quyền ban hành vị trí việc làm của địa phương.',
                },
                {
                  id: '5.4.2',
                  title: 'Báo cáo về tình hình tổ chức, hoạt động đơn vị',
                  maxPoints: 0.5,
                  rule: levels([
                    { label: 'Báo cáo đúng quy định', points: 0.5 },
                    { label: 'Không báo cáo', points: 0 },
                  ]),
                  method:
                    '- Hằng năm báo cáo UBND cấp xã về tổ chức, hoạt động của địa phương đúng quy định = 0,5 điểm .\n' +
                    '- Không báo cáo = 0 điểm .',
                  evidence: 'Báo cáo về tổ chức và hoạt động của địa phương.',
                },
              ],
            },
            {
              id: '5.5',
              title: 'Triển khai thực hiện cải cách hành chính',
              maxPoints: 13,
              children: [
                {
                  id: '5.5.1',
                  title: 'Kế hoạch cải cách hành chính hằng năm',
                  maxPoints: 1,
                  appraiser: NOI_VU,
                  rule: ratio({ threshold: 0.8 }),
                  method:
                    '- Hoàn thành dưới 80% kế hoạch = 0 điểm.\n' +
                    '- Hoàn thành từ 80% kế hoạch trở lên thì điểm tiêu chí này được tính như sau: (Tỷ lệ % thực hiện kế hoạch x 1 điểm)/100.',
                  evidence:
                    'Lập Biểu thống kê các nhiệm vụ đã hoàn thành, chưa hoàn thành theo kế hoạch đề ra và đính kèm sản phẩm của kế hoạch trên phần mềm chấm điểm Chỉ số CCHC; tổng hợp kinh phí bố trí cho Kế hoạch CCHC của cơ quan, đơn vị.',
                  notes: [
                    '* Ghi chú: Kế hoạch ban hành trước ngày 10/01 hằng năm và bố trí đủ nguồn lực thực hiện; phải có phụ biểu nhiệm vụ trọng tâm, xác định rõ khối lượng công việc, thời gian hoàn thành cụ thể và đính kèm các sản phẩm của kế hoạch kèm theo có số thứ tự như trong Biểu nhiệm vụ.',
                  ],
                },
                {
                  id: '5.5.2',
                  title: 'Kiểm tra thực hiện công tác CCHC',
                  maxPoints: 0.5,
                  appraiser: NOI_VU,
                  rule: levels([
                    { label: 'Có kiểm tra', points: 0.5 },
                    { label: 'Không kiểm tra', points: 0 },
                  ]),
                  method: '- Có kiểm tra việc thực hiện nhiệm vụ công tác năm = 0,5 điểm.\n- Không kiểm tra = 0 điểm.',
                  evidence:
                    'Quyết định thành lập Đoàn kiểm tra CCHC; Biên bản kiểm tra CCHC; thông báo kết luận kiểm tra; văn bản yêu cầu khắc phục, đôn đốc sau kiểm tra.',
                },
                {
                  id: '5.5.3',
                  title: 'Thủ tục hành chính',
                  maxPoints: 4,
                  appraiser: VAN_PHONG,
                  children: [
                    {
                      id: '5.5.3.1',
                      title: 'Số hóa hồ sơ, kết quả giải quyết TTHC',
                      maxPoints: 1,
                      rule: levels([
                        { label: '100% hồ sơ, kết quả được số hóa và trả kết quả điện tử', points: 1 },
                        { label: 'Không đề xuất', points: 0 },
                      ]),
                      method:
                        '- 100% hồ sơ, kết quả giải quyết TTHC được số hóa và trả kết quả bản điện tử theo quy định = 1 điểm.\n' +
                        '- Không đề xuất = 0 điểm.',
                      evidence:
                        'Kiểm tra, theo dõi, đánh giá của cơ quan chuyên môn trực tiếp trên Hệ thống thông tin giải quyết TTHC của tỉnh.',
                      councilScores: onSystem('Kiểm tra, theo dõi, đánh giá của cơ quan chuyên môn trực tiếp trên Hệ thống thông tin giải quyết TTHC của tỉnh.'),
                    },
                    {
                      id: '5.5.3.2',
                      title: 'TTHC nội bộ thuộc thẩm quyền Chủ tịch UBND cấp huyện công bố',
                      maxPoints: 1,
                      rule: levels([
                        { label: 'Trình công bố đầy đủ, kịp thời', points: 1 },
                        { label: 'Trình công bố không đầy đủ hoặc không kịp thời', points: 0 },
                      ]),
                      method:
                        '- Trình công bố đầy đủ, kịp thời các TTHC nội bộ, phương án đơn giản hóa, thực thi phương án đơn giản hóa TTHC nội bộ thuộc thẩm quyền của Chủ tịch UBND cấp xã = 1 điểm.\n' +
                        '- Trình công bố không đầy đủ hoặc không kịp thời = 0 điểm.',
                      evidence:
                        'Quyết định công bố thủ tục hành chính nội bộ; phê duyệt phương án đơn giản hóa; văn bản thực thi phương án đơn giản hóa (văn bản sửa đổi, bổ sung quy định TTHC, văn bản công bố thủ tục hành chính nội bộ được sửa đổi, bổ sung ..)',
                    },
                    {
                      id: '5.5.3.3',
                      title:
                        'Giao doanh nghiệp Bru chính công ích (BCCI) thực hiện tiếp nhận và trả kết quả giải quyết TTHC tại Bộ phận một cửa',
                      maxPoints: 1,
                      rule: levels([
                        { label: 'Đã thực hiện', points: 1 },
                        { label: 'Chưa thực hiện', points: 0 },
                      ]),
                      method: '- Đã thực hiện = 1 điểm.\n- Chưa thực hiện = 0 điểm.',
                      evidence:
                        'Quyết định, Hợp đồng giao doanh nghiệp BCCI thực hiện tiếp nhận và trả kết quả giải quyết TTHC tại Bộ phận một cửa cấp huyện; Thực tế tại Bộ phận một cửa',
                      notes: [
                        '* Lưu ý: Chỉ áp dụng chấm điểm với trường hợp nhân viên Bru điện trực tiếp nhận hồ sơ, trả kết quả TTHC thay công chức, viên chức tại Bộ phận một cửa thuộc UBND cấp xã.',
                      ],
                    },
                    {
                      id: '5.5.3.4',
                      title: 'Kết quả giải quyết TTHC theo cơ chế một cửa, một cửa liên thông',
                      maxPoints: 1,
                      // Seed 002, tiêu chí 5.5.3.4 (rule kind 4): "Có hồ sơ quá hạn - 0,5 điểm (từ 02 hồ sơ quá hạn trở
                      // lên không chấm điểm tiêu chí này)" read with the 99% line: 99% on time and one overdue = 0.5.
                      rule: countTiers(
                        [
                          count('onTime', 'Số hồ sơ trả kết quả sớm hạn, đúng hạn', 'Dossiers returned early or on time'),
                          count('total', 'Tổng số hồ sơ TTHC đã trả kết quả', 'Dossiers returned in total'),
                          count('overdue', 'Số hồ sơ quá hạn', 'Overdue dossiers'),
                        ],
                        [
                          {
                            label: msg('Từ 02 hồ sơ quá hạn trở lên', 'Two or more overdue dossiers'),
                            points: 0,
                            ...where(['overdue', '>=', 2]),
                          },
                          {
                            label: msg('Không có hồ sơ (văn bản không quy định)', 'No dossiers (the text is silent)'),
                            points: 0,
                            ...where(['total', '=', 0]),
                          },
                          {
                            label: msg('Dưới 99% sớm hạn, đúng hạn', 'Under 99% early or on time'),
                            points: 0,
                            ...where(['onTime', '<', { share: 0.99, of: 'total' }]),
                          },
                          {
                            label: msg('Có 01 hồ sơ quá hạn', 'One overdue dossier'),
                            points: 0.5,
                            ...where(['overdue', '=', 1]),
                          },
                          {
                            label: msg('Từ 99% trở lên, không có hồ sơ quá hạn', '99% or more, no overdue dossier'),
                            points: 1,
                            ...where(),
                          },
                        ], [], [[['onTime', 'overdue'], 'total']]),
                      method:
                        '- Dưới 99% số hồ sơ TTHC trả kết quả sớm hạn, đúng hạn = 0 điểm .\n' +
                        '- Từ 99% trở lên = 1 điểm .\n' +
                        '- Có hồ sơ quá hạn - 0,5 điểm (từ 02 hồ sơ quá hạn trở lên không chấm điểm tiêu chí này)',
                      evidence:
                        'Kiểm tra, theo dõi, đánh giá của cơ quan chuyên môn trực tiếp trên Hệ thống thông tin giải quyết TTHC của tỉnh.',
                      councilScores: onSystem('Kiểm tra, theo dõi, đánh giá của cơ quan chuyên môn trực tiếp trên Hệ thống thông tin giải quyết TTHC của tỉnh.'),
                    },
                  ],
                },
                {
                  id: '5.5.4',
                  title: 'Hoạt động ứng dụng công nghệ thông tin, chuyển đổi số',
                  maxPoints: 5,
                  appraiser: 'Phòng Văn hóa và Thông tin',
                  children: [
                    {
                      id: '5.5.4.1',
                      title: 'Lãnh đạo của cấp ủy đơn vị đối với công tác chuyển đổi số',
                      maxPoints: 0.5,
                      rule: levels([
                        { label: 'Ban hành Nghị quyết chuyên đề', points: 0.5 },
                        { label: 'Không ban hành', points: 0 },
                      ]),
                      method: '- Ban hành Nghị quyết chuyên đề về chuyển đổi số = 0,5 điểm.\n- Không ban hành = 0 điểm.',
                      evidence: 'Nghị quyết chuyên đề của cấp ủy đơn vị đối với công tác chuyển đổi số',
                    },
                    {
                      id: '5.5.4.2',
                      title: 'Thành lập Bộ phận chuyển đổi số',
                      maxPoints: 0.5,
                      rule: levels([
                        { label: 'Thành lập và phân công người phụ trách', points: 0.5 },
                        { label: 'Chưa thực hiện hoặc phân công không đúng yêu cầu', points: 0 },
                      ]),
                      method:
                        '- Thành lập và phân công người đứng đơn vị trực tiếp phụ trách công tác chuyển đổi số = 0,5 điểm.\n' +
                        '- Chưa thực hiện hoặc phân công không đúng yêu cầu = 0 điểm.',
                      evidence: 'Quyết định thành lập, phân công phụ trách công tác chuyển đổi số.',
                    },
                    {
                      id: '5.5.4.3',
                      title: 'Điều hành và xử lý hồ sơ công việc trên môi trường số',
                      maxPoints: 0.5,
                      // Seed 002, tiêu chí 5.5.4.3: a step at 90% with fixed points, not a proportional ratio.
                      rule: countTiers(
                        [
                          count('digital', 'Số hồ sơ, công việc được xử lý trên môi trường số', 'Files processed digitally'),
                          count('total', 'Tổng số hồ sơ, công việc', 'Files in total'),
                        ],
                        [
                          {
                            label: msg('Không có hồ sơ, công việc (văn bản không quy định)', 'No files (the text is silent)'),
                            points: 0,
                            ...where(['total', '=', 0]),
                          },
                          {
                            label: msg('90% trở lên xử lý trên môi trường số', '90% or more processed digitally'),
                            points: 0.5,
                            ...where(['digital', '>=', { share: 0.9, of: 'total' }]),
                          },
                          { label: msg('Dưới 90%', 'Under 90%'), points: 0, ...where() },
                        ], [], [['digital', 'total']]),
                      method:
                        '- 90% trở lên hồ sơ, công việc được xử lý trên môi trường số = 0,5 điểm.\n' +
                        '- Dưới 90% = 0 điểm.',
                      evidence: 'Kiểm tra trực tiếp trên Hệ thống quản lý văn bản.',
                      councilScores: onSystem('Kiểm tra trực tiếp trên Hệ thống quản lý văn bản.'),
                    },
                    {
                      id: '5.5.4.4',
                      title:
                        'Xây dựng hồ sơ đề xuất, bảo đảm an toàn thông tin theo cấp độ được cấp có thẩm quyền phê duyệt và triển khai các phương án bảo đảm an toàn thông tin theo cấp độ',
                      maxPoints: 1,
                      rule: levels([
                        { label: 'Đã triển khai', points: 1 },
                        { label: 'Chưa triển khai', points: 0 },
                      ]),
                      method:
                        '- Đã triển khai xây dựng hồ sơ đề xuất, bảo đảm an toàn thông tin theo cấp độ được cấp có thẩm quyền phê duyệt và triển khai các phương án bảo đảm an toàn thông tin theo cấp độ = 1 điểm.\n' +
                        '- Chưa triển khai = 0 điểm.',
                      evidence: 'Kiểm tra, theo dõi, đánh giá trên môi trường số.',
                    },
                    {
                      id: '5.5.4.5',
                      title: 'Tự kiểm tra chuyên ngành thông qua môi trường số',
                      maxPoints: 1,
                      rule: levels([
                        { label: 'Có thực hiện', points: 1 },
                        { label: 'Không thực hiện', points: 0 },
                      ]),
                      method: '- Có thực hiện = 1 điểm.\n- Không thực hiện = 0 điểm.',
                      evidence: 'Kế hoạch kiểm tra; văn bản lịch kiểm tra; kết luận kiểm tra. Hình ảnh minh chứng kèm theo.',
                    },
                    {
                      id: '5.5.4.6',
                      title: 'Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình',
                      maxPoints: 1.5,
                      rule: ratio({ threshold: 0.9 }),
                      method:
                        '- Dưới 90% = 0 điểm.\n' +
                        '- Từ 90% trở lên, điểm được tính như sau: (Tỷ lệ % hồ sơ được xử lý trực tuyến toàn trình x 1,5 điểm)/100',
                      evidence: 'Kiểm tra trực tiếp trên Hệ thống thông tin giải quyết TTHC của tỉnh.',
                      councilScores: onSystem('Kiểm tra trực tiếp trên Hệ thống thông tin giải quyết TTHC của tỉnh.'),
                    },
                  ],
                },
                {
                  id: '5.5.5',
                  title: 'Ban hành văn bản pháp luật và tổ chức thi hành pháp luật',
                  maxPoints: 2.5,
                  appraiser: 'Phòng Tư pháp',
                  children: [
                    {
                      id: '5.5.5.1',
                      title: 'Ban hành văn bản quy phạm pháp luật (QPPL)',
                      maxPoints: 0.5,
                      rule: levels([
                        { label: 'Không phát sinh nhiệm vụ ban hành văn bản QPPL', points: 0.5 },
                        { label: 'Ban hành đúng quy định', points: 0.5 },
                        { label: 'Có văn bản QPPL ban hành không đúng quy định', points: 0 },
                      ]),
                      method:
                        '- Không phát sinh nhiệm vụ ban hành văn bản QPPL = 0,5 điểm.\n' +
                        '- Phát sinh nhiệm vụ ban hành văn bản QPPL: + Ban hành đúng quy định = 0,5 điểm.\n' +
                        '+ Có văn bản QPPL ban hành không đúng quy định = 0 điểm.',
                      evidence: 'Văn bản QPPL đã ban hành.',
                    },
                    {
                      id: '5.5.5.2',
                      title: 'Rà soát văn bản QPPL theo quy định',
                      maxPoints: 1,
                      rule: levels([
                        { label: 'Thực hiện nghiêm túc công tác rà soát', points: 1 },
                        { label: 'Thực hiện không đúng yêu cầu', points: 0 },
                      ]),
                      method:
                        '- Thực hiện nghiêm túc công tác rà soát văn bản theo quy định = 1 điểm ;\n' +
                        '- Thực hiện không đúng yêu cầu = 0 điểm .',
                      evidence:
                        'Báo cáo rà soát văn bản QPPL, văn bản kiến nghị cấp có thẩm quyền xử lý các vấn đề phát hiện qua rà soát văn bản QPPL; thống kê số văn bản đã rà soát, số văn bản phải xử lý, kiến nghị xử lý sau rà soát.',
                    },
                    {
                      id: '5.5.5.3',
                      title: 'Công tác tuyên truyền, phổ biến, giáo dục pháp luật',
                      maxPoints: 0.5,
                      rule: levels([
                        { label: 'Có tổ chức', points: 0.5 },
                        { label: 'Không tổ chức', points: 0 },
                      ]),
                      method:
                        '- Tổ chức cuộc thi tìm hiểu pháp luật, tổ chức hội nghị, mở lớp bồi dưỡng kiến thức pháp luật = 0,5 điểm .\n' +
                        '- Không tổ chức = 0 điểm .',
                      evidence:
                        'Kế hoạch tổ chức hội nghị, mở lớp hoặc quyết định mở lớp tập huấn, quyết định thành lập Ban quản lý lớp; giấy mời, quyết định trao giải cuộc thi, Băng, đĩa ghi hình hội thi, hội nghị, toàn đàm; biên bản.',
                    },
                    {
                      id: '5.5.5.4',
                      title: 'Theo dõi thi hành pháp luật',
                      maxPoints: 0.5,
                      rule: levels([
                        { label: 'Xử lý theo thẩm quyền hoặc không có nội dung cần xử lý', points: 0.5 },
                        { label: 'Không xử lý theo thẩm quyền hoặc không phát hiện nội dung cần xử lý', points: 0 },
                      ]),
                      method:
                        '- Phát hiện nội dung và thực hiện xử lý theo thẩm quyền hoặc không có nội dung cần xử lý = 0,5 điểm .\n' +
                        '- Phát hiện nội dung và không thực hiện xử lý theo thẩm quyền hoặc không phát hiện nội dung cần xử lý = 0 điểm .',
                      evidence: 'Báo cáo kết quả thực hiện theo dõi thi hành pháp luật.',
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'NỘI DUNG II',
      title: 'KẾT QUẢ THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO TRONG NĂM',
      maxPoints: 20,
      children: [
        {
          id: 'VI',
          title: 'Xây dựng, tổ chức thực hiện Chương trình, Kế hoạch công tác hằng năm',
          maxPoints: 6,
          children: [
            {
              id: '6.1',
              title: 'Kế hoạch phát triển kinh tế - xã hội hằng năm',
              maxPoints: 1,
              appraiser: TAI_CHINH,
              rule: levels([
                { label: 'Ban hành đúng quy định', points: 1 },
                { label: 'Ban hành không đúng quy định', points: 0 },
              ]),
              method:
                '- Kế hoạch phát triển kinh tế - xã hội hằng năm ban hành đúng quy định = 1 điểm.\n' +
                '- Ban hành Kế hoạch không đúng quy định = 0 điểm.',
              // Printed in the evidence column.
              notes: [
                '*Ghi chú: Kế hoạch phát triển kinh tế - xã hội hằng năm được HĐND cấp xã thông qua trước ngày 31/12; bố trí đủ nguồn lực thực hiện (có phụ biểu nhiệm vụ trọng tâm, xác định rõ khối lượng công việc, thời gian hoàn thành cụ thể và đính kèm các sản phẩm của kế hoạch kèm theo có số thứ tự như trong Biểu nhiệm vụ',
              ],
            },
            {
              id: '6.2',
              title: 'Kết quả thực hiện kế hoạch phát triển kinh tế - xã hội',
              maxPoints: 5,
              appraiser: TAI_CHINH,
              rule: ratio({ threshold: 0.8 }),
              method:
                '- Hoàn thành dưới 80% kế hoạch = 0 điểm.\n' +
                '- Hoàn thành từ 80% kế hoạch trở lên thì điểm tiêu chí này được tính như sau: (Tỷ lệ % thực hiện kế hoạch x 5 điểm)/100.',
              evidence:
                'Lập Biểu thống kê tổng số nhiệm vụ trong Kế hoạch năm; thống kê các nhiệm vụ đã hoàn thành, chưa hoàn thành theo kế hoạch đề ra và tính tỷ lệ các nhiệm vụ hoàn thành theo yêu cầu. Đính kèm sản phẩm đã hoàn thành của kế hoạch trên phần mềm chấm điểm; tổng hợp kinh phí bố trí cho Kế hoạch năm của đơn vị',
            },
          ],
        },
        {
          id: 'VII',
          title: 'Kết quả thực hiện các chỉ tiêu được giao',
          maxPoints: 9,
          children: [
            {
              id: '7.1',
              title: 'Nhiệm vụ UBND huyện, Chủ tịch UBND huyện giao',
              maxPoints: 5,
              appraiser: VAN_PHONG,
              // Seed 002, tiêu chí 7.1 (rule kind 4).
              rule: countTiers(
                [
                  count('notFinished', 'Số nhiệm vụ đến hạn nhưng không hoàn thành', 'Tasks due and not finished'),
                  count('late', 'Số nhiệm vụ hoàn thành nhưng quá hạn', 'Tasks finished late'),
                ],
                [
                  {
                    label: msg('Có nhiệm vụ đến hạn nhưng không hoàn thành', 'Some task due and not finished'),
                    points: 0,
                    ...where(['notFinished', '>', 0]),
                  },
                  {
                    label: msg('100% nhiệm vụ hoàn thành đúng hạn, trước hạn', 'All tasks finished on time'),
                    points: 5,
                    ...where(['late', '=', 0]),
                  },
                  {
                    label: msg('Có tối đa 05 nhiệm vụ hoàn thành nhưng quá hạn', 'At most 5 tasks finished late'),
                    points: 2,
                    ...where(['late', '<=', 5]),
                  },
                  {
                    label: msg('Từ 06 nhiệm vụ hoàn thành nhưng quá hạn trở lên', '6 or more tasks finished late'),
                    points: 0,
                    ...where(),
                  },
                ],
              ),
              method:
                '- 100% nhiệm vụ hoàn thành đúng hạn, trước hạn = 5 điểm.\n' +
                '- Có tối đa 05 nhiệm vụ hoàn thành nhưng quá hạn = 2 điểm.\n' +
                '- Có nhiệm vụ đến hạn nhưng không hoàn thành hoặc từ 06 nhiệm vụ hoàn thành nhưng quá hạn trở lên = 0 điểm.',
              evidence: 'Báo cáo của địa phương.',
            },
            {
              id: '7.2',
              title: 'Giải ngân vốn đầu tư công',
              maxPoints: 2,
              appraiser: TAI_CHINH,
              rule: ratio({ threshold: 0.7 }),
              method:
                '- Thực hiện dưới 70% = 0 điểm.\n' +
                '- Từ 70% trở lên, điểm được tính như sau = (Tỷ lệ % giải ngân vốn đầu tư công x 2 điểm)/100.',
              evidence:
                'Báo cáo của đơn vị; Xác nhận số liệu của Kho bạc Nhà nước nơi thực hiện kiểm soát, thanh toán.',
              notes: ['* Lưu ý: Số liệu tính đến thời điểm gửi báo cáo tự chấm điểm.'],
            },
            {
              id: '7.3',
              title: 'Thực hiện kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách',
              maxPoints: 2,
              appraiser: TAI_CHINH,
              rule: ratio({ threshold: 0.8 }, [
                {
                  key: 'khong-kien-nghi',
                  label: msg(
                    'Trong 03 năm liền kề trước năm đánh giá không có kiến nghị thanh tra, kiểm toán về tài chính, ngân sách phải khắc phục',
                    'No inspection or audit recommendations on finance and budget to fix in the 3 previous years',
                  ),
                  points: 0.5,
                },
              ]),
              method:
                '- Dưới 80% = 0 điểm.\n' +
                '- Từ 80% trở lên, điểm được tính như sau\n' +
                '(Tỷ lệ % thực hiện kiến nghị thanh tra, kiểm tra, kiểm toán về tài chính, ngân sách x 2 điểm)/100',
              evidence:
                'Kết luận thanh tra, kiểm toán trong phạm vi ba gần nhất; báo cáo khắc phục của địa phương; văn bản xử lý, giải quyết các kiến nghị sau thanh tra, kiểm toán.',
              notes: [
                '* Lưu ý: Trong phạm vi 03 năm liên kế trước năm đánh giá, nếu đơn vị không có kiến nghị thanh tra, kiểm toán về tài chính, ngân sách phải khắc phục thì chấm 0,5 điểm đối với tiêu chí này.',
              ],
            },
          ],
        },
        {
          id: 'VIII',
          title:
            'Việc sử dụng hiệu quả kết quả Chỉ số hài lòng của người dân về sự phục vụ hành chính; Chỉ số CCHC và kết quả đánh giá mức độ hoàn thành nhiệm vụ đối với tổ chức hàng năm',
          maxPoints: 5,
          // Printed in the evidence column of VIII.
          notes: [FIRST_YEAR_NOTE],
          children: [
            {
              id: '8.1',
              title:
                'Phân tích tồn tại, hạn chế, tiêu chí bị trừ điểm trong kết quả đánh giá, xếp loại mức độ hoàn thành nhiệm vụ hàng năm',
              maxPoints: 1,
              appraiser: NOI_VU,
              rule: levels(
                [
                  { label: 'Có báo cáo phân tích', points: 1 },
                  { label: 'Không có báo cáo', points: 0 },
                ],
                [FIRST_YEAR],
              ),
              councilScores: COUNCIL_MAX,
              method:
                '- Có báo cáo phân tích sau khi UBND huyện quyết định xếp loại mức độ hoàn thành nhiệm vụ = 1 điểm .\n' +
                '- Không có báo cáo = 0 điểm .',
              evidence:
                'Báo cáo phân tích, đánh giá hạn chế, tồn tại, tiêu chí bị trừ điểm trong đánh giá mức độ hoàn thành nhiệm vụ.',
              notes: [
                '* Ghi chú: Thời gian ban hành Báo cáo chậm nhất 10 ngày sau khi UBND huyện ban hành quyết định công bố kết quả đánh giá, xếp loại mức độ hoàn thành nhiệm vụ.',
              ],
            },
            {
              id: '8.2',
              title:
                'Kế hoạch khắc phục hạn chế, yếu kém trong kết quả đánh giá, xếp loại mức độ hoàn thành nhiệm vụ cho năm tiếp theo',
              maxPoints: 1,
              appraiser: NOI_VU,
              rule: levels(
                [
                  { label: 'Xây dựng Kế hoạch khắc phục', points: 1 },
                  { label: 'Không xây dựng', points: 0 },
                ],
                [FIRST_YEAR],
              ),
              councilScores: COUNCIL_MAX,
              method:
                '- Xây dựng Kế hoạch khắc phục hạn chế, yếu kém trong đánh giá, xếp loại mức độ hoàn thành nhiệm vụ = 1 điểm .\n' +
                '- Không xây dựng = 0 điểm .',
              evidence:
                'Kế hoạch khắc phục hạn chế, yếu kém qua kết quả đánh giá mức độ hoàn thành nhiệm vụ của đơn vị.',
              notes: [
                '* Ghi chú: Thời gian ban hành kế hoạch chậm nhất 20 ngày sau khi UBND huyện công bố xếp loại mức độ hoàn thành nhiệm vụ hằng năm.',
              ],
            },
            {
              id: '8.3',
              title:
                'Kết quả triển khai Kế hoạch duy trì, cải thiện Chỉ số CCHC, Chỉ số hài lòng về sự phục vụ hành chính của địa phương',
              maxPoints: 3,
              appraiser: NOI_VU,
              children: [
                {
                  id: '8.3.1',
                  title: 'Xếp hạng năm sau cao hơn so với năm trước',
                  maxPoints: 1,
                  // A higher place is a smaller rank number.
                  rule: compare({ higher: 1, equal: 0.5, lower: 0, smallerIsBetter: true }),
                  method:
                    '- Xếp hạng Chỉ số CCHC, Chỉ số hài lòng về sự phục vụ hành chính của địa phương cao hơn năm trước = 01 điểm.\n' +
                    '- Bằng năm trước = 0,5 điểm.\n' +
                    '- Thấp hơn năm trước = 0 điểm.',
                },
                {
                  id: '8.3.2',
                  title: 'Điểm số đạt được năm sau cao hơn so với năm trước',
                  maxPoints: 2,
                  rule: compare({ higher: 2, equal: 1, lower: 0, smallerIsBetter: false }),
                  method:
                    '- Điểm số Chỉ số CCHC, Chỉ số hài lòng về sự phục vụ hành chính của địa phương cao hơn năm trước = 2 điểm.\n' +
                    '- Bằng năm trước = 1 điểm.\n' +
                    '- Thấp hơn năm trước = 0 điểm.',
                },
              ],
            },
          ],
        },
      ],
    },
    {
      id: 'NỘI DUNG III',
      title: 'KẾT QUẢ KHẮC PHỤC HẠN CHẾ, YẾU KÉM, KHUYẾT ĐIỂM ĐƯỢC CẤP CÓ THẨM QUYỀN KẾT LUẬN, CHỈ RA',
      maxPoints: 3,
      appraiser: NOI_VU,
      children: [
        {
          id: 'IX',
          title:
            'Xây dựng kế hoạch, chương trình đề xuất giải pháp khắc phục hạn chế, yếu kém đã được chỉ ra trong các năm trước',
          maxPoints: 1,
          rule: levels([
            { label: 'Xây dựng kế hoạch, đề xuất giải pháp khắc phục', points: 1 },
            { label: 'Không xây dựng kế hoạch hoặc không đề xuất giải pháp', points: 0 },
          ]),
          method:
            '- Trên cơ sở thông báo kết luận kiểm tra trong các năm trước (trong phạm vi 3 năm trước liền kề của năm đánh giá) của các Đoàn kiểm tra của UBND huyện, các địa phương xây dựng kế hoạch, đề xuất giải pháp khắc phục hạn chế, yếu kém đã được chỉ ra có tính = 1 điểm.\n' +
            '- Không xây dựng kế hoạch hoặc không đề xuất giải pháp khắc phục hạn chế, yếu kém đã được chỉ ra = 0 điểm.',
          evidence: 'Kế hoạch khắc phục hạn chế, yếu kém của địa phương.',
        },
        {
          id: 'X',
          title: 'Kết quả khắc phục những hạn chế, yếu kém được chỉ ra',
          maxPoints: 2,
          rule: ratio({ threshold: 0.8 }),
          method:
            '- Từ 80% trở lên vấn đề tồn tại, hạn chế, yếu kém được chỉ ra tại các thông báo kết luận được xử lý, khắc phục. Điểm được tính như sau = Tỷ lệ % các vấn đề tồn tại, hạn chế, yếu kém được chỉ ra tại các thông báo kết luận được xử lý, khắc phục * 2 điểm/100\n' +
            '- Dưới 80% = 0 điểm.',
          evidence:
            '- Thống kê số vấn đề tồn tại được chỉ ra tại các kết luận thanh tra, kiểm tra; Thống kê số vấn đề tồn tại đã được khắc phục, xử lý. Số vấn đề chưa được khắc phục xử lý.\n' +
            '- Tính tỷ lệ theo yêu cầu; Báo cáo và kèm theo các sản phẩm khắc phục, xử lý (kết quả); hạn chế, yếu kém của địa phương.',
        },
      ],
    },
  ],
} satisfies Framework;
