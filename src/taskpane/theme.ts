/** The Fluent theme that matches Office's: dark Office themes get the dark web theme, every other one the light theme. */
import { webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export interface OfficeThemeLike {
  readonly isDarkTheme?: boolean;
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance of "#RRGGBB" (WCAG), or null for anything else. */
export function luminance(color: string | undefined): number | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? '');
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h!, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function isDark(theme: OfficeThemeLike | undefined | null): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme;
  const l = luminance(theme.bodyBackgroundColor);
  return l !== null && l < 0.2;
}

export const themeFor = (office: OfficeThemeLike | undefined | null): Theme => (isDark(office) ? webDarkTheme : webLightTheme);
