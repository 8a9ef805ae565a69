/**
 * Every line the `chamdiem` command prints of its own, Vietnamese first (STYLE 4). The core's and the plans' messages
 * (issues, rule errors) arrive as Msg already; this file holds only what the command adds around them.
 */
import { msg, type Msg } from '../scoring';

const n = (x: number): string => x.toLocaleString('vi-VN');
/** An English count with its noun: "1 file", "2 files" (Vietnamese nouns do not change). */
const en = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** One sentence: a level that is itself a sentence ("Chưa đủ dữ liệu để xếp loại.") does not end it twice. */
const sentence = (vi: string, english: string): Msg => msg(vi.replace(/\.\.$/, '.'), english.replace(/\.\.$/, '.'));

export const CLI = {
  usage: (): Msg =>
    msg(
      [
        'Cách dùng: chamdiem <lệnh> [tùy chọn]',
        '  template <mã> -o <tệp.xlsx>         ghi một mẫu ra tệp (--list: danh sách mẫu; --all -o <thư mục>: mọi mẫu)',
        '  check <tệp.xlsx> [--json]           kiểm tra như nút Kiểm tra của bổ trợ (0 không lỗi, 1 có lỗi, 2 không đọc được)',
        '  score <tệp.xlsx> [--json] [-o <bản sao.xlsx>]   tính lại điểm từ số liệu, báo ô ghi sai',
        '  score --template <mã> --input <trả lời.json> [--json]',
        '  framework check <khung.xlsx> [--json]   kiểm tra trang "Khung tiêu chí" (0 hợp lệ, 1 có lỗi, 2 không đọc được)',
        '  framework export <mã> -o <khung.xlsx>   ghi một khung có sẵn thành trang "Khung tiêu chí" để sửa',
        '  template --framework <khung.xlsx> -o <tệp.xlsx>;  score --framework <khung.xlsx> --input <trả lời.json>',
        '  summary <tệp hoặc thư mục…> -o <1A.xlsx> [--json] [--cap 25%] [--month 11 --year 2024] [--notice]',
        '  year <tệp hoặc thư mục…> -o <năm.xlsx> [--json] [--method occurrences|mean] [--year 2026]   quý, năm từ các phiếu tháng',
        '  rank <tệp hoặc thư mục…> [-o <xếp hạng.xlsx>] [--json] [--unit <cơ quan>] [--year 2024] [--minutes]   tổng hợp, xếp hạng các đơn vị (--minutes: biên bản thẩm định)',
        'Tùy chọn chung: --lang vi|en, --help. Xem README, mục "Dòng lệnh".',
      ].join('\n'),
      [
        'Usage: chamdiem <command> [options]',
        '  template <id> -o <file.xlsx>        write a template as a file (--list: the ids; --all -o <folder>: every template)',
        '  check <file.xlsx> [--json]          the task pane\'s check (0 no errors, 1 errors, 2 unreadable)',
        '  score <file.xlsx> [--json] [-o <copy.xlsx>]    recompute the points from the inputs, report cells that disagree',
        '  score --template <id> --input <answers.json> [--json]',
        '  framework check <khung.xlsx> [--json]   check a "Khung tiêu chí" sheet (0 valid, 1 errors, 2 unreadable)',
        '  framework export <id> -o <khung.xlsx>   write a built-in framework as a "Khung tiêu chí" sheet to edit',
        '  template --framework <khung.xlsx> -o <file.xlsx>;  score --framework <khung.xlsx> --input <answers.json>',
        '  summary <files or folders…> -o <1A.xlsx> [--json] [--cap 25%] [--month 11 --year 2024] [--notice]',
        '  year <files or folders…> -o <year.xlsx> [--json] [--method occurrences|mean] [--year 2026]   quarters and years from the monthly sheets',
        '  rank <files or folders…> [-o <ranking.xlsx>] [--json] [--unit <body>] [--year 2024] [--minutes]   rank the units (--minutes: appraisal minutes)',
        'Common options: --lang vi|en, --help. See the README, "Command line".',
      ].join('\n'),
    ),
  unknownCommand: (c: string) => msg(`Lệnh không có: "${c}". Gõ chamdiem --help.`, `Unknown command "${c}". Type chamdiem --help.`),
  unknownOption: (o: string) => msg(`Tùy chọn không có: ${o}. Gõ chamdiem --help.`, `Unknown option ${o}. Type chamdiem --help.`),
  missingValue: (o: string) => msg(`Tùy chọn ${o} cần một giá trị.`, `Option ${o} needs a value.`),
  badNumber: (o: string, v: string) => msg(`${o}: "${v}" không phải là số hợp lệ.`, `${o}: "${v}" is not a valid number.`),
  badLang: (v: string) => msg(`--lang: "${v}" không hợp lệ (vi hoặc en).`, `--lang: "${v}" is not valid (vi or en).`),
  badDate: (v: string) => msg(`--now: "${v}" không phải ngày giờ hợp lệ (ví dụ 2024-11-20T09:00+07:00).`, `--now: "${v}" is not a valid date (e.g. 2024-11-20T09:00+07:00).`),
  needFile: (cmd: string) => msg(`Lệnh ${cmd} cần một tệp .xlsx.`, `The ${cmd} command needs an .xlsx file.`),
  oneFile: (cmd: string) => msg(`Lệnh ${cmd} nhận đúng một tệp.`, `The ${cmd} command takes exactly one file.`),
  needOutput: () => msg('Cần -o <tệp.xlsx> để ghi kết quả.', 'Needs -o <file.xlsx> to write the result.'),
  needTemplateId: () => msg('Cần mã mẫu. Gõ chamdiem template --list để xem các mã.', 'Needs a template id. Type chamdiem template --list for the ids.'),
  unknownTemplate: (id: string, known: readonly string[]) =>
    msg(`Không có mẫu "${id}". Các mã: ${known.join(', ')}.`, `No template "${id}". Known ids: ${known.join(', ')}.`),
  templateWritten: (title: Msg, file: string) => msg(`Đã ghi mẫu "${title.vi}" vào ${file}.`, `Template "${title.en}" written to ${file}.`),
  templatesWritten: (count: number, dir: string) => msg(`Đã ghi ${count} mẫu vào ${dir}.`, `${en(count, 'template')} written to ${dir}.`),
  outputIsInput: (file: string) =>
    msg(`Không ghi đè tệp đầu vào ${file}: chọn tên khác cho -o.`, `Will not overwrite the input file ${file}: choose another name for -o.`),
  outputFolderMissing: (file: string) =>
    msg(`Không có thư mục để ghi ${file}: hãy tạo thư mục trước.`, `The folder to write ${file} in does not exist: create it first.`),
  outputNotXlsx: (file: string) => msg(`Tệp kết quả phải có đuôi .xlsx: ${file}.`, `The output file must end in .xlsx: ${file}.`),
  cannotWrite: (file: string, why: string) => msg(`Không ghi được ${file}: ${why}.`, `Could not write ${file}: ${why}.`),

  // Unreadable input: one line each, exit 2.
  notFound: (file: string) => msg(`Không tìm thấy tệp ${file}.`, `File not found: ${file}.`),
  isDirectory: (file: string) => msg(`${file} là thư mục, không phải tệp .xlsx.`, `${file} is a folder, not an .xlsx file.`),
  cannotRead: (file: string, why: string) => msg(`Không mở được ${file}: ${why}.`, `Could not open ${file}: ${why}.`),
  empty: (file: string) => msg(`Tệp ${file} rỗng (0 byte).`, `The file ${file} is empty (0 bytes).`),
  tooBig: (file: string, mb: number) =>
    msg(`Tệp ${file} quá lớn (trên ${n(mb)} MB): không phải phiếu chấm điểm.`, `The file ${file} is too large (over ${mb} MB) for a scoring workbook.`),
  notZip: (file: string) =>
    msg(`Tệp ${file} không phải tệp Excel .xlsx (không phải tệp nén zip).`, `${file} is not an Excel .xlsx file (not a zip archive).`),
  legacyOrEncrypted: (file: string) =>
    msg(
      `Tệp ${file} là tệp Excel cũ (.xls) hoặc đã đặt mật khẩu: hãy mở trong Excel, bỏ mật khẩu và lưu lại dạng .xlsx.`,
      `${file} is an old Excel file (.xls) or password-protected: open it in Excel, remove the password and save it as .xlsx.`,
    ),
  truncated: (file: string) =>
    msg(`Tệp ${file} bị hỏng hoặc bị cắt cụt (tải về chưa hết?).`, `${file} is damaged or truncated (an incomplete download?).`),
  corrupt: (file: string, part: string) =>
    msg(`Tệp ${file} bị hỏng (phần ${part} không giải nén được).`, `${file} is damaged (part ${part} does not decompress).`),
  unsupportedZip: (file: string, why: string) =>
    msg(`Tệp ${file} dùng kiểu nén không hỗ trợ (${why}).`, `${file} uses an unsupported kind of zip (${why}).`),
  notWorkbook: (file: string, kind: Msg | null) =>
    msg(`Tệp ${file} là tệp nén nhưng không phải sổ làm việc Excel${kind ? ` (có vẻ là ${kind.vi})` : ''}.`, `${file} is a zip archive but not an Excel workbook${kind ? ` (it looks like ${kind.en})` : ''}.`),
  zipBomb: (file: string) =>
    msg(`Tệp ${file} giải nén ra quá lớn: từ chối đọc (có thể là tệp độc hại).`, `${file} expands to too much data: refused (it may be hostile).`),
  doctype: (file: string) =>
    msg(`Tệp ${file} chứa khai báo DOCTYPE trong XML, không hợp lệ với .xlsx: từ chối đọc.`, `${file} contains an XML DOCTYPE, which an .xlsx never has: refused.`),
  hugeMerge: (file: string, ref: string) =>
    msg(`Tệp ${file} có vùng gộp ô quá lớn (${ref}): từ chối đọc.`, `${file} has an oversized merged range (${ref}): refused.`),
  unreadableContent: (file: string) =>
    msg(`Không đọc được nội dung tệp ${file}: tệp .xlsx bị hỏng.`, `The content of ${file} could not be read: the .xlsx is damaged.`),
  noTemplateSheet: (file: string) =>
    msg(
      `Tệp ${file} không có trang tính nào của Chấm điểm (mẫu tạo bằng bổ trợ hoặc lệnh chamdiem template).`,
      `${file} has no Chấm điểm sheet (a template made by the add-in or by chamdiem template).`,
    ),
  unknownMarker: (file: string, ids: readonly string[]) =>
    msg(
      `Tệp ${file} có trang tính của mẫu chưa được hỗ trợ (${ids.join(', ')}): hãy cập nhật Chấm điểm.`,
      `${file} has sheets of templates this version does not know (${ids.join(', ')}): update Chấm điểm.`,
    ),
  sheetTooLarge: (file: string, sheet: string, rows: number, max: number) =>
    msg(
      `Trang "${sheet}" của ${file} có ${n(rows)} dòng, vượt giới hạn ${n(max)} dòng của một phiếu: từ chối đọc.`,
      `Sheet "${sheet}" of ${file} has ${rows} rows, over the ${max}-row limit of a scoring sheet: refused.`,
    ),
  workbookTooLarge: (file: string, count: number, max: number, what: 'rows' | 'cells') =>
    msg(
      `Tệp ${file} có hơn ${n(max)} ${what === 'rows' ? 'dòng dữ liệu' : 'ô dữ liệu'} (đã đếm ${n(count)}): quá lớn cho một phiếu chấm điểm, từ chối đọc.`,
      `${file} holds more than ${max} ${what === 'rows' ? 'rows of data' : 'cells of data'} (${count} counted): too large for a scoring workbook, refused.`,
    ),
  sheetTooWide: (file: string, sheet: string, cells: number) =>
    msg(`Trang "${sheet}" của ${file} có vùng dữ liệu quá lớn (${n(cells)} ô): từ chối đọc.`, `Sheet "${sheet}" of ${file} has too large a used range (${cells} cells): refused.`),
  notScored: (file: string) =>
    msg(`Tệp ${file} không có trang tính nào chấm điểm (chỉ có mẫu nhận xét hoặc tổng hợp).`, `${file} has no sheet with points (only written or summary forms).`),
  /** A finding of the plans about one file's sheet, prefixed by the file. */
  inFile: (file: string, m: Msg) => msg(`${file}: ${m.vi}`, `${file}: ${m.en}`),
  unexpected: (why: string) => msg(`Lỗi không mong đợi: ${why}.`, `Unexpected error: ${why}.`),

  // Answers (score --template --input)
  answersUnreadable: (file: string, why: string) => msg(`Không đọc được tệp trả lời ${file}: ${why}.`, `Could not read the answers file ${file}: ${why}.`),
  answersShape: (why: string) => msg(`Tệp trả lời không đúng dạng: ${why}. Xem README, mục "Dòng lệnh".`, `The answers file is not of the expected shape: ${why}. See the README, "Command line".`),
  answersTemplateMismatch: (inFile: string, option: string) =>
    msg(`Tệp trả lời ghi mẫu "${inFile}" nhưng --template là "${option}".`, `The answers file names template "${inFile}" but --template is "${option}".`),
  notAFramework: (title: Msg) => msg(`Mẫu "${title.vi}" không có khung tiêu chí chấm điểm.`, `Template "${title.en}" has no points framework.`),
  needInput: () => msg('Cần --input <trả lời.json> cùng với --template.', 'Needs --input <answers.json> with --template.'),
  answerNotUnderstood: (id: string) =>
    msg(`Câu trả lời của tiêu chí ${id} không đúng dạng (số, chữ, mảng hoặc { "selfScore": … }).`, `The answer to ${id} is not of a known form (a number, a text, an array or { "selfScore": … }).`),

  // Summary
  noPeople: (files: number, skipped: number) =>
    msg(
      `Không tìm thấy phiếu đánh giá tháng nào (Mẫu 01–04) trong các tệp đã cho (${n(files)} tệp${skipped ? `, ${n(skipped)} tệp bỏ qua` : ''}).`,
      `No monthly evaluation sheet (Mẫu 01–04) was found in the given files (${en(files, 'file')}${skipped ? `, ${skipped} skipped` : ''}).`,
    ),
  folderUnreadable: (why: string) => msg(`không mở được thư mục (${why}).`, `the folder could not be opened (${why}).`),
  brokenLink: () => msg('liên kết trỏ tới tệp không còn.', 'a link to a file that no longer exists.'),
  veryHiddenSheet: (file: string, sheet: string) =>
    msg(`Bỏ qua trang "${sheet}" của ${file}: trang bị ẩn hoàn toàn (không hiện được trong Excel).`, `Skipped sheet "${sheet}" of ${file}: it is very hidden (Excel cannot show it).`),
  duplicatePerson: (where: string, name: string, first: string) =>
    msg(`Bỏ qua ${where}: phiếu của ${name} cùng tháng đã có ở ${first} (tính một lần).`, `Skipped ${where}: ${name}'s form for the same month is already in ${first} (counted once).`),
  noFiles: () => msg('Không có tệp .xlsx nào trong các đường dẫn đã cho.', 'No .xlsx file in the given paths.'),
  badCap: (v: string) => msg(`--cap: "${v}" không hợp lệ: nhập 20% hoặc 25%.`, `--cap: "${v}" is not valid: type 20% or 25%.`),
  skipped: (file: string, why: string) => msg(`Bỏ qua ${file}: ${why}`, `Skipped ${file}: ${why}`),
  progress: (done: number, total: number) => msg(`Đang đọc ${n(done)}/${n(total)} tệp…`, `Reading ${done}/${total} files…`),
  progressDone: (total: number, people: number, skipped: number, duplicated: number, seconds: number) =>
    msg(
      `Đã đọc ${n(total)} tệp: ${n(people)} người, ${n(skipped)} bỏ qua, ${n(duplicated)} trùng, trong ${seconds.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} giây.`,
      `Read ${en(total, 'file')}: ${en(people, 'person', 'people')}, ${skipped} skipped, ${duplicated} duplicated, in ${seconds.toFixed(1)} s.`,
    ),
  noticeNeedsOutput: () =>
    msg('--notice ghi thông báo 2A vào tệp kết quả: cần -o <1A.xlsx>.', '--notice writes notice 2A into the result file: needs -o <1A.xlsx>.'),
  quotaLine: (countA: number, countB: number, cap: number, maxA: number, demoted: number, tied: number) =>
    msg(
      `Tỷ lệ loại A: ${n(countA)} loại A, ${n(countB)} loại B theo điểm; tối đa ${n(cap * 100)}% → giữ tối đa ${n(maxA)} loại A${demoted ? `, đề xuất hạ ${n(demoted)}` : ''}${tied ? `, ${n(tied)} người bằng điểm tại ngưỡng chờ quyết định` : ''}.`,
      `A quota: ${countA} A, ${countB} B by score; cap ${cap * 100}% → at most ${maxA} A kept${demoted ? `, ${demoted} proposed for B` : ''}${tied ? `, ${tied} tied at the cut line awaiting a decision` : ''}.`,
    ),
  summaryWritten: (file: string, people: number) => msg(`Đã ghi Mẫu 1A (${n(people)} người) vào ${file}.`, `Mẫu 1A (${en(people, 'person', 'people')}) written to ${file}.`),
  storedScoreDiffers: (where: string, stored: number, recomputed: number) =>
    msg(
      `${where}: điểm ghi trong tệp ${String(stored).replace('.', ',')} khác điểm tính lại ${String(recomputed).replace('.', ',')}; dùng điểm tính lại.`,
      `${where}: the workbook says ${stored} but the inputs give ${recomputed}; the recomputed score is used.`,
    ),

  // Human-readable reports
  checkHeader: (sheet: string, title: Msg) => msg(`Trang "${sheet}" (${title.vi}):`, `Sheet "${sheet}" (${title.en}):`),
  noIssues: () => msg('  Không có vấn đề nào.', '  No issues.'),
  issueCounts: (errors: number, warnings: number) =>
    msg(`${n(errors)} lỗi, ${n(warnings)} cảnh báo.`, `${en(errors, 'error')}, ${en(warnings, 'warning')}.`),
  /** `forecast`: the appraised score's forecast, only for a sheet a council appraises (null otherwise: not printed). */
  scoreLine: (sheet: string, title: Msg, total: number, level: string, forecast: number | null) =>
    sentence(
      `Trang "${sheet}" (${title.vi}): tổng điểm ${String(total).replace('.', ',')}, xếp loại ${level}${forecast === null ? '' : `, dự báo điểm thẩm định ${String(forecast).replace('.', ',')}`}.`,
      `Sheet "${sheet}" (${title.en}): total ${total}, level ${level}${forecast === null ? '' : `, forecast appraised score ${forecast}`}.`,
    ),
  answersLine: (title: Msg, total: number, level: string, forecast: number | null) =>
    sentence(
      `${title.vi}: tổng điểm ${String(total).replace('.', ',')}, xếp loại ${level}${forecast === null ? '' : `, dự báo điểm thẩm định ${String(forecast).replace('.', ',')}`}.`,
      `${title.en}: total ${total}, level ${level}${forecast === null ? '' : `, forecast appraised score ${forecast}`}.`,
    ),
  disagreement: (cell: string, criterion: string, stored: string, recomputed: number) =>
    msg(
      `  ${cell}${criterion ? ` (${criterion})` : ''}: tệp ghi ${stored}, tính lại từ số liệu được ${String(recomputed).replace('.', ',')}.`,
      `  ${cell}${criterion ? ` (${criterion})` : ''}: the workbook holds ${stored}, the inputs give ${recomputed}.`,
    ),
  notCounted: (cell: string, criterion: string, why: string) =>
    msg(`  Không tính (0 điểm) ${cell}${criterion ? ` (${criterion})` : ''}: ${why}`, `  Not counted (0 points) ${cell}${criterion ? ` (${criterion})` : ''}: ${why}`),
  notComputed: (count: number) =>
    msg(
      `  ${n(count)} ô kết quả chưa được tính (ghi #NAME?: tệp được lưu lần cuối khi chưa có bổ trợ, ví dụ bằng LibreOffice) — không tính là ghi sai.`,
      `  ${count} result cell${count === 1 ? '' : 's'} not computed (#NAME?: the file was last saved without the add-in, e.g. by LibreOffice) — not counted as disagreements.`,
    ),
  noDisagreement: () => msg('  Mọi kết quả ghi trong tệp khớp với điểm tính lại.', '  Every result stored in the workbook matches the recomputation.'),
  unanswered: (count: number) => msg(`${n(count)} tiêu chí chưa trả lời (tính 0 điểm).`, `${en(count, 'criterion', 'criteria')} unanswered (counted as 0).`),
  validationsDropped: (file: string, parts: readonly string[]) =>
    msg(
      `Lưu ý: bản sao ${file} không giữ các quy tắc kiểm tra dữ liệu phủ quá nhiều ô (${parts.join(', ')}).`,
      `Note: the copy ${file} leaves out the data validations that cover too many cells (${parts.join(', ')}).`,
    ),
  copyWritten: (file: string) => msg(`Đã ghi bản sao với điểm tính lại vào ${file}.`, `A copy with the recomputed points was written to ${file}.`),
  replacedNote: (stored: string, recomputed: number) =>
    msg(
      `Chấm điểm: ô này ghi ${stored}; tính lại từ số liệu được ${String(recomputed).replace('.', ',')}.`,
      `Chấm điểm: this cell held ${stored}; the inputs give ${recomputed}.`,
    ),
} as const;
