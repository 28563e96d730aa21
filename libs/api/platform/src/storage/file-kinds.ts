import { Readable } from 'node:stream';
import { FILE_KINDS, type FileKind } from '@jixiao/contracts';
import { fileTypeFromStream } from 'file-type';

const OLE2 = 'application/x-cfb';

/**
 * What `file-type` reports for each kind. Word 97–2003 and Excel 97–2003 files are both OLE2
 * compound files (`application/x-cfb`); for those alone the name's extension picks the kind.
 */
const DETECTED_AS: Record<FileKind, string> = {
  pdf: 'application/pdf',
  docx: FILE_KINDS.docx.mediaType,
  xlsx: FILE_KINDS.xlsx.mediaType,
  doc: OLE2,
  xls: OLE2,
  jpeg: 'image/jpeg',
  png: 'image/png',
  zip: 'application/zip',
};

function hasExtension(name: string, kind: FileKind): boolean {
  const lower = name.toLowerCase();
  return FILE_KINDS[kind].extensions.some((extension) => lower.endsWith(extension));
}

/** The accepted kind the content is, or null. `detected` is file-type's media type (undefined: unknown). */
export function matchFileKind(
  detected: string | undefined,
  name: string,
  accept: readonly FileKind[],
): FileKind | null {
  if (detected === undefined) return null;
  return (
    accept.find(
      (kind) => DETECTED_AS[kind] === detected && (detected !== OLE2 || hasExtension(name, kind)),
    ) ?? null
  );
}

/**
 * Reads the content's magic bytes (and, for ZIP-based formats, the archive's entries) with
 * `file-type`. Consumes only what detection needs, then closes the stream.
 */
export async function detectMediaType(content: Readable): Promise<string | undefined> {
  try {
    return (await fileTypeFromStream(Readable.toWeb(content)))?.mime;
  } finally {
    content.destroy();
  }
}
