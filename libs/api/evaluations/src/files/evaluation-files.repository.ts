import { Injectable } from '@nestjs/common';
import { EVALUATION_FILE_PURPOSES, type EvaluationFile, type EvaluationFilePurpose } from '@jixiao/contracts';
import { TenantDatabase } from '@jixiao/api-platform';
import type { EvaluationRow } from '../evaluations/evaluation-row';

interface FileRow {
  id: string;
  purpose: EvaluationFilePurpose;
  original_name: string;
  media_type: string;
  size: string;
  sha256: string;
  uploaded_at: Date;
  uploaded_by_name: string;
  storage_key: string;
}

export interface StoredFileRecord extends EvaluationFile {
  storageKey: string;
}

export interface NewEvaluationFile {
  id: string;
  /** The general purposes, or evidence of a request item (listed with its item, not here). */
  purpose: EvaluationFilePurpose | 'request_evidence';
  visibility: 'shared' | 'internal';
  storageKey: string;
  originalName: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedByName: string;
  ownerOrgId: string;
}

function toFile(row: FileRow): StoredFileRecord {
  return {
    id: row.id,
    purpose: row.purpose,
    name: row.original_name,
    mediaType: row.media_type,
    size: Number(row.size),
    sha256: row.sha256,
    uploadedAt: row.uploaded_at.toISOString(),
    uploadedByName: row.uploaded_by_name,
    storageKey: row.storage_key,
  };
}

/** The storage key stays on the server. */
function withoutStorageKey(file: StoredFileRecord): EvaluationFile {
  return {
    id: file.id,
    purpose: file.purpose,
    name: file.name,
    mediaType: file.mediaType,
    size: file.size,
    sha256: file.sha256,
    uploadedAt: file.uploadedAt,
    uploadedByName: file.uploadedByName,
  };
}

const FILE_COLUMNS = `id, purpose, original_name, media_type, size, sha256, uploaded_at, uploaded_by_name, storage_key`;
/** Files of the other parts (request evidence, …) are listed and served by their own routes. */
/** Files of an evaluation (engagement letter, plan attachments): shared or internal, never changed. */
@Injectable()
export class EvaluationFilesRepository {
  constructor(private readonly db: TenantDatabase) {}

  async list(evaluation: EvaluationRow): Promise<EvaluationFile[]> {
    const rows = (await this.db.manager.query(
      // Only the purposes this list serves: work papers' attachments (internal) are listed with their paper.
      `SELECT ${FILE_COLUMNS} FROM evaluation_file
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND purpose = ANY($3) ORDER BY uploaded_at, id`,
      [evaluation.bureau_org_id, evaluation.id, EVALUATION_FILE_PURPOSES],
    )) as FileRow[];
    return rows.map((row) => withoutStorageKey(toFile(row)));
  }

  async find(evaluation: EvaluationRow, fileId: string): Promise<StoredFileRecord | undefined> {
    const [row] = (await this.db.manager.query(
      `SELECT ${FILE_COLUMNS} FROM evaluation_file
        WHERE bureau_org_id = $1 AND evaluation_id = $2 AND id = $3 AND purpose = ANY($4)`,
      [evaluation.bureau_org_id, evaluation.id, fileId, EVALUATION_FILE_PURPOSES],
    )) as FileRow[];
    return row && toFile(row);
  }

  async insert(evaluation: EvaluationRow, file: NewEvaluationFile): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO evaluation_file (bureau_org_id, evaluation_id, id, firm_org_id, unit_org_id, owner_org_id, visibility,
                                    purpose, storage_key, original_name, media_type, size, sha256, uploaded_by, uploaded_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        evaluation.bureau_org_id,
        evaluation.id,
        file.id,
        evaluation.firm_org_id,
        evaluation.unit_org_id,
        file.ownerOrgId,
        file.visibility,
        file.purpose,
        file.storageKey,
        file.originalName,
        file.mediaType,
        file.size,
        file.sha256,
        file.uploadedBy,
        file.uploadedByName,
      ],
    );
  }
}
