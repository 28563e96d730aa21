#!/usr/bin/env node
// Load benchmark of the API on a real PostgreSQL, run on demand (not part of the test suite):
//   npx nx run-many -t build -p api && node tools/bench/api-bench.mjs [--seconds 10] [--connections 10,50]
// Uses DATABASE_URL (owner connection; default: local PostgreSQL service), creates a scratch
// database, migrates and seeds it, starts the built API, measures, and drops the database.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const seconds = Number(option('seconds', '10'));
const connectionCounts = option('connections', '10,50').split(',').map(Number);
const port = 3900 + Math.floor(Math.random() * 90);
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const database = `jixiao_bench_${Date.now().toString(36)}`;
const url = new URL(adminUrl);
url.pathname = `/${database}`;
const env = { ...process.env, DATABASE_URL: url.toString(), PORT: String(port), NODE_ENV: 'development' };
const base = `http://127.0.0.1:${port}`;

async function admin(sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function run(command) {
  const child = spawn(process.execPath, ['dist/apps/api/main.js', command], { env, stdio: 'ignore' });
  const [code] = await once(child, 'exit');
  if (code !== 0) throw new Error(`${command} failed with ${code}`);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function measure(name, connections, request) {
  const latencies = [];
  let errors = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await request().catch(() => null);
        if (!response || !response.ok) errors += 1;
        await response?.arrayBuffer().catch(() => undefined);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const row = {
    endpoint: name,
    connections,
    requests: latencies.length,
    'req/s': Math.round(latencies.length / seconds),
    'p50 ms': percentile(latencies, 50).toFixed(1),
    'p95 ms': percentile(latencies, 95).toFixed(1),
    'p99 ms': percentile(latencies, 99).toFixed(1),
    errors,
  };
  console.log(JSON.stringify(row));
  return row;
}

async function main() {
  await admin(`CREATE DATABASE ${database}`);
  let server;
  try {
    await run('migrate');
    await run('seed');
    server = spawn(process.execPath, ['dist/apps/api/main.js', 'serve'], { env, stdio: 'ignore' });
    for (let i = 0; i < 100; i += 1) {
      if ((await fetch(`${base}/api/health`).catch(() => null))?.ok) break;
      await sleep(100);
    }
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@czj.demo', password: 'Demo-Pass#2026' }),
    });
    const { accessToken } = await login.json();
    const auth = { authorization: `Bearer ${accessToken}` };
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
          body: JSON.stringify({ email: 'officer@czj.demo', password: 'Demo-Pass#2026' }),
        }),
      ),
    );
    console.log(
      `\nJixiao API benchmark — ${seconds}s per row, ${process.version}, ${(await import('node:os')).cpus().length} cores`,
    );
    console.table(rows);
  } finally {
    server?.kill('SIGTERM');
    if (server) await once(server, 'exit');
    await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
