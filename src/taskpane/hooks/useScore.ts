/**
 * The score (Chấm điểm): self total, grade, the council's likely total, the criteria that lose points, by section.
 * Part of the engine (it needs the frameworks): the screen's hook is useScoreTask, which loads this with the engine.
 */
import { DEFAULT_BANDS, flatten, getFramework, gradeOf, parseGrade, round, type GradeCode, type Msg } from '../../scoring';
import type { WorkbookHost } from '../../sheet/host';
import { scoreSheet, templateTitle, type SheetOutcome } from '../../sheet/operations';
import { wordsFor } from '../family';
import type { CriterionScore, NotCounted, SheetScore } from '../../sheet/types';
import { attempt, type Outcome } from './outcome';

export interface PointLoss {
  readonly id: string;
  readonly maxPoints: number | null;
  readonly self: number;
  readonly forecast: number;
  readonly loss: number;
}

export interface ScoreView {
  readonly sheet: string;
  readonly templateId: string;
  /** The template as its users know it (its title), shown instead of its id. */
  readonly templateTitle: Msg;
  /** The appraisal council re-scores this kind of sheet: the forecast and the points it may lose are shown. */
  readonly forecast: boolean;
  readonly total: number;
  readonly forecastTotal: number;
  readonly level: GradeCode | null;
  /** The grade the forecast total would get, by the same bands (the sheet's bands block where it has one); null: no grade. */
  readonly forecastLevel: GradeCode | null;
  /** Why there is no grade ("Chưa đủ dữ liệu để xếp loại", no bands, bands unreadable); null when graded. */
  readonly incomplete: Msg | null;
  /** Entries counted 0 because they are invalid, each with its cell. */
  readonly notCounted: readonly NotCounted[];
  /** The bands are the default ones (the text gives none): shown as "default, configurable" (DOMAIN.md Decision). */
  readonly bandsAreDefault: boolean;
  /** The sheet's own bands (lowest points of A, B, C) where the unit changed them from the framework's; else null. */
  readonly sheetBands: readonly number[] | null;
  readonly losses: readonly PointLoss[];
  readonly sections: SheetScore['sections'];
}

/** Leaves of the score: from the framework when there is one, else the ids no other id extends ("5.5" → "5.5.1"). */
function leafIds(score: SheetScore): Set<string> {
  const fw = getFramework(score.template);
  if (fw) return new Set(flatten(fw).filter((p) => !p.node.children?.length).map((p) => p.node.id));
  const ids = score.criteria.map((c) => c.id);
  return new Set(ids.filter((id) => !ids.some((other) => other !== id && other.startsWith(`${id}.`))));
}

/** Criteria whose forecast is below the self-score, the biggest loss first (ties in table order). */
export function pointLosses(score: SheetScore): PointLoss[] {
  const leaves = leafIds(score);
  return score.criteria
    .filter((c): c is CriterionScore & { self: number; forecast: number } => leaves.has(c.id) && c.self !== null && c.forecast !== null && c.self > c.forecast)
    .map((c) => ({ id: c.id, maxPoints: c.maxPoints, self: c.self, forecast: c.forecast, loss: round(c.self - c.forecast) }))
    .sort((a, b) => b.loss - a.loss);
}

const sameMins = (mins: readonly number[], bands: readonly { readonly min: number }[]): boolean => mins.every((m, i) => bands[i]?.min === m);

/** The forecast's grade: the score's own (by the sheet's bands) when it gives one, else by the framework's bands. */
function forecastLevelOf(score: SheetScore): GradeCode | null {
  if (score.incomplete) return null;
  if (score.forecastLevel !== undefined) {
    const g = parseGrade(score.forecastLevel);
    return g.ok ? g.value : null;
  }
  return gradeOf(score.forecastTotal, getFramework(score.template)?.bands ?? DEFAULT_BANDS);
}

export function scoreView(outcome: SheetOutcome<SheetScore>): ScoreView {
  const score = outcome.value;
  const grade = parseGrade(score.level);
  const fw = getFramework(score.template);
  return {
    sheet: outcome.sheet,
    templateId: outcome.templateId,
    templateTitle: outcome.title ?? templateTitle(outcome.templateId),
    forecast: wordsFor(outcome.templateId).forecast,
    total: score.total,
    forecastTotal: score.forecastTotal,
    level: grade.ok ? grade.value : null,
    forecastLevel: forecastLevelOf(score),
    incomplete: score.incomplete ?? null,
    notCounted: score.notCounted ?? [],
    bandsAreDefault: (fw?.bandsAreDefault ?? false) && (score.bandMins === undefined || sameMins(score.bandMins, DEFAULT_BANDS)),
    sheetBands: score.bandMins !== undefined && !sameMins(score.bandMins, fw?.bands ?? DEFAULT_BANDS) ? score.bandMins : null,
    losses: pointLosses(score),
    sections: score.sections,
  };
}

export async function runScore(host: WorkbookHost): Promise<Outcome<ScoreView>> {
  const r = await attempt(() => scoreSheet(host));
  return r.ok ? { ok: true, value: scoreView(r.value) } : r;
}
