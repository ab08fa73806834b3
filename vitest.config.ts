import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // One worker per core (vitest's default is one fewer, which on a 2-core machine runs every file
    // in turn). Many files mostly wait on a child process or a fake server, so two never starve.
    maxWorkers: Math.max(2, os.availableParallelism()),
    // Files share their worker's module cache: PGlite's compiled WebAssembly, the English model and
    // the crisis lexicon load once per worker instead of once per file. Each file still opens its own
    // database and data folders (test/helpers), and no test mocks modules, fakes timers or edits
    // process.env, so nothing a file does is seen by the next.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
