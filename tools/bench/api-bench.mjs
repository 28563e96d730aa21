#!/usr/bin/env node
// Load benchmark of the API on a real PostgreSQL, run on demand (not part of the test suite):
//   npx nx run-many -t build -p api && node tools/bench/api-bench.mjs [--seconds 10] [--connections 10,50]
// Uses DATABASE_URL (owner connection; default: local PostgreSQL service), creates a scratch
// database, migrates and seeds it, starts the built API, measures, and drops the database.
import { cpus } from 'node:os';
import { fetchLoop } from './support/fetch-loop.mjs';
import { DEMO_PASSWORD, freePortBase, option, signIn, withScratchApi } from './support/scratch-api.mjs';

const seconds = Number(option('seconds', '10'));
const connectionCounts = option('connections', '10,50').split(',').map(Number);

async function measure(name, connections, request) {
  const row = { endpoint: name, connections, ...(await fetchLoop({ seconds, connections, request })) };
  console.log(JSON.stringify(row));
  return row;
}

async function main() {
  await withScratchApi({}, async ({ serve }) => {
    const { base } = await serve(freePortBase());
    const auth = await signIn(base, 'admin@czj.demo');
    const rows = [];
    for (const connections of connectionCounts) {
      rows.push(await measure('GET /api/health', connections, () => fetch(`${base}/api/health`)));
      rows.push(
        await measure('GET /api/auth/me', connections, () => fetch(`${base}/api/auth/me`, { headers: auth })),
      );
      rows.push(
        await measure('GET /api/users', connections, () => fetch(`${base}/api/users`, { headers: auth })),
      );
      rows.push(
        await measure('GET /api/audit-events', connections, () =>
          fetch(`${base}/api/audit-events?limit=50`, { headers: auth }),
        ),
      );
    }
    // Sign-in is bound by argon2id (19 MiB, t=2) by design; a few connections show its cost.
    rows.push(
      await measure('POST /api/auth/login', 4, () =>
        fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'officer@czj.demo', password: DEMO_PASSWORD }),
        }),
      ),
    );
    console.log(`\nJixiao API benchmark — ${seconds}s per row, ${process.version}, ${cpus().length} cores`);
    console.table(rows);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
