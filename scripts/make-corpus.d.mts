/** One file of the hostile-input corpus and the exit codes `chamdiem check` / `chamdiem score` must give it. */
export interface CorpusFile {
  readonly name: string;
  readonly about: string;
  readonly check: 0 | 1 | 2;
  readonly score: 0 | 1 | 2;
  readonly sha256: string;
  /** What else the right result holds (all optional). */
  readonly expect: {
    /** Text of the single stderr line of an exit 2. */
    readonly line?: string;
    /** A finding `check --json` must list. */
    readonly issue?: { readonly code: string; readonly cell: string };
    /** `score --json`: the total, and how many disagreements and not-computed cells it reports. */
    readonly total?: number;
    readonly disagreements?: number;
    readonly notComputed?: number;
    /** A disagreement `score --json` must list (its fields as given). */
    readonly disagreement?: { readonly cell: string; readonly stored?: string | number | boolean; readonly recomputed?: number };
    /** A line `score` must print on stdout. */
    readonly says?: string;
  };
}

/** Writes the corpus into `dir` from the bytes of a valid xa-2024 template; returns what each file must give. */
export function makeCorpus(dir: string, template: Buffer): CorpusFile[];

/** The large files of the corpus (memory), with the exit code `check` must give each, and its size in bytes. */
export function makeLargeCorpus(dir: string, template: Buffer): (CorpusFile & { readonly bytes: number })[];
