#!/usr/bin/env node
// Side-by-side benchmark: the built API against a bare node:http + pg server doing the same database
// work (tools/bench/support/bare-server.mjs), on the same scratch database, one after the other,
// with autocannon in a child process of its own. Run on demand, not part of the tests:
//   npx nx build api && node tools/bench/bare-vs-product.mjs [--seconds 10] [--connections 50]
//     [--rounds 3] [--warmup 2] [--api dist/apps/api/main.js] [--cpu-prof <dir>] [--routes /api/health,/api/users]
// Prints every measurement as a JSON line, then the medians over the rounds as a Markdown table:
// req/s, p50/p95/p97.5/p99 (ms) of both servers, the ratio product/bare (median of the rounds' ratios),
// and the CPU time each server process spent per request (Linux), which other load on the machine moves least.
import { cpus } from 'node:os';
import { cpuMillis, freePortBase, option, signIn, withScratchApi } from './support/scratch-api.mjs';
import { benchRoutes, fmt, load, median, ms, startBareServer } from './support/side-by-side.mjs';

const seconds = Number(option('seconds', '10'));
const connections = Number(option('connections', '50'));
const rounds = Number(option('rounds', '3'));
const warmup = Number(option('warmup', '2'));
const apiMain = option('api', 'dist/apps/api/main.js');
const cpuProfDir = option('cpu-prof', null);
const only = option('routes', null)?.split(',');
const ROUTES = benchRoutes(only);

await withScratchApi({ apiMain }, async ({ appUrl, serve, spawnServer }) => {
  const portBase = freePortBase();
  const { base: product, pid: productPid } = await serve(
    portBase,
    {},
    cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [],
  );
  const { base: bare, pid: barePid } = await startBareServer(spawnServer, appUrl, portBase + 1);
  const pids = { product: productPid, bare: barePid };

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
        if (warmup > 0) await load(`${base}${route.path}`, headers, warmup, connections);
        const cpuBefore = cpuMillis(pids[name]);
        measured[name] = await load(`${base}${route.path}`, headers, seconds, connections);
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
