/** The scoring core: pure TypeScript, no Office, no DOM, no Node APIs. */
export * from './criterion';
export * from './deadlines';
export * from './evidence';
export * from './frameworks';
export * from './grades';
export * from './messages';
export * from './numbers';
export * from './params';
export * from './quota';
export * from './result';
export * from './rollup';
export * from './round';
export * from './rules';
export * from './types';
export * from './rank';
