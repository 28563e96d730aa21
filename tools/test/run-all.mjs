// `npm test`: every check and test suite of the repository, with one total at the end.
//
// The LAST line printed is always `N passed, M failed` (CI reads it); exit code 1 if anything failed.
// Static checks and the build count as one test each; vitest and `nx test web` count their tests.
//
//   DATABASE_URL   PostgreSQL the API e2e and browser suites create their throwaway databases on.
//                  When unset, a throwaway embedded PostgreSQL is started for the run.
//   --only=a,b     run only some steps: lint, prettier, typecheck, build, vitest, web (e.g. `npm test -- --only=vitest`)
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, portInUse, startEmbeddedPostgres } from '../support/embedded-postgres.mjs';
import { ROOT, run, runningChildren, seconds, stopChild, stripAnsi, toolEnv } from '../support/process.mjs';

const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',').filter(Boolean)) : undefined;
const wanted = (name) => !only || only.has(name);

const results = []; // { suite, passed, failed, ms, note }
let database; // embedded PostgreSQL, when we started one
const scratch = mkdtempSync(join(tmpdir(), 'jixiao-test-'));
let finishing = false;

const banner = (title) => console.log(`\n${'='.repeat(72)}\n▶ ${title}\n${'='.repeat(72)}`);

async function cleanup() {
  for (const child of runningChildren()) await stopChild(child, 'SIGTERM', 10000);
  if (database) {
    await database.stop().catch((e) => console.error(`could not stop the embedded PostgreSQL: ${e.message}`));
    database = undefined;
  }
  rmSync(scratch, { recursive: true, force: true });
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
]) {
  process.on(signal, () => {
    if (finishing) return;
    finishing = true;
    console.error(`\n${signal} received: stopping…`);
    void cleanup().finally(() => {
      console.log(`${total('passed')} passed, ${total('failed') + 1} failed`);
      process.exit(code);
    });
  });
}

function total(key) {
  return results.reduce((sum, r) => sum + r[key], 0);
}

/** A step that counts as a single test: passed if the command exits 0. */
async function single(suite, command, args, env) {
  banner(`${suite}: ${command} ${args.join(' ')}`);
  const r = await run(command, args, { env });
  results.push({
    suite,
    passed: r.code === 0 ? 1 : 0,
    failed: r.code === 0 ? 0 : 1,
    ms: r.ms,
    note: r.code === 0 ? '' : `exit ${r.signal ?? r.code}`,
  });
}

/** Counts from vitest's JSON report; a crash (no report) or an unexplained non-zero exit = 1 failure. */
async function vitest(env) {
  const suite = 'vitest (domain, api, api-e2e, browser)';
  const report = join(scratch, 'vitest.json');
  const args = ['vitest', 'run'];
  for (const project of ['domain', 'api', 'medium', 'api-e2e', 'browser']) args.push('--project', project);
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${report}`);
  banner(`${suite}: npx ${args.join(' ')}`);
  const r = await run('npx', args, { env });
  if (!existsSync(report)) {
    results.push({
      suite,
      passed: 0,
      failed: 1,
      ms: r.ms,
      note: `no JSON report (exit ${r.signal ?? r.code})`,
    });
    return;
  }
  let json;
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch (error) {
    results.push({ suite, passed: 0, failed: 1, ms: r.ms, note: `unreadable JSON report: ${error.message}` });
    return;
  }
  const passed = json.numPassedTests ?? 0;
  let failed = json.numFailedTests ?? 0;
  // A test file that fails to load has no assertion results; count it as one failure.
  const brokenFiles = (json.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'),
  ).length;
  failed += brokenFiles;
  const notes = [];
  if (brokenFiles) notes.push(`${brokenFiles} file(s) failed to run`);
  if (r.code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exit ${r.signal ?? r.code} (e.g. unhandled error)`);
  }
  const skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
  if (skipped) notes.push(`${skipped} skipped/todo`);
  results.push({ suite, passed, failed, ms: r.ms, note: notes.join('; ') });
}

/** Counts from the `Tests  N passed | M failed (T)` summary of Angular's vitest runner. */
async function webUnit(env) {
  const suite = 'nx test web (Angular)';
  banner(`${suite}: npx nx test web --outputStyle=static`);
  const r = await run('npx', ['nx', 'test', 'web', '--outputStyle=static'], { env, tee: true });
  const lines = stripAnsi(r.output)
    .split(/\r?\n/)
    .filter((l) => /^\s*Tests\s+\d/.test(l));
  const last = lines.at(-1);
  const count = (word) => Number(last?.match(new RegExp(`(\\d+) ${word}`))?.[1] ?? 0);
  let passed = count('passed');
  let failed = count('failed');
  const notes = [];
  if (!last) {
    passed = 0;
    failed = r.code === 0 ? 0 : 1;
    notes.push(r.code === 0 ? 'no test summary found' : `exit ${r.signal ?? r.code}, no test summary`);
  } else if (r.code !== 0 && failed === 0) {
    failed = 1;
    notes.push(`exit ${r.signal ?? r.code}`);
  }
  results.push({ suite, passed, failed, ms: r.ms, note: notes.join('; ') });
}

function printSummary() {
  const rows = results.map((r) => [
    r.failed ? 'FAIL' : 'ok',
    r.suite,
    String(r.passed),
    String(r.failed),
    seconds(r.ms),
    r.note,
  ]);
  const head = ['', 'suite', 'passed', 'failed', 'time', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row) =>
    row
      .map((cell, i) => (i >= 2 && i <= 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(`\n${'='.repeat(72)}\nSummary`);
  console.log(fmt(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(fmt(row));
}

async function main() {
  const started = Date.now();
  const baseEnv = toolEnv({ TZ: 'UTC' });

  // a. Database for the suites that need one.
  if (!process.env.DATABASE_URL && wanted('vitest')) {
    banner('database: embedded PostgreSQL (DATABASE_URL is unset)');
    const port = (await portInUse(54330)) ? await freePort() : 54330;
    const t = Date.now();
    database = await startEmbeddedPostgres({
      dir: resolve(ROOT, `.data/pg-test-${process.pid}`),
      port,
      database: 'postgres',
      persistent: false,
    });
    baseEnv.DATABASE_URL = database.url;
    console.log(`PostgreSQL ready on 127.0.0.1:${port} in ${seconds(Date.now() - t)}`);
  } else if (process.env.DATABASE_URL) {
    console.log(
      `Using DATABASE_URL=${process.env.DATABASE_URL.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')}`,
    );
  }

  // b. Static checks.
  if (wanted('lint'))
    await single(
      'lint (nx run-many -t lint)',
      'npx',
      ['nx', 'run-many', '-t', 'lint', '--outputStyle=static'],
      baseEnv,
    );
  if (wanted('prettier'))
    await single('format (prettier --check .)', 'npx', ['prettier', '--check', '.'], baseEnv);
  // vitest strips types without checking them; the Angular build checks the web code.
  if (wanted('typecheck'))
    await single(
      'typecheck (nx run-many -t typecheck)',
      'npx',
      ['nx', 'run-many', '-t', 'typecheck', '--outputStyle=static'],
      baseEnv,
    );

  // c. Production build (the browser suite serves it).
  if (wanted('build'))
    await single(
      'build (api, web)',
      'npx',
      ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'],
      baseEnv,
    );

  // d. Node-side vitest projects, e. Angular unit tests.
  if (wanted('vitest')) await vitest(baseEnv);
  if (wanted('web')) await webUnit(baseEnv);

  finishing = true;
  await cleanup();
  printSummary();
  console.log(`(total ${seconds(Date.now() - started)})`);
  const passed = total('passed');
  const failed = total('failed');
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || results.length === 0 ? 1 : 0);
}

main().catch(async (error) => {
  console.error(`\ntest runner error: ${error?.stack ?? error}`);
  finishing = true;
  await cleanup().catch(() => undefined);
  printSummary();
  console.log(`${total('passed')} passed, ${total('failed') + 1} failed`);
  process.exit(1);
});
