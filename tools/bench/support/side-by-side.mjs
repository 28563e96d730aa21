// Shared by tools/bench/bare-vs-product.mjs and tools/bench/product-ab.mjs: the routes both measure,
// autocannon in a child process of its own (support/load.mjs), and the figures' formatting.
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { waitUntilUp } from './scratch-api.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** The routes of the side-by-side benchmarks, or those of them named in `only` (a list of paths). */
export function benchRoutes(only) {
  return [
    { path: '/api/health', auth: false },
    { path: '/api/auth/me', auth: true },
    { path: '/api/users', auth: true },
    { path: '/api/frameworks', auth: true },
  ].filter((route) => !only || only.includes(route.path));
}

/**
 * Starts the bare server (support/bare-server.mjs) on `port`, connected as the runtime role
 * (`appUrl`), with withScratchApi's `spawnServer`; answers its base URL and pid once it is up.
 */
export async function startBareServer(spawnServer, appUrl, port) {
  const child = spawnServer([join(here, 'bare-server.mjs')], { DATABASE_URL: appUrl, PORT: String(port) });
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(base, child);
  return { base, pid: child.pid };
}

/** Loads `url` for `seconds` with `connections` clients and answers support/load.mjs's figures. */
export async function load(url, headers, seconds, connections) {
  const spec = JSON.stringify({ url, connections, seconds, headers });
  const { stdout } = await promisify(execFile)(process.execPath, [join(here, 'load.mjs'), spec], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout);
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
/** Milliseconds: one decimal below 10. */
export const ms = (value) => (value < 10 ? value.toFixed(1) : Math.round(value).toString());
/** A whole number with thousands separators. */
export const fmt = (value) => Math.round(value).toLocaleString('en-US');
