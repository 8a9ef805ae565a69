/** The strict Excel simulator (see ./api.ts for what it refuses). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export { ExcelSimulator, SimError, CELL_LIMIT, type SyncRecord } from './api';
export { SimSheet, SimWorkbook, parseAddress, type Rect } from './model';
export { PROFILES, profile, supports, type HostProfile } from './profiles';
export { checkFormula } from './formulas';

/** The custom-function names of src/functions/functions.ts (what functions.json lists), read from its JSDoc. */
export function customFunctionNames(): Set<string> {
  const source = readFileSync(resolve(__dirname, '../../../src/functions/functions.ts'), 'utf8');
  return new Set([...source.matchAll(/@customfunction\s+([A-Z][A-Z0-9.]*)/g)].map((m) => m[1]!));
}
