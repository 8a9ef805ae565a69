import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatPoints } from '../../src/taskpane/format';
import { isDark, luminance, themeFor } from '../../src/taskpane/theme';

describe('the theme follows Office', () => {
  it('light without Office, or with a light Office theme', () => {
    expect(themeFor(undefined)).toBe(webLightTheme);
    expect(themeFor({ isDarkTheme: false, bodyBackgroundColor: '#FFFFFF' })).toBe(webLightTheme);
    expect(themeFor({ bodyBackgroundColor: '#E6E6E6' })).toBe(webLightTheme);
  });

  it('dark with a dark Office theme (flag, or dark body colour where the flag is missing)', () => {
    expect(themeFor({ isDarkTheme: true })).toBe(webDarkTheme);
    expect(isDark({ bodyBackgroundColor: '#262626' })).toBe(true);
    expect(isDark({ bodyBackgroundColor: 'not a colour' })).toBe(false);
  });

  it('computes WCAG luminance', () => {
    expect(luminance('#FFFFFF')).toBeCloseTo(1);
    expect(luminance('000000')).toBe(0);
    expect(luminance(undefined)).toBeNull();
  });
});

describe('numbers in the pane', () => {
  it('Vietnamese: decimal comma, "." between thousands', () => {
    expect(formatPoints(8.5, 'vi')).toBe('8,5');
    expect(formatPoints(1234.25, 'vi')).toBe('1.234,25');
    expect(formatPoints(-3, 'vi')).toBe('-3');
  });

  it('English: decimal point, "," between thousands', () => {
    expect(formatPoints(8.5, 'en')).toBe('8.5');
    expect(formatPoints(1234.25, 'en')).toBe('1,234.25');
  });

  it('no value shows as a dash; fractions as percentages', () => {
    expect(formatPoints(null, 'vi')).toBe('–');
    expect(formatPoints(Number.NaN, 'en')).toBe('–');
    expect(formatPercent(0.25, 'vi')).toBe('25%');
    expect(formatPercent(0.5, 'en')).toBe('50%');
    expect(formatPercent(null, 'en')).toBe('–');
  });
});
