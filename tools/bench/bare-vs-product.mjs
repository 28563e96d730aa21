#!/usr/bin/env node
// Side-by-side benchmark: the built API against a bare node:http + pg server doing the same database
// work (tools/bench/support/bare-server.mjs), on the same scratch database, one after the other,
// with autocannon in a child process of its own. Run on demand, not part of the tests:
//   npx nx build api && node tools/bench/bare-vs-product.mjs [--seconds 10] [--connections 50]
//     [--rounds 3] [--warmup 2] [--api dist/apps/api/main.js] [--cpu-prof <dir>] [--routes /api/health,/api/users]
// Prints every measurement as a JSON line, then the medians over the rounds as a Markdown table:
// req/s, p50/p95/p97.5/p99 (ms) of both servers, the ratio product/bare (median of the rounds' ratios),
// and the CPU time each server process spent per request (Linux), which other load on the machine moves least.
import { execFile } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import {
  cpuMillis,
  freePortBase,
  option,
  signIn,
  waitUntilUp,
  withScratchApi,
} from './support/scratch-api.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const seconds = Number(option('seconds', '10'));
const connections = Number(option('connections', '50'));
const rounds = Number(option('rounds', '3'));
const warmup = Number(option('warmup', '2'));
const apiMain = option('api', 'dist/apps/api/main.js');
const cpuProfDir = option('cpu-prof', null);
const only = option('routes', null)?.split(',');
const ROUTES = [
  { path: '/api/health', auth: false },
  { path: '/api/auth/me', auth: true },
  { path: '/api/users', auth: true },
  { path: '/api/frameworks', auth: true },
].filter((route) => !only || only.includes(route.path));

async function load(url, headers, duration) {
  const spec = JSON.stringify({ url, connections, seconds: duration, headers });
  const { stdout } = await promisify(execFile)(process.execPath, [join(here, 'support', 'load.mjs'), spec], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => (value < 10 ? value.toFixed(1) : Math.round(value).toString());
const fmt = (value) => Math.round(value).toLocaleString('en-US');

await withScratchApi({ apiMain }, async ({ appUrl, serve, spawnServer }) => {
  const portBase = freePortBase();
  const { base: product, pid: productPid } = await serve(
    portBase,
    {},
    cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [],
  );
  const bare = `http://127.0.0.1:${portBase + 1}`;
  const bareServer = spawnServer([join(here, 'support', 'bare-server.mjs')], {
    DATABASE_URL: appUrl,
    PORT: String(portBase + 1),
  });
  await waitUntilUp(bare, bareServer);
  const pids = { product: productPid, bare: bareServer.pid };

  const results = ROUTES.map(() => ({ product: [], bare: [], ratio: [] }));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, route] of ROUTES.entries()) {
      const headers = route.auth ? await signIn(product, 'admin@czj.demo') : {};
      const order =
        round % 2
          ? [
              ['bare', bare],
              ['product', product],
            ]
          : [
              ['product', product],
              ['bare', bare],
            ];
      const measured = {};
      for (const [name, base] of order) {
        if (warmup > 0) await load(`${base}${route.path}`, headers, warmup);
        const cpuBefore = cpuMillis(pids[name]);
        measured[name] = await load(`${base}${route.path}`, headers, seconds);
        const cpu = cpuMillis(pids[name]) - cpuBefore;
        // CPU time the server spent per answered request: barely moved by other load on the machine.
        measured[name].cpuMicros = cpuBefore === null ? NaN : (1000 * cpu) / measured[name].requests;
        console.log(JSON.stringify({ round, route: route.path, server: name, ...measured[name] }));
        if (measured[name].errors || measured[name].non2xx)
          console.error(
            `warning: ${name} ${route.path} answered ${measured[name].non2xx} non-2xx, ${measured[name].errors} errors`,
          );
      }
      results[index].product.push(measured.product);
      results[index].bare.push(measured.bare);
      results[index].ratio.push(measured.product.rps / measured.bare.rps);
    }
  }

  const stat = (runs, key) => median(runs.map((run) => run[key]));
  const lines = [
    `\nProduct vs bare — ${connections} connections, ${seconds} s per measurement, median of ${rounds} round(s), ${process.version}, ${cpus().length} cores`,
    '',
    '| route | product req/s | bare req/s | ratio | product p50 / p95 / p97.5 / p99 ms | bare p50 / p95 / p97.5 / p99 ms | CPU µs/req product / bare |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const [index, route] of ROUTES.entries()) {
    const { product: p, bare: b, ratio } = results[index];
    const percentiles = (runs) =>
      ['p50', 'p95', 'p97_5', 'p99'].map((key) => ms(stat(runs, key))).join(' / ');
    lines.push(
      `| GET ${route.path} | ${fmt(stat(p, 'rps'))} | ${fmt(stat(b, 'rps'))} | ${median(ratio).toFixed(2)} | ${percentiles(p)} | ${percentiles(b)} | ${fmt(stat(p, 'cpuMicros'))} / ${fmt(stat(b, 'cpuMicros'))} |`,
    );
  }
  console.log(lines.join('\n'));
});
