/**
 * Kinds of file an upload may accept. The server decides the kind from the file's content (magic
 * bytes), never from its name; the extensions below only feed the browser's file picker (`accept`)
 * and tell DOC from XLS, which share one container format (OLE2/CFB).
 */
export const FILE_KINDS = {
  pdf: { mediaType: 'application/pdf', extensions: ['.pdf'] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['.docx'],
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['.xlsx'],
  },
  doc: { mediaType: 'application/msword', extensions: ['.doc'] },
  xls: { mediaType: 'application/vnd.ms-excel', extensions: ['.xls'] },
  jpeg: { mediaType: 'image/jpeg', extensions: ['.jpg', '.jpeg'] },
  png: { mediaType: 'image/png', extensions: ['.png'] },
  zip: { mediaType: 'application/zip', extensions: ['.zip'] },
} as const satisfies Record<string, { mediaType: string; extensions: readonly string[] }>;

export type FileKind = keyof typeof FILE_KINDS;

/** The `accept` attribute of a file input for these kinds, e.g. `.pdf,.docx`. */
export function acceptAttribute(kinds: readonly FileKind[]): string {
  return kinds.flatMap((kind) => FILE_KINDS[kind].extensions).join(',');
}

/** What the server recorded about an uploaded file. */
export interface UploadedFileInfo {
  /** Storage key, made by the server from ids; never shown to users. */
  key: string;
  size: number;
  /** SHA-256 of the content, lowercase hex. */
  sha256: string;
  mediaType: string;
  /** The name the user's file had, cleaned for display (no path, no control characters). */
  originalName: string;
}
