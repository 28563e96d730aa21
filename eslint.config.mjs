import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const CAPABILITY_BASE = ['type:platform', 'type:domain', 'type:contracts'];
const API_CAPABILITY_DEPENDENCIES = Object.entries({
  audit: [],
  auth: [],
  // Inviting and administering users issues and revokes sessions.
  organisations: ['auth'],
  frameworks: [],
  // An evaluation adopts (copies) a version of the firm's indicator-system library.
  evaluations: ['frameworks'],
  // The report is generated from an evaluation and rendered to Word, PDF and Excel.
  // The archive package (归档包, issue 11, in the reports library) adds 'frameworks': it includes the
  // indicator system as the framework library's Excel export.
  reports: ['evaluations', 'frameworks'],
}).map(([capability, uses]) => ({
  sourceTag: `capability:${capability}`,
  onlyDependOnLibsWithTags: [...CAPABILITY_BASE, ...uses.map((used) => `capability:${used}`)],
}));

// A web feature stands on data-access, the shared UI, the domain and the contracts; a dependency on
// another feature is named here on purpose, one by one.
const WEB_FEATURE_BASE = ['type:data-access', 'type:ui', 'type:domain', 'type:contracts'];
const WEB_FEATURE_DEPENDENCIES = Object.entries({
  admin: [],
  auth: [],
  home: [],
  frameworks: [],
  // An evaluation's adopted indicator system is adapted with the library's editor (its store and
  // workbench), not a second editor.
  evaluations: ['frameworks'],
}).map(([feature, uses]) => ({
  sourceTag: `web-feature:${feature}`,
  onlyDependOnLibsWithTags: [...WEB_FEATURE_BASE, ...uses.map((used) => `web-feature:${used}`)],
}));

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/node_modules',
      '.tools',
      '.data',
      '**/vitest.config.mts',
      '**/*.mjs',
      '**/webpack.config.js',
    ],
  },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='only'][callee.object.name=/^(it|describe|test)$/]",
          message: 'No focused tests.',
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            // An API capability stands on the platform, the domain and the contracts; a dependency on
            // another capability is named here on purpose, one by one.
            ...API_CAPABILITY_DEPENDENCIES,
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            ...WEB_FEATURE_DEPENDENCIES,
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            {
              sourceTag: 'scope:test',
              onlyDependOnLibsWithTags: ['scope:api', 'scope:shared', 'scope:test'],
            },
          ],
        },
      ],
    },
  },
];
