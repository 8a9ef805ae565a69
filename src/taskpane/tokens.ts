/**
 * Fluent's design tokens for the pane's makeStyles: each is the CSS variable of its name ('var(--colorBrandStroke1)'),
 * exactly the value `tokens` of @fluentui/react-components holds for it (the FluentProvider defines the variables from
 * the theme). Made on demand rather than imported: Fluent's `tokens` object has ~470 entries, which the minifier trims
 * to the few used while one script uses it, but ships whole once two chunks share it (taskpane.js and the engine do).
 * The zIndex tokens are left out: theirs carry a fallback value ('var(--zIndexPopup, 2000)').
 */
import type { tokens as fluentTokens } from '@fluentui/react-components';

type CssVarTokens = Omit<typeof fluentTokens, `zIndex${string}`>;

export const tokens: CssVarTokens = new Proxy({} as CssVarTokens, { get: (_, name) => (typeof name === 'string' ? `var(--${name})` : undefined) });
