import type { TemplateDef } from './templates';

/** Filled in by its own change. */
export const UNIT_TEMPLATES: readonly TemplateDef[] = [];
