import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * apps/web: imports go one way, shared (src/lib, src/components) → features → app, and no feature
 * imports another (pages in src/app compose features). Written without feature names: a feature
 * file may not climb out of its own folder with a relative path, nor import `@/features/…` or
 * `@/app`; shared code is imported as `@/lib/…` or `@/components/…`.
 */
const webFeatureRules = [1, 2, 3, 4, 5].map((depth) => ({
  files: [`apps/web/src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./){${depth}}`,
            message:
              'A feature may not reach outside its folder: import shared code as @/lib/… or @/components/…, and never another feature.',
          },
          {
            regex: '^@/features/',
            message: 'No feature imports another feature; compose them in src/app.',
          },
          { regex: '^@/app(/|$)', message: 'Features may not import the app layer.' },
        ],
      },
    ],
  },
}));

const webSharedRules = {
  files: ['apps/web/src/lib/**/*.{ts,tsx}', 'apps/web/src/components/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: '^(@/|(\\.\\./)+)(features|app)(/|$)',
            message: 'Shared web code (lib, components) may not import features or the app layer.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'data/**', '.nx/**', 'seeds/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Nest reads constructor parameter types at run time (emitDecoratorMetadata): a type-only
    // import there would erase the injection token.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    // libs/shared is pure TypeScript: no framework may leak into the shared contracts.
    files: ['libs/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'react', 'react-*', 'antd', '@tanstack/*', 'node:*'] },
      ],
    },
  },
  {
    // Tests may read fixtures such as seeds/catalog.json from disk, and scripts (the seed generator)
    // write files; neither is shipped, so only node:* is allowed back (the option replaces the list
    // above, hence the repetition).
    files: ['libs/shared/**/*.test.ts', 'libs/shared/scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'typeorm', 'react', 'react-*', 'antd', '@tanstack/*'] },
      ],
    },
  },
  webSharedRules,
  ...webFeatureRules,
);
