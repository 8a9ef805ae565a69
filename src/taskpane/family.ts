/**
 * Which words and which parts of the check and score screens a sheet gets, by the family of its template: the
 * commune's framework is appraised by a council (a forecast of the appraised score, evidence E1–E6); THADS staff score
 * themselves from 200 base points; a Hà Nội ward's staff send their monthly form to their direct supervisor; the unit's
 * lists 1A/2A are built and decided, not submitted; the Decree 90 forms are read at the yearly review.
 */
import type { StringKey } from './strings';

export type Family = 'commune' | 'thads' | 'monthly' | 'workPlan' | 'unitList' | 'notice' | 'nd90' | 'other';

const FAMILY: Readonly<Record<string, Family>> = {
  'xa-2024': 'commune',
  'thads-ls': 'thads',
  'hn-m01': 'monthly',
  'hn-m02': 'monthly',
  'hn-m03': 'monthly',
  'hn-m04': 'monthly',
  'hn-tasks': 'workPlan',
  'hn-1a': 'unitList',
  'hn-2a': 'notice',
  'nd90-m02': 'nd90',
  'nd90-m03': 'nd90',
};

/** A template's family; a template this table does not know (a user's own framework) gets the plain words. */
export const familyOf = (templateId: string): Family => FAMILY[templateId] ?? 'other';

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
  other: { checkAbout: 'checkAboutOther', checkClean: 'checkClean', scoreAbout: null, forecast: false },
};

export const wordsFor = (templateId: string): FamilyWords => FAMILY_WORDS[familyOf(templateId)];
