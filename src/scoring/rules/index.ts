export { brackets, bracketPoints, type BracketsParams } from './brackets';
export { cappedDeduction, deductedPoints } from './cappedDeduction';
export { compare, comparePoints, type CompareParams } from './compare';
export { countTiers, testHolds, where, type CountTiersParams, type PartOf, type Tier, type TierTest } from './countTiers';
export {
  checkLeaderParts,
  kpiComponents,
  kpiPercent,
  kpiResult,
  KPI_WEIGHT,
  leaderComponent,
  monthlyScore,
  type KpiComponents,
  type KpiResultParams,
  type WorkItem,
} from './kpi';
export { levels, type LevelOption, type LevelsParams } from './levels';
export { narrative, type NarrativeParams } from './narrative';
export { occurrence, occurrenceTotal, type OccurrenceParams } from './occurrence';
export { points } from './points';
export { rating, type RatingParams } from './rating';
export { ratio, ratioPoints, type RatioParams } from './ratio';
export { survey, surveyPoints, SURVEY_MODES, type SurveyMode, type SurveyParams } from './survey';

import type { RuleKindName } from '../types';
/** Every rule kind the core knows; a framework node with another kind fails the completeness test. */
export const RULE_KINDS: readonly RuleKindName[] = [
  'levels', 'ratio', 'survey', 'countTiers', 'compare', 'rating', 'occurrence', 'cappedDeduction', 'brackets', 'kpiResult', 'points', 'narrative',
];
