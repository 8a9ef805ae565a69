/** What counts as a developer's word in a user's text (issue 14 item 8), shared by the plan and the bundle scans. */
import { TEMPLATES } from '../../src/sheet/templates';

export const TEMPLATE_IDS: readonly string[] = TEMPLATES.map((t) => t.id);

/** A seed number, "văn bản 00x", a section sign, or a template id standing as a word ("mẫu xa-2024", "hn-m03 Lan"). */
export const DEVELOPER = new RegExp(`\\bseed\\s*0\\d{2}\\b|văn bản 00\\d|§|(?<![\\w-])(?:${TEMPLATE_IDS.join('|')})(?![\\w-])`, 'iu');
