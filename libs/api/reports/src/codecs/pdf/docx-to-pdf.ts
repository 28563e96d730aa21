import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { fontsConf } from './fonts-conf';
import { installMacro, macroCall } from './lo-macro';
import { PdfConversionError } from './pdf-conversion-error';
import { BoundedQueue } from './bounded-queue';

export interface PdfConverterOptions {
  /** The LibreOffice launcher; default `/usr/bin/soffice` (Debian's libreoffice-writer-nogui). */
  soffice?: string;
  /** A conversion still running after this is killed; default 120 s (a cold first start takes ~10 s). */
  timeoutMs?: number;
  /** Conversions at once in this process; default 1 (each uses its own LibreOffice profile). */
  concurrency?: number;
  /** Where the profiles, the fontconfig file and the scratch folders go; default the OS temp folder. */
  workDir?: string;
}

export interface PdfConverter {
  convert(docx: Uint8Array): Promise<Buffer>;
  /** Removes the converter's profiles (a later conversion makes them again). */
  dispose(): Promise<void>;
}

interface Slot {
  profile: string;
  ready: boolean;
}

/**
 * .docx bytes → PDF bytes with LibreOffice headless (a macro that updates the table of contents, then exports
 * the PDF: see lo-macro.ts), each conversion in a scratch folder of its own, each
 * worker with its own `-env:UserInstallation` profile (two soffice processes never share one), the fonts
 * of report-format aliased to free faces by a generated fontconfig file, a timeout that kills the whole
 * process group, and a bounded queue.
 */
export function createPdfConverter(options: PdfConverterOptions = {}): PdfConverter {
  const soffice = options.soffice ?? '/usr/bin/soffice';
  const timeoutMs = options.timeoutMs ?? 120_000;
  const concurrency = Math.max(1, options.concurrency ?? 1);
  const queue = new BoundedQueue(concurrency);
  let root: Promise<string> | undefined;
  const free: Slot[] = [];
  let slots = 0;

  const workRoot = (): Promise<string> => {
    root ??= (async () => {
      const dir = await mkdtemp(join(options.workDir ?? tmpdir(), `jixiao-pdf-${process.pid}-`));
      await mkdir(join(dir, 'fontconfig-cache'));
      await writeFile(join(dir, 'fonts.conf'), fontsConf(join(dir, 'fontconfig-cache')));
      return dir;
    })();
    return root;
  };

  const convertIn = async (slot: Slot, dir: string, docx: Uint8Array): Promise<Buffer> => {
    const scratch = await mkdtemp(join(dir, 'job-'));
    try {
      await writeFile(join(scratch, 'report.docx'), docx);
      const run = (args: string[]) =>
        runSoffice(soffice, timeoutMs, scratch, slot.profile, join(dir, 'fonts.conf'), args);
      if (!slot.ready) {
        await run(['--terminate_after_init']);
        await installMacro(slot.profile);
        slot.ready = true;
      }
      const [input, output] = [join(scratch, 'report.docx'), join(scratch, 'report.pdf')];
      await run([macroCall(pathToFileURL(input).href, pathToFileURL(output).href)]);
      return await readFile(join(scratch, 'report.pdf')).catch(() => {
        throw new PdfConversionError('conversion_failed', 'LibreOffice wrote no PDF');
      });
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  };

  return {
    async convert(docx) {
      await access(soffice, constants.X_OK).catch(() => {
        throw new PdfConversionError('converter_missing', `${soffice} is not installed`);
      });
      return queue.run(async () => {
        const dir = await workRoot();
        const slot = free.pop() ?? { profile: join(dir, `profile-${(slots += 1)}`), ready: false };
        try {
          return await convertIn(slot, dir, docx);
        } finally {
          free.push(slot);
        }
      });
    },
    async dispose() {
      const dir = root ? await root : undefined;
      root = undefined;
      free.length = 0;
      if (!dir) return;
      // Shutting down must not fail: a profile LibreOffice is still writing to may refuse the first tries
      // (ENOTEMPTY); what is left is in the OS's temporary directory.
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }).catch(() => undefined);
    },
  };
}

function runSoffice(
  soffice: string,
  timeoutMs: number,
  scratch: string,
  profile: string,
  fontsConfFile: string,
  extra: readonly string[],
) {
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    '--headless',
    '--invisible',
    '--nologo',
    '--norestore',
    '--nolockcheck',
    ...extra,
  ];
  return new Promise<void>((resolve, reject) => {
    const child = spawn(soffice, args, {
      cwd: scratch,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FONTCONFIG_FILE: fontsConfFile, HOME: scratch, SAL_USE_VCLPLUGIN: 'svp' },
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const timer = setTimeout(() => {
      killGroup(child.pid);
      reject(new PdfConversionError('conversion_timeout', `LibreOffice took more than ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new PdfConversionError(
          error.code === 'ENOENT' ? 'converter_missing' : 'conversion_failed',
          error.message,
        ),
      );
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else
        reject(
          new PdfConversionError('conversion_failed', `LibreOffice exited with ${code}: ${output.trim()}`),
        );
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
