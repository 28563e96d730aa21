#!/usr/bin/env node
// A/B benchmark of two API builds (or one build with two sets of node flags) beside the bare server,
// interleaved on one scratch database: for each round and route, every server is loaded in a rotated
// order, so other load on a shared machine falls on all of them alike. Run on demand:
//   npx nx build api && cp -r dist/apps/api dist/baseline/   # on the "before" commit, then build "after"
//   node tools/bench/product-ab.mjs --a dist/baseline/api/main.js --b dist/apps/api/main.js \
//     [--a-node-args --flag,--flag] [--b-node-args …] [--seconds 8] [--connections 50] [--rounds 3]
//     [--warmup 1] [--routes /api/health,/api/auth/me]
// Migrates and seeds with build B. Prints every measurement as a JSON line, then a Markdown table of
// medians over the rounds: req/s, p95, the ratio to the bare server (median of each round's ratio) and
// the CPU time each server process spent per request.
import { cpus } from 'node:os';
import {
  cpuMillis,
  freePortBase,
  option,
  signIn,
  waitUntilUp,
  withScratchApi,
} from './support/scratch-api.mjs';
import { benchRoutes, fmt, load, median, ms, startBareServer } from './support/side-by-side.mjs';

const seconds = Number(option('seconds', '8'));
const connections = Number(option('connections', '50'));
const rounds = Number(option('rounds', '3'));
const warmup = Number(option('warmup', '1'));
const mainA = option('a', 'dist/baseline/api/main.js');
const mainB = option('b', 'dist/apps/api/main.js');
const nodeArgs = (name) => option(name, '').split(',').filter(Boolean);
const only = option('routes', null)?.split(',');
const ROUTES = benchRoutes(only);

await withScratchApi({ apiMain: mainB }, async ({ appUrl, spawnServer }) => {
  const portBase = freePortBase();
  const start = async (name, args, port) => {
    const child = spawnServer(args, { PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    await waitUntilUp(base, child);
    return { name, base, pid: child.pid };
  };
  // The products connect as the runtime role themselves (APP_DB_PASSWORD); the bare server is given it.
  const servers = [
    await start('A', [...nodeArgs('a-node-args'), mainA, 'serve'], portBase),
    await start('B', [...nodeArgs('b-node-args'), mainB, 'serve'], portBase + 1),
  ];
  servers.push({ name: 'bare', ...(await startBareServer(spawnServer, appUrl, portBase + 2)) });

  const results = ROUTES.map(() => Object.fromEntries(servers.map((s) => [s.name, []])));
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, route] of ROUTES.entries()) {
      const headers = route.auth ? await signIn(servers[1].base, 'admin@czj.demo') : {};
      const order = servers.map((_, i) => servers[(i + round + index) % servers.length]);
      const measured = {};
      for (const server of order) {
        if (warmup > 0) await load(`${server.base}${route.path}`, headers, warmup, connections);
        const cpuBefore = cpuMillis(server.pid);
        const run = await load(`${server.base}${route.path}`, headers, seconds, connections);
        run.cpuMicros =
          cpuBefore === null ? NaN : (1000 * (cpuMillis(server.pid) - cpuBefore)) / run.requests;
        measured[server.name] = run;
        console.log(JSON.stringify({ round, route: route.path, server: server.name, ...run }));
        if (run.errors || run.non2xx)
          console.error(`warning: ${server.name} ${route.path}: ${run.non2xx} non-2xx, ${run.errors} errors`);
      }
      for (const name of ['A', 'B']) measured[name].ratio = measured[name].rps / measured.bare.rps;
      for (const server of servers) results[index][server.name].push(measured[server.name]);
    }
  }

  const stat = (runs, key) => median(runs.map((run) => run[key]));
  const lines = [
    `\nA = ${mainA} ${nodeArgs('a-node-args').join(' ')}, B = ${mainB} ${nodeArgs('b-node-args').join(' ')}`,
    `${connections} connections, ${seconds} s per measurement, median of ${rounds} round(s), ${process.version}, ${cpus().length} cores`,
    '',
    '| route | req/s A → B (bare) | ratio to bare A → B | p95 ms A → B (bare) | p97.5 ms A → B (bare) | CPU µs/req A → B (bare) |',
    '|---|---|---|---|---|---|',
  ];
  for (const [index, route] of ROUTES.entries()) {
    const r = results[index];
    const three = (key, format) =>
      `${format(stat(r.A, key))} → ${format(stat(r.B, key))} (${format(stat(r.bare, key))})`;
    lines.push(
      `| GET ${route.path} | ${three('rps', fmt)} | ${stat(r.A, 'ratio').toFixed(2)} → ${stat(r.B, 'ratio').toFixed(2)} | ${three('p95', ms)} | ${three('p97_5', ms)} | ${three('cpuMicros', fmt)} |`,
    );
  }
  console.log(lines.join('\n'));
});
