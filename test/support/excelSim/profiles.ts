/**
 * Host profiles of the simulator: which requirement sets each Excel supports, its payload limit, and how it passes a
 * blank cell to a scalar custom-function parameter. Sources: Microsoft's requirement-set tables (ExcelApi,
 * CustomFunctionsRuntime, SharedRuntime), resource-limits-and-performance-optimization (5 MB per request and response,
 * Excel on the web), OfficeDev/office-js#4702 (blank → 0 on desktop, null on the web).
 */
export interface HostProfile {
  readonly name: 'excel2019' | 'desktop' | 'web' | 'mac';
  readonly label: string;
  /** Highest supported version of each requirement set; a set not listed is not supported. */
  readonly sets: Readonly<Record<string, string>>;
  /** Bytes per request and per response, or null for none. */
  readonly payloadLimit: number | null;
  /** A blank cell passed to a scalar parameter. */
  readonly blankScalar: 0 | null;
}

export const PROFILES: readonly HostProfile[] = [
  {
    name: 'excel2019',
    label: 'Excel 2019 (perpetual)',
    // Excel 2019 stops at ExcelApi 1.8 and has neither custom functions nor the shared runtime.
    sets: { ExcelApi: '1.8', DialogApi: '1.1' },
    payloadLimit: null,
    blankScalar: 0,
  },
  {
    name: 'desktop',
    label: 'Microsoft 365 desktop (Windows)',
    sets: { ExcelApi: '1.20', CustomFunctionsRuntime: '1.5', SharedRuntime: '1.2', DialogApi: '1.2' },
    payloadLimit: null,
    blankScalar: 0,
  },
  {
    name: 'web',
    label: 'Excel on the web',
    sets: { ExcelApi: '1.20', CustomFunctionsRuntime: '1.5', SharedRuntime: '1.2', DialogApi: '1.2' },
    payloadLimit: 5_000_000,
    blankScalar: null,
  },
  {
    name: 'mac',
    label: 'Excel for Mac (Microsoft 365)',
    sets: { ExcelApi: '1.20', CustomFunctionsRuntime: '1.5', SharedRuntime: '1.2', DialogApi: '1.2' },
    payloadLimit: null,
    blankScalar: 0,
  },
];

export const profile = (name: HostProfile['name']): HostProfile => PROFILES.find((p) => p.name === name)!;

const parts = (v: string): number[] => v.split('.').map(Number);
export function versionAtLeast(have: string, want: string): boolean {
  const [a1 = 0, a2 = 0] = parts(have);
  const [b1 = 0, b2 = 0] = parts(want);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

export function supports(p: HostProfile, set: string, version: string): boolean {
  const have = p.sets[set];
  return have !== undefined && versionAtLeast(have, version);
}
