import type { TemplateDef } from './templates';

/** Filled in by its own change. */
export const ND90_TEMPLATES: readonly TemplateDef[] = [];
