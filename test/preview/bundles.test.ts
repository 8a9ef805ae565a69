import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');

/** Any import, type-only and dynamic ones included: everything an entry can ever load. */
const ANY_IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
/** Static value imports only: what an entry's first load holds. */
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]/g;

/** Every source file an entry reaches through its imports (`STATIC_IMPORT`: its first load only), and the packages it names. */
function reach(entry: string, imports: RegExp = ANY_IMPORT): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(imports)) {
      const spec = m[1] ?? m[2]!;
      if (!spec.startsWith('.')) {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
        continue;
      }
      const base = path.resolve(path.dirname(file), spec);
      const found = ['.ts', '.tsx', '/index.ts', '/index.tsx', ''].map((ext) => base + ext).find((f) => existsSync(f) && f.match(/\.tsx?$/));
      if (found) visit(found);
    }
  };
  visit(path.join(SRC, entry));
  return { files, packages };
}

describe('HyperFormula goes only into the preview bundle', () => {
  for (const entry of ['functions/functions.ts', 'taskpane/index.tsx']) {
    it(`${entry} reaches neither HyperFormula nor src/preview nor src/cli`, () => {
      const { files, packages } = reach(entry);
      expect(files.size).toBeGreaterThan(10);
      expect(packages.has('hyperformula')).toBe(false);
      expect([...files].filter((f) => f.startsWith(path.join(SRC, 'preview')) || f.startsWith(path.join(SRC, 'cli')))).toEqual([]);
    });
  }

  it('the preview reaches the task pane, the plugin and HyperFormula', () => {
    const { files, packages } = reach('preview/index.tsx');
    expect(packages.has('hyperformula')).toBe(true);
    expect(files.has(path.join(SRC, 'taskpane/App.tsx'))).toBe(true);
    expect(files.has(path.join(SRC, 'cli/hyperformulaPlugin.ts'))).toBe(true);
  });
});

describe('ExcelJS is loaded by the preview on demand only', () => {
  it('the first load does not reach ExcelJS nor the CLI host; ./files.ts imports ./xlsx.ts lazily, which reaches both', () => {
    const first = reach('preview/index.tsx', STATIC_IMPORT);
    expect(first.packages.has('exceljs')).toBe(false);
    expect(first.files.has(path.join(SRC, 'cli/excelHost.ts'))).toBe(false);
    expect(readFileSync(path.join(SRC, 'preview/files.ts'), 'utf8')).toMatch(/import\(\s*\/\*[^*]*\*\/\s*'\.\/xlsx'\s*\)/);
    const lazy = reach('preview/xlsx.ts', STATIC_IMPORT);
    expect(lazy.packages.has('exceljs')).toBe(true);
    expect(lazy.files.has(path.join(SRC, 'cli/excelHost.ts'))).toBe(true);
    // The Node-only file module is swapped for the browser's shim by webpack.config.mjs.
    expect(lazy.files.has(path.join(SRC, 'cli/xlsxFile.ts'))).toBe(true);
    expect(readFileSync(path.resolve(SRC, '../webpack.config.mjs'), 'utf8')).toContain('src/preview/shims/xlsxFile.ts');
  });
});
