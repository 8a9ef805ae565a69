/**
 * The families of templates, for what every host says about a sheet: the commune's framework is appraised by the
 * district's council (a forecast of the appraised score applies); THADS staff score themselves from 200 base points;
 * a Hà Nội ward's staff send their monthly form to their direct supervisor; the unit's lists 1A/2A are built and
 * decided; the Decree 90 forms are read at the yearly review, the Party's review forms at the chi bộ's meeting; the
 * quarter and year tables are built from the monthly sheets.
 */
export type Family = 'commune' | 'thads' | 'monthly' | 'workPlan' | 'unitList' | 'notice' | 'nd90' | 'party' | 'period' | 'competition' | 'other';

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
  'hdkd-01': 'party',
  'hdkd-02': 'party',
  'thads-nam': 'period',
  'thads-thi-dua': 'competition',
  'hn-nam': 'period',
};

/** A template's family; a template this table does not know (a user's own framework) gets the plain words. */
export const familyOf = (templateId: string): Family => FAMILY[templateId] ?? 'other';

/** An appraisal council re-scores sheets of this template: its forecast (and the points it may lose) mean something. */
export const isAppraised = (templateId: string): boolean => familyOf(templateId) === 'commune';
