import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // The cross-app suites start the API's composition root (apps/api) on purpose: they test the
    // application as it is deployed. Nothing else may import an app.
    files: ['**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
