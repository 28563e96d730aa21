// The load generator, run as a child process of its own so it never shares an event loop (or a
// core's time slice) with a server under test:
//   node tools/bench/support/load.mjs '{"url":…,"connections":50,"seconds":10,"headers":{…}}'
// Prints one JSON line: requests, req/s, latency percentiles (ms), errors and non-2xx answers.
import autocannon from 'autocannon';

const { url, connections, seconds, headers = {} } = JSON.parse(process.argv[2]);
const latencies = [];
const instance = autocannon({ url, connections, duration: seconds, headers, pipelining: 1 });
instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
const result = await instance;
latencies.sort((a, b) => a - b);
const percentile = (p) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
process.stdout.write(
  `${JSON.stringify({
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(50),
    p95: percentile(95),
    p97_5: percentile(97.5),
    p99: percentile(99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  })}\n`,
);
