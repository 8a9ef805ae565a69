/* eslint-disable @typescript-eslint/no-explicit-any -- ranges arrive from Excel as any[][]: the metadata generator maps only `any` arrays */
/**
 * Custom functions: JSDoc is the metadata (custom-functions-metadata-plugin generates functions.json and appends
 * the CustomFunctions.associate calls). Each body is one line over src/scoring/cells.ts. English descriptions here;
 * Vietnamese in ./vi-VN.ts (functions.vi-VN.json, wired through the manifest's locale override).
 * Percentages are Excel fractions everywhere: 95% = 0.95.
 * As Excel calls them (issue 9): a repeating parameter receives one array of all its arguments; a blank cell is 0 on
 * desktop and null on the web (0 inside a range), and each @param says how blank and 0 are read (README, "Ô trống").
 * An Excel error in an input passes through naming the argument (README, "Lỗi trong ô"); no function ever throws.
 */
import * as core from '../scoring/cells';
import { cell } from './safe';


/**
 * Points of a ratio criterion: maxPoints × min(1, achieved/target) when the ratio reaches minRatio, else 0 (the Định Hóa commune framework, e.g. 5.5.1, 7.2).
 * @customfunction CCHC.RATIO
 * @param achieved What was achieved (tasks done, money disbursed…). Blank = 0.
 * @param target The target or total it is measured against. Blank = 0 (#DIV/0!).
 * @param maxPoints The criterion's maximum points. Blank or 0: missing.
 * @param [minRatio] The threshold as a percentage (type 80%, not 80). Default 80%. Blank or 0 = 80%.
 * @returns Points, rounded to 2 decimals.
 */
export function ratio(
  achieved: number | string | boolean | null,
  target: number | string | boolean | null,
  maxPoints: number | string | boolean | null,
  minRatio?: number | string | boolean | null,
): number | string | CustomFunctions.Error {
  return cell(() => core.ratioCell(achieved, target, maxPoints, minRatio));
}

/**
 * Points of a survey (XHH) criterion from the counts of answers 1…5: (c×1 + d×2 + e×3 + g×4 + h×5)/B (the Định Hóa commune framework, 1.1–1.5).
 * @customfunction CCHC.SURVEY
 * @param counts Five cells: how many respondents chose answer 1, 2, 3, 4, 5. Blank = 0.
 * @param maxPoints The criterion's maximum points (4 in 2024). Blank or 0: missing.
 * @param [mode] "literal" (the official formula, capped at the maximum; default) or "scale" (average × maximum / 5). Blank = "literal".
 * @returns Points, rounded to 2 decimals.
 */
export function survey(counts: any[][], maxPoints: number | string | boolean | null, mode?: number | string | boolean | null): number | string | CustomFunctions.Error {
  return cell(() => core.surveyCell(counts, maxPoints, mode));
}

/**
 * Points of the highest bracket reached: the last lower bound ≤ value gives its points; below the first, 0 (the THADS competition table).
 * @customfunction CCHC.BRACKET
 * @param value The value to place, e.g. % above target (type 12%). Blank = 0.
 * @param lowerBounds The brackets' lower bounds, ascending. A row blank or 0 here and in points is skipped.
 * @param points The points of each bracket, same size as lowerBounds. Same rows × columns as lowerBounds.
 * @returns Points.
 */
export function bracket(value: number | string | boolean | null, lowerBounds: any[][], points: any[][]): number | string | CustomFunctions.Error {
  return cell(() => core.bracketCell(value, lowerBounds, points));
}

/**
 * Points by comparing this year with last year: better, equal or worse (the Định Hóa commune framework, 8.3.1 and 8.3.2).
 * @customfunction CCHC.COMPARE
 * @param current This year's value (score or rank). Blank or 0: missing (a score or rank is never 0).
 * @param previous Last year's value. Blank or 0: missing.
 * @param higherPoints Points when this year is better. Blank = 0.
 * @param equalPoints Points when equal. Blank = 0.
 * @param lowerPoints Points when worse. Blank = 0.
 * @param [smallerIsBetter] TRUE for ranks (1st is better than 3rd). Default FALSE. Blank = FALSE.
 * @returns Points.
 */
export function compare(
  current: number | string | boolean | null,
  previous: number | string | boolean | null,
  higherPoints: number | string | boolean | null,
  equalPoints: number | string | boolean | null,
  lowerPoints: number | string | boolean | null,
  smallerIsBetter?: number | string | boolean | null,
): number | string | CustomFunctions.Error {
  return cell(() => core.compareCell(current, previous, higherPoints, equalPoints, lowerPoints, smallerIsBetter));
}

/**
 * Points of one criterion of a built-in framework, by its own rule (e.g. =CCHC.SCORE("xa-2024";"7.1";0;3)).
 * @customfunction CCHC.SCORE
 * @param templateId Framework id: xa-2024, hn-m01…hn-m04, thads-ls. Blank: #N/A.
 * @param criterionId Criterion id as printed, e.g. "5.5.3.4".
 * @param input The criterion's first input (an outcome, a count, a range of counts…), or a special case's name (e.g. "khong-don-thu"). A blank cell reads 0. Special notes as written: 2.4.2 with no recommendations ([0, 0]) = 0,5; 2.3.4 with no petitions = 1. Counts that contradict themselves (on time + overdue above the total) are #VALUE!.
 * @param [more] The criterion's further inputs, in order. Excel passes all of them as one array (a repeating parameter).
 * @returns Points, rounded to 2 decimals.
 */
export function score(
  templateId: number | string | boolean | null,
  criterionId: number | string | boolean | null,
  input: any[][],
  more?: any[][][],
): number | string | CustomFunctions.Error {
  return cell(() => core.scoreCell(templateId, criterionId, [input, ...(more ?? [])]));
}

/**
 * The maximum points of a criterion of a built-in framework.
 * @customfunction CCHC.MAXPOINTS
 * @param templateId Framework id, e.g. "xa-2024". Blank: #N/A.
 * @param criterionId Criterion id as printed, e.g. "2.3.4".
 * @returns Maximum points.
 */
export function maxPoints(templateId: number | string | boolean | null, criterionId: number | string | boolean | null): number | string | CustomFunctions.Error {
  return cell(() => core.maxPointsCell(templateId, criterionId));
}

/**
 * The level of a total, as its full Vietnamese name (e.g. "Hoàn thành tốt nhiệm vụ").
 * @customfunction CCHC.CLASSIFY
 * @param total The total score. Blank or 0: no level (#VALUE!); above the framework total: #VALUE!.
 * @param [templateId] Framework id whose bands apply; default the monthly bands A ≥ 90, B ≥ 70, C ≥ 50. Blank = default bands. The THADS framework ("thads-ls") has no bands: give them, else #N/A "Chưa có thang xếp loại".
 * @param [bands] Three cells: the lowest points of A, B, C, as in a sheet's bands block ("Thang xếp loại"); used instead of the framework's. Blank or 0 cell = not set; all blank = not given.
 * @returns The level's name.
 */
export function classify(total: number | string | boolean | null, templateId?: number | string | boolean | null, bands?: any[][]): number | string | CustomFunctions.Error {
  return cell(() => core.classifyCell(total, templateId, bands));
}

/**
 * Quantity a: Σ k × completed / Σ k × assigned, as a fraction (the Hà Đông monthly plan, III.2.2a).
 * @customfunction KPI.QUANTITY
 * @param completed Units completed per work item. Blank = 0; a row blank or 0 in completed and assigned is skipped.
 * @param assigned Units assigned per work item. Same rows × columns as completed.
 * @param [coefficients] Coefficient k of each item to standard units; blank = 1. 0 = 1 too.
 * @returns a, a fraction (format as %).
 */
export function kpiQuantity(completed: any[][], assigned: any[][], coefficients?: any[][]): number | string | CustomFunctions.Error {
  return cell(() => core.kpiQuantityCell(completed, assigned, coefficients));
}

/**
 * Quality b: completed units less 25% per failed quality review, over assigned (the Hà Đông monthly plan, III.2.2b).
 * @customfunction KPI.QUALITY
 * @param completed Units completed per work item. Blank = 0; a row blank or 0 in completed and assigned is skipped.
 * @param assigned Units assigned per work item. Same rows × columns as completed.
 * @param failedReviews Failed quality reviews per item. Blank = 0.
 * @param [coefficients] Coefficient k per item; blank = 1. 0 = 1 too.
 * @param [excused] TRUE (or "x") where an objective cause was confirmed: no deduction. Blank = not excused.
 * @returns b, a fraction (format as %).
 */
export function kpiQuality(completed: any[][], assigned: any[][], failedReviews: any[][], coefficients?: any[][], excused?: any[][]): number | string | CustomFunctions.Error {
  return cell(() => core.kpiQualityCell(completed, assigned, failedReviews, coefficients, excused));
}

/**
 * Timeliness c: completed units less 25% per delay, over assigned (the Hà Đông monthly plan, III.2.2c).
 * @customfunction KPI.TIMELINESS
 * @param completed Units completed per work item. Blank = 0; a row blank or 0 in completed and assigned is skipped.
 * @param assigned Units assigned per work item. Same rows × columns as completed.
 * @param delays Delays per item. Blank = 0.
 * @param [coefficients] Coefficient k per item; blank = 1. 0 = 1 too.
 * @param [excused] TRUE (or "x") where an objective cause was confirmed: no deduction. Blank = not excused.
 * @returns c, a fraction (format as %).
 */
export function kpiTimeliness(completed: any[][], assigned: any[][], delays: any[][], coefficients?: any[][], excused?: any[][]): number | string | CustomFunctions.Error {
  return cell(() => core.kpiTimelinessCell(completed, assigned, delays, coefficients, excused));
}

/**
 * KPI result: (a+b+c)/3 for staff, (a+b+c+d+đ+e)/6 for leaders (the Hà Đông monthly plan, III.4).
 * @customfunction KPI.RESULT
 * @param a Quantity, as a percentage. Blank = 0%.
 * @param b Quality, as a percentage. Blank = 0%.
 * @param c Timeliness, as a percentage. Blank = 0%.
 * @param [d] Leaders: results of the unit (100% or 50%). Blank or 0: left out.
 * @param [dd] Leaders: organising ability, đ (100% or 50%). Blank or 0: left out.
 * @param [e] Leaders: ability to unite the staff (100% or 50%). Blank or 0: left out.
 * @returns The KPI result, a fraction (format as %).
 */
export function kpiResult(
  a: number | string | boolean | null,
  b: number | string | boolean | null,
  c: number | string | boolean | null,
  d?: number | string | boolean | null,
  dd?: number | string | boolean | null,
  e?: number | string | boolean | null,
): number | string | CustomFunctions.Error {
  return cell(() => core.kpiResultCell(a, b, c, d, dd, e));
}

/**
 * Monthly score: general points + KPI result × 70, rounded to 2 decimals (the Hà Đông monthly plan, III.5).
 * @customfunction KPI.MONTHLY
 * @param generalPoints Points of the general criteria (at most 30). Blank = 0.
 * @param kpiResult The KPI result as a percentage. Blank = 0%.
 * @returns The monthly score out of 100.
 */
export function kpiMonthly(generalPoints: number | string | boolean | null, kpiResult: number | string | boolean | null): number | string | CustomFunctions.Error {
  return cell(() => core.kpiMonthlyCell(generalPoints, kpiResult));
}

/**
 * Grade of a monthly score: A ≥ 90, B ≥ 70, C ≥ 50, else D (the Hà Đông monthly plan, II.3.1), from the score rounded to 2 decimals.
 * @customfunction KPI.GRADE
 * @param score The score out of 100. Blank or 0: no grade (#VALUE!).
 * @param [style] "letter" (A; default), "code" (HTXSNV) or "name" (Hoàn thành xuất sắc nhiệm vụ). Blank = "letter".
 * @param [bands] Three cells: the lowest points of A, B, C, instead of 90, 70, 50. Blank or 0 cell = not set; all blank = not given.
 * @returns The grade.
 */
export function kpiGrade(score: number | string | boolean | null, style?: number | string | boolean | null, bands?: any[][]): number | string | CustomFunctions.Error {
  return cell(() => core.gradeCell(score, style, bands));
}

/**
 * Points of a criterion after a deduction that cannot exceed its maximum: maxPoints − min(deduction, maxPoints).
 * @customfunction KPI.DEDUCT
 * @param maxPoints The criterion's maximum. Blank or 0: missing.
 * @param deduction Points deducted; blank = 0.
 * @returns Points.
 */
export function kpiDeduct(maxPoints: number | string | boolean | null, deduction: number | string | boolean | null): number | string | CustomFunctions.Error {
  return cell(() => core.kpiDeductCell(maxPoints, deduction));
}

/**
 * How many A grades the unit may keep: the largest k with k ≤ cap × (number of B + demoted A's) (the Hà Đông monthly plan, II.3.2).
 * @customfunction KPI.QUOTA
 * @param grades The grades of the unit (A/B/C/D or HTXSNV…); blank cells (heads of unit) are not counted. Excel passes them as 0: still not counted.
 * @param [cap] 20% (default), up to 25% for an outstanding unit ("không vượt quá 25%"): above 25% is #VALUE!. Blank or 0 = 20%.
 * @returns The number of A allowed.
 */
export function kpiQuota(grades: any[][], cap?: number | string | boolean | null): number | string | CustomFunctions.Error {
  return cell(() => core.kpiQuotaCell(grades, cap));
}

/**
 * Quarter or year score: the mean of the months present (blank and 0 cells skipped), rounded to 2 decimals.
 * @customfunction KPI.ANNUAL
 * @param monthlyScores The monthly scores.
 * @returns The roll-up score.
 */
export function kpiAnnual(monthlyScores: any[][]): number | string | CustomFunctions.Error {
  return cell(() => core.kpiAnnualCell(monthlyScores));
}

/**
 * What to flag beside KPI.ANNUAL, not applied to it: the months graded D by their score and the months with an override (not completing duties whatever the score), e.g. "Lưu ý (chưa áp dụng vào kết quả): xếp loại D theo điểm: tháng thứ 3." Nothing to flag: "Không có tháng cần lưu ý".
 * @customfunction KPI.ANNUALFLAGS
 * @param monthlyScores The monthly scores, as given to KPI.ANNUAL (blank and 0 cells: no score that month).
 * @param [overrides] Beside each month, the reason of an override (e.g. "kỷ luật khiển trách"); same rows × columns as monthlyScores. A blank cell = no override.
 * @returns A short Vietnamese text.
 */
export function kpiAnnualFlags(monthlyScores: any[][], overrides?: any[][]): number | string | CustomFunctions.Error {
  return cell(() => core.kpiAnnualFlagsCell(monthlyScores, overrides));
}

/**
 * THADS total: base − Σ deduction × times + Σ bonus × times; no cap, may be negative (the Lạng Sơn THADS guide, part 2).
 * @customfunction THADS.TOTAL
 * @param deductionPoints Points of each deduction criterion. Blank = 0.
 * @param deductionTimes Times each deduction occurred. Same rows × columns as deductionPoints; blank = 0.
 * @param bonusPoints Points of each bonus criterion. Blank = 0.
 * @param bonusTimes Times each bonus occurred. Same rows × columns as bonusPoints; blank = 0.
 * @param [base] Base points; default 200. Blank or 0 = 200.
 * @returns The total.
 */
export function thadsTotal(
  deductionPoints: any[][],
  deductionTimes: any[][],
  bonusPoints: any[][],
  bonusTimes: any[][],
  base?: number | string | boolean | null,
): number | string | CustomFunctions.Error {
  return cell(() => core.thadsTotalCell(deductionPoints, deductionTimes, bonusPoints, bonusTimes, base));
}

/**
 * A number written the Vietnamese way: "8,5" → 8.5, "1.234.567" → 1234567, "95%" → 0.95.
 * @customfunction CCHC.NUMBER
 * @param text The text to read. Blank = 0. "89.995" (one dot, three digits) reads two ways: #VALUE!.
 * @returns The number.
 */
export function parseNumber(text: number | string | boolean | null): number | string | CustomFunctions.Error {
  return cell(() => core.numberCell(text));
}

/**
 * The date before which a step of the monthly round must be done: self-assessment before the 25th, comments before the 26th, decision before the 28th, public list before the 5th of the next month; December's round before 15 December (the Hà Đông monthly plan).
 * @customfunction KPI.DEADLINE
 * @param year The year. Blank or 0: missing.
 * @param month The month (1–12). Blank or 0: missing.
 * @param [step] "self" (default), "review", "decision" or "publish" (or tự đánh giá, nhận xét, quyết định, công khai). Blank = "self".
 * @returns A date (format the cell as a date).
 */
export function kpiDeadline(
  year: number | string | boolean | null,
  month: number | string | boolean | null,
  step?: number | string | boolean | null,
): number | string | CustomFunctions.Error {
  return cell(() => core.deadlineCell(year, month, step));
}

/**
 * Checks one criterion's evidence the way the appraisal council does (the Định Hóa commune guide, part 2): "OK" or the problems found. E1 no evidence; E2 no real document number (a placeholder "Số:   /BC-UBND", or a document named with no number: forecast 0; 123/BC-UBND, 05/kh-ubnd, 05-NQ/ĐU are real); E3 no place (Mục, Điểm, Khoản, Điều, Phần, Chương with its number, trang N, phụ lục N, biểu N); E4 no statistics table where one is asked for (forecast 0); E5 a document dated after the cut-off (dates d/m/yyyy or "ngày 21 tháng 11 năm 2024"; a period "đến 31/12/2024" is not a document date). Warnings read "E3 (cảnh báo)".
 * @customfunction CCHC.EVIDENCE
 * @param evidence The evidence documents (tài liệu kiểm chứng), e.g. "Báo cáo 123/BC-UBND ngày 10/11/2024". Blank (or 0) = no evidence: E1.
 * @param explanation The explanation (giải trình), naming where in the document: Mục II, khoản 2, trang 3, phụ lục 1… Blank (or 0) = none: E3.
 * @param [requirement] What the criterion asks for (the templates' hidden requirement column), to check for a statistics table. Blank = none.
 * @param [selfScore] The self-score; a criterion scored 0 needs no evidence. 0 = scored 0 (no check); left out = checked. A blank cell is 0 on desktop, left out on the web: wrap it in IF(ISNUMBER(…)).
 * @param [templateId] With criterionId, the criterion checked, as the task pane checks it: 7.2 counts documents up to the report date 22/11/2024, criteria the council scores itself need no evidence, criteria scored from figures warn when the explanation gives none. Blank = no criterion.
 * @param [criterionId] The criterion's id as printed, e.g. "7.2". Blank = no criterion.
 * @returns "OK" or the codes with their messages.
 */
export function evidence(
  evidence: number | string | boolean | null,
  explanation: number | string | boolean | null,
  requirement?: number | string | boolean | null,
  selfScore?: number | string | boolean | null,
  templateId?: number | string | boolean | null,
  criterionId?: number | string | boolean | null,
): number | string | CustomFunctions.Error {
  return cell(() => core.evidenceCell(evidence, explanation, requirement, selfScore, templateId, criterionId));
}
