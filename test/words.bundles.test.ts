/**
 * Issue 14, item 8 (acceptance): what users are shown — the built add-in and preview, and the templates offices
 * open without the add-in — carries no "seed 0…", no "văn bản 00…", no "§" and no template id in a sentence.
 *
 * The bundles hold the template ids as keys ('xa-2024' in a lookup table, "chamdiem:xa-2024:1" markers), which users
 * never see. So the scan reads the string literals of each bundle (JavaScript tokens, comments and code left out),
 * keeps those that read as text for people — a space and letters, and not a CSS rule, a machine key or a framework's
 * `source` citation (data printed only through printedSource) — and looks for developer words in those. The templates are read cell by cell on every sheet: values, notes, the print header and
 * footer, data validation lists, prompts and error messages, and sheet names.
 *
 * The build: the run's shared builds (test/support/sharedBuild.mjs), the add-in half and the preview half of
 * `npm run build`, read only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { tokenizer } from 'acorn';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS } from '../src/scoring/frameworks';
import { PARTY_01, PARTY_02 } from '../src/scoring/frameworks/party';
import { MARKER_PREFIX } from '../src/sheet/plans/builder';
import { DEVELOPER, TEMPLATE_IDS } from './support/developerWords';
import { sharedBuild } from './support/sharedBuild.mjs';

const root = path.resolve(__dirname, '..');
let ADDIN = '';
let PREVIEW = '';

/** Every string literal of a script, template literal parts included (cooked), in source order. */
export function stringLiterals(js: string): string[] {
  const out: string[] = [];
  for (const token of tokenizer(js, { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true })) {
    const value: unknown = (token as { value?: unknown }).value;
    if ((token.type.label === 'string' || token.type.label === 'template') && typeof value === 'string') out.push(value);
  }
  return out;
}

/** A literal that reads as text for people: two words or more with letters, not a style rule, a path or a key. */
export function readsAsText(s: string): boolean {
  if (!/\s/.test(s.trim()) || !/\p{L}{2,}/u.test(s)) return false;
  if (s.startsWith(MARKER_PREFIX) || CITATIONS.has(s)) return false;
  if (/^[\s\w.#:>,*()[\]="'-]+\{[^}]*\}$/s.test(s) || /^[\w-]+\s*:\s*[^;]+;/.test(s)) return false; // CSS
  return true;
}

/**
 * The frameworks' `source`: the developer's citation of the seed ("seed 004, Phụ lục 1, Mẫu số 03"), data that is never
 * shown as such — forms print it through printedSource (test/sheet/words.test.ts checks every printed form).
 */
const CITATIONS: ReadonlySet<string> = new Set([...FRAMEWORKS, PARTY_01, PARTY_02].map((f) => f.source));

/** The literals of `js` that a user may be shown and that name a seed, "văn bản 00x", § or a template id. */
export function leaks(js: string): string[] {
  return stringLiterals(js).filter((s) => readsAsText(s) && DEVELOPER.test(s));
}

/** Every text of an .xlsx a person can see or print, sheet by sheet. */
async function workbookTexts(file: string): Promise<{ where: string; text: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: { where: string; text: string }[] = [];
  for (const ws of wb.worksheets) {
    out.push({ where: `${ws.name}: sheet name`, text: ws.name });
    const hf = ws.headerFooter as Record<string, unknown>;
    for (const [k, v] of Object.entries(hf ?? {})) if (typeof v === 'string') out.push({ where: `${ws.name}: ${k}`, text: v });
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const where = `${ws.name}!${cell.address}`;
        const v = cell.value;
        if (typeof v === 'string') {
          if (!v.startsWith(MARKER_PREFIX)) out.push({ where, text: v });
        } else if (v && typeof v === 'object' && 'richText' in v) out.push({ where, text: v.richText.map((r) => r.text).join('') });
        const note = cell.note;
        if (typeof note === 'string') out.push({ where: `${where} note`, text: note });
        else if (note && typeof note === 'object') out.push({ where: `${where} note`, text: (note.texts ?? []).map((t) => t.text).join('') });
      }),
    );
    const dv = (ws as unknown as { dataValidations?: { model?: Record<string, { formulae?: unknown[]; prompt?: string; error?: string; promptTitle?: string; errorTitle?: string }> } }).dataValidations?.model ?? {};
    for (const [range, rule] of Object.entries(dv)) {
      for (const t of [rule.prompt, rule.error, rule.promptTitle, rule.errorTitle, ...(rule.formulae ?? [])]) {
        if (typeof t === 'string') out.push({ where: `${ws.name}!${range} validation`, text: t });
      }
    }
  }
  return out;
}

describe('the scan finds a leak and passes an internal key', () => {
  it('on a hand-made bundle', () => {
    const js = [
      '// seed 002, Phụ lục II — a comment, never shown',
      'const FAMILY = { "xa-2024": "commune", "hn-1a": "unitList" };',
      'const marker = "chamdiem:hn-m03:1";',
      'const fw = { source: "seed 004, Phụ lục 1, Mẫu số 03" };',
      'const css = ".row { color: red }";',
      'const ok = { vi: "Mẫu số 03 kèm theo Kế hoạch", en: "Form 03" };',
      'const bad1 = { vi: "Mẫu hn-1a không chấm điểm", en: `Template ${id} (seed 004, §3.2)` };',
      "const bad2 = 'Hướng dẫn (văn bản 004, mục 3.2)';",
      'const re = /xa-2024 hn-m03/;',
    ].join('\n');
    expect(leaks(js)).toEqual(['Mẫu hn-1a không chấm điểm', ' (seed 004, §3.2)', 'Hướng dẫn (văn bản 004, mục 3.2)']);
  });
});

describe('built bundles and templates (issue 14 item 8)', () => {
  beforeAll(async () => {
    ADDIN = await sharedBuild('addin');
    PREVIEW = await sharedBuild('preview-production');
  }, 600_000);

  const scripts = () => [
    ...readdirSync(ADDIN).filter((f) => /^(functions|taskpane)(\..+)?\.js$/.test(f)).map((f) => path.join(ADDIN, f)),
    ...readdirSync(PREVIEW).filter((f) => f.endsWith('.js')).map((f) => path.join(PREVIEW, f)),
  ];

  it('the task pane, the custom functions and the preview: no developer words in a text shown', () => {
    const files = scripts();
    expect(files.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js', 'preview.js']));
    let texts = 0;
    const found: string[] = [];
    for (const f of files) {
      const js = readFileSync(f, 'utf8');
      const shown = stringLiterals(js).filter(readsAsText);
      texts += shown.length;
      found.push(...shown.filter((s) => DEVELOPER.test(s)).map((s) => `${path.basename(f)}: ${s.slice(0, 160)}`));
    }
    // The pane's and the core's messages are in there (so the scan reads what it should)…
    expect(texts).toBeGreaterThan(500);
    // …and the ids are too, as keys.
    const all = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const id of TEMPLATE_IDS) expect(all, id).toContain(`"${id}"`);
    expect(found).toEqual([]);
  });

  /**
   * A framework id is what a user types as the first argument of CCHC.SCORE or KPI.GRADE: the functions' help names
   * ids where it shows that argument — quoted as typed ("xa-2024"), or listed after "Framework id:" / "Mã khung:" —
   * and nowhere else.
   */
  const ARGUMENT_USES = [/"[a-z0-9-]+"/g, /\b(?:Framework id|Mã khung)\b[^.]*\./g];
  const outsideArguments = (text: string) => ARGUMENT_USES.reduce((t, re) => t.replace(re, ' '), text);

  it('the argument uses of an id are the only ones let through', () => {
    expect(outsideArguments('Framework id: xa-2024, hn-m01…hn-m04. Blank: #N/A.')).not.toMatch(DEVELOPER);
    expect(outsideArguments('Ví dụ =CCHC.SCORE("xa-2024";"7.1";0;3).')).not.toMatch(DEVELOPER);
    expect(outsideArguments('thads-ls has no bands')).toMatch(DEVELOPER);
    expect(outsideArguments('Điểm (seed 002, 1.1–1.5)')).toMatch(DEVELOPER);
  });

  it('the functions metadata (both languages) and the pages: no developer words', () => {
    const found: string[] = [];
    for (const f of readdirSync(ADDIN).filter((x) => /^functions.*\.json$/.test(x))) {
      const walk = (v: unknown, at: string): void => {
        if (typeof v === 'string') {
          if (readsAsText(v) && DEVELOPER.test(outsideArguments(v))) found.push(`${f} ${at}: ${v}`);
        } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
      };
      walk(JSON.parse(readFileSync(path.join(ADDIN, f), 'utf8')), '');
    }
    for (const f of [...readdirSync(ADDIN).filter((x) => x.endsWith('.html')).map((x) => path.join(ADDIN, x)), ...readdirSync(PREVIEW).filter((x) => x.endsWith('.html')).map((x) => path.join(PREVIEW, x))]) {
      const text = readFileSync(f, 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
      if (DEVELOPER.test(text)) found.push(`${path.basename(f)}: ${DEVELOPER.exec(text)![0]}`);
    }
    expect(found).toEqual([]);
  });

  it.each(readdirSync(path.join(root, 'templates')).filter((f) => f.endsWith('.xlsx')))(
    'templates/%s: no cell, note, header, footer, validation or sheet name names a seed or a template id',
    async (file) => {
      const texts = await workbookTexts(path.join(root, 'templates', file));
      expect(texts.length).toBeGreaterThan(10);
      expect(texts.filter((t) => DEVELOPER.test(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
    },
  );
});
