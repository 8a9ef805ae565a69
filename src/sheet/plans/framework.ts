/**
 * The plan of a points framework in the official table layout (seed 002 Phụ lục II columns):
 * STT · tiêu chí và cách chấm · điểm tối đa · điểm tự đánh giá · điểm thẩm định · tài liệu kiểm chứng · giải trình ·
 * cơ quan thẩm định — then, to the right and visibly marked, the inputs of computed criteria (label/value pairs),
 * the special case, the evidence check, the council's forecast, and the (hidden) evidence requirement.
 */
import { flatten, isScorable, ruleHelp, type Criterion, type Framework } from '../../scoring';
import { GRADES } from '../../scoring/grades';
import { a1, columnLetter } from '../a1';
import type { Details, SheetPlan } from '../types';
import { HEAD, PlanBuilder, str } from './builder';

export const MAX_INPUTS = 5;

/** Column indexes of the framework layout (0-based). */
export const COL = {
  id: 0,
  title: 1,
  max: 2,
  self: 3,
  appraised: 4,
  evidence: 5,
  explanation: 6,
  appraiser: 7,
  /** label of input i at firstInput + 2i, its value at firstInput + 2i + 1 */
  firstInput: 8,
  special: 8 + 2 * MAX_INPUTS,
  check: 9 + 2 * MAX_INPUTS,
  forecast: 10 + 2 * MAX_INPUTS,
  requirement: 11 + 2 * MAX_INPUTS,
  /**
   * The council's reason for each appraised score that differs (seed 002: the council "thẩm định" every criterion), right
   * of the hidden requirement column. Added after templates were in use: a sheet written before it has no such header and
   * is still read (layout.optionalColumns).
   */
  appraisalNote: 12 + 2 * MAX_INPUTS,
} as const;
export const inputLabelCol = (i: number): number => COL.firstInput + 2 * i;
export const inputValueCol = (i: number): number => COL.firstInput + 2 * i + 1;

/** Where a person's sheet (THADS) keeps the name, in the details row: label, value. */
export const NAME_CELL = { label: COL.appraised, value: COL.evidence } as const;

/** Rows of the head block (0-based). */
export const ROW = { title: 0, subtitle: 1, details: 2, summary: 3, header: 5, total: 6, first: 7 } as const;

/**
 * The bands block the user edits (issue: bands that really are configurable): the lowest points of A, B, C at
 * [row, col], D below C. Read by the sheet's level formula and by the score.
 */
export const BANDS = { label: 9, value: 10, firstRow: ROW.subtitle } as const;
export const bandCells = (): readonly (readonly [number, number])[] => [0, 1, 2].map((i) => [BANDS.firstRow + i, BANDS.value] as const);

/** Rules whose points the sheet computes from inputs (the others are typed or picked from a list). */
export const isComputed = (node: Criterion): boolean =>
  isScorable(node) && node.rule!.kind !== 'levels' && node.rule!.kind !== 'points' && node.rule!.kind !== 'cappedDeduction' && node.rule!.inputs.length > 0;

const HEADERS: readonly [number, string][] = [
  [COL.id, 'STT'],
  [COL.title, 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần và cách thức, phương pháp đánh giá, chấm điểm'],
  [COL.max, 'Điểm tối đa'],
  [COL.self, 'Điểm tự đánh giá'],
  [COL.appraised, 'Điểm thẩm định'],
  [COL.evidence, 'Tài liệu kiểm chứng'],
  [COL.explanation, 'Giải trình'],
  [COL.appraiser, 'Cơ quan thẩm định điểm tự đánh giá'],
];

/** Header of the council's reason column (read back by its label, as every header). */
export const APPRAISAL_NOTE_HEADER = 'Ý kiến thẩm định';

/** The head block's appraised total and level (row 5, left empty before the council's side was added). */
export const APPRAISAL_ROW = 4;

const APPRAISAL_NOTE =
  'Hội đồng thẩm định ghi lý do khi điểm thẩm định khác điểm tự đánh giá (tài liệu kiểm chứng không hợp lệ, số liệu chưa đúng…); in trong biên bản thẩm định.';

const INPUT_HEADERS: readonly [number, string][] = [
  ...Array.from({ length: MAX_INPUTS }, (_, i): [number, string][] => [
    [inputLabelCol(i), `Dữ liệu ${i + 1}`],
    [inputValueCol(i), `Giá trị ${i + 1}`],
  ]).flat(),
  [COL.special, 'Trường hợp đặc biệt'],
  [COL.check, 'Kiểm tra tài liệu (E1–E5)'],
  [COL.forecast, 'Dự báo điểm thẩm định'],
  [COL.requirement, 'Yêu cầu tài liệu kiểm chứng'],
  [COL.appraisalNote, APPRAISAL_NOTE_HEADER],
];

/**
 * A sheet filled from a user's framework (issue 12) computes without any built-in framework: every rule kind with its
 * parameters in the formula (src/sheet/userFormulas.ts).
 */
export interface StandaloneFormulas {
  compute(node: Criterion, values: readonly string[], maxCell: string): string | null;
  special(node: Criterion, specialCell: string, maxCell: string): string;
}

function selfFormula(fw: Framework, node: Criterion, row: number, standalone?: StandaloneFormulas): string {
  const values = node.rule!.inputs.map((_, i) => a1(row, inputValueCol(i)));
  const own = standalone?.compute(node, values, a1(row, COL.max)) ?? null;
  const compute =
    node.rule!.kind === 'ratio'
      ? `CCHC.RATIO(${values[0]},${values[1]},${a1(row, COL.max)},${(node.rule!.params as { threshold: number }).threshold})`
      : node.rule!.kind === 'compare'
        ? (() => {
            const p = node.rule!.params as { higher: number; equal: number; lower: number; smallerIsBetter: boolean };
            return `CCHC.COMPARE(${values[0]},${values[1]},${p.higher},${p.equal},${p.lower},${p.smallerIsBetter ? 'TRUE' : 'FALSE'})`;
          })()
        : own ?? `CCHC.SCORE(${str(fw.id)},${str(node.id)},${values.join(',')})`;
  const blank = `COUNTA(${values.join(',')})=0`;
  // Excel passes a blank input as 0 where the core reads it as missing: with some required inputs blank, the sheet
  // says so (a text, summed as 0 like the core's "not counted") instead of scoring the blank as 0.
  const required = node.rule!.inputs.flatMap((input, i) => (input.default === undefined && !input.optional ? [values[i]!] : []));
  const guarded = required.length > 0 ? `IF(COUNTA(${required.join(',')})<${required.length},${str(MISSING_INPUT)},${compute})` : compute;
  if (node.rule!.specialCases.length === 0) return `=IF(${blank},"",${guarded})`;
  const special = a1(row, COL.special);
  const bySpecial = standalone ? standalone.special(node, special, a1(row, COL.max)) : `CCHC.SCORE(${str(fw.id)},${str(node.id)},${special})`;
  return `=IF(${special}<>"",${bySpecial},IF(${blank},"",${guarded}))`;
}

/** What a computed self-score shows while some of its required inputs are blank. */
export const MISSING_INPUT = 'Thiếu số liệu / Missing input';

/** The appraised column stays blank until the council enters a score below (a SUM of blanks would print 0.00). */
const blankUntilAppraised = (rows: readonly number[], sum: string): string =>
  `=IF(COUNT(${rows.map((r) => a1(r, COL.appraised)).join(',')})=0,"",${sum.slice(1)})`;

/** Sum of the children's cells in one column: native SUM, so the sheet stays a plain Excel sheet. */
const sumOf = (rows: readonly number[], col: number): string => `=SUM(${rows.map((r) => a1(r, col)).join(',')})`;

export function planFramework(fw: Framework, details: Details = {}, standalone?: StandaloneFormulas): SheetPlan {
  const b = new PlanBuilder(fw.id, fw.title, sheetNameFor(fw.id, details, fw.title.vi));
  const last = COL.appraiser;

  b.set(ROW.title, 0, { value: fw.title.vi.toUpperCase(), style: 'title' }).merge(ROW.title, 0, ROW.title, last);
  b.set(ROW.subtitle, 0, { value: `(${printedSource(fw.source)})`, style: 'subtitle' }).merge(ROW.subtitle, 0, ROW.subtitle, last);
  b.set(ROW.details, 0, { value: 'Đơn vị:', style: 'label' });
  b.set(ROW.details, 1, { value: details.unit ?? '', style: 'input', input: true });
  b.set(ROW.details, 2, { value: 'Năm:', style: 'label' });
  b.set(ROW.details, 3, { value: details.year ?? null, style: 'input', input: true, numberFormat: '0' });
  // A THADS sheet is one person's month (seed 000, mục 4.2): the name is kept on the sheet, where the quarter and the
  // year read it (a sheet's name is cut to 31 characters).
  if (fw.scoring === 'base') {
    b.set(ROW.details, NAME_CELL.label, { value: 'Họ và tên:', style: 'label' });
    b.set(ROW.details, NAME_CELL.value, { value: details.name ?? '', style: 'input', input: true });
  }

  b.set(ROW.header, COL.id, { value: 'STT', style: 'header' });
  for (const [c, h] of HEADERS) b.set(ROW.header, c, { value: h, style: 'header' });
  for (const [c, h] of INPUT_HEADERS) {
    b.set(ROW.header, c, {
      value: h,
      style: 'inputHeader',
      note: c < COL.special ? 'Cột nhập liệu của phần mềm (không in): số liệu để tính điểm các tiêu chí tính theo công thức.' : c === COL.appraisalNote ? APPRAISAL_NOTE : undefined,
    });
  }

  // Rows in table order; parents' formulas need their children's rows, so place first, then write.
  const placed = flatten(fw);
  placed.forEach((p, i) => (b.rowOf[p.node.id] = ROW.first + i));
  const rowOf = (id: string) => b.rowOf[id]!;

  // CỘNG TỔNG
  const topRows = fw.criteria.map((c) => rowOf(c.id));
  b.set(ROW.total, COL.title, { value: 'CỘNG TỔNG', style: 'total' });
  b.set(ROW.total, COL.id, { value: '', style: 'total' });
  b.set(ROW.total, COL.max, { value: fw.scoring === 'base' ? (fw.base ?? 0) : fw.totalMax, style: 'total', note: fw.scoring === 'base' ? `Điểm chuẩn (${OFFICIAL_TEXTS.thads}, mục 1).` : undefined });
  // THADS (seed 000 §2): Tổng điểm = điểm chuẩn − tổng điểm trừ + tổng điểm thưởng; deduction rows carry negative points.
  const withBase = (f: string) => (fw.scoring === 'base' ? `=${a1(ROW.total, COL.max)}+${f.slice(1)}` : f);
  b.set(ROW.total, COL.self, { formula: withBase(sumOf(topRows, COL.self)), style: 'total', numberFormat: '0.00' });
  b.set(ROW.total, COL.appraised, { formula: blankUntilAppraised(topRows, withBase(sumOf(topRows, COL.appraised))), style: 'total', numberFormat: '0.00' });
  b.set(ROW.total, COL.forecast, { formula: withBase(sumOf(topRows, COL.forecast)), style: 'total', numberFormat: '0.00' });

  // Summary line in the head block (read by the summary and shown at the top of the printed page).
  b.set(ROW.summary, 0, { value: 'Tổng điểm tự đánh giá:', style: 'label' });
  b.set(ROW.summary, 1, { formula: `=${a1(ROW.total, COL.self)}`, style: 'total', numberFormat: '0.00' });
  // Bands block: the framework's bands (or the default, labelled), or blank where none apply until set (THADS).
  b.set(ROW.title, BANDS.label, { value: 'Thang xếp loại (điểm từ)', style: 'inputHeader' });
  b.set(ROW.title, BANDS.value, { value: '', style: 'inputHeader' });
  const bandNote = fw.bandsUntilSet
    ? 'Văn bản không quy định thang xếp loại, thang mặc định (A từ 90) không hợp với 200 điểm chuẩn: nhập điểm tối thiểu của A, B, C để xếp loại.'
    : fw.bandsAreDefault
      ? 'Thang xếp loại mặc định (văn bản không quy định), có thể điều chỉnh: sửa điểm tối thiểu của A, B, C.'
      : 'Thang xếp loại của văn bản; có thể điều chỉnh theo quy định của đơn vị.';
  const mins = bandCells();
  GRADES.slice(0, 3).forEach((g, i) => {
    const [r, c] = mins[i]!;
    const band = fw.bands.find((x) => x.code === g.code);
    b.set(r, BANDS.label, { value: `${g.letter} — ${g.name.vi}`, style: 'label' });
    b.set(r, c, { value: fw.bandsUntilSet || !band ? null : band.min, style: 'input', input: true, numberFormat: '0.##', note: i === 0 ? bandNote : undefined });
  });
  b.set(BANDS.firstRow + 3, BANDS.label, { value: `D — ${GRADES[3]!.name.vi}: dưới mức C`, style: 'label' });
  const [ra, rb, rc] = mins.map(([r, c]) => a1(r, c));
  const total = `ROUND(${a1(ROW.total, COL.self)},2)`;
  b.set(ROW.summary, 2, { value: 'Xếp loại:', style: 'label' });
  b.set(ROW.summary, 3, {
    // Native Excel over the bands block, so a change of bands needs no add-in (DOMAIN.md Rounding: from the rounded total).
    formula: `=IF(COUNT(${ra},${rb},${rc})<3,"Chưa có thang xếp loại",IF(${total}>=${ra},"${GRADES[0]!.name.vi}",IF(${total}>=${rb},"${GRADES[1]!.name.vi}",IF(${total}>=${rc},"${GRADES[2]!.name.vi}","${GRADES[3]!.name.vi}"))))`,
    style: 'computed',
    note: bandNote,
  });
  // The council's side (seed 002): its total and level, blank until it enters a score.
  const appraisedTotal = a1(ROW.total, COL.appraised);
  const appraised = `ROUND(${appraisedTotal},2)`;
  b.set(APPRAISAL_ROW, 0, { value: 'Tổng điểm thẩm định:', style: 'label' });
  b.set(APPRAISAL_ROW, 1, { formula: `=IF(ISNUMBER(${appraisedTotal}),${appraisedTotal},"")`, style: 'computed', numberFormat: '0.00' });
  b.set(APPRAISAL_ROW, 2, { value: 'Xếp loại thẩm định:', style: 'label' });
  b.set(APPRAISAL_ROW, 3, {
    formula: `=IF(NOT(ISNUMBER(${appraisedTotal})),"",IF(COUNT(${ra},${rb},${rc})<3,"Chưa có thang xếp loại",IF(${appraised}>=${ra},"${GRADES[0]!.name.vi}",IF(${appraised}>=${rb},"${GRADES[1]!.name.vi}",IF(${appraised}>=${rc},"${GRADES[2]!.name.vi}","${GRADES[3]!.name.vi}")))))`,
    style: 'computed',
    note: bandNote,
  });
  b.set(ROW.summary, 5, { value: 'Dự báo điểm thẩm định:', style: 'label' });
  b.set(ROW.summary, 6, { formula: `=${a1(ROW.total, COL.forecast)}`, style: 'computed', numberFormat: '0.00' });

  for (const { node, depth } of placed) {
    const row = rowOf(node.id);
    const isParent = (node.children?.length ?? 0) > 0;
    const textStyle = isParent ? (depth <= 1 ? 'section' : 'group') : 'criterion';
    const titleText = node.method && !isParent ? `${node.title}\n${node.method}` : node.title;
    b.set(row, COL.id, { value: node.id, style: textStyle, note: node.idNote });
    b.set(row, COL.title, { value: titleText, style: textStyle, note: node.notes?.join('\n') });
    b.set(row, COL.max, { value: node.maxPoints, style: textStyle });
    b.set(row, COL.appraiser, { value: node.appraiser ?? '', style: 'criterion' });
    if (isParent) {
      const kids = node.children!.map((c) => rowOf(c.id));
      b.set(row, COL.self, { formula: sumOf(kids, COL.self), style: 'computed', numberFormat: '0.00' });
      b.set(row, COL.appraised, { formula: blankUntilAppraised(kids, sumOf(kids, COL.appraised)), style: textStyle, numberFormat: '0.00' });
      b.set(row, COL.forecast, { formula: sumOf(kids, COL.forecast), style: 'computed', numberFormat: '0.00' });
      if (node.evidence) b.set(row, COL.evidence, { value: '', style: 'input', input: true, note: `Yêu cầu: ${node.evidence}` });
      continue;
    }
    if (!isScorable(node)) continue;
    const help = ruleHelp(node)!;
    const allowedScores = node.rule!.discreteScores(node.maxPoints ?? 0);
    b.set(row, COL.appraised, { value: null, style: 'input', input: true, numberFormat: '0.00', note: 'Điểm do Hội đồng thẩm định chấm; khác điểm tự đánh giá thì ghi lý do ở cột "Ý kiến thẩm định".' });
    if (allowedScores) b.validate(row, COL.appraised, allowedScores, help.vi, `Điểm phải là một trong: ${allowedScores.join('; ')}`);
    b.set(row, COL.appraisalNote, { value: null, style: 'input', input: true });
    if (isComputed(node)) {
      b.set(row, COL.self, { formula: selfFormula(fw, node, row, standalone), style: 'computed', numberFormat: '0.00', note: help.vi });
      node.rule!.inputs.forEach((input, i) => {
        b.set(row, inputLabelCol(i), { value: input.label.vi, style: 'label' });
        const isFraction = input.type === 'fraction';
        b.set(row, inputValueCol(i), {
          value: null,
          style: 'input',
          input: true,
          ...(isFraction ? { numberFormat: '0%' } : {}),
          note: `${input.label.vi} / ${input.label.en}`,
        });
        if (node.rule!.kind === 'rating') b.validate(row, inputValueCol(i), GRADES.map((g) => g.name.vi));
      });
    } else {
      const allowed = node.rule!.discreteScores(node.maxPoints ?? 0);
      b.set(row, COL.self, { value: null, style: 'input', input: true, numberFormat: '0.00', note: help.vi });
      if (allowed) b.validate(row, COL.self, allowed, help.vi, `Điểm phải là một trong: ${allowed.join('; ')}`);
    }
    if (node.rule!.specialCases.length > 0) {
      b.set(row, COL.special, { value: null, style: 'input', input: true });
      b.validate(row, COL.special, node.rule!.specialCases.map((s) => s.label.vi), 'Chọn nếu thuộc trường hợp đặc biệt ghi dưới tiêu chí.');
    }
    const requirement = node.evidence ?? '';
    const self = a1(row, COL.self);
    const check = a1(row, COL.check);
    if (node.councilScores) {
      // Seed 002 (mục I, VIII; 5.5.3.1, 5.5.3.4, 5.5.4.3, 5.5.4.6): the council scores this row without its evidence.
      const why = councilNote(node.councilScores);
      b.set(row, COL.evidence, { value: null, style: 'input', input: true, note: why });
      b.set(row, COL.explanation, { value: null, style: 'input', input: true, note: why });
      b.set(row, COL.requirement, { value: requirement, style: 'plain' });
      b.set(row, COL.check, { value: why, style: 'computed' });
      b.set(row, COL.forecast, {
        // A self-score that could not be computed (#NAME? without the add-in) stays an error: no parent sums it as 0.
        formula: node.councilScores.how === 'max' ? `=${a1(row, COL.max)}` : `=IF(ISERROR(${self}),${self},IF(ISNUMBER(${self}),${self},""))`,
        style: 'computed',
        numberFormat: '0.00',
      });
      continue;
    }
    b.set(row, COL.evidence, { value: null, style: 'input', input: true, note: requirement ? `Yêu cầu: ${requirement}` : undefined });
    b.set(row, COL.explanation, {
      value: null,
      style: 'input',
      input: true,
      note: 'Nêu rõ số liệu tại Mục, Điểm, Khoản, trang nào của tài liệu kiểm chứng (Hướng dẫn, mục 2c).',
    });
    b.set(row, COL.requirement, { value: requirement, style: 'plain' });
    b.set(row, COL.check, {
      formula: `=IF(ISNUMBER(${self}),CCHC.EVIDENCE(${a1(row, COL.evidence)},${a1(row, COL.explanation)},${a1(row, COL.requirement)},${self}${standalone ? '' : `,${str(fw.id)},${str(node.id)}`}),"")`,
      style: 'computed',
    });
    b.set(row, COL.forecast, {
      // An evidence check that could not run (#NAME? without the add-in) leaves the forecast an error, never the
      // self-score; a deduction (THADS, below 0) needs no evidence and is its own forecast.
      // A self-score that could not be computed leaves its error in the forecast too, so that no parent sums it as 0.
      formula: `=IF(ISERROR(${self}),${self},IF(ISNUMBER(${self}),IF(${self}<0,${self},IF(ISERROR(${check}),${check},IF(OR(ISNUMBER(SEARCH("E1:",${check})),ISNUMBER(SEARCH("E2:",${check})),ISNUMBER(SEARCH("E3:",${check})),ISNUMBER(SEARCH("E4:",${check}))),0,${self}))),""))`,
      style: 'computed',
      numberFormat: '0.00',
    });
  }

  const lastRow = ROW.first + placed.length - 1;
  const widths: [number, number][] = [
    [COL.id, 9], [COL.title, 60], [COL.max, 8], [COL.self, 10], [COL.appraised, 10], [COL.evidence, 30], [COL.explanation, 36], [COL.appraiser, 16],
  ];
  for (const [c, w] of widths) b.column(c, w);
  for (let i = 0; i < MAX_INPUTS; i++) b.column(inputLabelCol(i), 22).column(inputValueCol(i), 10);
  b.column(COL.special, 24).column(COL.check, 30).column(COL.forecast, 12).column(COL.requirement, 30, true).column(COL.appraisalNote, 36);
  b.freeze(ROW.header + 1, COL.title + 1);
  return b.build(
    { orientation: 'landscape', paper: 'A4', fitToWidth: true, area: `A1:${columnLetter(COL.appraiser)}${lastRow + 1}`, titleRows: `$${ROW.header + 1}:$${ROW.header + 1}` },
    {
      headerRow: ROW.header,
      firstRow: ROW.first,
      columns: {
        id: COL.id, title: COL.title, max: COL.max, self: COL.self, appraised: COL.appraised, evidence: COL.evidence,
        explanation: COL.explanation, appraiser: COL.appraiser, special: COL.special, check: COL.check, forecast: COL.forecast,
        requirement: COL.requirement, firstInput: COL.firstInput, appraisalNote: COL.appraisalNote,
      },
      optionalColumns: [COL.appraisalNote],
    },
  );
}

/**
 * The official texts by the names their readers know them (a framework's `source` cites them for developers as
 * "seed 00x"); titles as the texts print them (../shared/seeds).
 */
export const OFFICIAL_TEXTS = {
  thads: 'Hướng dẫn thực hiện Bảng tiêu chí chấm điểm đối với công chức, người lao động các cơ quan THADS tỉnh Lạng Sơn (kèm theo Quyết định năm 2019 của Cục THADS tỉnh)',
  thadsCompetition: 'Công văn ngày 30/01/2018 của Tổng cục Thi hành án dân sự về Bảng tiêu chí chấm điểm thi đua, xếp hạng',
  commune: 'Hướng dẫn số …/HD-UBND tháng 11/2024 của UBND huyện Định Hóa',
  nd90: 'Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ',
  monthly: 'Kế hoạch đánh giá, xếp loại hằng tháng gắn với OKR/KPI của Ban Thường vụ Đảng ủy phường Hà Đông',
} as const;

/** Short forms for notes and the pane ("(Kế hoạch đánh giá hằng tháng, mục II.3.2)"). */
export const MONTHLY_PLAN = 'Kế hoạch đánh giá hằng tháng';

/** By the number of the seed a framework's `source` cites (../shared/seeds/00N_…). */
const TEXTS: Readonly<Record<string, string>> = {
  '000': OFFICIAL_TEXTS.thads,
  '001': OFFICIAL_TEXTS.thadsCompetition,
  '002': OFFICIAL_TEXTS.commune,
  '003': OFFICIAL_TEXTS.nd90,
  '004': OFFICIAL_TEXTS.monthly,
};

/**
 * A framework's source as printed on its form: never a developer's reference. "seed 002, Phụ lục II (…)" prints as
 * the official text names its annexes: "Phụ lục II kèm theo Hướng dẫn … của UBND huyện Định Hóa"; "seed 003, Mẫu
 * số 02" as "Mẫu số 02 kèm theo Nghị định …"; a section ("mục 1–4") after the text's name.
 */
export function printedSource(source: string): string {
  const m = /^seed (\d{3})(?:,\s*(.*))?$/.exec(source.trim());
  if (!m) return source;
  const text = TEXTS[m[1]!];
  if (!text) return (m[2] ?? '').replace(/\s*\([^)]*\)\s*$/, '');
  const rest = (m[2] ?? '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (rest === '') return text;
  if (/^(Phụ lục|Mẫu)/i.test(rest)) return `${rest} kèm theo ${text}`;
  return `${text}, ${rest}`;
}

/** What the check and the notes say on a row the council scores without its evidence. */
export function councilNote(c: NonNullable<Criterion['councilScores']>): string {
  if (c.how === 'max') return `Hội đồng thẩm định chấm điểm tối đa, không cần tài liệu kiểm chứng trên dòng này: ${c.note}`;
  if (c.how === 'leaders') return `Không cần tài liệu kiểm chứng trên dòng này: Hội đồng dùng ${c.note}.`;
  return `Không cần tài liệu kiểm chứng trên dòng này: ${c.note}`;
}

/**
 * What a sheet's name begins with: the form as its users call it, never the template's id ("Mẫu 03 Lan 11-2026").
 * Templates not listed (a user's own framework) begin with their title's first words.
 */
const SHEET_PREFIX: Readonly<Record<string, string>> = {
  'xa-2024': 'Tự chấm',
  'thads-ls': 'Tự chấm THADS',
  'hn-m01': 'Mẫu 01',
  'hn-m02': 'Mẫu 02',
  'hn-m03': 'Mẫu 03',
  'hn-m04': 'Mẫu 04',
  'hn-tasks': 'Kế hoạch',
  'nd90-m02': 'Phiếu 02',
  'nd90-m03': 'Phiếu 03',
};

/** A sheet name ≤ 31 characters without []:*?/\ — made unique by the operation that adds it. */
export function sheetNameFor(templateId: string, details: Details, title?: string): string {
  const who = (details.name ?? details.unit ?? '').replace(/[[\]:*?/\\']/g, ' ').trim();
  const when = details.month && details.year ? ` ${String(details.month).padStart(2, '0')}-${details.year}` : details.year ? ` ${details.year}` : '';
  const prefix = SHEET_PREFIX[templateId] ?? (title ?? 'Chấm điểm').replace(/[[\]:*?/\\']/g, ' ').split(/\s+/).slice(0, 3).join(' ');
  // The period stays whole: a long name is shortened, never the month it is for.
  const full = `${prefix}${who ? ` ${who}` : ''}`;
  const room = Math.max(prefix.length, 31 - when.length);
  // Shortened at a word's end ("Nguyễn Thị Phương", not "Nguyễn Thị Phươn").
  const cut = full.length <= room ? full : full.slice(0, room + 1).replace(/\s+\S*$/, '');
  const head = (cut.length >= prefix.length ? cut : full.slice(0, room)).trim();
  return `${head}${when}`.slice(0, 31).trim();
}

export { HEAD };
