import { defineConfig } from 'vitest/config';

/** `npm run bench`: the benchmarks (not part of npm test). One file, run in one worker so timings are side by side. */
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.test.ts'],
    environment: 'node',
    setupFiles: ['test/support/customFunctions.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
