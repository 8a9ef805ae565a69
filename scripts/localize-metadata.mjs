/**
 * functions.vi-VN.json: the generated functions.json with every description replaced by its Vietnamese text from
 * src/functions/vi-VN.json. Used by the webpack build and by the completeness test. Throws on a missing text, so
 * the build fails instead of shipping an English description in the Vietnamese file.
 */
export function localizeMetadata(metadataJson, texts) {
  const meta = JSON.parse(metadataJson);
  for (const fn of meta.functions) {
    const vi = texts[fn.id];
    if (!vi) throw new Error(`Missing Vietnamese metadata for ${fn.id}`);
    fn.description = vi.description;
    for (const p of fn.parameters) {
      const d = vi.parameters?.[p.name];
      if (!d) throw new Error(`Missing Vietnamese description for ${fn.id}(${p.name})`);
      p.description = d;
    }
  }
  return `${JSON.stringify(meta, null, 4)}\n`;
}
