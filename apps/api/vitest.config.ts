import '../../tools/vitest-node20-compat.js';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // esbuild/oxc drop decorator metadata, which Nest's injection and class-validator need:
  // SWC compiles the sources with the decorator settings of tsconfig.json.
  plugins: [swc.vite({ tsconfigFile: './tsconfig.json' })],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    environment: 'node',
    // Each file starts the app on its own database; starting and seeding take a moment.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
