// Small child-process helpers shared by tools/start/start.mjs and tools/test/run-all.mjs.
import { spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Environment every tool step runs with (no Nx daemon, no TUI, no Nx Cloud). */
export function toolEnv(extra = {}) {
  return {
    ...process.env,
    NX_DAEMON: 'false',
    NX_TUI: 'false',
    NX_NO_CLOUD: 'true',
    NX_INTERACTIVE: 'false',
    ...extra,
  };
}

const children = new Set();

/** Children still running (for signal handling). */
export function runningChildren() {
  return [...children];
}

/**
 * Spawn a command in the repo root.
 * - `stdio: 'inherit'` (default) streams output live;
 * - `tee: true` streams output live *and* collects it into `output`.
 * Resolves with { code, signal, output, ms }; never rejects for a non-zero exit.
 */
export function run(command, args, { env = toolEnv(), tee = false, cwd = ROOT, onSpawn } = {}) {
  const started = Date.now();
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: tee ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    children.add(child);
    onSpawn?.(child);
    let output = '';
    if (tee) {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        process.stdout.write(chunk);
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
        process.stderr.write(chunk);
      });
    }
    child.once('error', (error) => {
      children.delete(child);
      output += `\n${error.message}\n`;
      process.stderr.write(`failed to start ${command}: ${error.message}\n`);
      resolvePromise({ code: 127, signal: null, output, ms: Date.now() - started });
    });
    child.once('close', (code, signal) => {
      children.delete(child);
      resolvePromise({ code: code ?? 1, signal, output, ms: Date.now() - started });
    });
  });
}

/** Send `signal` to a child and wait (up to `ms`) for it to exit; SIGKILL after that. */
export async function stopChild(child, signal = 'SIGTERM', ms = 10000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  await exited;
  clearTimeout(timer);
}

/** Remove ANSI colour/cursor escape sequences. */
export function stripAnsi(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g, '');
}

export function seconds(ms) {
  return `${(ms / 1000).toFixed(1)}s`;
}
