/**
 * Offline checks of manifest.xml (XML add-in only manifest, Excel task pane add-in with custom
 * functions in a shared runtime) against Microsoft's schema rules and against addin.config.json.
 *
 * The checks are plain functions that return a list of problems, so that besides asserting "no
 * problems" for the real manifest, the last block breaks the manifest in many small ways and asserts
 * that the right check notices each one: the assertions are shown to bite.
 *
 * Child order comes from the XSDs: OfficeAppManifestV1_1.xsd (OfficeApp, TaskPaneApp),
 * TaskPaneAppVersionOverridesV1_0.xsd (VersionOverridesV1_0, Host, FormFactor, CustomFunctions,
 * Group, Button, ShowTaskpane) and OfficeAppBasicTypesV1_0.xsd (Resources), as also listed in
 * "How to find the proper order of manifest elements" (learn.microsoft.com).
 */
import { REQUIRED_SETS } from '../src/taskpane/excel/requirements';
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST_XML = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

interface AddinConfig {
  baseUrl: string;
  pages: string[];
  scripts: string[];
  metadata: string[];
  assets: string[];
}
const CONFIG = JSON.parse(readFileSync(join(ROOT, 'addin.config.json'), 'utf8')) as AddinConfig;

const NS_APP = 'http://schemas.microsoft.com/office/appforoffice/1.1';
const NS_VO = 'http://schemas.microsoft.com/office/taskpaneappversionoverrides';
const NS_BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const NS_XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const NS_XMLNS = 'http://www.w3.org/2000/xmlns/';

const DEFAULT_LOCALE = 'vi-VN';
const SECOND_LOCALE = 'en-US';
const SHARED_RUNTIME_RESID = 'Taskpane.Url';
const TASKPANE_ID = 'ButtonId1';

// ---------------------------------------------------------------- parsing helpers

function parse(xml: string): Document {
  const parser = new DOMParser({
    onError: (level, msg) => {
      throw new Error(`manifest.xml is not well-formed XML (${level}): ${msg}`);
    },
  });
  return parser.parseFromString(xml, 'text/xml');
}

function kids(el: Element): Element[] {
  return Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1);
}

function descendants(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (e: Element): void => {
    for (const k of kids(e)) {
      out.push(k);
      walk(k);
    }
  };
  walk(el);
  return out;
}

function name(el: Element): string {
  return el.localName ?? el.nodeName;
}

/** Where an element sits, for messages: OfficeApp/VersionOverrides/Hosts/… */
function pathOf(el: Element): string {
  const parts: string[] = [];
  let cur: Element | null = el;
  while (cur && cur.nodeType === 1) {
    parts.unshift(name(cur));
    cur = cur.parentNode as Element | null;
  }
  return parts.join('/');
}

function kidsNamed(el: Element, n: string): Element[] {
  return kids(el).filter((k) => name(k) === n);
}

function only(el: Element, n: string): Element | undefined {
  const found = kidsNamed(el, n);
  return found.length === 1 ? found[0] : undefined;
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(NS_XSI, 'type');
}

function text(el: Element | undefined): string {
  return (el?.textContent ?? '').trim();
}

interface Manifest {
  doc: Document;
  root: Element;
}

function load(xml: string): Manifest {
  const doc = parse(xml);
  const root = doc.documentElement;
  if (!root) throw new Error('manifest.xml has no root element');
  return { doc, root };
}

function versionOverrides(m: Manifest): Element | undefined {
  return only(m.root, 'VersionOverrides');
}

function resources(m: Manifest): Element | undefined {
  const vo = versionOverrides(m);
  return vo ? only(vo, 'Resources') : undefined;
}

type Collection = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const COLLECTIONS: readonly Collection[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];

/** Every resource defined under VersionOverrides/Resources, by id. */
function resourceMap(m: Manifest): Map<string, { collection: Collection; el: Element }> {
  const map = new Map<string, { collection: Collection; el: Element }>();
  const res = resources(m);
  if (!res) return map;
  for (const coll of kids(res)) {
    const c = name(coll) as Collection;
    if (!COLLECTIONS.includes(c)) continue;
    for (const r of kids(coll)) {
      const id = r.getAttribute('id');
      if (id) map.set(id, { collection: c, el: r });
    }
  }
  return map;
}

function overrides(el: Element): Element[] {
  return kidsNamed(el, 'Override');
}

function overrideValue(el: Element, locale: string): string | undefined {
  const o = overrides(el).find((x) => x.getAttribute('Locale') === locale);
  return o?.getAttribute('Value') ?? undefined;
}

function urlOf(m: Manifest, resid: string | null): string | undefined {
  if (!resid) return undefined;
  const r = resourceMap(m).get(resid);
  return r && r.collection === 'Urls' ? (r.el.getAttribute('DefaultValue') ?? undefined) : undefined;
}

// ---------------------------------------------------------------- ordering

/**
 * Checks an element's children against an xs:sequence: every child must be a listed element, in
 * the listed order; names in `repeatable` may occur several times in a row; names in `required`
 * must be present.
 */
function sequenceProblems(
  el: Element | undefined,
  where: string,
  sequence: readonly string[],
  required: readonly string[] = [],
  repeatable: readonly string[] = [],
): string[] {
  if (!el) return [`${where}: element missing`];
  const problems: string[] = [];
  let last = -1;
  let lastName = '';
  for (const k of kids(el)) {
    const n = name(k);
    const idx = sequence.indexOf(n);
    if (idx < 0) {
      problems.push(`${pathOf(el)}: <${n}> is not a valid child (expected ${sequence.join(', ')})`);
      continue;
    }
    if (idx < last || (idx === last && !repeatable.includes(n))) {
      problems.push(`${pathOf(el)}: <${n}> is out of order (after <${lastName}>; order is ${sequence.join(', ')})`);
    }
    last = Math.max(last, idx);
    lastName = n;
  }
  for (const r of required) {
    if (kidsNamed(el, r).length === 0) problems.push(`${pathOf(el)}: required <${r}> missing`);
  }
  return problems;
}

// OfficeApp (abstract) sequence, then the TaskPaneApp extension (Requirements, DefaultSettings,
// Permissions, Dictionary, then the VersionOverrides xs:any).
const OFFICEAPP_ORDER = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
] as const;

const VERSIONOVERRIDES_ORDER = [
  'Description',
  'Requirements',
  'Hosts',
  'Resources',
  'WebApplicationInfo',
  'EquivalentAddins',
] as const;

const RESOURCES_ORDER = ['Images', 'Urls', 'ShortStrings', 'LongStrings'] as const;
const RESOURCE_ITEM: Record<Collection, string> = {
  Images: 'Image',
  Urls: 'Url',
  ShortStrings: 'String',
  LongStrings: 'String',
};

function checkWellFormedRoot(m: Manifest): string[] {
  const p: string[] = [];
  if (name(m.root) !== 'OfficeApp' || m.root.namespaceURI !== NS_APP) {
    p.push(`root must be <OfficeApp xmlns="${NS_APP}">, got <${m.root.nodeName}> in ${m.root.namespaceURI}`);
  }
  if (xsiType(m.root) !== 'TaskPaneApp') p.push(`OfficeApp xsi:type must be TaskPaneApp, got ${xsiType(m.root)}`);
  return p;
}

function checkOfficeAppOrder(m: Manifest): string[] {
  const p = sequenceProblems(m.root, 'OfficeApp', OFFICEAPP_ORDER, [
    'Id',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'DefaultSettings',
    'Permissions',
    'VersionOverrides',
  ]);
  for (const k of kids(m.root)) {
    const want = name(k) === 'VersionOverrides' ? NS_VO : NS_APP;
    if (k.namespaceURI !== want) p.push(`OfficeApp/${name(k)} must be in namespace ${want}, is in ${k.namespaceURI}`);
  }
  return p;
}

function checkVersionOverridesOrder(m: Manifest): string[] {
  const vo = versionOverrides(m);
  const p = sequenceProblems(vo, 'OfficeApp/VersionOverrides', VERSIONOVERRIDES_ORDER, ['Hosts', 'Resources']);
  if (!vo) return p;
  if (xsiType(vo) !== 'VersionOverridesV1_0') p.push(`VersionOverrides xsi:type must be VersionOverridesV1_0`);
  for (const el of [vo, ...descendants(vo)]) {
    const inResources = pathOf(el).includes('/Resources/');
    const want = (inResources || name(el) === 'Image') && el !== vo && name(el) !== 'Resources' ? NS_BT : NS_VO;
    if (el.namespaceURI !== want) p.push(`${pathOf(el)} must be in namespace ${want}, is in ${el.namespaceURI}`);
  }
  const hosts = only(vo, 'Hosts');
  for (const host of hosts ? kidsNamed(hosts, 'Host') : []) {
    // Host (abstract): Runtimes?, AllFormFactors?; Workbook extension: DesktopFormFactor?
    p.push(...sequenceProblems(host, 'Host', ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']));
    const aff = only(host, 'AllFormFactors');
    for (const ep of aff ? kidsNamed(aff, 'ExtensionPoint') : []) {
      p.push(...sequenceProblems(ep, 'CustomFunctions', ['Script', 'Page', 'Metadata', 'Namespace'], ['Script', 'Page', 'Metadata']));
    }
    const dff = only(host, 'DesktopFormFactor');
    if (dff) {
      p.push(...sequenceProblems(dff, 'DesktopFormFactor', ['GetStarted', 'FunctionFile', 'ExtensionPoint'], ['ExtensionPoint'], ['ExtensionPoint']));
      for (const gs of kidsNamed(dff, 'GetStarted')) {
        p.push(...sequenceProblems(gs, 'GetStarted', ['Title', 'Description', 'LearnMoreUrl'], ['Title', 'Description', 'LearnMoreUrl']));
      }
    }
  }
  for (const el of descendants(vo)) {
    switch (name(el)) {
      case 'ExtensionPoint':
        if (xsiType(el) === 'PrimaryCommandSurface') p.push(...sequenceProblems(el, 'PrimaryCommandSurface', ['OfficeTab', 'CustomTab'], [], ['OfficeTab', 'CustomTab']));
        break;
      case 'Group':
        p.push(...sequenceProblems(el, 'Group', ['Label', 'Icon', 'Control'], ['Label', 'Icon', 'Control'], ['Control']));
        break;
      case 'Control':
        if (xsiType(el) === 'Button') p.push(...sequenceProblems(el, 'Button', ['Label', 'Supertip', 'Icon', 'Action'], ['Label', 'Supertip', 'Icon', 'Action']));
        break;
      case 'Supertip':
        p.push(...sequenceProblems(el, 'Supertip', ['Title', 'Description'], ['Title', 'Description']));
        break;
      case 'Action':
        if (xsiType(el) === 'ShowTaskpane') p.push(...sequenceProblems(el, 'ShowTaskpane', ['TaskpaneId', 'SourceLocation', 'Title'], ['SourceLocation']));
        break;
      case 'Icon':
        p.push(...sequenceProblems(el, 'Icon', ['Image'], ['Image'], ['Image']));
        break;
      default:
        break;
    }
  }
  return p;
}

function checkResourcesOrder(m: Manifest): string[] {
  const res = resources(m);
  const p = sequenceProblems(res, 'Resources', RESOURCES_ORDER);
  if (!res) return p;
  for (const coll of kids(res)) {
    const c = name(coll) as Collection;
    if (!COLLECTIONS.includes(c)) continue;
    p.push(...sequenceProblems(coll, c, [RESOURCE_ITEM[c]], [], [RESOURCE_ITEM[c]]));
    for (const item of kids(coll)) p.push(...sequenceProblems(item, `${c}/${name(item)}`, ['Override'], [], ['Override']));
  }
  return p;
}

// ---------------------------------------------------------------- resource references

/** Which Resources collection an element's resid must point into (per the XSD reference types). */
function expectedCollection(el: Element): Collection | undefined {
  const parent = el.parentNode as Element | null;
  const parentName = parent ? name(parent) : '';
  switch (name(el)) {
    case 'Image':
      return parentName === 'Icon' ? 'Images' : undefined; // bt:ImageResourceReference
    case 'SourceLocation':
    case 'FunctionFile':
    case 'Runtime':
    case 'LearnMoreUrl':
      return 'Urls'; // bt:URLResourceReference
    case 'Label':
    case 'Title':
    case 'Namespace':
      return 'ShortStrings'; // bt:ShortResourceReference
    case 'Description':
      // Supertip/Description, GetStarted/Description, VersionOverrides/Description: LongResourceReference
      return ['Supertip', 'GetStarted', 'VersionOverrides'].includes(parentName) ? 'LongStrings' : undefined;
    default:
      return undefined;
  }
}

function checkResids(m: Manifest): string[] {
  const p: string[] = [];
  const defined = resourceMap(m);
  const res = resources(m);
  const seen = new Set<string>();
  for (const coll of res ? kids(res) : []) {
    for (const item of kids(coll)) {
      const id = item.getAttribute('id') ?? '';
      if (id.length < 1 || id.length > 32) p.push(`resource id "${id}" must be 1 to 32 characters (is ${id.length})`);
      if (seen.has(id)) p.push(`resource id "${id}" defined twice`);
      seen.add(id);
    }
  }
  const used = new Set<string>();
  for (const el of descendants(m.root)) {
    const resid = el.getAttribute('resid');
    if (resid === null || !el.hasAttribute('resid')) continue;
    used.add(resid);
    if (resid.length < 1 || resid.length > 32) p.push(`${pathOf(el)}: resid "${resid}" must be 1 to 32 characters`);
    const want = expectedCollection(el);
    const got = defined.get(resid);
    if (!want) p.push(`${pathOf(el)}: unexpected element carrying resid="${resid}"`);
    else if (!got) p.push(`${pathOf(el)}: resid "${resid}" is not defined in Resources`);
    else if (got.collection !== want) p.push(`${pathOf(el)}: resid "${resid}" must refer to ${want}, but it is in ${got.collection}`);
  }
  for (const id of defined.keys()) if (!used.has(id)) p.push(`resource "${id}" is defined but never used`);
  return p;
}

function checkNoNamespace(m: Manifest): string[] {
  return descendants(m.root)
    .filter((el) => name(el) === 'Namespace')
    .map((el) => `${pathOf(el)}: no <Namespace> wanted; the functions carry dotted names (CCHC.RATIO, KPI.GRADE, THADS.TOTAL)`);
}

// ---------------------------------------------------------------- URLs and assets

/** Every URL in the manifest (attribute values and text, not namespace declarations). */
function allUrls(m: Manifest): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  for (const el of [m.root, ...descendants(m.root)]) {
    for (const a of Array.from(el.attributes)) {
      if (a.namespaceURI === NS_XMLNS || a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      if (/[a-z][a-z0-9+.-]*:\/\//i.test(a.value)) out.push({ where: `${pathOf(el)}@${a.name}`, url: a.value });
    }
    for (const n of Array.from(el.childNodes)) {
      // text and CDATA only; comments may mention anything
      if ((n.nodeType === 3 || n.nodeType === 4) && /[a-z][a-z0-9+.-]*:\/\//i.test(n.nodeValue ?? '')) {
        out.push({ where: pathOf(el), url: (n.nodeValue ?? '').trim() });
      }
    }
  }
  return out;
}

const BUILD_PATHS = new Set([...CONFIG.pages, ...CONFIG.scripts, ...CONFIG.metadata, ...CONFIG.assets]);

function checkUrls(m: Manifest): string[] {
  const p: string[] = [];
  const base = CONFIG.baseUrl.replace(/\/+$/, '');
  if (!base.startsWith('https://')) p.push(`addin.config.json baseUrl must be https: ${CONFIG.baseUrl}`);
  const urls = allUrls(m);
  if (urls.length === 0) p.push('no URLs found in the manifest at all');
  for (const { where, url } of urls) {
    if (!url.startsWith(`${base}/`)) {
      p.push(`${where}: ${url} is not under ${base}/ (the add-in must not reach any other host)`);
      continue;
    }
    const path = url.slice(base.length + 1);
    if (!BUILD_PATHS.has(path)) p.push(`${where}: ${url}: "${path}" is not a page/script/metadata/asset in addin.config.json`);
    if (CONFIG.assets.includes(path) && !existsSync(join(ROOT, path))) p.push(`${where}: ${url}: ${path} does not exist`);
  }
  const appDomains = only(m.root, 'AppDomains');
  for (const d of appDomains ? kidsNamed(appDomains, 'AppDomain') : []) {
    if (text(d).replace(/\/+$/, '') !== new URL(base).origin) p.push(`AppDomain ${text(d)} reaches outside ${base}`);
  }
  return p;
}

function pngSize(file: string): { width: number; height: number } | undefined {
  const buf = readFileSync(file);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(sig) || buf.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Local file for a manifest asset URL, if it is one. */
function assetFile(url: string | undefined | null): string | undefined {
  const base = CONFIG.baseUrl.replace(/\/+$/, '');
  if (!url || !url.startsWith(`${base}/`)) return undefined;
  const path = url.slice(base.length + 1);
  return CONFIG.assets.includes(path) ? join(ROOT, path) : undefined;
}

function checkAssets(m: Manifest): string[] {
  const p: string[] = [];
  for (const asset of CONFIG.assets) {
    const file = join(ROOT, asset);
    if (!existsSync(file)) {
      p.push(`${asset} (listed in addin.config.json) does not exist; run node scripts/make-icons.mjs`);
      continue;
    }
    const size = pngSize(file);
    const named = /icon-(\d+)\.png$/.exec(asset);
    if (!size) p.push(`${asset} is not a PNG`);
    else if (named && (size.width !== Number(named[1]) || size.height !== Number(named[1]))) {
      p.push(`${asset} is ${size.width}x${size.height}, its name says ${named[1]}`);
    }
  }
  // IconUrl 32x32, HighResolutionIconUrl 64x64 (Microsoft's reference for task pane add-ins).
  for (const [el, want] of [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ] as const) {
    const url = only(m.root, el)?.getAttribute('DefaultValue');
    const file = assetFile(url);
    const size = file && existsSync(file) ? pngSize(file) : undefined;
    if (!size || size.width !== want || size.height !== want) p.push(`${el} must be a ${want}x${want} PNG, is ${url} (${size ? `${size.width}x${size.height}` : 'missing'})`);
  }
  // Ribbon icons: 16, 32, 80 required; 20, 24, 40, 48, 64 allowed; size must match the PNG.
  const defined = resourceMap(m);
  for (const icon of descendants(m.root).filter((e) => name(e) === 'Icon')) {
    const sizes = kidsNamed(icon, 'Image').map((img) => Number(img.getAttribute('size')));
    for (const req of [16, 32, 80]) if (!sizes.includes(req)) p.push(`${pathOf(icon)}: size ${req} image missing`);
    for (const img of kidsNamed(icon, 'Image')) {
      const size = Number(img.getAttribute('size'));
      if (![16, 20, 24, 32, 40, 48, 64, 80].includes(size)) p.push(`${pathOf(icon)}: size ${size} is not a supported icon size`);
      const r = defined.get(img.getAttribute('resid') ?? '');
      const file = assetFile(r?.el.getAttribute('DefaultValue'));
      const actual = file && existsSync(file) ? pngSize(file) : undefined;
      if (!actual || actual.width !== size || actual.height !== size) {
        p.push(`${pathOf(icon)}: size="${size}" resid="${img.getAttribute('resid')}" points at ${actual ? `a ${actual.width}x${actual.height}` : 'no'} PNG`);
      }
    }
  }
  return p;
}

// ---------------------------------------------------------------- locales and strings

const CULTURE_NAME = /^[a-zA-Z]{2,3}-[a-zA-Z0-9]{3,8}(-[a-zA-Z]{2,3})?$|^[a-zA-Z]{2,3}(-[a-zA-Z]{2,3}(_tradnl|\.pseudo|-[a-zA-Z]{4,8})?)?$/;
// Letters that occur in Vietnamese and not in English (precomposed, NFC).
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i;

/** Localized strings: [element, max length]. */
function localizedStrings(m: Manifest): { el: Element; max: number; where: string }[] {
  const out: { el: Element; max: number; where: string }[] = [];
  const dn = only(m.root, 'DisplayName');
  const ds = only(m.root, 'Description');
  if (dn) out.push({ el: dn, max: 125, where: 'DisplayName' });
  if (ds) out.push({ el: ds, max: 250, where: 'Description' });
  const res = resources(m);
  for (const [coll, max] of [
    ['ShortStrings', 125],
    ['LongStrings', 250],
  ] as const) {
    const c = res ? only(res, coll) : undefined;
    for (const s of c ? kidsNamed(c, 'String') : []) out.push({ el: s, max, where: `${coll}/${s.getAttribute('id')}` });
  }
  return out;
}

function checkLocales(m: Manifest): string[] {
  const p: string[] = [];
  const defaultLocale = text(only(m.root, 'DefaultLocale'));
  if (defaultLocale !== DEFAULT_LOCALE) p.push(`DefaultLocale must be ${DEFAULT_LOCALE}, is "${defaultLocale}"`);
  // Every Override anywhere: valid culture name, unique per element, never the default locale
  // (Microsoft: "You may only specify a single override per language, including for the default locale").
  for (const el of [m.root, ...descendants(m.root)]) {
    const locales = overrides(el).map((o) => o.getAttribute('Locale') ?? '');
    for (const l of locales) {
      if (!CULTURE_NAME.test(l)) p.push(`${pathOf(el)}: Override Locale "${l}" is not a culture name`);
      if (l.toLowerCase() === defaultLocale.toLowerCase()) p.push(`${pathOf(el)}: Override for the default locale ${l} is not allowed; the DefaultValue is the ${l} value`);
    }
    if (new Set(locales.map((l) => l.toLowerCase())).size !== locales.length) p.push(`${pathOf(el)}: duplicate Override locales`);
    for (const o of overrides(el)) if (!o.getAttribute('Value')) p.push(`${pathOf(el)}: Override without a Value`);
  }
  const strings = localizedStrings(m);
  if (strings.length < 5) p.push(`expected DisplayName, Description and the resource strings, found ${strings.length} strings`);
  for (const { el, max, where } of strings) {
    const vi = el.getAttribute('DefaultValue') ?? '';
    const en = overrideValue(el, SECOND_LOCALE);
    if (!vi) p.push(`${where}: DefaultValue (${DEFAULT_LOCALE}) missing`);
    if (!VIETNAMESE.test(vi)) p.push(`${where}: DefaultValue "${vi}" does not look Vietnamese, but DefaultLocale is ${DEFAULT_LOCALE}`);
    if (!en) p.push(`${where}: no Override Locale="${SECOND_LOCALE}"`);
    for (const [loc, v] of [
      [DEFAULT_LOCALE, vi],
      [SECOND_LOCALE, en ?? ''],
    ] as const) {
      if (v.length > max) p.push(`${where} (${loc}): ${v.length} characters, limit ${max}`);
      if (v !== v.normalize('NFC')) p.push(`${where} (${loc}): not in Unicode NFC`);
      if (v !== v.trim()) p.push(`${where} (${loc}): leading or trailing whitespace`);
    }
  }
  return p;
}

function checkMetadataUrl(m: Manifest): string[] {
  const p: string[] = [];
  const vo = versionOverrides(m);
  const meta = vo ? descendants(vo).find((e) => name(e) === 'Metadata') : undefined;
  const resid = meta ? only(meta, 'SourceLocation')?.getAttribute('resid') : undefined;
  if (resid !== 'Functions.Metadata.Url') p.push(`Metadata SourceLocation must use resid Functions.Metadata.Url, uses ${resid}`);
  const url = resourceMap(m).get(resid ?? '');
  if (!url || url.collection !== 'Urls') return [...p, 'Functions.Metadata.Url is not a Url resource'];
  const base = CONFIG.baseUrl.replace(/\/+$/, '');
  const defaultLocale = text(only(m.root, 'DefaultLocale'));
  const valueFor = (locale: string): string | undefined =>
    locale.toLowerCase() === defaultLocale.toLowerCase() ? (url.el.getAttribute('DefaultValue') ?? undefined) : overrideValue(url.el, locale);
  const vi = valueFor('vi-VN');
  const en = valueFor('en-US');
  if (vi !== `${base}/functions.vi-VN.json`) p.push(`vi-VN functions metadata must be ${base}/functions.vi-VN.json, is ${vi}`);
  if (en !== `${base}/functions.json`) p.push(`en-US functions metadata must be ${base}/functions.json, is ${en}`);
  return p;
}

// ---------------------------------------------------------------- identity, requirements, runtime, ribbon

const TEMPLATE_IDS = ['ca968be6-628b-4f14-ba3c-3e614effa9bd', '00d559b8-5760-4756-ab89-dee3a8ef4cf2'];

function checkIdentity(m: Manifest): string[] {
  const p: string[] = [];
  const id = text(only(m.root, 'Id'));
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) p.push(`Id "${id}" is not a GUID`);
  if (TEMPLATE_IDS.includes(id.toLowerCase())) p.push(`Id "${id}" is copied from a Microsoft template`);
  const version = text(only(m.root, 'Version'));
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(version) || version.split('.').some((x) => x.length > 5)) p.push(`Version "${version}" must be n.n.n.n`);
  if (!text(only(m.root, 'ProviderName'))) p.push('ProviderName missing');
  const perm = text(only(m.root, 'Permissions'));
  if (perm !== 'ReadWriteDocument') p.push(`Permissions must be ReadWriteDocument, is "${perm}"`);
  const hosts = only(m.root, 'Hosts');
  const names = hosts ? kidsNamed(hosts, 'Host').map((h) => h.getAttribute('Name')) : [];
  if (names.join() !== 'Workbook') p.push(`Hosts must be exactly Workbook (Excel), are ${names.join() || 'none'}`);
  return p;
}

function checkRequirementsAndRuntime(m: Manifest): string[] {
  const p: string[] = [];
  const req = only(m.root, 'Requirements');
  const sets = req ? only(req, 'Sets') : undefined;
  const declared = new Map<string, string>();
  for (const s of sets ? kidsNamed(sets, 'Set') : []) {
    declared.set(s.getAttribute('Name') ?? '', s.getAttribute('MinVersion') ?? sets?.getAttribute('DefaultMinVersion') ?? '1.1');
  }
  for (const [set, version] of Object.entries(REQUIRED_SETS)) {
    if (declared.get(set) !== version) p.push(`Requirements/Sets must declare ${set} MinVersion ${version} (has ${declared.get(set) ?? 'none'})`);
  }
  for (const set of declared.keys()) if (!(set in REQUIRED_SETS)) p.push(`Requirements/Sets declares ${set}, which the code does not require`);

  const vo = versionOverrides(m);
  const voHosts = vo ? only(vo, 'Hosts') : undefined;
  const host = voHosts ? only(voHosts, 'Host') : undefined;
  if (!host || xsiType(host) !== 'Workbook') return [...p, 'VersionOverrides/Hosts must hold one Host xsi:type="Workbook"'];

  const runtimes = only(host, 'Runtimes');
  const runtime = runtimes ? kidsNamed(runtimes, 'Runtime') : [];
  if (runtime.length !== 1) p.push(`expected exactly one Runtime, found ${runtime.length}`);
  for (const r of runtime) {
    if (r.getAttribute('lifetime') !== 'long') p.push(`Runtime lifetime must be "long", is "${r.getAttribute('lifetime')}"`);
    if (r.getAttribute('resid') !== SHARED_RUNTIME_RESID) p.push(`Runtime resid must be ${SHARED_RUNTIME_RESID}`);
  }

  // Microsoft: the shared runtime won't load if the resid differs between these places.
  const aff = only(host, 'AllFormFactors');
  const cf = aff ? kidsNamed(aff, 'ExtensionPoint').find((e) => xsiType(e) === 'CustomFunctions') : undefined;
  if (!cf) p.push('no ExtensionPoint xsi:type="CustomFunctions" under AllFormFactors');
  const loc = (parent: Element | undefined, n: string): string | null | undefined => {
    const el = parent ? only(parent, n) : undefined;
    return el ? only(el, 'SourceLocation')?.getAttribute('resid') : undefined;
  };
  if (loc(cf, 'Page') !== SHARED_RUNTIME_RESID) p.push(`CustomFunctions Page must use ${SHARED_RUNTIME_RESID} (shared runtime), uses ${loc(cf, 'Page')}`);
  const base = CONFIG.baseUrl.replace(/\/+$/, '');
  const script = urlOf(m, loc(cf, 'Script') ?? null);
  if (script !== `${base}/functions.js`) p.push(`CustomFunctions Script must be ${base}/functions.js, is ${script}`);

  const dff = only(host, 'DesktopFormFactor');
  const ff = dff ? only(dff, 'FunctionFile')?.getAttribute('resid') : undefined;
  if (ff !== SHARED_RUNTIME_RESID) p.push(`FunctionFile must use ${SHARED_RUNTIME_RESID} (shared runtime), uses ${ff}`);
  const actions = descendants(host).filter((e) => name(e) === 'Action' && xsiType(e) === 'ShowTaskpane');
  if (actions.length === 0) p.push('no ShowTaskpane action');
  for (const a of actions) {
    if (text(only(a, 'TaskpaneId')) !== TASKPANE_ID) p.push(`ShowTaskpane TaskpaneId must be ${TASKPANE_ID}`);
    if (only(a, 'SourceLocation')?.getAttribute('resid') !== SHARED_RUNTIME_RESID) p.push(`ShowTaskpane SourceLocation must use ${SHARED_RUNTIME_RESID}`);
  }

  const page = urlOf(m, SHARED_RUNTIME_RESID);
  const firstPage = CONFIG.pages[0];
  if (page !== `${base}/${firstPage}`) p.push(`${SHARED_RUNTIME_RESID} must be ${base}/${firstPage}, is ${page}`);
  const ds = only(m.root, 'DefaultSettings');
  const dsUrl = ds ? only(ds, 'SourceLocation')?.getAttribute('DefaultValue') : undefined;
  if (dsUrl !== page) p.push(`DefaultSettings SourceLocation (${dsUrl}) must be the shared runtime page (${page})`);
  return p;
}

function checkRibbon(m: Manifest): string[] {
  const p: string[] = [];
  const defined = resourceMap(m);
  const label = (el: Element | undefined): string | null | undefined =>
    defined.get((el ? only(el, 'Label')?.getAttribute('resid') : undefined) ?? '')?.el.getAttribute('DefaultValue');
  const vo = versionOverrides(m);
  const tabs = vo ? descendants(vo).filter((e) => name(e) === 'OfficeTab') : [];
  const home = tabs.find((t) => t.getAttribute('id') === 'TabHome');
  if (!home) return ['no OfficeTab id="TabHome" (the Home tab)'];
  const group = kidsNamed(home, 'Group').find((g) => label(g) === 'Chấm điểm');
  if (!group) return ['no Group labelled "Chấm điểm" on the Home tab'];
  const buttons = kidsNamed(group, 'Control').filter((c) => xsiType(c) === 'Button');
  if (buttons.length !== 1) p.push(`expected one button in the group, found ${buttons.length}`);
  const open = buttons.find((b) => label(b) === 'Mở Chấm điểm');
  if (!open) p.push('no button labelled "Mở Chấm điểm"');
  else if (xsiType(only(open, 'Action') as Element) !== 'ShowTaskpane') p.push('"Mở Chấm điểm" must ShowTaskpane');
  const ids = descendants(m.root).filter((e) => ['Group', 'Control'].includes(name(e))).map((e) => e.getAttribute('id') ?? '');
  if (new Set(ids).size !== ids.length) p.push(`Group/Control ids must be unique: ${ids.join(', ')}`);
  for (const id of ids) if (id.length < 1 || id.length > 125) p.push(`id "${id}" must be 1 to 125 characters`);
  return p;
}

const CHECKS = {
  root: checkWellFormedRoot,
  officeAppOrder: checkOfficeAppOrder,
  versionOverridesOrder: checkVersionOverridesOrder,
  resourcesOrder: checkResourcesOrder,
  resids: checkResids,
  noNamespace: checkNoNamespace,
  urls: checkUrls,
  assets: checkAssets,
  locales: checkLocales,
  metadataUrl: checkMetadataUrl,
  identity: checkIdentity,
  sharedRuntime: checkRequirementsAndRuntime,
  ribbon: checkRibbon,
} as const satisfies Record<string, (m: Manifest) => string[]>;
type CheckName = keyof typeof CHECKS;

function validate(xml: string): Record<CheckName, string[]> {
  const m = load(xml);
  const out = {} as Record<CheckName, string[]>;
  for (const [k, f] of Object.entries(CHECKS) as [CheckName, (m: Manifest) => string[]][]) out[k] = f(m);
  return out;
}

// ---------------------------------------------------------------- the tests

describe('manifest.xml', () => {
  const m = load(MANIFEST_XML);

  it('is well-formed XML with an <OfficeApp xsi:type="TaskPaneApp"> root', () => {
    expect(checkWellFormedRoot(m)).toEqual([]);
  });

  it('has OfficeApp children in schema order', () => {
    expect(checkOfficeAppOrder(m)).toEqual([]);
    expect(kids(m.root).map(name)).toEqual([
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ]);
  });

  it('has VersionOverrides (and everything under it) in schema order', () => {
    expect(checkVersionOverridesOrder(m)).toEqual([]);
  });

  it('has Resources in the order Images, Urls, ShortStrings, LongStrings', () => {
    expect(checkResourcesOrder(m)).toEqual([]);
    const res = resources(m);
    expect(res && kids(res).map(name)).toEqual(['Images', 'Urls', 'ShortStrings', 'LongStrings']);
  });

  it('resolves every resid to a resource of the right kind, ids ≤ 32 chars, no orphans', () => {
    expect(checkResids(m)).toEqual([]);
  });

  it('has no <Namespace> element (dotted function names give =CCHC.… and =KPI.…)', () => {
    expect(checkNoNamespace(m)).toEqual([]);
    expect(resourceMap(m).has('Functions.Namespace')).toBe(false);
  });

  it('only points at the dev server, at files the build emits (addin.config.json)', () => {
    expect(checkUrls(m)).toEqual([]);
    expect(only(m.root, 'AppDomains')).toBeUndefined();
  });

  it('has the icon PNGs, at the sizes the manifest claims, in sync with scripts/make-icons.mjs', () => {
    expect(checkAssets(m)).toEqual([]);
    // --check renders every icon again and compares it byte for byte with assets/.
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts', 'make-icons.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('is Vietnamese by default (vi-VN) with an en-US override for every string', () => {
    expect(checkLocales(m)).toEqual([]);
    expect(only(m.root, 'DisplayName')?.getAttribute('DefaultValue')).toBe('Chấm điểm');
  });

  it('serves Vietnamese function metadata to vi-VN and functions.json to en-US', () => {
    expect(checkMetadataUrl(m)).toEqual([]);
  });

  it('has a GUID Id, an n.n.n.n Version, ReadWriteDocument, Excel only', () => {
    expect(checkIdentity(m)).toEqual([]);
  });

  it('declares SharedRuntime 1.1 and CustomFunctionsRuntime 1.1 and one long-lived shared runtime', () => {
    expect(checkRequirementsAndRuntime(m)).toEqual([]);
  });

  it('puts a "Chấm điểm" group with a "Mở Chấm điểm" button on the Home tab', () => {
    expect(checkRibbon(m)).toEqual([]);
  });
});

describe('manifest checks catch a broken manifest', () => {
  /** Replaces exactly one occurrence, so a mutation can never silently do nothing. */
  function mutate(from: string | RegExp, to: string): string {
    const count = typeof from === 'string' ? MANIFEST_XML.split(from).length - 1 : (MANIFEST_XML.match(new RegExp(from, 'g')) ?? []).length;
    if (count !== 1) throw new Error(`mutation target ${String(from)} occurs ${count} times, expected once`);
    return MANIFEST_XML.replace(from, to);
  }

  it('the real manifest passes every check', () => {
    const all = validate(MANIFEST_XML);
    expect(Object.values(all).flat()).toEqual([]);
  });

  it('rejects XML that is not well-formed', () => {
    expect(() => validate(mutate('</Permissions>', '</Permission>'))).toThrow(/not well-formed/);
    expect(() => validate(mutate('<Version>1.0.0.0</Version>', '<Version>1.0.0.0</Version'))).toThrow(/not well-formed/);
  });

  const cases: { what: string; check: CheckName; xml: () => string }[] = [
    { what: 'Version before Id', check: 'officeAppOrder', xml: () => mutate(/<Id>[^<]*<\/Id>\s*<Version>1\.0\.0\.0<\/Version>/, '<Version>1.0.0.0</Version><Id>163e91bf-cb3d-40cc-a07f-89a92452149b</Id>') },
    { what: 'Permissions before DefaultSettings', check: 'officeAppOrder', xml: () => mutate('<Permissions>ReadWriteDocument</Permissions>', '').replace('<DefaultSettings>', '<Permissions>ReadWriteDocument</Permissions><DefaultSettings>') },
    { what: 'AppDomains after DefaultSettings', check: 'officeAppOrder', xml: () => mutate('<Permissions>', '<AppDomains><AppDomain>https://localhost:3000</AppDomain></AppDomains><Permissions>') },
    { what: 'Resources before Hosts in VersionOverrides', check: 'versionOverridesOrder', xml: () => {
      const res = /<Resources>[\s\S]*<\/Resources>/.exec(MANIFEST_XML)?.[0] ?? '';
      return mutate(res, '').replace('<VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">', (s) => s + res);
    } },
    { what: 'Runtimes after AllFormFactors', check: 'versionOverridesOrder', xml: () => mutate(/<Runtimes>[\s\S]*?<\/Runtimes>/, '').replace('</AllFormFactors>', '</AllFormFactors><Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>') },
    { what: 'Metadata before Page', check: 'versionOverridesOrder', xml: () => mutate(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>\s*<\/Page>/, '').replace('</Metadata>', '</Metadata><Page><SourceLocation resid="Taskpane.Url"/></Page>') },
    { what: 'Urls before Images', check: 'resourcesOrder', xml: () => {
      const urls = /<bt:Urls>[\s\S]*?<\/bt:Urls>/.exec(MANIFEST_XML)?.[0] ?? '';
      return mutate(urls, '').replace('<bt:Images>', urls + '<bt:Images>');
    } },
    { what: 'LongStrings before ShortStrings', check: 'resourcesOrder', xml: () => {
      const long = /<bt:LongStrings>[\s\S]*?<\/bt:LongStrings>/.exec(MANIFEST_XML)?.[0] ?? '';
      return mutate(long, '').replace('<bt:ShortStrings>', long + '<bt:ShortStrings>');
    } },
    { what: 'a resid typo', check: 'resids', xml: () => mutate('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Taskpane.Ur"/>') },
    { what: 'a Label pointing at a Url', check: 'resids', xml: () => mutate('<Label resid="Group.Label"/>', '<Label resid="Functions.Script.Url"/>') },
    { what: 'a Supertip Description pointing at a short string', check: 'resids', xml: () => mutate('<Description resid="TaskpaneButton.Tooltip"/>', '<Description resid="TaskpaneButton.Label"/>') },
    { what: 'an icon pointing at a Url', check: 'resids', xml: () => mutate('<bt:Image size="80" resid="Icon.80x80"/>\n                </Icon>\n                <Control', '<bt:Image size="80" resid="Taskpane.Url"/>\n                </Icon>\n                <Control') },
    { what: 'an orphan string', check: 'resids', xml: () => mutate('</bt:ShortStrings>', '<bt:String id="Unused.Label" DefaultValue="Thừa"><bt:Override Locale="en-US" Value="Unused"/></bt:String></bt:ShortStrings>') },
    { what: 'a resource id over 32 characters', check: 'resids', xml: () => MANIFEST_XML.replaceAll('TaskpaneButton.Tooltip', 'TaskpaneButton.Tooltip.ThatIsFarTooLong') },
    { what: 'a <Namespace> element', check: 'noNamespace', xml: () => mutate(/(<SourceLocation resid="Functions.Metadata.Url"\/>\s*<\/Metadata>)/, '$1<Namespace resid="Functions.Namespace"/>').replace('</bt:ShortStrings>', '<bt:String id="Functions.Namespace" DefaultValue="CCHC"><bt:Override Locale="en-US" Value="CCHC"/></bt:String></bt:ShortStrings>') },
    { what: 'a remote SupportUrl', check: 'urls', xml: () => mutate('<SupportUrl DefaultValue="https://localhost:3000/taskpane.html"/>', '<SupportUrl DefaultValue="https://www.contoso.com/help"/>') },
    { what: 'http instead of https', check: 'urls', xml: () => mutate('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"') },
    { what: 'a script the build does not emit', check: 'urls', xml: () => mutate('https://localhost:3000/functions.js"', 'https://localhost:3000/functions.min.js"') },
    { what: 'a missing asset', check: 'urls', xml: () => mutate('<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-81.png"/>') },
    { what: 'a remote AppDomain', check: 'urls', xml: () => mutate('<Hosts>\n    <Host Name="Workbook"/>', '<AppDomains><AppDomain>https://www.contoso.com</AppDomain></AppDomains><Hosts>\n    <Host Name="Workbook"/>') },
    { what: 'an icon of the wrong size', check: 'assets', xml: () => mutate('<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"/>') },
    { what: 'a 128 px HighResolutionIconUrl', check: 'assets', xml: () => mutate('<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>') },
    { what: 'DefaultLocale en-US', check: 'locales', xml: () => mutate('<DefaultLocale>vi-VN</DefaultLocale>', '<DefaultLocale>en-US</DefaultLocale>') },
    { what: 'a string without its en-US override', check: 'locales', xml: () => mutate('<bt:Override Locale="en-US" Value="Open Chấm điểm"/>', '') },
    { what: 'an override for the default locale', check: 'locales', xml: () => mutate('<bt:Override Locale="en-US" Value="Open Chấm điểm"/>', '<bt:Override Locale="en-US" Value="Open Chấm điểm"/><bt:Override Locale="vi-VN" Value="Mở"/>') },
    { what: 'English as the default string', check: 'locales', xml: () => mutate('<bt:String id="TaskpaneButton.Label" DefaultValue="Mở Chấm điểm">', '<bt:String id="TaskpaneButton.Label" DefaultValue="Open the pane">') },
    { what: 'a short string over 125 characters', check: 'locales', xml: () => mutate('Value="Open Chấm điểm"', `Value="${'x'.repeat(126)}"`) },
    { what: 'decomposed (NFD) Vietnamese', check: 'locales', xml: () => mutate('DefaultValue="Mở Chấm điểm"', `DefaultValue="${'Mở Chấm điểm'.normalize('NFD')}"`) },
    { what: 'the metadata files swapped', check: 'metadataUrl', xml: () => mutate('DefaultValue="https://localhost:3000/functions.vi-VN.json">\n          <bt:Override Locale="en-US" Value="https://localhost:3000/functions.json"/>', 'DefaultValue="https://localhost:3000/functions.json">\n          <bt:Override Locale="en-US" Value="https://localhost:3000/functions.vi-VN.json"/>') },
    { what: 'the metadata without its en-US override', check: 'metadataUrl', xml: () => mutate('<bt:Override Locale="en-US" Value="https://localhost:3000/functions.json"/>', '') },
    { what: 'an Id that is not a GUID', check: 'identity', xml: () => mutate(/<Id>[^<]*<\/Id>/, '<Id>cham-diem</Id>') },
    { what: 'a three-part Version', check: 'identity', xml: () => mutate('<Version>1.0.0.0</Version>', '<Version>1.0.0</Version>') },
    { what: 'ReadDocument permissions', check: 'identity', xml: () => mutate('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>') },
    { what: 'a short-lived runtime', check: 'sharedRuntime', xml: () => mutate('lifetime="long"', 'lifetime="short"') },
    { what: 'no SharedRuntime requirement', check: 'sharedRuntime', xml: () => mutate('<Set Name="SharedRuntime" MinVersion="1.1"/>', '') },
    { what: 'no CustomFunctionsRuntime requirement', check: 'sharedRuntime', xml: () => mutate('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', '') },
    { what: 'CustomFunctionsRuntime 1.1 (the code needs ErrorCode, 1.3)', check: 'sharedRuntime', xml: () => mutate('<Set Name="CustomFunctionsRuntime" MinVersion="1.3"/>', '<Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>') },
    { what: 'no ExcelApi requirement', check: 'sharedRuntime', xml: () => mutate('<Set Name="ExcelApi" MinVersion="1.8"/>', '') },
    { what: 'a separate custom functions page', check: 'sharedRuntime', xml: () => mutate(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="Functions.Script.Url"/>') },
    { what: 'another TaskpaneId', check: 'sharedRuntime', xml: () => mutate('<TaskpaneId>ButtonId1</TaskpaneId>', '<TaskpaneId>Other</TaskpaneId>') },
    { what: 'a ribbon button on another tab', check: 'ribbon', xml: () => mutate('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">') },
  ];

  it.each(cases)('notices $what ($check)', ({ check, xml }) => {
    const problems = validate(xml());
    expect(problems[check].length, `check "${check}" found nothing`).toBeGreaterThan(0);
  });
});
