import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseAnswersDocument, scoreAnswers, toAnswer } from '../../src/cli/commands/answers';
import { templateWorkbook } from '../../src/cli/commands/template';
import { ExcelJsHost } from '../../src/cli/excelHost';
import { openWorkbook, workbookBytes } from '../../src/cli/xlsxFile';
import { findCriterion, flatten, FRAMEWORKS, getFramework, isScorable, scoreCriterion, type RawValue } from '../../src/scoring';
import { a1 } from '../../src/sheet/a1';
import { scoreSheet } from '../../src/sheet/operations';
import { COL, inputValueCol, isComputed } from '../../src/sheet/plans/framework';
import { HN_COL, kpiValueCol } from '../../src/sheet/plans/hnMonthly';
import { getTemplate } from '../../src/sheet/templates';
import { rng, runCli, tempDir } from './support';

const doc = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

/** The rows of the README's table "One example per rule kind": template, answer, points. */
const EXAMPLES = [...doc.matchAll(/^\| [^|]+ \| (xa-2024|thads-ls|thads-thi-dua|hn-m0\d) \| `("[^"]+": .+)` \| `(-?[\d.]+)` \|$/gm)].map((m) => ({
  template: m[1]!,
  answer: JSON.parse(`{${m[2]}}`) as Record<string, unknown>,
  points: Number(m[3]),
}));

describe('README: the answers file', () => {
  it('has one example per rule kind of the built-in frameworks', () => {
    const kinds = new Set(EXAMPLES.map((e) => findCriterion(getFramework(e.template)!, Object.keys(e.answer)[0]!)!.node.rule!.kind));
    const used = new Set(FRAMEWORKS.flatMap((fw) => flatten(fw).filter((p) => isScorable(p.node)).map((p) => p.node.rule!.kind)));
    expect([...kinds].sort()).toEqual([...used].sort());
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(20);
  });

  for (const e of EXAMPLES) {
    it(`${e.template} ${JSON.stringify(e.answer)} → ${e.points}`, () => {
      const out = scoreAnswers(getFramework(e.template)!, parseAnswersDocument({ answers: e.answer }), 'vi');
      const [id] = Object.keys(e.answer);
      expect(out.errors).toEqual([]);
      expect(out.criteria.find((c) => c.id === id)?.self).toBe(e.points);
    });
  }

  it('gives the documented result for the documented example, through the command', async () => {
    const dir = tempDir();
    const block = /```json\n(\{ "template": "xa-2024",\n  "answers"[\s\S]*?)```/.exec(doc)![1]!;
    writeFileSync(path.join(dir, 'answers.json'), block);
    const r = await runCli(['score', '--template', 'xa-2024', '--input', 'answers.json', '--json'], dir);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect({ total: out.total, level: out.level, forecastTotal: out.forecastTotal }).toEqual({ total: 8, level: 'KHTNV', forecastTotal: 7 });
    expect(Object.keys(out)).toEqual(['template', 'total', 'level', 'levelName', 'forecastTotal', 'criteria', 'unanswered', 'errors']);
    expect(Object.keys(out.criteria[0])).toEqual(['id', 'maxPoints', 'self', 'forecast']);
    const human = await runCli(['score', '--template', 'xa-2024', '--input', 'answers.json', '--lang', 'en'], dir);
    expect(human.stdout).toMatch(/^Criteria framework for assessing and classifying the 2024 task completion of commune people’s committees: total 8, level Did not complete duties, forecast appraised score 7\./);
  });

  it('reports what it cannot use: unknown ids, answers of no known form, bad inputs (exit 1); bad files (exit 2)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.json'), JSON.stringify({ answers: { '9.9': 1, '7.1': { foo: 1 }, '5.5.1': [60, 0] } }));
    const r = await runCli(['score', '--template', 'xa-2024', '--input', 'a.json', '--json', '--lang', 'en'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).errors.map((e: { criterion: string }) => e.criterion)).toEqual(['9.9', '7.1', '5.5.1']);
    writeFileSync(path.join(dir, 'broken.json'), '{ "answers": ');
    writeFileSync(path.join(dir, 'list.json'), '[1, 2]');
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ template: 'thads-ls', answers: {} }));
    for (const [file, template] of [['broken.json', 'xa-2024'], ['list.json', 'xa-2024'], ['missing.json', 'xa-2024'], ['other.json', 'xa-2024'], ['a.json', 'nd90-m02'], ['a.json', 'nope']]) {
      const bad = await runCli(['score', '--template', template!, '--input', file!], dir);
      expect([file, template, bad.code, bad.stderr.trim().split('\n').length]).toEqual([file, template, 2, 1]);
    }
  });

  it('reads a number as typed points only where the sheet takes typed points', () => {
    const fw = getFramework('xa-2024')!;
    expect(toAnswer(findCriterion(fw, '2.1.1')!.node, 1)).toEqual({ selfScore: 1 });
    expect(toAnswer(findCriterion(fw, '7.1')!.node, 3)).toEqual([3]);
    expect(toAnswer(findCriterion(getFramework('hn-m03')!, '1.1')!.node, 0.5)).toEqual([0.5]);
    expect(toAnswer(findCriterion(fw, '7.1')!.node, { inputs: [0, 3] })).toEqual([0, 3]);
    expect(toAnswer(findCriterion(fw, '7.1')!.node, [{}])).toBe('bad');
  });
});

/** Random valid answers for a framework, and the same answers as cells of its template sheet. */
function answersAndCells(id: string, seed: number) {
  const fw = getFramework(id)!;
  const plan = getTemplate(id)!.plan({});
  const r = rng(seed);
  const answers: Record<string, unknown> = {};
  const evidence: Record<string, { evidence: string; explanation: string }> = {};
  const cells = new Map<string, ExcelJS.CellValue>();
  for (const { node } of flatten(fw)) {
    if (node.children?.length || !isScorable(node) || r() < 0.15) continue;
    const row = plan.layout.rowOf[node.id]!;
    const rule = node.rule!;
    if (rule.kind === 'kpiResult') {
      const parts = rule.inputs.map((_, i) => (i < 3 ? Math.round(r() * 100) / 100 : r() < 0.5 ? 1 : 0.5));
      answers[node.id] = parts;
      parts.forEach((v, i) => cells.set(a1(row, kpiValueCol(i)), v));
      continue;
    }
    if (rule.kind === 'cappedDeduction') {
      const d = [0, 0.5, 1, 3][Math.floor(r() * 4)]!;
      answers[node.id] = d;
      cells.set(a1(row, HN_COL.deduction), d);
      continue;
    }
    let raws: RawValue[] | null = null;
    for (let attempt = 0; attempt < 80 && !raws; attempt++) {
      const candidate = rule.inputs.map((i) =>
        i.type === 'choice' ? i.choices![Math.floor(r() * i.choices!.length)]! : i.type === 'text' ? 'Hoàn thành nhiệm vụ' : i.type === 'fraction' ? Math.round(r() * 100) / 100 : Math.floor(r() * 12),
      );
      if (scoreCriterion(node, candidate).ok) raws = candidate;
    }
    if (!raws) continue;
    answers[node.id] = raws;
    if (isComputed(node)) raws.forEach((v, i) => cells.set(a1(row, inputValueCol(i)), v ?? null));
    else cells.set(a1(row, COL.self), (scoreCriterion(node, raws) as { value: number }).value);
    if (r() < 0.8) {
      evidence[node.id] = { evidence: '123/BC-UBND ngày 10/01/2024', explanation: r() < 0.8 ? 'Mục II, trang 3' : 'Đã làm' };
      cells.set(a1(row, COL.evidence), evidence[node.id]!.evidence);
      cells.set(a1(row, COL.explanation), evidence[node.id]!.explanation);
    }
  }
  return { answers, evidence, cells };
}

describe('the answers path and the sheet path give the same points (one truth)', () => {
  for (const id of ['xa-2024', 'thads-ls', 'hn-m03', 'hn-m01']) {
    for (const seed of [11, 12]) {
      it(`${id}, answers #${seed}: typed into the template file, scoreSheet agrees with scoreFramework`, async () => {
        const { answers, evidence, cells } = answersAndCells(id, seed);
        const json = scoreAnswers(getFramework(id)!, parseAnswersDocument({ answers, evidence }), 'vi');
        expect(json.errors).toEqual([]);
        const workbook = await templateWorkbook(id, {});
        const ws = workbook.worksheets[0]!;
        for (const [cell, v] of cells) ws.getCell(cell).value = v;
        const host = new ExcelJsHost((await openWorkbook(await workbookBytes(workbook), `${id}.xlsx`)).workbook);
        const sheet = await scoreSheet(host, { sheet: ws.name });
        expect(sheet.ok).toBe(true);
        if (!sheet.ok) return;
        const s = sheet.value.value;
        // An incomplete form has no grade: '' on the sheet path, null in the answers' JSON.
        expect({ total: s.total, level: s.level || null, forecastTotal: s.forecastTotal }).toEqual({ total: json.total, level: json.level, forecastTotal: json.forecastTotal });
        const bySheet = new Map(s.criteria.map((c) => [c.id, { self: c.self ?? 0, forecast: c.forecast ?? 0 }]));
        for (const c of json.criteria) expect([c.id, bySheet.get(c.id)]).toEqual([c.id, { self: c.self ?? 0, forecast: c.forecast ?? 0 }]);
      });
    }
  }
});
