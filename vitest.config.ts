import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Unit tests see the product build: no test timings (build.mjs --test turns them on for the e2e tests).
  define: { __MALGEUN_TEST__: 'false' },
  resolve: {
    // The real webextension-polyfill throws outside an extension: tests get a small in-memory fake.
    alias: { 'webextension-polyfill': fileURLToPath(new URL('./test/mocks/browser.ts', import.meta.url)) },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20000,
  },
});
