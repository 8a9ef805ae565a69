/**
 * Which words and which parts of the check and score screens a sheet gets, by the family of its template
 * (src/sheet/family.ts): only the commune's framework gets the council's forecast and the evidence codes E1–E6.
 */
import type { StringKey } from './strings';

import { familyOf, type Family } from '../sheet/family';

export { familyOf, type Family };

export interface FamilyWords {
  /** What the check looks at on this kind of sheet (shown with its result). */
  readonly checkAbout: StringKey;
  /** No finding: what the sheet is now ready for. */
  readonly checkClean: StringKey;
  /** What the score is made of (shown with it); null: nothing to add. */
  readonly scoreAbout: StringKey | null;
  /** The appraisal council re-scores it: the forecast of the appraised score and the points it may lose apply. */
  readonly forecast: boolean;
}

export const FAMILY_WORDS: Readonly<Record<Family, FamilyWords>> = {
  commune: { checkAbout: 'checkAboutCommune', checkClean: 'checkCleanCommune', scoreAbout: 'scoreAboutCommune', forecast: true },
  thads: { checkAbout: 'checkAboutThads', checkClean: 'checkCleanThads', scoreAbout: 'scoreAboutThads', forecast: false },
  monthly: { checkAbout: 'checkAboutMonthly', checkClean: 'checkCleanMonthly', scoreAbout: 'scoreAboutMonthly', forecast: false },
  workPlan: { checkAbout: 'checkAboutWorkPlan', checkClean: 'checkCleanWorkPlan', scoreAbout: null, forecast: false },
  unitList: { checkAbout: 'checkAboutUnitList', checkClean: 'checkCleanUnitList', scoreAbout: null, forecast: false },
  notice: { checkAbout: 'checkAboutNotice', checkClean: 'checkCleanNotice', scoreAbout: null, forecast: false },
  nd90: { checkAbout: 'checkAboutNd90', checkClean: 'checkCleanNd90', scoreAbout: null, forecast: false },
  party: { checkAbout: 'checkAboutParty', checkClean: 'checkCleanParty', scoreAbout: null, forecast: false },
  period: { checkAbout: 'checkAboutPeriod', checkClean: 'checkCleanPeriod', scoreAbout: null, forecast: false },
  competition: { checkAbout: 'checkAboutCompetition', checkClean: 'checkCleanCompetition', scoreAbout: null, forecast: false },
  other: { checkAbout: 'checkAboutOther', checkClean: 'checkClean', scoreAbout: null, forecast: false },
};

export const wordsFor = (templateId: string): FamilyWords => FAMILY_WORDS[familyOf(templateId)];
