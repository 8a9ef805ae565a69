/**
 * The sample workbook the preview opens with: what two offices would really have in Excel, built as a user builds it —
 * the templates filled by the real operation (fillTemplate on the preview's host), then values typed into their cells.
 *
 * 1. A commune's 2024 self-assessment (xa-2024, seed 002), partly filled: valid evidence on most rows, and the faults the
 *    appraisal council scores 0 or flags (seed 002 §2; DOMAIN.md E1–E6), one of each on a named criterion (SAMPLE_FAULTS).
 * 2. A Hà Nội ward's November 2024 (seed 004): the chairman (head of unit, Mẫu 02), a vice-chairman (Mẫu 02) and twelve
 *    staff (Mẫu 03) with deductions, reasons and work plans. Four staff score A, so the 20% quota (§3.2) keeps two: one
 *    clear A, two tied at the cut line for the authority to decide, the lowest A proposed for demotion to B.
 * 3. Three more communes of the same district (SAMPLE_DISTRICT), two appraised by the council: a district to rank.
 */
import { a1 } from '../sheet/a1';
import { fillTemplate } from '../sheet/operations';
import { HEAD_NO, HEAD_YES, HN_CELL, HN_COL, kpiValueCol } from '../sheet/plans/hnMonthly';
import { WORK_COL, WORK_PRODUCT_HEADER, WORK_STT_HEADER } from '../sheet/plans/hnTasks';
import { COL, inputValueCol } from '../sheet/plans/framework';
import { getTemplate } from '../sheet/templates';
import type { CellValue, Details, SheetPlan } from '../sheet/types';
import type { PreviewWorkbook } from './workbook';

type Cells = Record<string, CellValue | { formula: string }>;

// ---------------------------------------------------------------------------------------------------------------
// The commune (xa-2024)

export const SAMPLE_COMMUNE: Details = { unit: 'UBND xã Tân Lập', year: 2024 };

interface CommuneRow {
  readonly id: string;
  /** A typed self-score (levels), or the inputs of a computed criterion (ratio, counts, survey, rating, compare). */
  readonly self?: number;
  readonly inputs?: readonly (number | string)[];
  readonly special?: string;
  readonly evidence?: string;
  readonly explanation?: string;
}

/** The criterion of each fault the sample carries, and the code the check gives it. */
export const SAMPLE_FAULTS = [
  { id: '2.1.3', code: 'E1', what: 'Chấm 1 điểm nhưng chưa có tài liệu kiểm chứng' },
  { id: '2.3.1', code: 'E2', what: 'Số văn bản bỏ trống: "Báo cáo Số:   /BC-UBND"' },
  { id: '3.2.2', code: 'E2', what: 'Số văn bản giữ chỗ: "Công văn số a, b"' },
  { id: '3.1.2', code: 'E3', what: 'Giải trình "Đã thực hiện tốt, đầy đủ" không nêu Mục, trang nào' },
  { id: '2.3.4', code: 'E4', what: 'Tiêu chí yêu cầu Biểu thống kê; chỉ có báo cáo' },
  { id: '6.2', code: 'E4', what: 'Tiêu chí yêu cầu Biểu thống kê; chỉ có báo cáo' },
  { id: '3.8.1', code: 'E5', what: 'Quyết định ngày 22/11/2024, sau ngày chốt số liệu 20/11/2024' },
  { id: '3.6.2', code: 'E6', what: 'Tự chấm 1,5 điểm; tiêu chí chỉ cho 0, 1 hoặc 2' },
] as const;

const SURVEY_EVIDENCE = { evidence: 'Báo cáo số 198/BC-UBND ngày 12/11/2024 về kết quả khảo sát xã hội học', explanation: 'Phụ lục 1, trang 4' };

const COMMUNE_ROWS: readonly CommuneRow[] = [
  // I. Survey (XHH): respondents choosing 1…5; 1.4 and 1.5 not surveyed yet.
  { id: '1.1', inputs: [3, 6, 20, 41, 30], ...SURVEY_EVIDENCE },
  { id: '1.2', inputs: [2, 5, 18, 45, 30], ...SURVEY_EVIDENCE },
  { id: '1.3', inputs: [5, 10, 25, 35, 25], ...SURVEY_EVIDENCE },
  // II. Anti-corruption, citizens' reception.
  { id: '2.1.1', self: 1, evidence: 'Kế hoạch số 15/KH-UBND ngày 20/01/2024 về công tác phòng, chống tham nhũng năm 2024', explanation: 'Mục II, trang 2–3' },
  { id: '2.1.2', self: 1, evidence: 'Báo cáo số 123/BC-UBND ngày 10/11/2024', explanation: 'Số liệu tại Mục II, trang 3' },
  { id: '2.1.3', self: 1, explanation: 'Mục III, trang 5' },
  { id: '2.3.1', self: 1, evidence: 'Báo cáo Số:   /BC-UBND', explanation: 'Mục I, trang 2' },
  { id: '2.3.2', self: 1, evidence: 'Thông báo số 05/TB-UBND ngày 08/01/2024 về lịch tiếp công dân; Biểu thống kê đơn thư năm 2024', explanation: 'Biểu số 01, trang 6' },
  { id: '2.3.4', inputs: [12, 0, 0], evidence: 'Báo cáo số 210/BC-UBND ngày 15/11/2024 về công tác tiếp công dân, giải quyết khiếu nại, tố cáo', explanation: '12/12 đơn giải quyết đúng hạn, Mục II, trang 4' },
  // III. Administration.
  { id: '3.1.1', self: 0.5, evidence: 'Quyết định số 35/QĐ-UBND ngày 15/02/2024 ban hành Quy chế làm việc', explanation: 'Điều 3, trang 2' },
  { id: '3.1.2', self: 1, evidence: 'Báo cáo số 187/BC-UBND ngày 05/11/2024', explanation: 'Đã thực hiện tốt, đầy đủ' },
  { id: '3.2.2', self: 0.5, evidence: 'Công văn số a, b của UBND xã về thực hiện dự toán ngân sách', explanation: 'Mục 2, trang 1' },
  { id: '3.6.2', self: 1.5, evidence: 'Quyết định số 88/QĐ-UBND ngày 30/09/2024 công nhận sáng kiến cấp cơ sở', explanation: 'Điều 1, trang 1' },
  { id: '3.7.1', self: 0.5, evidence: 'Kế hoạch số 12/KH-UBND ngày 15/01/2024 về công tác thi đua, khen thưởng', explanation: 'Mục III, trang 2' },
  { id: '3.8.1', self: 0.5, evidence: 'Quyết định số 456/QĐ-UBND ngày 22/11/2024 ban hành Danh mục hồ sơ lưu trữ', explanation: 'Điều 1, trang 1' },
  { id: '4.1', self: 1, evidence: 'Quy chế phối hợp số 01/QCPH-UBND-MTTQ ngày 10/03/2024', explanation: 'Chương II, trang 3' },
  // V. Direction, staff, reform.
  { id: '5.2.4.1', inputs: ['Hoàn thành tốt nhiệm vụ'], evidence: 'Quyết định số 512/QĐ-UBND ngày 25/01/2024 của UBND huyện về xếp loại cán bộ quản lý', explanation: 'Điều 1, phụ lục kèm theo' },
  { id: '5.5.1', inputs: [46, 50], evidence: 'Biểu thống kê nhiệm vụ kèm Báo cáo số 231/BC-UBND ngày 18/11/2024', explanation: '46/50 nhiệm vụ (92%), Phụ lục 2, trang 7' },
  { id: '5.5.3.4', inputs: [1180, 1185, 0], evidence: 'Báo cáo số 215/BC-UBND ngày 16/11/2024 về kết quả giải quyết TTHC', explanation: 'Biểu số 02, trang 5' },
  // VI–VIII. Results.
  { id: '6.2', inputs: [45, 50], evidence: 'Báo cáo số 230/BC-UBND ngày 18/11/2024 về kết quả thực hiện Kế hoạch năm 2024', explanation: '45/50 nhiệm vụ (90%), Mục I, trang 2' },
  { id: '7.1', inputs: [0, 2], evidence: 'Báo cáo số 225/BC-UBND ngày 17/11/2024', explanation: '2 nhiệm vụ hoàn thành quá hạn, Mục IV, trang 8' },
  { id: '7.2', inputs: [92, 100], evidence: 'Báo cáo số 219/BC-UBND ngày 16/11/2024; xác nhận số liệu của Kho bạc Nhà nước huyện', explanation: 'Giải ngân 92%, Mục III, trang 6' },
  { id: '8.1', self: 1, special: 'Năm đầu tiên đánh giá (2024): chấm điểm tối đa', evidence: 'Báo cáo số 240/BC-UBND ngày 19/11/2024', explanation: 'Mục V, trang 9' },
  { id: '8.3.1', inputs: [96.5, 94.2], evidence: 'Báo cáo số 240/BC-UBND ngày 19/11/2024', explanation: 'Mục V, trang 10' },
];

function communeCells(plan: SheetPlan): Cells {
  const cells: Cells = {};
  for (const row of COMMUNE_ROWS) {
    const r = plan.layout.rowOf[row.id];
    if (r === undefined) throw new Error(`The commune framework has no criterion ${row.id} (sample row)`);
    if (row.self !== undefined) cells[a1(r, COL.self)] = row.self;
    row.inputs?.forEach((v, i) => (cells[a1(r, inputValueCol(i))] = v));
    if (row.special) cells[a1(r, COL.special)] = row.special;
    if (row.evidence) cells[a1(r, COL.evidence)] = row.evidence;
    if (row.explanation) cells[a1(r, COL.explanation)] = row.explanation;
  }
  return cells;
}

// ---------------------------------------------------------------------------------------------------------------
// Three more communes of the district, so that "Tổng hợp các đơn vị" has a district to rank: each self-scores the same
// eleven typed criteria (13.5 points at most), two of them already appraised by the council, with its reasons.

const DISTRICT_CRITERIA: readonly (readonly [id: string, max: number])[] = [
  ['2.1.1', 1], ['2.1.2', 1], ['2.3.2', 1], ['3.1.1', 0.5], ['3.5', 1], ['3.6.2', 2], ['3.9.1', 2], ['4.1', 1], ['5.3.4', 2], ['6.1', 1], ['IX', 1],
];

export interface SampleCommune {
  readonly unit: string;
  /** Criteria self-scored below their maximum (all others at the maximum). */
  readonly below: Readonly<Record<string, number>>;
  /** The council's changes (criterion → [appraised points, reason]); null: not appraised yet. */
  readonly appraisal: Readonly<Record<string, readonly [number, string]>> | null;
}

/** Self: Phú Đình 13.5, Bảo Cường 12.5, Điềm Mặc 9.5. Appraised: Phú Đình 11.5, Bảo Cường 11.5 (a tie), Điềm Mặc not yet. */
export const SAMPLE_DISTRICT: readonly SampleCommune[] = [
  { unit: 'UBND xã Phú Đình', below: {}, appraisal: { '3.9.1': [0, 'Kế hoạch chưa có số, ngày ban hành'] } },
  { unit: 'UBND xã Bảo Cường', below: { '3.6.2': 1 }, appraisal: { '6.1': [0, 'Không có biểu thống kê kèm báo cáo'] } },
  { unit: 'UBND xã Điềm Mặc', below: { '3.9.1': 0, '5.3.4': 0 }, appraisal: null },
];

function districtCells(c: SampleCommune, plan: SheetPlan): Cells {
  const cells: Cells = {};
  for (const [id, max] of DISTRICT_CRITERIA) {
    const r = plan.layout.rowOf[id];
    if (r === undefined) throw new Error(`The commune framework has no criterion ${id} (sample)`);
    const self = c.below[id] ?? max;
    cells[a1(r, COL.self)] = self;
    cells[a1(r, COL.evidence)] = 'Báo cáo số 120/BC-UBND ngày 10/11/2024 kèm Biểu thống kê số 01';
    cells[a1(r, COL.explanation)] = 'Mục II, trang 3; Biểu số 01';
    if (!c.appraisal) continue;
    const change = c.appraisal[id];
    cells[a1(r, COL.appraised)] = change ? change[0] : self;
    if (change) cells[a1(r, COL.appraisalNote)] = change[1];
  }
  return cells;
}

// ---------------------------------------------------------------------------------------------------------------
// The ward (hn-m02, hn-m03)

export const SAMPLE_WARD = { unit: 'UBND phường Quang Trung', month: 11, year: 2024 } as const;

/** One work item of the monthly plan: product, coefficient k, assigned, completed, failed reviews, delays, excused. */
type Item = readonly [product: string, k: number, assigned: number, completed: number, failedReviews?: number, delays?: number, excused?: boolean];

interface Person {
  readonly form: 'hn-m02' | 'hn-m03';
  readonly name: string;
  readonly post: string;
  readonly isHead?: boolean;
  /** Criterion id → [deduction, reason]. */
  readonly deductions?: Readonly<Record<string, readonly [number, string]>>;
  readonly items: readonly Item[];
  /** Leaders' d, đ, e (100% or 50%). */
  readonly leaderParts?: readonly [number, number, number];
  readonly selfGrade: string;
}

const A = 'Hoàn thành xuất sắc nhiệm vụ';
const B = 'Hoàn thành tốt nhiệm vụ';

/** The expected outcome of the quota, for the tests and the README (names as on the sheets). */
export const SAMPLE_QUOTA = {
  kept: ['Nguyễn Thị Lan'],
  tied: ['Phạm Văn Đức', 'Hoàng Thị Mai'],
  demoted: ['Vũ Minh Tuấn'],
  head: 'Trần Quốc Hưng',
} as const;

const LATE_REPORT: readonly [number, string] = [1, 'Chậm gửi báo cáo tháng 10 (01 lần)'];

export const SAMPLE_PEOPLE: readonly Person[] = [
  {
    form: 'hn-m02',
    name: 'Trần Quốc Hưng',
    post: 'Chủ tịch UBND phường',
    isHead: true,
    items: [
      ['Chỉ đạo, điều hành công tác chung của UBND phường', 3, 4, 4],
      ['Chủ trì giao ban, họp chuyên đề', 1, 6, 6],
      ['Tiếp công dân định kỳ', 1, 4, 4, 0, 1],
    ],
    leaderParts: [1, 1, 1],
    selfGrade: A,
  },
  {
    form: 'hn-m02',
    name: 'Lê Thị Minh Thu',
    post: 'Phó Chủ tịch UBND phường',
    deductions: { '3.4.a': [1, 'Chậm triển khai kế hoạch kiểm tra TTHC quý IV'], '3.1.c': [1, 'Chưa cụ thể hóa kế hoạch chuyển đổi số của phường'] },
    items: [
      ['Chỉ đạo lĩnh vực văn hóa – xã hội', 2, 5, 5, 1, 0],
      ['Phụ trách công tác cải cách hành chính', 2, 3, 3, 0, 1],
      ['Tiếp công dân theo phân công', 1, 2, 2],
    ],
    // đ = 50%: the unit's plan for the month was late (seed 004 III.3.3b).
    leaderParts: [1, 0.5, 1],
    selfGrade: B,
  },
  {
    form: 'hn-m03',
    name: 'Nguyễn Thị Lan',
    post: 'Công chức Văn phòng – Thống kê',
    deductions: { '2.3': [0.5, 'Một lần đi họp muộn (nhắc nhở)'] },
    items: [
      ['Tổng hợp báo cáo kinh tế – xã hội tháng', 3, 1, 1, 1, 0],
      ['Soạn thảo văn bản hành chính', 0.5, 20, 20],
      ['Quản lý văn thư, lưu trữ hồ sơ', 1, 12, 12, 0, 1, true],
    ],
    selfGrade: A,
  },
  {
    form: 'hn-m03',
    name: 'Phạm Văn Đức',
    post: 'Công chức Địa chính – Xây dựng',
    deductions: { '1.4': LATE_REPORT, '2.2': [1, 'Hồ sơ cấp phép trả lại bổ sung 01 lần'] },
    items: [
      ['Thẩm định hồ sơ cấp phép xây dựng', 2, 6, 6, 1, 0],
      ['Kiểm tra trật tự xây dựng trên địa bàn', 1, 8, 8, 0, 1],
    ],
    selfGrade: A,
  },
  {
    form: 'hn-m03',
    name: 'Hoàng Thị Mai',
    post: 'Công chức Tư pháp – Hộ tịch',
    deductions: { '1.6': [1, 'Báo cáo số liệu hộ tịch chưa đầy đủ'], '2.3': [1, 'Chậm trả kết quả 01 hồ sơ'] },
    items: [
      ['Chứng thực bản sao, chữ ký', 0.5, 40, 40],
      ['Đăng ký khai sinh, khai tử, kết hôn', 1, 10, 10, 1, 2],
      ['Báo cáo công tác tư pháp tháng', 2, 1, 1, 1, 0],
    ],
    selfGrade: A,
  },
  {
    form: 'hn-m03',
    name: 'Vũ Minh Tuấn',
    post: 'Công chức Tài chính – Kế toán',
    deductions: { '1.4': LATE_REPORT, '2.1': [1, 'Sai sót số liệu dự toán, phải điều chỉnh'], '3': [1, 'Chưa khắc phục hạn chế đã chỉ ra tháng trước'] },
    items: [
      ['Quản lý thu, chi ngân sách phường', 2, 5, 5, 0, 1],
      ['Lập báo cáo quyết toán quý', 3, 1, 1, 1, 0],
      ['Kiểm soát chứng từ kế toán', 0.5, 30, 28],
    ],
    selfGrade: A,
  },
  {
    form: 'hn-m03',
    name: 'Đỗ Thu Hằng',
    post: 'Công chức Văn hóa – Xã hội',
    deductions: { '2.2': [1, 'Chậm tổng hợp danh sách hộ nghèo'] },
    items: [
      ['Chi trả trợ cấp, bảo trợ xã hội', 1, 10, 10, 0, 1],
      ['Tuyên truyền, cổ động trực quan', 1, 4, 4, 1, 0],
      ['Kiểm tra hoạt động kinh doanh văn hóa', 2, 3, 2, 0, 1],
    ],
    selfGrade: B,
  },
  {
    form: 'hn-m03',
    name: 'Bùi Quang Huy',
    post: 'Công chức Địa chính – Môi trường',
    deductions: { '1.4': LATE_REPORT },
    items: [
      ['Giải quyết tranh chấp đất đai ở cơ sở', 3, 2, 2, 1, 1],
      ['Kiểm tra vệ sinh môi trường', 1, 6, 5, 0, 1],
    ],
    selfGrade: B,
  },
  {
    form: 'hn-m03',
    name: 'Ngô Thị Hạnh',
    post: 'Công chức Văn phòng – Một cửa',
    deductions: { '2.3': [1, 'Phản ánh của người dân về thái độ tiếp nhận hồ sơ'] },
    items: [
      ['Tiếp nhận, trả kết quả hồ sơ TTHC', 0.5, 60, 58, 1, 1],
      ['Cập nhật hồ sơ lên Hệ thống thông tin giải quyết TTHC', 0.2, 60, 55],
    ],
    selfGrade: B,
  },
  {
    form: 'hn-m03',
    name: 'Đặng Văn Long',
    post: 'Chỉ huy phó Quân sự',
    deductions: { '1.4': LATE_REPORT, '2.4': [1, 'Chưa đề xuất giải pháp mới'] },
    items: [
      ['Huấn luyện dân quân tự vệ', 2, 4, 3, 0, 1],
      ['Đăng ký nghĩa vụ quân sự', 1, 5, 5, 1, 1],
    ],
    selfGrade: B,
  },
  {
    form: 'hn-m03',
    name: 'Trịnh Thị Hoa',
    post: 'Công chức Tư pháp – Hộ tịch',
    items: [
      ['Hòa giải ở cơ sở', 2, 3, 3, 0, 1],
      ['Tuyên truyền phổ biến pháp luật', 1, 4, 4, 1, 0],
      ['Rà soát văn bản quy phạm pháp luật', 2, 2, 1, 1, 0],
    ],
    selfGrade: B,
  },
  {
    form: 'hn-m03',
    name: 'Lý Văn Thành',
    post: 'Công chức Văn phòng – Thống kê',
    deductions: { '1.4': [2, 'Chậm gửi báo cáo 02 lần'], '2.1': [1, 'Số liệu thống kê phải sửa'] },
    items: [
      ['Thống kê dân số, lao động', 2, 3, 3, 1, 1],
      ['Cập nhật cơ sở dữ liệu dân cư', 0.5, 20, 16, 0, 1],
    ],
    selfGrade: B,
  },
  {
    form: 'hn-m03',
    name: 'Phan Thị Ngọc',
    post: 'Công chức Tài chính – Kế toán',
    deductions: { '2.2': [0.5, 'Chậm nộp chứng từ 01 lần'] },
    items: [
      ['Theo dõi thu phí, lệ phí', 1, 8, 7, 0, 2],
      ['Quản lý tài sản công của phường', 2, 2, 2, 1, 0],
    ],
    selfGrade: B,
  },
  {
    form: 'hn-m03',
    name: 'Dương Văn Nam',
    post: 'Công chức Địa chính – Xây dựng',
    deductions: { '1.4': [2, 'Không tham gia trực phòng chống lụt bão theo phân công'], '2.2': [2, 'Chậm xử lý 03 hồ sơ'], '2.3': [1, 'Bị phản ánh về thái độ'] },
    items: [
      ['Xử lý vi phạm trật tự xây dựng', 2, 5, 3, 1, 2],
      ['Cập nhật biến động đất đai', 1, 10, 7, 0, 2],
    ],
    selfGrade: B,
  },
];

/** The work plan block's first item row (below its "STT · Sản phẩm/công việc" header). */
export function firstWorkItemRow(plan: SheetPlan): number {
  const header = plan.grid.findIndex(
    (row) => row[WORK_COL.stt]?.value === WORK_STT_HEADER && String(row[WORK_COL.product]?.value ?? '').startsWith(WORK_PRODUCT_HEADER),
  );
  if (header < 0) throw new Error(`${plan.templateId}: no work plan`);
  return header + 1;
}

function personCells(person: Person, plan: SheetPlan): Cells {
  const cells: Cells = {};
  if (person.form === 'hn-m02') cells[a1(...HN_CELL.isHead)] = person.isHead ? HEAD_YES : HEAD_NO;
  cells[a1(...HN_CELL.selfGrade)] = person.selfGrade;
  for (const [id, [points, reason]] of Object.entries(person.deductions ?? {})) {
    const r = plan.layout.rowOf[id];
    if (r === undefined) throw new Error(`${person.form} has no criterion ${id}`);
    cells[a1(r, HN_COL.deduction)] = points;
    cells[a1(r, HN_COL.note)] = reason;
  }
  const first = firstWorkItemRow(plan);
  person.items.forEach(([product, k, assigned, completed, failed, delays, excused], i) => {
    const r = first + i;
    cells[a1(r, WORK_COL.product)] = product;
    cells[a1(r, WORK_COL.coefficient)] = k;
    cells[a1(r, WORK_COL.assigned)] = assigned;
    cells[a1(r, WORK_COL.completed)] = completed;
    if (failed) cells[a1(r, WORK_COL.failedReviews)] = failed;
    if (delays) cells[a1(r, WORK_COL.delays)] = delays;
    if (excused) cells[a1(r, WORK_COL.excused)] = 'x';
  });
  const kpiRow = plan.layout.rowOf.II;
  person.leaderParts?.forEach((v, i) => (cells[a1(kpiRow!, kpiValueCol(3 + i))] = v));
  return cells;
}

export interface SampleInfo {
  /** The commune's sheet (active when the page opens). */
  readonly commune: string;
  /** The ward's monthly sheets, in SAMPLE_PEOPLE order. */
  readonly people: readonly { readonly sheet: string; readonly name: string }[];
  /** The district's other communes' sheets, in SAMPLE_DISTRICT order (after the ward's). */
  readonly district: readonly string[];
}

async function fill(host: PreviewWorkbook, templateId: string, details: Details): Promise<{ sheet: string; plan: SheetPlan }> {
  const r = await fillTemplate(host, templateId, details);
  if (!r.ok) throw new Error(r.error.message.en);
  return { sheet: r.value.sheet, plan: getTemplate(templateId)!.plan(details) };
}

/** Builds the sample into an (empty) preview workbook; the commune's sheet is left active, its first input selected. */
export async function buildSample(host: PreviewWorkbook): Promise<SampleInfo> {
  const commune = await fill(host, 'xa-2024', SAMPLE_COMMUNE);
  host.setValues(commune.sheet, communeCells(commune.plan));
  const people: { sheet: string; name: string }[] = [];
  for (const person of SAMPLE_PEOPLE) {
    const filled = await fill(host, person.form, { name: person.name, post: person.post, unit: SAMPLE_WARD.unit, month: SAMPLE_WARD.month, year: SAMPLE_WARD.year });
    host.setValues(filled.sheet, personCells(person, filled.plan));
    people.push({ sheet: filled.sheet, name: person.name });
  }
  const district: string[] = [];
  for (const c of SAMPLE_DISTRICT) {
    const filled = await fill(host, 'xa-2024', { unit: c.unit, year: SAMPLE_COMMUNE.year! });
    host.setValues(filled.sheet, districtCells(c, filled.plan));
    district.push(filled.sheet);
  }
  await host.write([{ kind: 'select', sheet: commune.sheet, cell: a1(commune.plan.layout.rowOf['2.1.1']!, COL.self) }]);
  return { commune: commune.sheet, people, district };
}
