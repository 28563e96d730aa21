import type { FrameworkImportPreview, ImportProblem, Locale } from '@jixiao/contracts';
import { renderMessage } from '@jixiao/domain';
import { AppError, type FieldProblem } from '@jixiao/api-platform';
import { WARNING_PREFIX } from './domain-problems';

/** The part of a multer file this module uses. */
export interface UploadedXlsx {
  buffer: Buffer;
  size: number;
  originalname: string;
}

/** An .xlsx file is a ZIP archive: it starts with "PK\x03\x04". */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

export function requireXlsx(file: UploadedXlsx | undefined): Buffer {
  if (file === undefined) {
    throw new AppError('IMPORT_INVALID', 400, [
      { field: 'file', code: 'file.missing', message: '请选择要上传的 .xlsx 文件' },
    ]);
  }
  if (!file.buffer.subarray(0, 4).equals(ZIP_MAGIC)) {
    throw new AppError('IMPORT_INVALID', 400, [
      { field: 'file', code: 'file.not_xlsx', message: '上传的文件不是 .xlsx 格式（Excel 2007 及以上版本）' },
    ]);
  }
  return file.buffer;
}

/** The import's errors (not its warnings) as field problems: `field` is `sheet!row:column`. */
export function importErrors(problems: readonly ImportProblem[], locale: Locale): FieldProblem[] {
  return problems
    .filter((problem) => !problem.code.startsWith(WARNING_PREFIX))
    .map((problem) => ({
      field: `${problem.sheet}!${problem.row ?? ''}:${problem.column ?? ''}`,
      code: problem.code,
      message: renderMessage(problem.detail, locale),
    }));
}

/** The preview with its problems' messages in `locale` (they are read in zh-CN). */
export function localisePreview(preview: FrameworkImportPreview, locale: Locale): FrameworkImportPreview {
  if (locale === 'zh-CN') return preview;
  return {
    ...preview,
    problems: preview.problems.map((problem) => ({
      ...problem,
      message: renderMessage(problem.detail, locale),
    })),
  };
}
