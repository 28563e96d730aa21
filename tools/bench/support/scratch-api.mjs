// Shared by the API benchmarks: a scratch database on DATABASE_URL's server, migrated and seeded
// by the built API, and the built API served on it. Run on demand, never as part of the tests.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { API_NODE_ARGS } from '../../support/api-node-args.mjs';

export const DEMO_PASSWORD = 'Demo-Pass#2026';
/** The runtime role's development password (apps/api's default outside production). */
const DEV_APP_DB_PASSWORD = 'jixiao_app_local_only';
/** USER_HZ: the unit of /proc/<pid>/stat times, 100 on Linux. */
const CLOCK_TICKS = 100;

export function option(name, fallback) {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
}

export function freePortBase() {
  return 3900 + Math.floor(Math.random() * 45) * 2;
}

async function admin(adminUrl, sql) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Waits (up to two minutes: a busy machine starts slowly) until `child` answers on `base`. */
export async function waitUntilUp(base, child, path = '/api/health') {
  for (let i = 0; i < 1200; i += 1) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${base} exited while starting`);
    if ((await fetch(`${base}${path}`).catch(() => null))?.ok) return;
    await sleep(100);
  }
  throw new Error(`${base} did not come up`);
}

/**
 * Creates the scratch database, migrates and seeds it with `apiMain`, and hands `work` a context:
 * `serve(port, extraEnv, nodeArgs)` starts the API and answers its base URL and pid, `ownerUrl`/`appUrl` are the owner and runtime-role
 * connection strings, `jwtSecret` the token secret every server of the run shares. Everything
 * started is stopped and the database dropped afterwards.
 */
export async function withScratchApi({ apiMain = 'dist/apps/api/main.js' } = {}, work) {
  const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `jixiao_bench_${Date.now().toString(36)}`;
  const ownerUrl = new URL(adminUrl);
  ownerUrl.pathname = `/${database}`;
  const appPassword = process.env.APP_DB_PASSWORD ?? DEV_APP_DB_PASSWORD;
  const appUrl = new URL(ownerUrl);
  appUrl.username = 'jixiao_app';
  appUrl.password = appPassword;
  const jwtSecret = process.env.JWT_SECRET ?? randomBytes(32).toString('base64url');
  const baseEnv = {
    ...process.env,
    DATABASE_URL: ownerUrl.toString(),
    APP_DB_PASSWORD: appPassword,
    JWT_SECRET: jwtSecret,
    NODE_ENV: 'development',
  };
  const children = [];
  const runCommand = async (command) => {
    const child = spawn(process.execPath, [apiMain, command], { env: baseEnv, stdio: 'ignore' });
    const [code] = await once(child, 'exit');
    if (code !== 0) throw new Error(`${command} failed with ${code}`);
  };
  const spawnServer = (args, env) => {
    const child = spawn(process.execPath, args, { env: { ...baseEnv, ...env }, stdio: 'ignore' });
    children.push(child);
    return child;
  };
  await admin(adminUrl, `CREATE DATABASE ${database}`);
  try {
    await runCommand('migrate');
    await runCommand('seed');
    return await work({
      ownerUrl: ownerUrl.toString(),
      appUrl: appUrl.toString(),
      jwtSecret,
      spawnServer,
      async serve(port, env = {}, nodeArgs = []) {
        const child = spawnServer([...API_NODE_ARGS, ...nodeArgs, apiMain, 'serve'], {
          PORT: String(port),
          ...env,
        });
        const base = `http://127.0.0.1:${port}`;
        await waitUntilUp(base, child);
        await waitForIdleJobs(ownerUrl.toString());
        return { base, pid: child.pid };
      },
    });
  } finally {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await once(child, 'exit');
      }
    }
    await admin(adminUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }
}

/**
 * Waits (up to five minutes) until the job queue has nothing queued or running: the demo seed queues
 * work (archive packages built with LibreOffice) that the server's workers take on start, and a
 * measurement taken meanwhile would count that work against the request path.
 */
async function waitForIdleJobs(ownerUrl) {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (let i = 0; i < 3000; i += 1) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS busy FROM pgboss.job WHERE state IN ('created', 'retry', 'active')`,
      );
      if (rows[0].busy === 0) return;
      await sleep(100);
    }
    throw new Error('background jobs did not finish within five minutes');
  } finally {
    await client.end();
  }
}

/** Signs in through the product and returns the bearer header (access tokens last 10 minutes). */
export async function signIn(base, email) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`sign-in as ${email} failed: ${response.status}`);
  const { accessToken } = await response.json();
  return { authorization: `Bearer ${accessToken}` };
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux); null elsewhere. */
export function cpuMillis(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
