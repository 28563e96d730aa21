#!/usr/bin/env node
// The indicator-system library's list under a full library, run on demand (not part of the test suite):
//   npx nx build api && node tools/bench/framework-library-bench.mjs [--templates 60] [--seconds 8]
//     [--connections 10] [--api dist/apps/api/main.js]
// Copies the largest built-in system `--templates` times into the demo bureau's library through the API,
// then measures GET /api/frameworks (the library page's request) and prints its figures.
import { freePortBase, option, signIn, withScratchApi } from './support/scratch-api.mjs';

const templates = Number(option('templates', '60'));
const seconds = Number(option('seconds', '8'));
const connections = Number(option('connections', '10'));
const apiMain = option('api', 'dist/apps/api/main.js');

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function fillLibrary(base, auth) {
  const list = await (await fetch(`${base}/api/frameworks`, { headers: auth })).json();
  const largest = list
    .filter((entry) => entry.builtin)
    .sort((a, b) => b.indicatorCount - a.indicatorCount)[0];
  const detail = await (await fetch(`${base}/api/frameworks/${largest.id}`, { headers: auth })).text();
  for (let index = 0; index < templates; index += 1) {
    const response = await fetch(`${base}/api/frameworks/${largest.id}/copy`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ name: `${largest.name}（副本 ${index + 1}）` }),
    });
    if (!response.ok)
      throw new Error(`copy ${index + 1} failed: ${response.status} ${await response.text()}`);
  }
  return { largest, frameworkBytes: Buffer.byteLength(detail) };
}

async function measure(base, auth) {
  const latencies = [];
  let errors = 0;
  let bytes = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await fetch(`${base}/api/frameworks`, { headers: auth }).catch(() => null);
        if (!response?.ok) errors += 1;
        const body = await response?.arrayBuffer().catch(() => undefined);
        bytes = body?.byteLength ?? bytes;
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    'req/s': Math.round(latencies.length / seconds),
    'p50 ms': Number(percentile(latencies, 50).toFixed(1)),
    'p95 ms': Number(percentile(latencies, 95).toFixed(1)),
    'answer bytes': bytes,
    errors,
  };
}

async function main() {
  await withScratchApi({ apiMain }, async ({ serve }) => {
    const { base } = await serve(freePortBase());
    const auth = await signIn(base, 'officer@czj.demo');
    const { largest, frameworkBytes } = await fillLibrary(base, auth);
    for (let warmup = 0; warmup < 20; warmup += 1) await fetch(`${base}/api/frameworks`, { headers: auth });
    const figures = await measure(base, auth);
    console.log(
      `\nGET /api/frameworks — ${templates} copies of 「${largest.name}」 (${largest.indicatorCount} indicators, ` +
        `${Math.round(frameworkBytes / 1024)} kB each), ${connections} connections, ${seconds} s, ${apiMain}`,
    );
    console.table([figures]);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
