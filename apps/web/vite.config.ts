import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress';

const sharedSrc = fileURLToPath(new URL('../../libs/shared/src/', import.meta.url));
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

/**
 * Named vendor chunks, so that a change to the app does not bust the cache of libraries. Each group
 * holds only what the shell needs on every page anyway; the rest of antd (tables, selects, date
 * pickers…) and Recharts are split automatically into the lazily loaded route chunks.
 */
const vendorGroups = [
  { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  { name: 'query', test: /[\\/]node_modules[\\/]@tanstack[\\/]/ },
  {
    // The foundation of every antd component: theme, CSS-in-JS, motion, popups, locale.
    name: 'antd-core',
    test: /[\\/]node_modules[\\/](@ant-design[\\/](cssinjs|cssinjs-utils|fast-color|colors)|@rc-component[\\/](util|motion|trigger|portal|resize-observer)|antd[\\/]es[\\/](_util|theme|style|config-provider|locale)|stylis|@emotion|@babel[\\/]runtime|dayjs)[\\/]/,
  },
];

export default defineConfig({
  plugins: [react(), precompress()],
  resolve: {
    alias: [
      // The dev server and the build read the shared contracts from source: no build of libs/shared needed.
      { find: /^@bizenv\/shared$/, replacement: `${sharedSrc}index.ts` },
      { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) },
    ],
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      treeshake: {
        // libs/shared is pure (no side effects at import): let the bundler drop what the web does not use,
        // e.g. the zod seed schemas and zod with them.
        moduleSideEffects: (id: string) => !id.startsWith(sharedSrc),
      },
      output: {
        codeSplitting: {
          groups: vendorGroups.map((group, index) => ({
            ...group,
            priority: vendorGroups.length - index,
          })),
        },
      },
    },
  },
});
