import '../../tools/vitest-node20-compat.js';
import { defineConfig } from 'vitest/config';

/** Browser journeys against the real built API serving the built web app (see e2e/support). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
