import nx from '@nx/eslint-plugin';

// Module boundaries: pure libs (type:domain/util) import no framework; web and api never meet;
// apps are never imported (Nx forbids importing app projects).
export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  { ignores: ['**/dist', '**/node_modules', '**/.data', '**/tmp', '**/*.generated.ts', '**/vite.config.*.timestamp*'] },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:util'],
              bannedExternalImports: ['react', 'react-dom', 'react-*', '@nestjs/*', 'typeorm', 'pg', 'express', 'graphql'],
            },
            {
              sourceTag: 'type:util',
              onlyDependOnLibsWithTags: ['type:util'],
              bannedExternalImports: ['react', 'react-dom', 'react-*', '@nestjs/*', 'typeorm', 'pg', 'express'],
            },
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:domain', 'type:util'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tool configs import the workspace's shared Vite helpers, which belong to no project.
    files: ['**/vite.config.ts', '**/vitest.config.ts', '**/vitest.*.ts', '**/playwright.config.ts', 'codegen.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
