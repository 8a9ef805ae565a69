import type { Framework } from '../types';
import { HN_M01, HN_M02, HN_M03, HN_M04 } from './hnMonthly';
import { ND90_M02, ND90_M03 } from './nd90';
import { THADS_COMPETITION } from './thadsCompetition';
import { THADS_LS } from './thadsLs';
import { XA_2024 } from './xa2024';

/** Every built-in framework, in the order the gallery shows them. Ids are stable: workbooks refer to them. */
export const FRAMEWORKS: readonly Framework[] = [XA_2024, HN_M01, HN_M02, HN_M03, HN_M04, THADS_LS, ND90_M02, ND90_M03, THADS_COMPETITION];

export const FRAMEWORK_IDS: readonly string[] = FRAMEWORKS.map((f) => f.id);

export const getFramework = (id: string): Framework | undefined => {
  const wanted = id.trim().toLowerCase();
  return FRAMEWORKS.find((f) => f.id === wanted);
};

export { HN_M01, HN_M02, HN_M03, HN_M04, ND90_M02, ND90_M03, THADS_COMPETITION, THADS_LS, XA_2024 };
