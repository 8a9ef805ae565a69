import type { TemplateDef } from './templates';

/** Filled in by its own change. */
export const HN_TEMPLATES: readonly TemplateDef[] = [];
