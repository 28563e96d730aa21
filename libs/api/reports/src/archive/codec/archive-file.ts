/** One file to put in the archive package: where it goes, its bytes, and where it came from. */
export interface ArchiveFile {
  /** The section's folder, e.g. `01 委托与独立性`. */
  section: string;
  /** The file's name inside the section (no slashes). */
  name: string;
  bytes: Buffer;
  /** Where it came from, for the index: `evaluation_file:<id>`, `table:evaluation_figure`, … */
  source: string;
}

/** The manifest's file name at the zip's root; it lists every other file with its SHA-256. */
export const MANIFEST_NAME = 'manifest.json';
/** The index (Excel) at the zip's root: one row per file. It is itself listed in the manifest. */
export const INDEX_NAME = '索引.xlsx';
export const MANIFEST_FORMAT = 'jixiao-archive-manifest/1';
