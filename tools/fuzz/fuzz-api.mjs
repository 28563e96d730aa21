#!/usr/bin/env node
// The larger, on-demand run of the API fuzz suite (test/api-e2e/fuzz.e2e-spec.ts runs 1,500 requests
// in `npm test`). Same generators and assertions, more requests, any seed:
//
//   node tools/fuzz/fuzz-api.mjs                      # 20,000 requests, a random seed (printed)
//   node tools/fuzz/fuzz-api.mjs --requests 50000 --seed 42
//
// Needs DATABASE_URL (a server it may create a scratch database on), like the e2e suite.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '20000' }, seed: { type: 'string' } },
});
const seed = values.seed ?? String(Math.floor(Math.random() * 2 ** 31));
process.stdout.write(`fuzzing with ${values.requests} requests, seed ${seed}\n`);
const run = spawnSync('npx', ['vitest', 'run', '--project', 'api-e2e', 'test/api-e2e/fuzz.e2e-spec.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    FUZZ_REQUESTS: values.requests,
    FUZZ_SEED: seed,
    DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    TZ: 'UTC',
  },
});
process.exit(run.status ?? 1);
