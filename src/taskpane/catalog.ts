/**
 * The gallery's list: each template's id, title, description and the details it asks — all the pane shows of a
 * template before it is filled. Read from src/sheet/templates, the one source. In the task-pane bundle webpack
 * evaluates this module at build time and puts its value in instead (webpack.config.mjs, "catalog"), so the plans and
 * the frameworks' texts behind the templates stay out of taskpane.js and arrive with the engine (loadEngine.ts).
 */
import { FRAMEWORKS } from '../scoring/frameworks';
import { TEMPLATES, type TemplateDef } from '../sheet/templates';

export type CatalogEntry = Pick<TemplateDef, 'id' | 'title' | 'description' | 'asks'>;

export const CATALOG: readonly CatalogEntry[] = TEMPLATES.map(({ id, title, description, asks }) => ({ id, title, description, asks }));

/** The built-in frameworks a unit can export as a "Khung tiêu chí" sheet to edit (issue 12): id and title. */
export const SAMPLE_FRAMEWORKS: readonly Pick<CatalogEntry, 'id' | 'title'>[] = FRAMEWORKS.map(({ id, title }) => ({ id, title }));
