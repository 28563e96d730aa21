import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportBlankTemplate } from './framework-workbook';
import { ParseFailedError, ParsePool, ParsePoolFullError, workerScript } from './parse-pool';

const scratch = mkdtempSync(join(tmpdir(), 'parse-pool-'));
/** A worker that never answers, or dies on its first job: the pool must survive both. */
function fakeWorker(
  name: string,
  body: string,
): () => { file: string; execArgv: string[]; env: NodeJS.ProcessEnv } {
  const file = join(scratch, `${name}.cjs`);
  writeFileSync(file, `const { parentPort } = require('node:worker_threads');\n${body}\n`);
  return () => ({ file, execArgv: [], env: process.env });
}

describe('ParsePool', () => {
  const pools: ParsePool[] = [];
  const pool = (options: Partial<ConstructorParameters<typeof ParsePool>[0]>) => {
    const created = new ParsePool({ size: 1, maxQueue: 1, timeoutMs: 30_000, maxHeapMb: 256, ...options });
    pools.push(created);
    return created;
  };
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.close()));
    rmSync(scratch, { recursive: true, force: true });
  });

  it('parses a workbook in a worker thread with the codec, and reuses the worker', async () => {
    const parser = pool({ script: workerScript });
    const workbook = await exportBlankTemplate();
    const first = await parser.run(workbook);
    expect(first.framework?.indicators.length).toBeGreaterThan(0);
    expect(first.problems.filter((problem) => !problem.code.startsWith('warning.'))).toEqual([]);
    const second = await parser.run(workbook);
    expect(second).toEqual(first);
    expect(parser.pending).toBe(0);
  }, 60_000);

  it('refuses at once past its queue, and runs the queued job after the running one', async () => {
    const answers = fakeWorker(
      'slow-echo',
      `parentPort.on('message', (m) => setTimeout(() => parentPort.postMessage({ id: m.id, preview: { framework: null, problems: [], indicatorCount: m.data.length } }), 100));`,
    );
    const parser = pool({ size: 1, maxQueue: 1, script: answers });
    const running = parser.run(Buffer.from('a'));
    const queued = parser.run(Buffer.from('bb'));
    await expect(parser.run(Buffer.from('ccc'))).rejects.toBeInstanceOf(ParsePoolFullError);
    expect((await running).indicatorCount).toBe(1);
    expect((await queued).indicatorCount).toBe(2);
  });

  it('fails the job of a worker that dies or overruns, and replaces the worker', async () => {
    const dies = pool({ script: fakeWorker('dies', `parentPort.on('message', () => process.exit(3));`) });
    await expect(dies.run(Buffer.from('x'))).rejects.toBeInstanceOf(ParseFailedError);
    await expect(dies.run(Buffer.from('x'))).rejects.toBeInstanceOf(ParseFailedError);
    expect(dies.pending).toBe(0);

    const hangs = pool({
      timeoutMs: 200,
      script: fakeWorker('hangs', `parentPort.on('message', () => {});`),
    });
    await expect(hangs.run(Buffer.from('x'))).rejects.toThrow(/timed out/);
    expect(hangs.pending).toBe(0);
  });
});
