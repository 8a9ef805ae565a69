import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { both, STRINGS, t, tf, type StringKey } from '../../src/taskpane/strings';

const root = path.resolve(__dirname, '../../src/taskpane');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('STRINGS', () => {
  const keys = Object.keys(STRINGS) as StringKey[];

  it.each(keys)('%s has a Vietnamese and an English text', (key) => {
    const entry = STRINGS[key] as Record<string, unknown>;
    expect(Object.keys(entry).sort()).toEqual(['en', 'vi']);
    for (const lang of ['vi', 'en'] as const) {
      expect(typeof entry[lang]).toBe('string');
      expect((entry[lang] as string).trim(), `${key}.${lang}`).not.toBe('');
    }
  });

  it.each(keys)('%s has the same placeholders in both languages', (key) => {
    expect(placeholders(STRINGS[key].en)).toEqual(placeholders(STRINGS[key].vi));
  });

  it('t picks the language; tf fills placeholders and leaves unknown ones visible', () => {
    expect(t('tabCheck', 'vi')).toBe('Kiểm tra');
    expect(t('tabCheck', 'en')).toBe('Check');
    expect(tf('fillCreated', 'vi', { sheet: 'xa-2024 Xã A' })).toBe('Đã điền mẫu vào trang mới “xa-2024 Xã A”.');
    expect(tf('fillCreated', 'en', {})).toContain('{sheet}');
    expect(both('markDone', { sheet: 'S', count: 3 })).toEqual({ vi: tf('markDone', 'vi', { sheet: 'S', count: 3 }), en: tf('markDone', 'en', { sheet: 'S', count: 3 }) });
  });

  it('every key the pane uses exists (t/tf/both calls with a literal key)', () => {
    const used = new Set<string>();
    for (const file of sources()) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:t|tf|both)\(\s*'(\w+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !(k in STRINGS))).toEqual([]);
  });
});

function sources(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'excel') walk(p);
      } else if (/\.tsx?$/.test(e.name)) out.push(p);
    }
  };
  walk(root);
  return out;
}

/** Literal text with letters in JSX: between tags (`>Text<`), or in a user-facing attribute (`aria-label="Text"`). */
export function literalTexts(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const m of code.matchAll(/>([^<>{}]*)<\/?[A-Za-z]/g)) {
    const text = m[1]!.trim();
    // TypeScript between `>` and `<` (generics, arrows, comparisons) has code punctuation; JSX text does not need it.
    if (text && /\p{L}/u.test(text) && !/[();=]|&&|\|\|/.test(text)) found.push(text);
  }
  for (const m of code.matchAll(/\b(aria-label|label|placeholder|title|alt|aria-description)="([^"]*)"/g)) {
    if (/\p{L}/u.test(m[2]!)) found.push(`${m[1]}="${m[2]}"`);
  }
  return found;
}

describe('components show no literal text', () => {
  it('the scanner finds literal text when there is some', () => {
    expect(literalTexts('<Button>Kiểm tra</Button>')).toEqual(['Kiểm tra']);
    expect(literalTexts('<div>\n  Tính điểm\n  <span /></div>')).toEqual(['Tính điểm']);
    expect(literalTexts('<Input aria-label="Tháng" />')).toEqual(['aria-label="Tháng"']);
    expect(literalTexts('<Caption1>Lỗi: thiếu tài liệu?</Caption1>')).toEqual(['Lỗi: thiếu tài liệu?']);
    expect(literalTexts("<Button>{t('scoreRun', lang)}</Button>")).toEqual([]);
    expect(literalTexts('const x = React.useState<Lang>(initial); const y = useRef<HTMLDivElement>(null);')).toEqual([]);
  });

  const files = [
    path.join(root, 'App.tsx'),
    ...readdirSync(path.join(root, 'components'))
      .filter((f) => f.endsWith('.tsx'))
      .map((f) => path.join(root, 'components', f)),
  ];
  it.each(files.map((f) => [path.relative(root, f), f]))('%s', (_, file) => {
    expect(literalTexts(readFileSync(file, 'utf8'))).toEqual([]);
  });
});

describe('counts in words', () => {
  it('English agrees with the number ("1 warning"), Vietnamese has one form', async () => {
    const { checkSummary, issueCount } = await import('../../src/taskpane/strings');
    expect(checkSummary('en', 'S', 1, 1, 0)).toBe('Sheet “S”: 1 error, 1 warning, 0 notes.');
    expect(checkSummary('en', 'S', 8, 2, 1)).toBe('Sheet “S”: 8 errors, 2 warnings, 1 note.');
    expect(checkSummary('vi', 'S', 1, 2, 0)).toBe('Trang “S”: 1 lỗi, 2 cảnh báo, 0 thông tin.');
    expect([issueCount('en', 1), issueCount('en', 3), issueCount('vi', 1)]).toEqual(['1 item', '3 items', '1 mục']);
  });
});
