#!/usr/bin/env node
// Issue 6: how much Excel imports slow every other request. Runs the built API once per `--workers`
// value on one scratch database — exceljs on the event loop (0, the behaviour before the worker pool)
// or in a pool of 1 or 2 worker threads — and for each measures an authorised read route with autocannon
// (its own process) alone, then while `--importers` clients import a 1,910-row workbook back to back.
//   npx nx build api && node tools/bench/excel-import-latency.mjs [--seconds 10] [--connections 10]
//     [--importers 2] [--workers 0,1,2] [--rounds 3] [--route /api/auth/me] [--api dist/apps/api/main.js]
// All servers run side by side and every round measures each mode (rotating the order), so other load
// on the machine falls on all alike. Prints a JSON line per measurement, then a Markdown table of the
// medians: req/s and p50/p95/p99 ms of the route alone → while importing, imports done, mean import ms.
import { execFile } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { freePortBase, option, signIn, withScratchApi } from './support/scratch-api.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const seconds = Number(option('seconds', '10'));
const connections = Number(option('connections', '10'));
const importers = Number(option('importers', '2'));
const route = option('route', '/api/auth/me');
const apiMain = option('api', 'dist/apps/api/main.js');
/** EXCEL_PARSE_WORKERS per run: 0 parses on the event loop (before the pool). */
const modes = option('workers', '0,1,2').split(',');

/** The same shape as test/support/large-framework.ts: 10 × 10 × 18 indicators with long standards. */
function largeFramework() {
  const standard = '每发现一项不符合扣 25% 分值，扣完为止；资料不全的，酌情扣分。'.repeat(3);
  const range = (n) => Array.from({ length: n }, (_, i) => i + 1);
  return {
    key: 'large',
    name: '大型指标体系（负载测试）',
    totalWeight: '100',
    indicators: range(10).map((a) => ({
      id: `${a}`,
      name: `一级指标 ${a}`,
      weight: '10',
      children: range(10).map((b) => ({
        id: `${a}.${b}`,
        name: `二级指标 ${a}.${b}`,
        weight: '1',
        children: range(18).map((c) => ({
          id: `${a}.${b}.${c}`,
          name: `三级指标 ${a}.${b}.${c}`,
          weight: c === 18 ? '0.15' : '0.05',
          explanation: '决算支出数与全年预算数的比率，反映预算执行进度。',
          standard,
          rule: { kind: 'judgement' },
        })),
      })),
    })),
    measures: [],
  };
}

async function workbook(base, auth) {
  const grades = await fetch(`${base}/api/frameworks/builtin-zhongshan-2024`, { headers: auth });
  const { framework: builtin } = await grades.json();
  const created = await fetch(`${base}/api/frameworks`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ framework: { ...largeFramework(), gradeScale: builtin.gradeScale } }),
  });
  if (!created.ok)
    throw new Error(`creating the large framework failed: ${created.status} ${await created.text()}`);
  const { id } = await created.json();
  const exported = await fetch(`${base}/api/framework-files/${id}/export.xlsx`, { headers: auth });
  if (!exported.ok) throw new Error(`export failed: ${exported.status}`);
  return Buffer.from(await exported.arrayBuffer());
}

async function importLoop(base, auth, data, until, stats) {
  while (Date.now() < until) {
    const body = new FormData();
    body.append('file', new Blob([data]), 'large.xlsx');
    const started = performance.now();
    const response = await fetch(`${base}/api/framework-files/import?dryRun=true`, {
      method: 'POST',
      headers: auth,
      body,
    });
    await response.arrayBuffer();
    if (response.status === 200) {
      stats.done += 1;
      stats.ms += performance.now() - started;
    } else stats.refused += 1;
  }
}

async function load(url, headers) {
  const spec = JSON.stringify({ url, connections, seconds, headers });
  const { stdout } = await promisify(execFile)(process.execPath, [join(here, 'support', 'load.mjs'), spec], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout);
}

const rounds = Number(option('rounds', '3'));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

// All servers run side by side; each round measures every mode (order rotated per round), so load
// from elsewhere on the machine falls on every mode alike. The figures are medians over the rounds.
const results = new Map(modes.map((workers) => [workers, { alone: [], busy: [], imports: [] }]));
await withScratchApi({ apiMain }, async ({ serve }) => {
  const portBase = freePortBase();
  const servers = new Map();
  for (const [index, workers] of modes.entries()) {
    const { base } = await serve(portBase + index, { EXCEL_PARSE_WORKERS: workers });
    const auth = await signIn(base, 'admin@firm.demo');
    servers.set(workers, { base, auth, data: await workbook(base, auth) });
  }
  for (let round = 0; round < rounds; round += 1) {
    const order = modes.map((_, i) => modes[(i + round) % modes.length]);
    for (const workers of order) {
      const { base, auth, data } = servers.get(workers);
      // warm-up: JIT, the pool's workers, the connection pool
      await importLoop(base, auth, data, Date.now() + 1500, { done: 0, ms: 0, refused: 0 });
      const alone = await load(`${base}${route}`, auth);
      const stats = { done: 0, ms: 0, refused: 0 };
      const until = Date.now() + seconds * 1000 + 500;
      const loops = Array.from({ length: importers }, () => importLoop(base, auth, data, until, stats));
      const busy = await load(`${base}${route}`, auth);
      await Promise.all(loops);
      console.log(JSON.stringify({ round, workers, alone, busy, imports: stats }));
      const entry = results.get(workers);
      entry.alone.push(alone);
      entry.busy.push(busy);
      entry.imports.push(stats);
    }
  }
});

const ms = (value) => (value < 10 ? value.toFixed(1) : Math.round(value).toString());
const stat = (runs, key) => median(runs.map((run) => run[key]));
const lines = [
  `\nOther requests while workbooks import — GET ${route}, ${connections} connections, ${seconds} s, ${importers} importer(s) of a 1,910-row workbook, median of ${rounds} round(s) (${process.version}, ${cpus().length} cores)`,
  '',
  '| parse | req/s alone → importing | p50 ms alone → importing | p95 ms alone → importing | p99 ms alone → importing | imports per run | mean import ms |',
  '|---|---|---|---|---|---|---|',
];
for (const [workers, { alone, busy, imports }] of results) {
  const name = workers === '0' ? 'on the event loop' : `${workers} worker thread(s)`;
  const pair = (key, format) => `${format(stat(alone, key))} → ${format(stat(busy, key))}`;
  const done = median(imports.map((run) => run.done));
  const mean = median(imports.filter((run) => run.done).map((run) => run.ms / run.done));
  lines.push(
    `| ${name} | ${pair('rps', Math.round)} | ${pair('p50', ms)} | ${pair('p95', ms)} | ${pair('p99', ms)} | ${done} | ${Math.round(mean)} |`,
  );
}
console.log(lines.join('\n'));
