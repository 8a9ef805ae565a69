/** One file of the hostile-input corpus and the exit codes `chamdiem check` / `chamdiem score` must give it. */
export interface CorpusFile {
  readonly name: string;
  readonly about: string;
  readonly check: 0 | 1 | 2;
  readonly score: 0 | 1 | 2;
  readonly sha256: string;
}

/** Writes the corpus into `dir` from the bytes of a valid xa-2024 template; returns what each file must give. */
export function makeCorpus(dir: string, template: Buffer): CorpusFile[];
