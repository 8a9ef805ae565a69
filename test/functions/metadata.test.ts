import { readFileSync } from 'node:fs';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import * as fx from '../../src/functions/functions';
import vi from '../../src/functions/vi-VN.json';
import { localizeMetadata } from '../../scripts/localize-metadata.mjs';

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
}

/** The table: Excel name → JS export; every one must exist, and never fewer. */
const REQUIRED: Record<string, string> = {
  'CCHC.RATIO': 'ratio',
  'CCHC.SURVEY': 'survey',
  'CCHC.BRACKET': 'bracket',
  'CCHC.COMPARE': 'compare',
  'CCHC.SCORE': 'score',
  'CCHC.MAXPOINTS': 'maxPoints',
  'CCHC.CLASSIFY': 'classify',
  'KPI.QUANTITY': 'kpiQuantity',
  'KPI.QUALITY': 'kpiQuality',
  'KPI.TIMELINESS': 'kpiTimeliness',
  'KPI.RESULT': 'kpiResult',
  'KPI.MONTHLY': 'kpiMonthly',
  'KPI.GRADE': 'kpiGrade',
  'KPI.DEDUCT': 'kpiDeduct',
  'KPI.QUOTA': 'kpiQuota',
  'KPI.ANNUAL': 'kpiAnnual',
  'KPI.ANNUALFLAGS': 'kpiAnnualFlags',
  'THADS.TOTAL': 'thadsTotal',
};

let functions: Fn[] = [];
let associate: { id: string; functionName: string }[] = [];
let metadataJson = '';

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata('src/functions/functions.ts');
  expect(result.errors).toEqual([]);
  metadataJson = result.metadataJson;
  functions = (JSON.parse(metadataJson) as { functions: Fn[] }).functions;
  associate = result.associate;
}, 60_000);

describe('functions.json (generated from the JSDoc)', () => {
  it('has every function of the issue under its Excel name, mapped to the named export', () => {
    for (const [excel, js] of Object.entries(REQUIRED)) {
      expect(functions.map((f) => f.id)).toContain(excel);
      expect(associate.find((a) => a.id === excel)?.functionName).toBe(js);
    }
  });

  it('maps every function to a function exported by the module', () => {
    const exported = fx as unknown as Record<string, unknown>;
    for (const a of associate) expect(typeof exported[a.functionName], a.functionName).toBe('function');
    expect(associate.length).toBe(functions.length);
  });

  it('uses dotted names in two or three namespaces and the same id as name', () => {
    for (const f of functions) {
      expect(f.id).toBe(f.name);
      expect(f.id).toMatch(/^(CCHC|KPI|THADS)\.[A-Z]+$/);
    }
  });

  it('describes every function and parameter in English and Vietnamese', () => {
    const texts = vi as Record<string, { description: string; parameters: Record<string, string> }>;
    for (const f of functions) {
      expect(f.description?.trim().length ?? 0, f.id).toBeGreaterThan(10);
      const v = texts[f.id];
      expect(v, `vi-VN text of ${f.id}`).toBeDefined();
      expect(v!.description.trim().length).toBeGreaterThan(10);
      for (const p of f.parameters) {
        expect(p.description?.trim().length ?? 0, `${f.id}(${p.name}) en`).toBeGreaterThan(3);
        expect(v!.parameters[p.name]?.trim().length ?? 0, `${f.id}(${p.name}) vi`).toBeGreaterThan(3);
      }
      expect(Object.keys(v!.parameters).sort(), `${f.id}: no stale vi parameters`).toEqual(f.parameters.map((p) => p.name).sort());
    }
    expect(Object.keys(texts).sort(), 'no vi-VN text for a function that does not exist').toEqual(functions.map((f) => f.id).sort());
  });

  it('marks the optional and repeating parameters the issue lists', () => {
    const params = (id: string) => functions.find((f) => f.id === id)!.parameters;
    expect(params('CCHC.RATIO').find((p) => p.name === 'minRatio')?.optional).toBe(true);
    expect(params('CCHC.SCORE').find((p) => p.name === 'more')?.repeating).toBe(true);
    expect(params('THADS.TOTAL').find((p) => p.name === 'base')?.optional).toBe(true);
    for (const [id, name] of [['CCHC.CLASSIFY', 'bands'], ['KPI.GRADE', 'bands'], ['KPI.ANNUALFLAGS', 'overrides'], ['CCHC.EVIDENCE', 'templateId'], ['CCHC.EVIDENCE', 'criterionId']]) {
      expect(params(id!).find((p) => p.name === name)?.optional, `${id}(${name})`).toBe(true);
    }
  });

  it('takes a repeating parameter as one array, never as a rest parameter (Excel passes all repeated arguments as one array)', () => {
    const source = readFileSync('src/functions/functions.ts', 'utf8');
    expect(source).not.toMatch(/export function \w+\([^)]*\.\.\./);
    for (const f of functions) {
      const repeating = f.parameters.filter((p) => p.repeating);
      expect(repeating.length, f.id).toBeLessThanOrEqual(1);
      if (repeating.length) expect(f.parameters[f.parameters.length - 1]!.repeating, `${f.id}: the last parameter repeats`).toBe(true);
    }
  });

  it('localises into functions.vi-VN.json without changing names, and fails on a missing text', () => {
    const localized = JSON.parse(localizeMetadata(metadataJson, vi)) as { functions: Fn[] };
    expect(localized.functions.map((f) => f.id)).toEqual(functions.map((f) => f.id));
    expect(localized.functions.find((f) => f.id === 'KPI.GRADE')?.description).toMatch(/Xếp loại/);
    const { ['KPI.GRADE']: _dropped, ...partial } = vi as Record<string, { description: string; parameters: Record<string, string> }>;
    expect(() => localizeMetadata(metadataJson, partial)).toThrow(/KPI.GRADE/);
  });
});
