import type { Lang, Msg } from '../scoring';

/**
 * Every string the task pane shows, Vietnamese and English (a test fails on a missing or empty one).
 * `{name}` marks a value filled in by `tf`. Messages of the core arrive as Msg and are shown with `text(m, lang)`.
 */
export const STRINGS = {
  appTitle: { vi: 'Chấm điểm', en: 'Chấm điểm (scoring)' },
  tagline: {
    vi: 'Khung tiêu chí chính thức, tính điểm ngay trong bảng tính.',
    en: 'Official scoring frameworks, computed in your workbook.',
  },
  language: { vi: 'English', en: 'Tiếng Việt' },
  languageAria: { vi: 'Chuyển giao diện sang tiếng Anh (English)', en: 'Switch the pane to Vietnamese (Tiếng Việt)' },
  outsideExcel: {
    vi: 'Đang chạy ngoài Excel: các thao tác dùng một sổ làm việc tạm trong trình duyệt.',
    en: 'Running outside Excel: the buttons work on a temporary workbook in the browser.',
  },
  tabsLabel: { vi: 'Màn hình', en: 'Screens' },
  tabGallery: { vi: 'Mẫu', en: 'Templates' },
  tabCheck: { vi: 'Kiểm tra', en: 'Check' },
  tabScore: { vi: 'Chấm điểm', en: 'Score' },
  tabSummary: { vi: 'Tổng hợp 1A', en: 'Summary 1A' },
  errorTitle: { vi: 'Không thực hiện được', en: 'That did not work' },
  dismiss: { vi: 'Đóng thông báo', en: 'Dismiss' },
  errorHost: {
    vi: 'Excel báo lỗi: {detail}. Hãy thử lại; nếu vẫn lỗi, lưu sổ làm việc rồi mở lại.',
    en: 'Excel reported an error: {detail}. Try again; if it persists, save the workbook and reopen it.',
  },

  // Mẫu
  galleryIntro: {
    vi: 'Chọn một mẫu, nhập thông tin rồi điền vào trang tính. Ô màu vàng là ô bạn nhập số liệu.',
    en: 'Choose a template, enter the details and fill it into a sheet. Yellow cells are the ones you type in.',
  },
  galleryList: { vi: 'Thư viện mẫu', en: 'Template gallery' },
  functionsHint: {
    vi: 'Gõ =CCHC.RATIO(…), =KPI.GRADE(…), =THADS.TOTAL(…) trong ô để dùng các hàm.',
    en: 'Type =CCHC.RATIO(…), =KPI.GRADE(…), =THADS.TOTAL(…) in a cell to use the functions.',
  },
  templateChoose: { vi: 'Chọn mẫu này', en: 'Use this template' },
  templateClose: { vi: 'Thu gọn', en: 'Close' },
  detailsTitle: { vi: 'Thông tin điền vào mẫu', en: 'Details for the template' },
  detailsHint: {
    vi: 'Thông tin được ghi nhớ cho lần sau.',
    en: 'These details are remembered for next time.',
  },
  detailsNone: { vi: 'Mẫu này không cần thông tin thêm.', en: 'This template needs no details.' },
  fieldName: { vi: 'Họ và tên', en: 'Full name' },
  fieldPost: { vi: 'Chức vụ', en: 'Post' },
  fieldUnit: { vi: 'Đơn vị', en: 'Unit' },
  fieldMonth: { vi: 'Tháng', en: 'Month' },
  fieldYear: { vi: 'Năm', en: 'Year' },
  fillNew: { vi: 'Điền vào trang mới', en: 'Fill into a new sheet' },
  fillRefill: { vi: 'Điền lại trang đang mở', en: 'Re-fill the open sheet' },
  fillRefillHint: {
    vi: 'Điền lại giữ nguyên mọi ô đã có số liệu của bạn; chỉ bổ sung phần còn thiếu của mẫu.',
    en: 'Re-filling keeps every cell that holds your data; only what the template is missing is written.',
  },
  stepPlan: { vi: 'Đang lập mẫu…', en: 'Preparing the template…' },
  stepRead: { vi: 'Đang đọc sổ làm việc…', en: 'Reading the workbook…' },
  stepWrite: { vi: 'Đang ghi vào Excel…', en: 'Writing to Excel…' },
  stepDone: { vi: 'Xong', en: 'Done' },
  fillCreated: { vi: 'Đã điền mẫu vào trang mới “{sheet}”.', en: 'The template was filled into the new sheet “{sheet}”.' },
  fillRefilled: {
    vi: 'Đã điền lại trang “{sheet}”, giữ nguyên {kept} ô có số liệu.',
    en: 'Sheet “{sheet}” was re-filled; cells holding data kept as they were: {kept}.',
  },
  errorMonth: { vi: 'Tháng “{value}” không hợp lệ: nhập số từ 1 đến 12.', en: 'Month “{value}” is not valid: type 1 to 12.' },
  errorYear: { vi: 'Năm “{value}” không hợp lệ: nhập năm có 4 chữ số, ví dụ 2024.', en: 'Year “{value}” is not valid: type four digits, e.g. 2024.' },
  errorNoTemplate: { vi: 'Không có mẫu “{id}”.', en: 'No template “{id}”.' },
  errorNoName: { vi: 'Hãy nhập họ và tên: phiếu mang tên người được đánh giá.', en: 'Type the name: the form carries the name of the person assessed.' },
  errorRefillOther: {
    vi: 'Trang đang mở “{sheet}” là mẫu {found}, không phải {wanted}. Hãy mở đúng trang, hoặc điền vào trang mới.',
    en: 'The open sheet “{sheet}” is template {found}, not {wanted}. Open the right sheet, or fill into a new sheet.',
  },

  // Kiểm tra
  checkIntro: {
    vi: 'Kiểm tra trang đang mở theo mẫu của trang, trước khi nộp hoặc gửi đi.',
    en: 'Checks the open sheet against its own template, before it is submitted or sent on.',
  },
  checkAboutCommune: {
    vi: 'Kiểm tra như Hội đồng thẩm định của UBND huyện: tài liệu kiểm chứng (E1–E5), điểm tự chấm (E6), hạn gửi.',
    en: "Checked as the district's appraisal council would: evidence (E1–E5), self-scores (E6), the deadline.",
  },
  checkAboutThads: {
    vi: 'Kiểm tra bảng tự chấm điểm: số lần trừ, thưởng của từng tiêu chí, tổng điểm từ 200 điểm chuẩn, thang xếp loại.',
    en: 'Checks the self-scoring sheet: the deductions and bonuses of each criterion, the total from 200 base points, the grade bands.',
  },
  checkAboutMonthly: {
    vi: 'Kiểm tra phiếu tự đánh giá tháng: điểm trừ tiêu chí chung, kết quả KPI, mức tự xếp loại, hạn tự đánh giá (trước ngày 25).',
    en: 'Checks the monthly self-assessment: the general criteria deductions, the KPI result, the self-grade, the deadline (before the 25th).',
  },
  checkAboutWorkPlan: {
    vi: 'Kiểm tra kế hoạch công tác tháng: sản phẩm, hệ số quy đổi, số được giao, số hoàn thành, số lần không đạt và chậm.',
    en: 'Checks the monthly work plan: products, coefficients, units assigned and completed, failed reviews and delays.',
  },
  checkAboutUnitList: {
    vi: 'Danh sách 1A được lập từ các phiếu tháng bằng màn hình “Tổng hợp 1A”; lập lại khi một phiếu thay đổi.',
    en: 'List 1A is built from the monthly forms with the “Summary 1A” screen; build it again when a form changes.',
  },
  checkAboutNotice: {
    vi: 'Thông báo 2A được lập từ danh sách 1A của tháng bằng màn hình “Tổng hợp 1A”.',
    en: "Notice 2A is built from the month's list 1A with the “Summary 1A” screen.",
  },
  checkAboutNd90: {
    vi: 'Kiểm tra phiếu đánh giá, xếp loại chất lượng: các mục phải tự nhận xét và mức tự xếp loại.',
    en: 'Checks the quality rating form: the fields of the self-review and the self-grade.',
  },
  checkAboutParty: {
    vi: 'Kiểm tra bản kiểm điểm: các nội dung phải tự nhận xét, mức tự xếp loại, mức xếp loại đảng viên căn cứ mức xếp loại công chức, viên chức và các mốc thời gian của kế hoạch kiểm điểm.',
    en: "Checks the review form: the contents to be self-reviewed, the self-rated levels, the Party member's grade against the civil servant's grade it rests on, and the review plan's dates.",
  },
  checkAboutPeriod: {
    vi: 'Bảng tổng hợp quý, năm được lập từ các phiếu tháng bằng màn hình “Năm / quý”; lập lại khi một phiếu tháng thay đổi.',
    en: 'The quarter and year table is built from the monthly sheets with the “Year / quarters” screen; build it again when a monthly sheet changes.',
  },
  checkAboutCompetition: {
    vi: 'Kiểm tra bảng chấm điểm thi đua: điểm tự chấm từng tiêu chí, số liệu so với chỉ tiêu và điểm thưởng vượt chỉ tiêu.',
    en: 'Checks the competition scoring sheet: the self-score of each criterion, the figures against the targets and the bonus for exceeding them.',
  },
  checkAboutOther: { vi: 'Kiểm tra các ô nhập liệu và điểm tự chấm của trang.', en: "Checks the sheet's inputs and self-scores." },
  checkRun: { vi: 'Kiểm tra trước khi nộp', en: 'Check before submitting' },
  checkBusy: { vi: 'Đang kiểm tra…', en: 'Checking…' },
  checkClean: { vi: 'Trang “{sheet}” không có lỗi nào.', en: 'Sheet “{sheet}” has no findings.' },
  checkCleanCommune: {
    vi: 'Trang “{sheet}” không có lỗi nào. Có thể gửi Hội đồng thẩm định.',
    en: 'Sheet “{sheet}” has no findings. Ready to send to the appraisal council.',
  },
  checkCleanThads: {
    vi: 'Trang “{sheet}” không có lỗi nào. Có thể nộp Bảng tự chấm điểm cho Chi cục trưởng để tổng hợp, theo dõi.',
    en: 'Sheet “{sheet}” has no findings. Ready to hand the self-scoring sheet to the head of the sub-department (Chi cục trưởng).',
  },
  checkCleanMonthly: {
    vi: 'Phiếu “{sheet}” không có lỗi nào. Có thể gửi lãnh đạo phụ trách trực tiếp cho ý kiến nhận xét.',
    en: 'Form “{sheet}” has no findings. Ready to send to your direct supervisor for review.',
  },
  checkCleanWorkPlan: {
    vi: 'Kế hoạch “{sheet}” không có lỗi nào: số lượng (a), chất lượng (b), tiến độ (c) dùng được cho phiếu tự đánh giá tháng.',
    en: 'Work plan “{sheet}” has no findings: its quantity (a), quality (b) and timeliness (c) can go into the monthly form.',
  },
  checkCleanUnitList: {
    vi: 'Danh sách “{sheet}” không có lỗi nào: sẵn sàng trình cấp có thẩm quyền quyết định mức xếp loại (cột 5–8), rồi lập thông báo 2A.',
    en: 'List “{sheet}” has no findings: ready for the competent authority to decide the grades (columns 5–8), then for notice 2A.',
  },
  checkCleanNotice: {
    vi: 'Thông báo “{sheet}” không có lỗi nào: sẵn sàng công khai trước ngày 05 tháng sau.',
    en: 'Notice “{sheet}” has no findings: ready to be published before the 5th of the next month.',
  },
  checkCleanNd90: {
    vi: 'Phiếu “{sheet}” không có lỗi nào: sẵn sàng cho cuộc họp kiểm điểm, đánh giá cuối năm.',
    en: 'Form “{sheet}” has no findings: ready for the year-end review meeting.',
  },
  checkCleanParty: {
    vi: 'Bản “{sheet}” không có lỗi nào: sẵn sàng cho cuộc họp kiểm điểm của chi bộ.',
    en: 'Form “{sheet}” has no findings: ready for the chi bộ’s review meeting.',
  },
  checkCleanPeriod: {
    vi: 'Bảng “{sheet}” không có lỗi nào: sẵn sàng cho cuộc họp đánh giá, xếp loại quý, năm.',
    en: 'Table “{sheet}” has no findings: ready for the quarter’s or year’s rating meeting.',
  },
  checkCleanCompetition: {
    vi: 'Bảng “{sheet}” không có lỗi nào: sẵn sàng gửi Hội đồng thi đua, khen thưởng để tổng hợp, xếp hạng.',
    en: 'Sheet “{sheet}” has no findings: ready to send to the emulation and commendation council for ranking.',
  },
  checkSummary: {
    vi: 'Trang “{sheet}”: {errors} {errorsWord}, {warnings} {warningsWord}, {infos} {infosWord}.',
    en: 'Sheet “{sheet}”: {errors} {errorsWord}, {warnings} {warningsWord}, {infos} {infosWord}.',
  },
  issuesHint: { vi: 'Bấm vào một mục (hoặc Enter) để chọn ô đó trên trang.', en: 'Click an item (or press Enter) to select its cell.' },
  issuesNone: { vi: 'Không có.', en: 'None.' },
  issueCount: { vi: '{count} {itemsWord}', en: '{count} {itemsWord}' },
  issueWholeSheet: { vi: 'Cả trang', en: 'Whole sheet' },
  issueAria: {
    vi: '{severity}: tiêu chí {criterion}, {code}: {message}. Chọn ô {cell}.',
    en: '{severity}: criterion {criterion}, {code}: {message}. Select cell {cell}.',
  },
  severityError: { vi: 'Lỗi', en: 'Errors' },
  severityWarning: { vi: 'Cảnh báo', en: 'Warnings' },
  severityInfo: { vi: 'Thông tin', en: 'Notes' },
  markRun: { vi: 'Đánh dấu trên trang', en: 'Mark on the sheet' },
  clearRun: { vi: 'Xóa đánh dấu', en: 'Clear marks' },
  markDone: {
    vi: 'Đã tô màu và ghi chú {count} {cellsWord} trên trang “{sheet}”. Số liệu không bị thay đổi.',
    en: '{count} {cellsWord} of “{sheet}” coloured and noted. No value was changed.',
  },
  markNone: { vi: 'Không có ô nào cần đánh dấu trên trang “{sheet}”.', en: 'No cell of “{sheet}” needs a mark.' },
  clearDone: { vi: 'Đã xóa {count} {marksWord} trên trang “{sheet}”.', en: '{count} {marksWord} cleared from “{sheet}”.' },
  clearNone: { vi: 'Trang “{sheet}” không có đánh dấu nào để xóa.', en: 'Sheet “{sheet}” has no marks to clear.' },

  // Chấm điểm
  scoreIntro: {
    vi: 'Tính điểm trang đang mở từ số liệu đã nhập, theo khung tiêu chí của mẫu trên trang.',
    en: "Scores the open sheet from its inputs, by its template's criteria.",
  },
  scoreAboutCommune: {
    vi: 'Bên cạnh điểm tự chấm: dự báo điểm Hội đồng thẩm định có thể cho, theo tài liệu kiểm chứng của từng tiêu chí.',
    en: "Beside the self-score: the score the appraisal council is likely to give, from each criterion's evidence.",
  },
  scoreAboutThads: {
    vi: 'Tổng điểm = 200 điểm chuẩn − tổng điểm trừ + tổng điểm thưởng, nhân theo số lần.',
    en: 'Total = 200 base points − deductions + bonuses, each times the number of occurrences.',
  },
  scoreAboutMonthly: {
    vi: 'Điểm tháng = tiêu chí chung (tối đa 30) + kết quả KPI × 70; A từ 90, B từ 70, C từ 50 điểm.',
    en: 'Monthly points = general criteria (at most 30) + KPI result × 70; A from 90, B from 70, C from 50 points.',
  },
  scoreRun: { vi: 'Tính điểm', en: 'Compute the score' },
  scoreBusy: { vi: 'Đang tính điểm…', en: 'Scoring…' },
  scoreSheet: { vi: 'Trang “{sheet}” ({template})', en: 'Sheet “{sheet}” ({template})' },
  scoreTotals: { vi: 'Tổng điểm', en: 'Totals' },
  scoreSelf: { vi: 'Điểm tự chấm', en: 'Self-score' },
  scoreForecast: { vi: 'Dự báo điểm thẩm định', en: 'Likely appraised score' },
  scoreBandsDefault: {
    vi: 'Thang xếp loại mặc định, có thể điều chỉnh (văn bản không quy định): A từ 90, B từ 70, C từ 50 điểm.',
    en: 'Default grade bands, configurable (the text sets none): A from 90, B from 70, C from 50 points.',
  },
  scoreLost: {
    vi: 'Có thể bị trừ {points} điểm khi thẩm định vì thiếu hoặc sai tài liệu kiểm chứng (E1–E4).',
    en: '{points} points may be lost at appraisal for missing or invalid evidence (E1–E4).',
  },
  scoreNoGrade: { vi: 'Chưa xếp loại', en: 'No grade yet' },
  scoreBandsSheet: {
    vi: 'Xếp loại theo thang của trang: A từ {a}, B từ {b}, C từ {c} điểm.',
    en: "Graded by the sheet's own bands: A from {a}, B from {b}, C from {c} points.",
  },
  notCountedTitle: { vi: 'Không được tính ({count})', en: 'Not counted ({count})' },
  notCountedHint: {
    vi: 'Các ô này có giá trị không hợp lệ nên được tính 0 điểm. Bấm vào một dòng để chọn ô.',
    en: 'These cells hold invalid values and count 0 points. Click one to select its cell.',
  },
  notCountedAria: { vi: '{criterion}, ô {cell}: {message}', en: '{criterion}, cell {cell}: {message}' },
  lossesTitle: { vi: 'Tiêu chí có thể mất điểm ({count})', en: 'Criteria that may lose points ({count})' },
  lossesNone: { vi: 'Không tiêu chí nào dự báo bị mất điểm.', en: 'No criterion is forecast to lose points.' },
  lossItem: { vi: '{id}: tự chấm {self} → dự báo {forecast} (−{loss})', en: '{id}: self {self} → forecast {forecast} (−{loss})' },
  chartTitle: { vi: 'Điểm theo phần', en: 'Points by section' },
  chartSelf: { vi: 'Tự chấm', en: 'Self' },
  chartForecast: { vi: 'Dự báo thẩm định', en: 'Forecast' },
  chartTable: { vi: 'Bảng số liệu', en: 'Data table' },
  chartRowAria: {
    vi: '{id}: tự chấm {self}, dự báo {forecast}, tối đa {max}',
    en: '{id}: self {self}, forecast {forecast}, maximum {max}',
  },
  chartRowSelfAria: { vi: '{id}: tự chấm {self}, tối đa {max}', en: '{id}: self {self}, maximum {max}' },
  colSection: { vi: 'Phần', en: 'Section' },
  colMax: { vi: 'Tối đa', en: 'Maximum' },

  // Tổng hợp 1A
  summaryIntro: {
    vi: 'Lập Mẫu 1A từ các phiếu đánh giá tháng (Mẫu 01–04) trong sổ làm việc, áp tỷ lệ loại A (Kế hoạch đánh giá hằng tháng, mục II.3.2).',
    en: 'Builds Mẫu 1A from the monthly evaluation sheets (Mẫu 01–04) of the workbook, with the cap on A grades (the monthly evaluation plan, part II, 3.2).',
  },
  capLabel: { vi: 'Tỷ lệ loại A tối đa', en: 'Cap on A grades' },
  capNormal: { vi: '20% số loại B', en: '20% of the number graded B' },
  capOutstanding: {
    vi: '25%: đơn vị có thành tích xuất sắc (cấp có thẩm quyền cho phép)',
    en: '25%: unit with outstanding achievements (allowed by the competent authority)',
  },
  summaryRun: { vi: 'Lập danh sách 1A', en: 'Build list 1A' },
  summaryBusy: { vi: 'Đang lập danh sách…', en: 'Building the list…' },
  noticeRun: { vi: 'Lập thông báo 2A', en: 'Build notice 2A' },
  noticeBusy: { vi: 'Đang lập thông báo…', en: 'Building the notice…' },
  noticeHint: {
    vi: 'Thông báo 2A lập từ danh sách 1A của tháng có trong sổ làm việc, kể cả mức cấp có thẩm quyền đã đánh dấu trên 1A.',
    en: "Notice 2A is built from the month's list 1A in the workbook, with the grades the authority marked on it.",
  },
  summaryDone: { vi: 'Đã lập danh sách 1A ({count} {peopleWord}) trên trang “{sheet}”.', en: 'List 1A ({count} {peopleWord}) was built on sheet “{sheet}”.' },
  summaryUpdated: {
    vi: 'Đã cập nhật danh sách 1A ({count} {peopleWord}) trên trang “{sheet}”, giữ nguyên {kept} {cellsWord} cấp có thẩm quyền đã đánh dấu.',
    en: 'List 1A ({count} {peopleWord}) was updated on sheet “{sheet}”; {kept} {cellsWord} marked by the authority kept.',
  },
  summaryOpenHint: { vi: 'Bấm vào một tên để mở phiếu của người đó.', en: "Click a name to open that person's sheet." },
  summaryOpenAria: { vi: 'Mở trang “{sheet}” của {name}', en: "Open {name}'s sheet “{sheet}”" },
  noticeDone: { vi: 'Đã lập thông báo 2A trên trang “{sheet}”.', en: 'Notice 2A was built on sheet “{sheet}”.' },
  summaryCounts: { vi: 'Số lượng', en: 'Counts' },

  // Tổng hợp năm / quý
  tabYear: { vi: 'Năm / quý', en: 'Year / quarters' },
  yearIntro: {
    vi: 'Lập kết quả quý, năm từ các phiếu tháng trong sổ làm việc: THADS (4 quý và cả năm, báo cáo Cục theo Phụ lục 03); Hà Nội (cả năm, kèm phiếu đánh giá Nghị định 90 điền sẵn mức đề xuất và căn cứ). Không ghi đè ô đã nhập.',
    en: 'Builds the quarters and the year from the monthly sheets of the workbook: THADS (four quarters and the year, reported to the Cục as Phụ lục 03); Hà Nội (the year, with the Decree 90 form prefilled with the proposed level and its basis). Cells already typed are never overwritten.',
  },
  yearMethodLabel: { vi: 'Điểm quý, năm của THADS', en: 'THADS quarter and year score' },
  yearMethodOccurrences: {
    vi: 'Theo bảng tiêu chí: 200 – tổng điểm trừ + tổng điểm thưởng của cả kỳ',
    en: 'By the criteria table: 200 – all deductions + all bonuses of the period',
  },
  yearMethodMean: { vi: 'Bình quân các tháng có phiếu', en: 'Mean of the months with a sheet' },
  yearRun: { vi: 'Tổng hợp năm / quý', en: 'Build the year / quarters' },
  yearBusy: { vi: 'Đang tổng hợp…', en: 'Consolidating…' },
  yearDone: { vi: 'Đã lập {count} trang, bắt đầu từ “{sheet}”.', en: '{count} sheets built, starting with “{sheet}”.' },
  yearUpdated: {
    vi: 'Đã lập {count} trang, bắt đầu từ “{sheet}”; cập nhật tại chỗ {updated} trang đã có, giữ nguyên các ô đã nhập: {kept} (xóa ô rồi tổng hợp lại để lấy số mới).',
    en: '{count} sheets built, starting with “{sheet}”; {updated} existing sheets updated in place, cells already filled kept: {kept} (clear a cell and build again to refresh it).',
  },
  yearUpdatedAll: {
    vi: 'Đã lập {count} trang, bắt đầu từ “{sheet}”; cập nhật tại chỗ {updated} trang đã có.',
    en: '{count} sheets built, starting with “{sheet}”; {updated} existing sheets updated in place.',
  },
  countPeople: { vi: 'Số người', en: 'People' },
  countA: { vi: 'Loại A (theo điểm)', en: 'Graded A (by score)' },
  countB: { vi: 'Loại B (theo điểm)', en: 'Graded B (by score)' },
  countMaxA: { vi: 'Số loại A tối đa ({cap})', en: 'Most A allowed ({cap})' },
  leaderD: { vi: 'Thành phần d của lãnh đạo', en: "Leaders' component d" },
  leaderDHint: {
    vi: 'd = 100% nếu mọi người do lãnh đạo quản lý đạt từ loại C trở lên trong tháng, nếu không là 50%.',
    en: 'd = 100% if everyone the leaders manage scored at least C this month, else 50%.',
  },
  demotedTitle: { vi: 'Đề xuất hạ xuống loại B ({count})', en: 'Proposed for demotion to B ({count})' },
  demotedNone: { vi: 'Không ai phải hạ loại: số loại A trong giới hạn.', en: 'Nobody is demoted: the number of A is within the cap.' },
  tiedTitle: { vi: 'Bằng điểm tại ngưỡng ({count})', en: 'Tied at the cut line ({count})' },
  tiedHint: {
    vi: 'Những người này cùng {score} điểm, còn {seats} suất loại A: cấp có thẩm quyền quyết định.',
    en: 'These people share {score} points; A seats left for them: {seats}. The competent authority decides.',
  },
  headsTitle: { vi: 'Cấp trưởng ({count})', en: 'Heads of unit ({count})' },
  headsHint: {
    vi: 'Cấp trên đánh giá; để trống cột 5–8 của Mẫu 1A và không tính vào tỷ lệ.',
    en: 'Graded by their superior; columns 5–8 of Mẫu 1A left blank and not counted in the cap.',
  },
  summaryPersonRest: { vi: ': {score} điểm (trang “{sheet}”)', en: ': {score} points (sheet “{sheet}”)' },
  groupsTitle: { vi: 'Nhóm nhiệm vụ tương đồng ({count})', en: 'Groups of similar duties ({count})' },
  groupsHint: {
    vi: 'Tỷ lệ loại A áp dụng trong từng nhóm và cho cả đơn vị (Kế hoạch đánh giá hằng tháng, mục II.3.2a).',
    en: 'The cap on A applies in each group and to the whole unit (the monthly evaluation plan, part II, 3.2a).',
  },
  groupLine: {
    vi: '{group}: {countA} loại A, {countB} loại B, giữ tối đa {maxA} loại A, đề xuất hạ {demoted}',
    en: '{group}: {countA} A, {countB} B, at most {maxA} A kept, {demoted} proposed for demotion',
  },
  decidedTitle: { vi: 'Mức do cấp có thẩm quyền quyết định ({count})', en: 'Grades decided by the competent authority ({count})' },
  decidedLine: {
    vi: ': {decided} (đề xuất theo điểm: {proposed})',
    en: ': {decided} (proposal from the score: {proposed})',
  },
  markedLine: {
    vi: ': {decided}, đánh dấu trên Mẫu 1A (đề xuất theo điểm: {proposed})',
    en: ': {decided}, marked on Mẫu 1A (proposal from the score: {proposed})',
  },
  overridesTitle: { vi: 'Không hoàn thành nhiệm vụ dù điểm bao nhiêu ({count})', en: 'Did not complete duties whatever the score ({count})' },
  overrideLine: {
    vi: ': {reason}{basis} — xếp loại theo điểm: {grade}',
    en: ': {reason}{basis} — grade from the score: {grade}',
  },
  // Tổng hợp các đơn vị (ranking of communes, THADS offices)
  tabRank: { vi: 'Tổng hợp các đơn vị', en: 'Units ranking' },
  rankIntro: {
    vi: 'Xếp hạng các đơn vị từ các trang chấm điểm theo bộ tiêu chí của sổ này và của các sổ bạn chọn (đọc ngay trên máy, không gửi đi).',
    en: 'Ranks the units from the framework sheets of this workbook and of the workbooks you pick (read on this computer, sent nowhere).',
  },
  rankUnitLabel: { vi: 'Cơ quan tổng hợp (in ở đầu bảng)', en: 'Ranking body (printed at the top)' },
  rankMinutes: { vi: 'Lập biên bản thẩm định', en: 'Write the appraisal minutes' },
  rankPick: { vi: 'Thêm sổ của các đơn vị…', en: 'Add the units’ workbooks…' },
  rankPicked: { vi: 'Đã chọn {count} sổ: {names}', en: '{count} workbooks chosen: {names}' },
  rankClearPicked: { vi: 'Bỏ các sổ đã chọn', en: 'Remove the chosen workbooks' },
  rankRun: { vi: 'Lập bảng xếp hạng', en: 'Build the ranking' },
  rankBusy: { vi: 'Đang đọc và xếp hạng…', en: 'Reading and ranking…' },
  rankReading: { vi: 'Đang đọc các sổ đã chọn…', en: 'Reading the chosen workbooks…' },
  rankDone: { vi: 'Đã xếp hạng {count} đơn vị trên trang “{sheet}”.', en: '{count} units ranked on sheet “{sheet}”.' },
  rankNotXlsx: { vi: '“{name}” không phải tệp .xlsx.', en: '“{name}” is not an .xlsx file.' },
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export const t = (key: StringKey, lang: Lang): string => STRINGS[key][lang];

/** A string with its `{name}` placeholders filled. */
export function tf(key: StringKey, lang: Lang, params: Readonly<Record<string, string | number>>): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A counted word: Vietnamese has one form ("1 lỗi", "2 lỗi"), English a singular and a plural ("1 warning", "2 warnings"). */
export const counted = (lang: Lang, count: number, vi: string, one: string, many: string): string => (lang === 'vi' ? vi : count === 1 ? one : many);

/** The check's counts, each word agreeing with its number. */
export const checkSummary = (lang: Lang, sheet: string, errors: number, warnings: number, infos: number): string =>
  tf('checkSummary', lang, {
    sheet,
    errors,
    warnings,
    infos,
    errorsWord: counted(lang, errors, 'lỗi', 'error', 'errors'),
    warningsWord: counted(lang, warnings, 'cảnh báo', 'warning', 'warnings'),
    infosWord: counted(lang, infos, 'thông tin', 'note', 'notes'),
  });

/** A count with its word, in a pane string's two languages: "3 ô" / "1 cell", "3 cells". */
export const countedBoth = (key: StringKey, count: number, word: string, vi: string, one: string, many: string, params: Readonly<Record<string, string | number>> = {}): Msg => ({
  vi: tf(key, 'vi', { ...params, count, [word]: vi }),
  en: tf(key, 'en', { ...params, count, [word]: count === 1 ? one : many }),
});

/** A group's count of findings ("3 mục"; "1 item", "3 items"). */
export const issueCount = (lang: Lang, count: number): string => tf('issueCount', lang, { count, itemsWord: counted(lang, count, 'mục', 'item', 'items') });

/** Both languages of a pane string, as a Msg: a message kept in state follows a later switch of language. */
export const both = (key: StringKey, params: Readonly<Record<string, string | number>> = {}): Msg => ({
  vi: tf(key, 'vi', params),
  en: tf(key, 'en', params),
});
