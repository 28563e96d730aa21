#!/usr/bin/env node
// Summarises a V8 CPU profile (node --cpu-prof, or bare-vs-product.mjs --cpu-prof <dir>): self time
// by package (node_modules/<name>, node: internals, the app bundle, GC, idle) and the top functions.
//   node tools/bench/profile-summary.mjs <file.cpuprofile> [--top 40] [--last S [--before-end T]]
// --last keeps only the samples of the S seconds that end T seconds (default 0) before the profile ends:
// bare-vs-product.mjs --rounds 1 --routes <one> measures the product first, then the bare server for
// warmup + seconds, so `--last <seconds> --before-end <warmup + seconds>` is the product's measurement alone.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
const topIndex = process.argv.indexOf('--top');
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 40;
const numberOption = (name) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : null;
};
const last = numberOption('last');
const beforeEnd = numberOption('before-end') ?? 0;
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const endMicros = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0);
const windowEnd = endMicros - beforeEnd * 1e6;
const windowStart = last === null ? -Infinity : windowEnd - last * 1e6;
const self = new Map();
let at = 0;
for (let i = 0; i < profile.samples.length; i += 1) {
  at += profile.timeDeltas[i] ?? 0;
  if (at < windowStart || at > windowEnd) continue;
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}

function packageOf(url, name) {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.startsWith('node:')) return 'node: internals';
  return url.includes('dist/') ? 'app bundle' : url;
}

const packages = new Map();
const functions = new Map();
let total = 0;
for (const [id, micros] of self) {
  const { callFrame } = byId.get(id);
  total += micros;
  const pkg = packageOf(callFrame.url, callFrame.functionName);
  packages.set(pkg, (packages.get(pkg) ?? 0) + micros);
  const key = `${callFrame.functionName || '(anonymous)'} ${pkg}:${callFrame.lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + micros);
}
const print = (title, map, limit) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map].sort((a, b) => b[1] - a[1]).slice(0, limit))
    console.log(
      `${((100 * micros) / total).toFixed(1).padStart(5)}%  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${key}`,
    );
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
print('Self time by package', packages, 25);
print('Self time by function', functions, top);
