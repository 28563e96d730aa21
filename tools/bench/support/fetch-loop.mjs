// A closed-loop load of fetch calls from this process: `connections` loops, each sending its next request
// when the previous answer has been read, for `seconds`. Used where autocannon's fixed requests do not
// fit (a signed-in header per loop, answer sizes); tools/bench/support/load.mjs is the autocannon one.

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Runs the loops and answers req/s, p50/p95/p99 in ms, the last answer's size and the failures. */
export async function fetchLoop({ seconds, connections, request }) {
  const latencies = [];
  let errors = 0;
  let answerBytes = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const response = await request().catch(() => null);
        if (!response || !response.ok) errors += 1;
        const body = await response?.arrayBuffer().catch(() => undefined);
        answerBytes = body?.byteLength ?? answerBytes;
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    'req/s': Math.round(latencies.length / seconds),
    'p50 ms': percentile(latencies, 50).toFixed(1),
    'p95 ms': percentile(latencies, 95).toFixed(1),
    'p99 ms': percentile(latencies, 99).toFixed(1),
    'answer bytes': answerBytes,
    errors,
  };
}
