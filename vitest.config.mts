import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
// Exact matches: `@jixiao/domain` must not also catch `@jixiao/domain/vocabulary` (a secondary entry).
const alias = Object.entries(compilerOptions.paths).map(([name, [target]]) => ({
  find: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`),
  replacement: resolve(root, target ?? ''),
}));

const nestSwc = swc.vite({
  module: { type: 'es6' },
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
  },
});

/** Node-side test projects; the Angular app's own specs run through `nx test web`. */
export default defineConfig({
  resolve: { alias },
  test: {
    // A suite drops its own scratch database at the end (WITH (FORCE)); a pool that was still closing then
    // hears PostgreSQL's 57P01 "terminating connection due to administrator command". That is the drop, not
    // a fault of the code under test; every other unhandled error still fails the run.
    onUnhandledError: (error) => (error as { code?: string }).code !== '57P01',
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'domain',
          root,
          include: ['libs/domain/src/**/*.spec.ts', 'libs/contracts/src/**/*.spec.ts'],
          benchmark: { include: ['tools/bench/**/*.bench.ts'] },
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        plugins: [nestSwc],
        test: {
          name: 'api',
          root,
          include: ['libs/api/**/*.spec.ts', 'apps/api/src/**/*.spec.ts'],
          environment: 'node',
          env: { TZ: 'UTC' },
        },
      },
      {
        resolve: { alias },
        plugins: [nestSwc],
        test: {
          name: 'api-e2e',
          root,
          include: ['test/api-e2e/**/*.e2e-spec.ts'],
          environment: 'node',
          globalSetup: ['test/support/database.global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30000,
          hookTimeout: 60000,
          env: { TZ: 'UTC' },
        },
      },
      {
        resolve: { alias },
        plugins: [nestSwc],
        test: {
          name: 'medium',
          root,
          include: ['test/medium/**/*.medium-spec.ts'],
          environment: 'node',
          globalSetup: ['test/support/database.global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30000,
          hookTimeout: 120000,
          env: { TZ: 'UTC' },
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          root,
          include: ['test/browser/**/*.browser-spec.ts'],
          // A page reacts to a click through the API and the database; on a loaded 2-core machine that
          // can take more than vitest's default 1 s for expect.poll.
          expect: { poll: { timeout: 20000, interval: 100 } },
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60000,
          hookTimeout: 180000,
        },
      },
    ],
  },
});
