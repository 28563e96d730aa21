import type { FrameworkImportPreview } from '@jixiao/contracts';
import type { Framework } from '@jixiao/domain';
import { EXAMPLE_FRAMEWORK } from './example-framework';
import { importFrameworkWorkbook as readWorkbook } from './read-workbook';
import { writeFrameworkWorkbook } from './write-workbook';

export { FrameworkLayoutError } from './indicator-rows';
export { WARNING_PREFIX } from './domain-problems';

/** A framework as an .xlsx workbook (docs/indicator-systems.md). */
export function exportFrameworkWorkbook(framework: Framework): Promise<Buffer> {
  return writeFrameworkWorkbook(framework);
}

/** A workbook back into a framework, with every problem found; see `read-workbook.ts`. */
export function importFrameworkWorkbook(data: Buffer): Promise<FrameworkImportPreview> {
  return readWorkbook(data);
}

/** The workbook to fill in by hand: the headers, the notes and one small valid example. */
export function exportBlankTemplate(): Promise<Buffer> {
  return writeFrameworkWorkbook(EXAMPLE_FRAMEWORK);
}
