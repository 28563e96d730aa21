import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** Lint for the Angular projects (apps/web and libs/web/*): the base rules plus Angular's, prefix `jx`. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'jx', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'jx', style: 'kebab-case' }],
    },
  },
];
