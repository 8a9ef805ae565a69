export function localizeMetadata(
  metadataJson: string,
  texts: Readonly<Record<string, { description: string; parameters: Readonly<Record<string, string>> }>>,
): string;
