/** Types of test/support/sharedBuild.mjs (the builds the tests share). */
export type BuildKind = 'production' | 'addin' | 'preview-production' | 'preview-development';
export declare const ROOT: string;
export declare const KINDS: readonly BuildKind[];
export declare function inputsHash(kind: BuildKind): string;
/** The folder of a complete build of `kind` for the sources as they are now (read-only). */
export declare function sharedBuild(kind: BuildKind): Promise<string>;
/** A copy of the build of `kind` in `target`, which the caller owns. */
export declare function copyBuild(kind: BuildKind, target: string): Promise<string>;
