import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/support/customFunctions.ts'],
    // The built `chamdiem` command brought up to date once, before the workers start.
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 60_000,
    // vitest's default is one worker fewer than the cores: on 2 cores, one file at a time. Two run here; the slow files
    // mostly wait on a child process (webpack, Chromium, LibreOffice, the built CLI), and the builds the tests load are
    // made once per run and shared between the workers (test/support/sharedBuild.mjs).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', 'json', './test/support/timingReporter.ts'],
    outputFile: { json: '.cache/vitest-results.json' },
  },
});
