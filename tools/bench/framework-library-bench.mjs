#!/usr/bin/env node
// The indicator-system library's list under a full library, run on demand (not part of the test suite):
//   npx nx build api && node tools/bench/framework-library-bench.mjs [--templates 60] [--seconds 8]
//     [--connections 10] [--api dist/apps/api/main.js]
// Copies the largest built-in system `--templates` times into the demo bureau's library through the API,
// then measures GET /api/frameworks (the library page's request) and prints its figures.
import { fetchLoop } from './support/fetch-loop.mjs';
import { freePortBase, option, signIn, withScratchApi } from './support/scratch-api.mjs';

const templates = Number(option('templates', '60'));
const seconds = Number(option('seconds', '8'));
const connections = Number(option('connections', '10'));
const apiMain = option('api', 'dist/apps/api/main.js');

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

async function main() {
  await withScratchApi({ apiMain }, async ({ serve }) => {
    const { base } = await serve(freePortBase());
    const auth = await signIn(base, 'officer@czj.demo');
    const { largest, frameworkBytes } = await fillLibrary(base, auth);
    for (let warmup = 0; warmup < 20; warmup += 1) await fetch(`${base}/api/frameworks`, { headers: auth });
    const figures = await fetchLoop({
      seconds,
      connections,
      request: () => fetch(`${base}/api/frameworks`, { headers: auth }),
    });
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
