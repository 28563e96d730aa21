import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FrameworkImportPreview } from '@jixiao/contracts';
import type { ParseReply, ParseRequest } from './parse-protocol';

/** The bundled worker beside `main.js` (webpack entry `framework-excel-worker`). */
export const BUNDLED_WORKER = 'framework-excel-worker.js';
const SOURCE_WORKER = 'libs/api/frameworks/src/excel/parse-worker.ts';

export interface WorkerScript {
  file: string;
  execArgv: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Where the worker's code is: beside the bundle when the API runs built (`node dist/apps/api/main.js`),
 * else the TypeScript source compiled on load by @swc-node/register (tests and benchmarks run from
 * the workspace root). `EXCEL_PARSE_WORKER` names another script.
 */
export function workerScript(): WorkerScript {
  const explicit = process.env['EXCEL_PARSE_WORKER'];
  if (explicit) return { file: resolve(explicit), execArgv: [], env: process.env };
  const main = process.argv[1];
  const bundled = main ? join(dirname(resolve(main)), BUNDLED_WORKER) : '';
  if (bundled && existsSync(bundled)) return { file: bundled, execArgv: [], env: process.env };
  return {
    file: resolve(SOURCE_WORKER),
    execArgv: ['--require', '@swc-node/register'],
    env: { ...process.env, SWC_NODE_PROJECT: resolve('tsconfig.base.json') },
  };
}

export class ParsePoolFullError extends Error {
  constructor() {
    super('All workbook parsers are busy and the queue is full');
  }
}

export class ParseFailedError extends Error {}

interface Job {
  data: Uint8Array;
  bytes: ArrayBuffer;
  resolve: (preview: FrameworkImportPreview) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  job: (Job & { id: number; timer: NodeJS.Timeout }) | null;
}

export interface ParsePoolOptions {
  size: number;
  maxQueue: number;
  /** A parse taking longer is stopped (its worker replaced) and fails. */
  timeoutMs: number;
  /** Heap cap of each worker: a hostile workbook kills its worker, never the API. */
  maxHeapMb: number;
  script?: () => WorkerScript;
}

/**
 * A small fixed pool of worker threads that parse workbooks with exceljs, with a bounded queue:
 * past it `run` fails at once with `ParsePoolFullError`. Workers start on first use, are reused, and
 * never keep the process alive; a worker that dies or overruns is replaced and its job fails.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;

  constructor(private readonly options: ParsePoolOptions) {}

  get pending(): number {
    return this.queue.length + this.slots.filter((slot) => slot.job !== null).length;
  }

  run(data: Buffer): Promise<FrameworkImportPreview> {
    const busy = this.slots.filter((slot) => slot.job !== null).length;
    const capacity = this.options.size - busy;
    if (capacity <= 0 && this.queue.length >= this.options.maxQueue) {
      return Promise.reject(new ParsePoolFullError());
    }
    // A copy of the bytes, transferred to the worker: the caller's buffer may share a pooled slab.
    const bytes = new ArrayBuffer(data.byteLength);
    const copy = new Uint8Array(bytes);
    copy.set(data);
    return new Promise((resolve, reject) => {
      this.queue.push({ data: copy, bytes, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker (application shutdown); queued jobs fail. */
  async close(): Promise<void> {
    for (const job of this.queue.splice(0)) job.reject(new ParseFailedError('parse pool closed'));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot, 'parse pool closed')));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((candidate) => candidate.job === null) ?? this.grow();
      if (!slot) return;
      const job = this.queue.shift();
      if (!job) return;
      const id = this.nextId++;
      const timer = setTimeout(
        () => void this.fail(slot, 'workbook parse timed out'),
        this.options.timeoutMs,
      );
      timer.unref();
      slot.job = { ...job, id, timer };
      slot.worker.ref();
      const request: ParseRequest = { id, data: job.data };
      slot.worker.postMessage(request, [job.bytes]);
    }
  }

  private grow(): Slot | null {
    if (this.slots.length >= this.options.size) return null;
    const script = (this.options.script ?? workerScript)();
    const worker = new Worker(script.file, {
      execArgv: script.execArgv,
      env: script.env,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb },
    });
    const slot: Slot = { worker, job: null };
    worker.unref();
    worker.on('message', (reply: ParseReply) => this.settle(slot, reply));
    worker.on('error', (error) => void this.fail(slot, `workbook parser failed: ${error.message}`));
    worker.on('exit', (code) => void this.fail(slot, `workbook parser exited (${code})`));
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot, reply: ParseReply): void {
    const job = slot.job;
    if (!job || job.id !== reply.id) return;
    clearTimeout(job.timer);
    slot.job = null;
    slot.worker.unref();
    if ('preview' in reply) job.resolve(reply.preview);
    else job.reject(new ParseFailedError(reply.failure));
    this.dispatch();
  }

  /** The slot's worker is gone or stuck: fail its job, drop it, and let the queue start another. */
  private async fail(slot: Slot, reason: string): Promise<void> {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    await this.stop(slot, reason);
    this.dispatch();
  }

  private async stop(slot: Slot, reason: string): Promise<void> {
    const job = slot.job;
    slot.job = null;
    if (job) {
      clearTimeout(job.timer);
      job.reject(new ParseFailedError(reason));
    }
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    await slot.worker.terminate();
  }
}
