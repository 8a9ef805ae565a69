/** A small command-line parser: `--name value`, `--name=value`, `-o value`, flags, positionals; unknown options refused. */
import { CLI } from './messages';
import { InputError } from './xlsxFile';

export interface OptionSpec {
  /** Takes a value (else a flag). */
  readonly value: boolean;
  readonly alias?: string;
}

export interface ParsedArgs {
  readonly positionals: string[];
  readonly values: Record<string, string>;
  readonly flags: Set<string>;
}

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const byAlias = new Map(Object.entries(spec).flatMap(([name, s]) => (s.alias ? [[s.alias, name] as const] : [])));
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq > 0 ? arg.slice(0, eq) : arg;
    const name = key.startsWith('--') ? key.slice(2) : byAlias.get(key.slice(1));
    const option = name !== undefined ? spec[name] : undefined;
    if (name === undefined || !option) throw new InputError(CLI.unknownOption(key));
    if (!option.value) {
      if (eq > 0) throw new InputError(CLI.unknownOption(arg));
      flags.add(name);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new InputError(CLI.missingValue(key));
    values[name] = value;
  }
  return { positionals, values, flags };
}
