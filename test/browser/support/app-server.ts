/**
 * Serves the production build (dist/) for the browser journeys:
 * a fresh database `jixiao_browser_<random>` on DATABASE_URL's server, `migrate` + `seed`,
 * then `node dist/apps/api/main.js` on a free port with the web app (WEB_DIST) on the same origin.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const API_MAIN = resolve(ROOT, 'dist/apps/api/main.js');
const WEB_DIST = resolve(ROOT, 'dist/apps/web/browser');
const run = promisify(execFile);
/** migrate / seed must finish well within vitest's hookTimeout (180 s) so a hung command cannot outlive the run. */
const COMMAND_TIMEOUT_MS = 60_000;
const HEALTH_TIMEOUT_MS = 45_000;

export interface AppServer {
  baseUrl: string;
  databaseName: string;
  /** Last lines the API printed (for failure messages). */
  logs(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function apiCommand(command: string, env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await run(process.execPath, [API_MAIN, command], {
      cwd: ROOT,
      env,
      maxBuffer: 16 * 1024 * 1024,
      timeout: COMMAND_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(
      `\`node dist/apps/api/main.js ${command}\` failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`,
    );
  }
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

export async function startAppServer(): Promise<AppServer> {
  const ownerUrl = process.env['DATABASE_URL'];
  if (!ownerUrl) {
    throw new Error(
      'DATABASE_URL is not set: the browser suite needs a PostgreSQL server (`npm test` provides one).',
    );
  }
  for (const [path, hint] of [
    [API_MAIN, 'the API bundle'],
    [resolve(WEB_DIST, 'index.html'), 'the production web build'],
  ] as const) {
    if (!existsSync(path)) {
      throw new Error(`${path} (${hint}) is missing: run \`npx nx run-many -t build -p api web\` first.`);
    }
  }

  const databaseName = `jixiao_browser_${randomBytes(6).toString('hex')}`;
  await admin(ownerUrl, (client) => client.query(`CREATE DATABASE "${databaseName}"`));
  const databaseUrl = withDatabase(ownerUrl, databaseName);
  const dropDatabase = () =>
    admin(ownerUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));

  let child: ChildProcess | undefined;
  const output: string[] = [];
  const logs = () => output.join('').split('\n').slice(-60).join('\n');
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      WEB_DIST,
      PUBLIC_URL: baseUrl,
    };
    await apiCommand('migrate', env);
    await apiCommand('seed', env);

    const api = spawn(process.execPath, [API_MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child = api;
    const collect = (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      if (output.length > 500) output.splice(0, output.length - 500);
    };
    api.stdout?.on('data', collect);
    api.stderr?.on('data', collect);

    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    for (;;) {
      if (api.exitCode !== null || api.signalCode !== null) {
        throw new Error(
          `the API exited (${api.signalCode ?? api.exitCode}) before it was healthy:\n${logs()}`,
        );
      }
      try {
        const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (res.status === 200) break;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline)
        throw new Error(
          `GET /api/health did not answer 200 within ${HEALTH_TIMEOUT_MS / 1000} s:\n${logs()}`,
        );
      await new Promise((r) => setTimeout(r, 250));
    }

    return {
      baseUrl,
      databaseName,
      logs,
      async stop() {
        await stopProcess(api);
        await dropDatabase();
      },
    };
  } catch (error) {
    if (child) await stopProcess(child);
    await dropDatabase().catch(() => undefined);
    throw error;
  }
}
