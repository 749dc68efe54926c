import { defineConfig } from 'vitest/config';

// Browser tests: Node-side vitest driving Debian's Chromium through playwright-core against a
// Vite dev server (test/browser/harness.ts). One file at a time: each launches its own browser.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { BROWSER_TESTS: '1' },
    reporters: process.env.VITEST_JSON ? ['default', ['json', { outputFile: process.env.VITEST_JSON }]] : ['default'],
  },
});
