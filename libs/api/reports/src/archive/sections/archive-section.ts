import type { OwnerSql } from '@jixiao/api-platform';
import type { ArchiveAudience } from '@jixiao/contracts';
import type { ReportModel } from '@jixiao/domain';
import type { ArchiveFile } from '../codec';

/** The archived evaluation a package is assembled for. */
export interface ArchivedEvaluation {
  bureauOrgId: string;
  id: string;
  firmOrgId: string;
  unitOrgId: string;
  title: string;
  bureauName: string;
  firmName: string;
  unitName: string;
  fiscalYear: number;
}

/** What a section reads from: the evaluation, the owner connection, stored files and the report renders. */
export interface ArchiveContext {
  evaluation: ArchivedEvaluation;
  /** Whose copy is assembled: the firm's (with its internal review notes) or the bureau's (without). */
  audience: ArchiveAudience;
  db: OwnerSql;
  /** A stored evaluation file's bytes, checked against the SHA-256 recorded when it was uploaded. */
  storedFile(file: StoredFileRow): Promise<Buffer>;
  /** A report version as Word and PDF: the stored render when there is one, else rendered now in memory. */
  reportFile(version: ReportVersionRow, format: 'docx' | 'pdf'): Promise<ArchiveFile>;
}

/** An `evaluation_file` row, as sections list them. */
export interface StoredFileRow {
  id: string;
  storage_key: string;
  original_name: string;
  size: string;
  sha256: string;
  uploaded_by_name: string;
  uploaded_at: Date;
}

export const STORED_FILE_COLUMNS = `f.id, f.storage_key, f.original_name, f.size::text AS size, f.sha256,
  f.uploaded_by_name, f.uploaded_at`;

/** A saved report version, as the report section renders it. */
export interface ReportVersionRow {
  id: string;
  seq: number;
  stage: string;
  model: ReportModel;
  content_hash: string;
  created_by_name: string;
  created_at: Date;
}

/**
 * One folder of the engagement file: a small function from the archived evaluation to its files.
 * The package is the list of sections (ARCHIVE_SECTIONS), read once for the firm's package and once for
 * the bureau's copy (`ArchiveContext.audience`).
 */
export interface ArchiveSection {
  folder: string;
  files(context: ArchiveContext): Promise<ArchiveFile[]>;
}

/** A stored file as an archive file of `section`, its name prefixed to keep names unique and ordered. */
export async function storedArchiveFile(
  context: ArchiveContext,
  section: string,
  file: StoredFileRow,
  prefix = '',
): Promise<ArchiveFile> {
  return {
    section,
    name: `${prefix}${file.original_name}`,
    bytes: await context.storedFile(file),
    source: `evaluation_file:${file.id}`,
  };
}

/** A timestamp as the index and tables show it: UTC+8, to the second. */
export function beijingTime(at: Date | null): string {
  if (!at) return '';
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}
