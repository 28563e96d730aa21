// The Node flags the API runs with: `npm start` (tools/start/start.mjs), the benchmarks
// (tools/bench/support/scratch-api.mjs) and the browser tests' server. Production passes the same
// through NODE_OPTIONS (docs/operations.md). Each is kept only when the running Node accepts it.
//
// --experimental-async-context-frame  Node 22: AsyncLocalStorage (the request context) without async
//                                     hooks on every promise (default from Node 24).
// --max-semi-space-size=64            a young generation of up to 64 MiB per semi-space instead of 16:
//                                     a request's short-lived objects die in far fewer scavenges, and
//                                     fewer survive into the old generation (CPU per request −13 to
//                                     −20 % on the read routes, tools/bench/product-ab.mjs; DEVELOPMENT.md).
export const API_NODE_ARGS = ['--experimental-async-context-frame', '--max-semi-space-size=64'].filter(
  (flag) => process.allowedNodeEnvironmentFlags.has(flag.split('=')[0]),
);
