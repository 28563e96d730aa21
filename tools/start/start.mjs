// `npm start`: build, make sure there is a database, migrate + seed, serve API + web on one port.
//
//   PORT            HTTP port (default 3000)
//   DATABASE_URL    use this PostgreSQL (owner connection); when unset an embedded PostgreSQL is
//                   started with its data in .data/pg (kept between runs)
//   --skip-build    reuse the existing dist/ (e.g. `npm start -- --skip-build`)
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startEmbeddedPostgres, portInUse } from '../support/embedded-postgres.mjs';
import { API_NODE_ARGS } from '../support/api-node-args.mjs';
import { ROOT, run, seconds, stopChild, toolEnv } from '../support/process.mjs';

const PORT = Number(process.env.PORT || 3000);
const API_MAIN = resolve(ROOT, 'dist/apps/api/main.js');
const WEB_DIST = process.env.WEB_DIST || resolve(ROOT, 'dist/apps/web/browser');
const PUBLIC_URL = process.env.PUBLIC_URL || `http://localhost:${PORT}`;
const skipBuild = process.argv.includes('--skip-build');
const STEPS = 4;

let database; // { url, stop } when embedded
let api; // the serving child process
let current; // the child of the step in progress
let shuttingDown = false;

const step = (n, zh, en) => console.log(`\n[${n}/${STEPS}] ${zh} / ${en}`);
const info = (line) => console.log(`      ${line}`);

async function shutdown(code, reason) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (reason) console.log(`\n${reason}`);
  if (api) {
    info('停止 API… / Stopping the API…');
    await stopChild(api, 'SIGTERM', 15000);
  }
  if (current) await stopChild(current, 'SIGTERM', 10000);
  if (database) {
    info('停止内置 PostgreSQL… / Stopping the embedded PostgreSQL…');
    await database.stop().catch((e) => console.error(`      could not stop PostgreSQL: ${e.message}`));
  }
  process.exit(code);
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(
    signal,
    () => void shutdown(code, `收到 ${signal}，正在退出… / ${signal} received, shutting down…`),
  );
}

async function must(result, what) {
  if (shuttingDown) await new Promise(() => {}); // shutdown() exits the process
  if (result.code !== 0) {
    console.error(`\n✗ ${what} failed (exit ${result.signal ?? result.code})`);
    await shutdown(1);
  }
  return result;
}

async function waitForHealth(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!api || api.exitCode !== null || api.signalCode !== null) return false;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

async function main() {
  const t0 = Date.now();
  if (!Number.isInteger(PORT) || PORT <= 0)
    throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
  if (await portInUse(PORT)) {
    console.error(
      `端口 ${PORT} 已被占用 / Port ${PORT} is already in use. Stop that program or run with PORT=<other>.`,
    );
    process.exit(1);
  }

  // 1. Build
  step(1, '构建 API 与前端', 'Building the API and the web app');
  if (skipBuild) {
    info('--skip-build: reusing dist/');
  } else {
    const build = await must(
      await run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
        onSpawn: (c) => (current = c),
      }),
      'build',
    );
    current = undefined;
    info(`built in ${seconds(build.ms)}`);
  }
  for (const needed of [API_MAIN, resolve(WEB_DIST, 'index.html')]) {
    if (!existsSync(needed)) {
      console.error(`✗ missing ${needed} — the build did not produce it`);
      await shutdown(1);
    }
  }

  // 2. Database
  step(2, '准备数据库', 'Preparing the database');
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    info(`DATABASE_URL is set: using ${databaseUrl.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')}`);
  } else {
    const t = Date.now();
    const fresh = !existsSync(resolve(ROOT, '.data/pg/PG_VERSION'));
    info(
      fresh
        ? '初始化内置 PostgreSQL（.data/pg）… / Initialising the embedded PostgreSQL in .data/pg…'
        : '启动内置 PostgreSQL（.data/pg）… / Starting the embedded PostgreSQL in .data/pg…',
    );
    database = await startEmbeddedPostgres({
      dir: resolve(ROOT, '.data/pg'),
      port: 54329,
      database: 'jixiao',
      persistent: true,
    });
    if (shuttingDown) await new Promise(() => {});
    databaseUrl = database.url;
    info(`PostgreSQL ready on 127.0.0.1:54329 in ${seconds(Date.now() - t)}`);
  }
  const env = toolEnv({ DATABASE_URL: databaseUrl, PORT: String(PORT), WEB_DIST, PUBLIC_URL });

  // 3. Migrate + seed
  step(3, '迁移数据库并写入演示数据', 'Migrating the database and loading demo data');
  for (const command of ['migrate', 'seed']) {
    const r = await must(
      await run(process.execPath, [API_MAIN, command], { env, onSpawn: (c) => (current = c) }),
      command,
    );
    current = undefined;
    info(`${command} done in ${seconds(r.ms)}`);
  }

  // 4. Serve
  step(4, '启动服务', 'Starting the server');
  const served = run(process.execPath, [...API_NODE_ARGS, API_MAIN], { env, onSpawn: (c) => (api = c) });
  void served.then(async ({ code, signal }) => {
    if (shuttingDown) return;
    api = undefined;
    await shutdown(code === 0 ? 1 : code, `✗ API 已退出 / The API exited (${signal ?? `code ${code}`}).`);
  });
  const healthy = await waitForHealth(`http://127.0.0.1:${PORT}/api/health`, 120000);
  if (shuttingDown) return;
  if (!healthy) {
    await shutdown(1, `✗ API 未就绪 / The API did not answer GET /api/health with 200 within 120 s.`);
    return;
  }

  const line = '─'.repeat(64);
  console.log(`\n${line}`);
  console.log(`  绩效评价协同平台 Jixiao 已启动 / is running (ready in ${seconds(Date.now() - t0)})`);
  console.log(`  打开 / Open:  ${PUBLIC_URL}`);
  console.log(`  演示账号 / Demo accounts:`);
  console.log(line);
  await run(process.execPath, [API_MAIN, 'credentials'], { env });
  console.log(line);
  console.log('  按 Ctrl+C 停止 / Press Ctrl+C to stop.\n');
}

main().catch(async (error) => {
  console.error(`\n✗ ${error?.stack ?? error}`);
  await shutdown(1);
});
