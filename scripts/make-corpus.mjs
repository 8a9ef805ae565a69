#!/usr/bin/env node
// The hostile-input corpus of the CLI (test/cli/corpus.test.ts): broken, foreign and malicious files named .xlsx, each
// with the exit code `chamdiem check` and `chamdiem score` must end with. Generated on demand, never committed:
//   node scripts/make-corpus.mjs <folder> [<a template .xlsx>]
// Its zip code is its own (not src/cli/zip.ts), so that the corpus does not share the bugs of the code it tests.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

// ---------------------------------------------------------------------------------------------------------------
// A minimal zip reader/writer

function readZip(buf) {
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = [];
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const offset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
    const raw = buf.subarray(start, start + csize);
    files.push({ name, data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    p += 46 + nameLen + extra + comment;
  }
  return files;
}

/**
 * Entries { name, data, method = 8, flags = 0, declaredSize, rawData } → zip bytes. `declaredSize` lies about the
 * inflated size; `rawData` replaces the compressed bytes.
 */
function writeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const method = e.method ?? 8;
    const body = e.rawData ?? (method === 8 ? deflateRawSync(e.data, { level: e.level ?? 6 }) : e.data);
    const size = e.declaredSize ?? e.data.length;
    const crc = crc32(e.data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.flags ?? 0, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.flags ?? 0, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const replacePart = (zip, name, f) => writeZip(readZip(zip).map((e) => (e.name === name ? { ...e, data: Buffer.from(f(e.data.toString('utf8'))) } : e)));
const dropPart = (zip, name) => writeZip(readZip(zip).filter((e) => e.name !== name));

// ---------------------------------------------------------------------------------------------------------------
// A minimal .xlsx: one sheet of inline strings and numbers, written as XML directly (fast for 100,000 rows)

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const colName = (c) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** cells(r) → [[col, value | {f, v, t}], …] for rows 0…rows-1. */
function sheetXml(rows, cells, { merges = [], validations = '', dimension = true } = {}) {
  const out = [];
  for (let r = 0; r < rows; r++) {
    const cs = cells(r)
      .map(([c, v]) => {
        const ref = `${colName(c)}${r + 1}`;
        if (v && typeof v === 'object') return `<c r="${ref}"${v.t ? ` t="${v.t}"` : ''}>${v.f ? `<f>${esc(v.f)}</f>` : ''}${v.v !== undefined ? `<v>${esc(v.v)}</v>` : ''}</c>`;
        if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
        return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
      })
      .join('');
    if (cs) out.push(`<row r="${r + 1}">${cs}</row>`);
  }
  const merge = merges.length ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${dimension ? `<dimension ref="A1:Z${Math.max(rows, 1)}"/>` : ''}<sheetData>${out.join('')}</sheetData>${merge}${validations}</worksheet>`;
}

function minimalXlsx(sheets) {
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const wb = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`;
  const wbRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`;
  return writeZip([
    { name: '[Content_Types].xml', data: Buffer.from(ct) },
    { name: '_rels/.rels', data: Buffer.from(rels) },
    { name: 'xl/workbook.xml', data: Buffer.from(wb) },
    { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(wbRels) },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: Buffer.from(s.xml) })),
  ]);
}

const MARKER_COL = 25; // Z: where every Chấm điểm sheet carries "chamdiem:<template>:<version>"

function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus

/**
 * Writes the corpus into `dir` from a valid template file (xa-2024) and returns what each file must give:
 * `{ name, about, check, score }` with the exit codes (2: unreadable, one line on stderr).
 */
export function makeCorpus(dir, template) {
  mkdirSync(dir, { recursive: true });
  const out = [];
  // `expect`: what else the right result holds — `line`: text of the single stderr line (exit 2); `issue`: a check
  // finding { code, cell }; `total`: score's total; `disagreements`, `notComputed`: how many score reports.
  const add = (name, about, bytes, check = 2, score = check, expect = {}) => {
    writeFileSync(path.join(dir, name), bytes);
    out.push({ name, about, check, score, expect, sha256: createHash('sha256').update(bytes).digest('hex') });
  };
  const rnd = seeded(2024);
  const parts = readZip(template);
  const sheetName = parts.find((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p.name)).name;

  // Not a zip at all
  add('empty.xlsx', 'zero bytes', Buffer.alloc(0));
  add('text.xlsx', 'a text file renamed', Buffer.from('STT;Tiêu chí;Điểm\n1.1;Khảo sát;4\n'));
  add('html.xlsx', 'an HTML error page saved as .xlsx', Buffer.from('<!DOCTYPE html><html><body>404 Not Found</body></html>'));
  add('pdf.xlsx', 'a PDF renamed', Buffer.concat([Buffer.from('%PDF-1.4\n%âãÏÓ\n'), Buffer.alloc(2000, 0x20)]));
  add('png.xlsx', 'an image renamed', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
  add('random.xlsx', '64 KB of noise', Buffer.from(Array.from({ length: 65536 }, () => Math.floor(rnd() * 256))));
  add('ole-xls.xlsx', 'an old .xls / password-protected workbook (OLE2 container)', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096, 0)]));
  add('pk-only.xlsx', 'a zip local header and nothing else', Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(100, 7)]));

  // Damaged zips
  add('truncated-half.xlsx', 'a template cut at half (an interrupted download)', template.subarray(0, Math.floor(template.length / 2)));
  add('truncated-10pc.xlsx', 'the first tenth of a template', template.subarray(0, Math.floor(template.length / 10)));
  add('truncated-tail.xlsx', 'a template missing its last 10 bytes', template.subarray(0, template.length - 10));
  const flipped = Buffer.from(template);
  flipped[Math.floor(template.length / 3)] ^= 0xff;
  add('bit-flip.xlsx', 'a template with one byte flipped inside its data', flipped);
  const cdBroken = Buffer.from(template);
  cdBroken.writeUInt32LE(0x12345678, template.length - 22 + 16); // central directory offset pointing nowhere
  add('bad-directory.xlsx', 'a zip whose central directory offset points outside the file', cdBroken);
  const zip64 = Buffer.from(template);
  zip64.writeUInt16LE(0xffff, template.length - 22 + 10);
  add('zip64-marker.xlsx', 'an end record announcing ZIP64', zip64);

  // Zips that are not workbooks
  add('zip-empty.xlsx', 'an empty zip', writeZip([]));
  add('zip-readme.xlsx', 'a zip holding a text file', writeZip([{ name: 'readme.txt', data: Buffer.from('xin chào') }]));
  add('docx.xlsx', 'a Word document renamed', writeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
    { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
  ]));
  add('ods.xlsx', 'an OpenDocument spreadsheet renamed', writeZip([
    { name: 'mimetype', data: Buffer.from('application/vnd.oasis.opendocument.spreadsheet'), method: 0 },
    { name: 'content.xml', data: Buffer.from('<office:document-content/>') },
  ]));

  // Hostile zips
  add('method-99.xlsx', 'an entry compressed with an unknown method', writeZip(parts.map((p) => (p.name === sheetName ? { ...p, method: 99, rawData: p.data } : p))));
  add('encrypted-entry.xlsx', 'an entry flagged as encrypted', writeZip(parts.map((p) => (p.name === sheetName ? { ...p, flags: 1 } : p))));
  add('declared-2gb.xlsx', 'an entry declaring 2 GB inflated (a zip bomb announces itself)', writeZip(parts.map((p) => (p.name === sheetName ? { ...p, declaredSize: 2_000_000_000 } : p))));
  const bomb = Buffer.alloc(20 * 1024 * 1024, 0x41);
  add('bomb-lying-size.xlsx', 'an entry inflating to 20 MB while declaring 1 KB', writeZip([...parts.filter((p) => p.name !== sheetName), { name: sheetName, data: bomb.subarray(0, 1024), rawData: deflateRawSync(bomb) }]));
  add('billion-laughs.xlsx', 'an XML entity bomb in the workbook part', replacePart(template, 'xl/workbook.xml', (x) =>
    x.replace('<workbook', '<!DOCTYPE workbook [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<workbook')));
  add('sheet-not-xml.xlsx', 'a sheet part that is not XML', replacePart(template, sheetName, () => 'this is not xml <<<< >>>> &&&'));
  add('sheet-unclosed.xlsx', 'a sheet part cut in the middle of a tag', replacePart(template, sheetName, (x) => x.slice(0, Math.floor(x.length / 2))));
  add('no-workbook-rels.xlsx', 'a workbook without its relationships part', dropPart(template, 'xl/_rels/workbook.xml.rels'));
  add('no-sheet-part.xlsx', 'a workbook whose sheet part is missing', dropPart(template, sheetName));
  add('styles-garbage.xlsx', 'a styles part that is not XML', replacePart(template, 'xl/styles.xml', () => '<styleSheet><<<'));
  add('huge-merge.xlsx', 'a merged range of the whole sheet (ExcelJS would create 17 billion cells)', minimalXlsx([
    { name: 'Sheet1', xml: sheetXml(2, (r) => (r === 0 ? [[0, 'a'], [MARKER_COL, 'chamdiem:xa-2024:1']] : [[0, 1]]), { merges: ['A1:XFD1048576'] }) },
  ]));

  // Workbooks without a Chấm điểm sheet
  add('no-sheets.xlsx', 'a workbook with no sheet', minimalXlsx([]));
  add('plain-table.xlsx', 'an ordinary table, no template marker', minimalXlsx([{ name: 'Bảng điểm', xml: sheetXml(30, (r) => [[0, `${r + 1}`], [1, `Tiêu chí ${r + 1}`], [2, r % 5]]) }]));
  add('merged-cells.xlsx', 'merged cells everywhere, no template marker', minimalXlsx([
    { name: 'Gộp', xml: sheetXml(40, (r) => [[0, `Dòng ${r + 1}`]], { merges: Array.from({ length: 40 }, (_, r) => `A${r + 1}:F${r + 1}`) }) },
  ]));
  add('rows-100k.xlsx', '100,000 rows, no template marker', minimalXlsx([{ name: 'Dữ liệu', xml: sheetXml(100_000, (r) => [[0, r + 1], [1, `Hàng ${r + 1}`], [2, r * 0.5]]) }]));
  add('error-formulas.xlsx', 'formulas whose results are errors, no template marker', minimalXlsx([
    { name: 'Lỗi', xml: sheetXml(5, (r) => [[0, { f: `1/0+${r}`, v: '#DIV/0!', t: 'e' }], [1, { f: 'VLOOKUP(1,Z:Z,2,0)', v: '#N/A', t: 'e' }], [2, { f: 'NOSUCH()', v: '#NAME?', t: 'e' }]]) },
  ]));
  add('text-in-numbers.xlsx', 'numbers stored as text, no template marker', minimalXlsx([
    { name: 'Chữ', xml: sheetXml(10, (r) => [[0, `${r},5`], [1, '1.234.567'], [2, { v: 'abc' }]]) },
  ]));
  add('unknown-template.xlsx', 'a marker naming a template this version does not know', minimalXlsx([
    { name: 'Mới', xml: sheetXml(3, (r) => (r === 0 ? [[0, 'x'], [MARKER_COL, 'chamdiem:xa-2099:3']] : [[0, r]])) },
  ]));
  add('rows-100k-template.xlsx', 'a template sheet (marker) grown to 100,000 rows', minimalXlsx([
    { name: 'xa-2024', xml: sheetXml(100_000, (r) => (r === 0 ? [[0, 'CỘNG'], [MARKER_COL, 'chamdiem:xa-2024:1']] : [[0, `${r}.1`], [3, r % 2]])) },
  ]));

  // Readable but hostile: a template sheet with odd content. These open; check and score give findings, not crashes.
  // Cells of xa-2024: D19 the self-score of 2.1.3 (typed), J10 the first survey count of 1.1, D7 the total.
  const typed = (cell, text) => (x) => x.replace(new RegExp(`(<c r="${cell}"[^>]*?)(\\/>|>.*?<\\/c>)`), `$1 t="inlineStr"><is><t>${text}</t></is></c>`);
  add('template-text-in-numbers.xlsx', 'a template with text typed in a score cell and an input cell', replacePart(template, sheetName, (x) =>
    typed('J10', 'abc')(typed('D19', 'một điểm')(x))), 1, 0);
  add('template-error-results.xlsx', 'a template whose total holds a cached #REF!', replacePart(template, sheetName, (x) =>
    x.replace(/(<c r="D7"[^>]*?>)(<f>[^<]*<\/f>)(<v>[^<]*<\/v>)?/, '$1$2<v>#REF!</v>').replace(/(<c r="D7"[^>]*?)( t="[^"]*")?>/, '$1 t="e">')), 0, 1);
  add('template-merged-inputs.xlsx', 'a template with merged cells over its input columns', replacePart(template, sheetName, (x) =>
    x.replace('</mergeCells>', '<mergeCell ref="D19:G19"/><mergeCell ref="F20:G25"/></mergeCells>').replace(/<mergeCells count="(\d+)"/, (_m, n) => `<mergeCells count="${Number(n) + 2}"`)), 0, 0);
  add('template-huge-validation.xlsx', 'a template with a data validation on whole columns (dropped on reading)', replacePart(template, sheetName, (x) =>
    x.replace('</dataValidations>', '<dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>')), 0, 0);
  add('template-tampered-total.xlsx', 'a template whose total was typed over with 100', replacePart(template, sheetName, (x) =>
    x.replace(/<c r="D7"([^>]*?)>.*?<\/c>/, '<c r="D7"$1><v>100</v></c>')), 0, 1);

  // Workbooks as people edit them (issue 10). A number typed in D19 (2.1.3, typed, 1 point) gives a total of 1.
  const numberIn = (cell, v) => (x) => x.replace(new RegExp(`<c r="${cell}"([^>]*?)(\\/>|>.*?<\\/c>)`), `<c r="${cell}"$1><v>${v}</v></c>`);
  const errorIn = (cell, e) => (x) =>
    x.replace(new RegExp(`<c r="${cell}"([^>]*?)(\\/>|>.*?<\\/c>)`), (_m, attrs) => `<c r="${cell}"${attrs.replace(/ t="[^"]*"/, '')} t="e"><v>${e}</v></c>`);
  const textIn = (cell, text) => (x) =>
    x.replace(new RegExp(`<c r="${cell}"([^>]*?)(\\/>|>.*?<\\/c>)`), (_m, attrs) => `<c r="${cell}"${attrs.replace(/ t="[^"]*"/, '')} t="inlineStr"><is><t>${text}</t></is></c>`);
  const cachedTotal = (v, t = '') => (x) => x.replace(/<c r="D7"([^>]*?)><f>([^<]*)<\/f><\/c>/, `<c r="D7"$1${t}><f>$2</f><v>${v}</v></c>`);
  add('lo-row-1048576.xlsx', 'an empty row 1,048,576, as LibreOffice writes after a row is deleted', replacePart(template, sheetName, (x) =>
    x.replace('</sheetData>', '<row r="1048576" customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"/></sheetData>')), 0, 0, { total: 0 });
  add('far-cell.xlsx', 'a template with one value typed in row 1,000,000', replacePart(template, sheetName, (x) =>
    x.replace('</sheetData>', '<row r="1000000"><c r="A1000000" t="inlineStr"><is><t>ghi chú</t></is></c></row></sheetData>')), 0, 0, { total: 0 });
  add('marker-moved.xlsx', 'the template marker moved from Z1 to AM1', replacePart(template, sheetName, (x) =>
    x.replace(/<c r="Z1"[^>]*?(\/>|>.*?<\/c>)/, '').replace(/(<row r="1"[^>]*>.*?)<\/row>/, '$1<c r="AM1" t="inlineStr"><is><t>chamdiem:xa-2024:1</t></is></c></row>')), 0, 0, { total: 0 });
  add('header-renamed.xlsx', 'the header "Tài liệu kiểm chứng" retyped where it stands (nothing moved: read in place)', replacePart(template, sheetName, textIn('F6', 'Ghi chú')), 0, 0, { total: 0 });
  add('header-moved-renamed.xlsx', 'headers "Giá trị 1" and "Giá trị 2" swapped, "Tài liệu kiểm chứng" retyped (a move that cannot be placed)', replacePart(template, sheetName, (x) =>
    textIn('F6', 'Ghi chú')(textIn('L6', 'Giá trị 1')(textIn('J6', 'Giá trị 2')(x)))), 2, 2, { line: 'không tìm thấy cột "Tài liệu kiểm chứng" (cột F của mẫu)' });
  add('duplicate-criterion.xlsx', 'criterion 1.1 on two rows (a copied row)', replacePart(template, sheetName, textIn('A12', '1.1')), 2, 2, {
    line: 'tiêu chí 1.1 có hai dòng (dòng 10 và dòng 12)' });
  add('na-typed-score.xlsx', '#N/A typed in the self-score of 2.1.3', replacePart(template, sheetName, errorIn('D19', '#N/A')), 1, 0, { issue: { code: 'E6', cell: 'D19' } });
  add('ref-in-input.xlsx', '#REF! in the second input of 1.1 (a deleted column)', replacePart(template, sheetName, (x) => errorIn('L10', '#REF!')(numberIn('J10', 3)(x))), 1, 0, {
    issue: { code: 'E6', cell: 'L10' } });
  add('stale-zero-total.xlsx', 'a total whose cached result is a stale 0 (the inputs give 1)', replacePart(template, sheetName, (x) => cachedTotal(0)(numberIn('D19', 1)(x))), 1, 1, {
    total: 1, disagreements: 1 });
  // A stale "" (issue 10.4): ExcelJS drops an empty cached result, as if the formula had never been computed.
  add('stale-empty-total.xlsx', 'a total whose cached result is a stale empty text (the inputs give 1)', replacePart(template, sheetName, (x) =>
    cachedTotal('', ' t="str"')(numberIn('D19', 1)(x))), 1, 1, { total: 1, disagreements: 1, disagreement: { cell: 'D7', stored: '', recomputed: 1 }, says: 'D7: tệp ghi "", tính lại từ số liệu được 1.' });
  add('stale-empty-total-v.xlsx', 'a total whose cached result is an empty <v/> (the inputs give 1)', replacePart(template, sheetName, (x) =>
    numberIn('D19', 1)(x).replace(/<c r="D7"([^>]*?)><f>([^<]*)<\/f><\/c>/, '<c r="D7"$1><f>$2</f><v/></c>')), 1, 1, { total: 1, disagreements: 1, disagreement: { cell: 'D7', stored: '' } });
  add('empty-total-without-addin.xlsx', 'a total whose cached result is empty text in a file computed without the add-in (#NAME? in D10)', replacePart(template, sheetName, (x) =>
    cachedTotal('', ' t="str"')(numberIn('D19', 1)(x)).replace(/<c r="D10"([^>]*?)><f>([^<]*)<\/f><\/c>/, '<c r="D10"$1 t="e"><f>$2</f><v>#NAME?</v></c>')), 1, 0, {
    total: 1, disagreements: 0 });
  add('name-error-total.xlsx', 'a total last computed without the add-in (#NAME?)', replacePart(template, sheetName, (x) => cachedTotal('#NAME?', ' t="e"')(numberIn('D19', 1)(x))), 1, 0, {
    total: 1, disagreements: 0, notComputed: 1 });
  return out;
}

/**
 * The large files of the corpus (issue 10: memory), each inside or just past the documented limits, with the exit codes
 * check and score must give. Built from strings piece by piece: the generator itself stays far below the bound it tests.
 */
export function makeLargeCorpus(dir, template) {
  mkdirSync(dir, { recursive: true });
  const out = [];
  const add = (name, about, bytes, check, score = check) => {
    writeFileSync(path.join(dir, name), bytes);
    out.push({ name, about, check, score, expect: {}, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  };
  const rows = (count, cells) => {
    const parts = [];
    for (let r = 0; r < count; r++) {
      let row = `<row r="${r + 1}">`;
      for (let c = 0; c < cells; c++) row += `<c r="${colName(c)}${r + 1}"><v>${(r * 7 + c) % 1000}</v></c>`;
      parts.push(`${row}</row>`);
    }
    return parts.join('');
  };
  const sheet = (body) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`;
  const parts = readZip(template);
  const withSheets = (extra) => {
    // Level 1: these parts are large and their compression is not what is tested.
    const ct = parts.find((p) => p.name === '[Content_Types].xml');
    const wb = parts.find((p) => p.name === 'xl/workbook.xml');
    const rels = parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels');
    const names = extra.map((_, i) => `data${i + 1}`);
    return writeZip([
      ...parts.filter((p) => p !== ct && p !== wb && p !== rels),
      { name: '[Content_Types].xml', data: Buffer.from(ct.data.toString('utf8').replace('</Types>', `${names.map((n) => `<Override PartName="/xl/worksheets/${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`)) },
      { name: 'xl/workbook.xml', data: Buffer.from(wb.data.toString('utf8').replace('</sheets>', `${names.map((n, i) => `<sheet name="Dữ liệu ${i + 1}" sheetId="${i + 10}" r:id="rIdData${i + 1}"/>`).join('')}</sheets>`)) },
      { name: 'xl/_rels/workbook.xml.rels', data: Buffer.from(rels.data.toString('utf8').replace('</Relationships>', `${names.map((n, i) => `<Relationship Id="rIdData${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/${n}.xml"/>`).join('')}</Relationships>`)) },
      ...extra.map((xml, i) => ({ name: `xl/worksheets/${names[i]}.xml`, data: Buffer.from(xml), level: 1 })),
    ]);
  };
  add('big-1m-rows.xlsx', 'a template beside a data sheet of 1,000,000 rows (7.6 MB)', withSheets([sheet(rows(1_000_000, 1))]), 2);
  add('big-cells-over.xlsx', 'a template beside four data sheets of 12,000 rows × 40 cells (1.92 million cells)', withSheets(Array.from({ length: 4 }, () => sheet(rows(12_000, 40)))), 2);
  add('big-rows-within.xlsx', 'a template beside a data sheet of 240,000 rows × 6 cells (inside the limits)', withSheets([sheet(rows(240_000, 6))]), 0);
  // Images of 60 and 35 MB of noise (stored: noise does not compress): a file just under the 100 MB bound.
  const ct = parts.find((p) => p.name === '[Content_Types].xml');
  add('big-images.xlsx', 'a template with images of 60 and 35 MB (a file just under 100 MB)', writeZip([
    ...parts.filter((p) => p !== ct),
    { name: '[Content_Types].xml', data: Buffer.from(ct.data.toString('utf8').replace('</Types>', '<Default Extension="png" ContentType="image/png"/></Types>')) },
    { name: 'xl/media/image1.png', data: randomBytes(60 * 1024 * 1024), method: 0 },
    { name: 'xl/media/image2.png', data: randomBytes(35 * 1024 * 1024), method: 0 },
  ]), 0);
  // Shared strings of 60 MB (Vietnamese text, two bytes a letter in UTF-8), a part just under the 64 MB bound.
  const ss = parts.find((p) => p.name === 'xl/sharedStrings.xml');
  const filler = 'Tài liệu kiểm chứng số 123/BC-UBND ngày 10/01/2024 của Ủy ban nhân dân xã về việc thực hiện nhiệm vụ. ';
  const pieces = [];
  for (let size = 0; size < 60 * 1024 * 1024; size += Buffer.byteLength(filler) * 40 + 10) pieces.push(`<si><t>${filler.repeat(40)}</t></si>`);
  add('big-strings.xlsx', 'a template whose shared strings part holds 60 MB of text', writeZip(parts.map((p) =>
    p === ss ? { ...p, data: Buffer.from(ss.data.toString('utf8').replace('</sst>', `${pieces.join('')}</sst>`)), level: 1 } : p)), 0);
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, templatePath] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/make-corpus.mjs <folder> [<template .xlsx>]');
    process.exit(2);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const made = makeCorpus(dir, readFileSync(templatePath ?? path.join(root, 'templates', 'xa-2024.xlsx')));
  for (const f of made) console.log(`${f.name.padEnd(32)} check ${f.check} score ${f.score}  ${f.about}`);
}
