/** The archive package (归档包, issue 11): the engagement file assembled once the evaluation is archived. */

/** One file of the package, as listed in its index (索引.xlsx) and manifest (manifest.json). */
export interface ArchiveEntry {
  /** The section (folder) it belongs to, e.g. `01 委托与独立性`. */
  section: string;
  /** Its path inside the zip, e.g. `01 委托与独立性/委托书.pdf`. */
  path: string;
  size: number;
  /** SHA-256 of its bytes, lowercase hex. */
  sha256: string;
  /** Where it came from: a stored file (`evaluation_file:<id>`), a table, a render of a report version. */
  source: string;
}

export type ArchivePackageStatus = 'queued' | 'building' | 'ready' | 'failed';

/**
 * Whose copy of the engagement file (09 三级复核): the firm's holds the review notes (internal to the
 * firm); the commissioning bureau's holds the sign-offs only. Each is its own zip, manifest and hash.
 */
export type ArchiveAudience = 'firm' | 'bureau';

/** An amendment (更正记录) made after archiving: part of the archive record, never in the immutable zip. */
export interface ArchiveAmendmentEntry {
  seq: number;
  correction: string;
  reason: string;
  conclusionImpact: string;
  conclusionsChanged: boolean;
  authorName: string;
  approverName: string;
  createdAt: string;
}

export interface ArchivePackageView {
  /** The caller's copy: the firm reads its own package, the bureau its copy without review notes. */
  audience: ArchiveAudience;
  /** Amendments recorded after the package was assembled (oldest first); the zip never holds them. */
  amendments: ArchiveAmendmentEntry[];
  status: ArchivePackageStatus;
  /** 0–100 while building; 100 once ready. */
  progress: number;
  /** Why the last build failed (shown to the firm); null unless failed. */
  failure: string | null;
  /** Of the zip, once ready. */
  size: number | null;
  sha256: string | null;
  fileName: string | null;
  createdAt: string;
  builtAt: string | null;
  /** Every file of the package (the index), once ready; empty before. */
  entries: ArchiveEntry[];
}

/** One thing wrong with a package: a listed file missing or changed, an unlisted file, a broken zip. */
export interface ArchiveProblem {
  kind: 'missing' | 'hash_mismatch' | 'size_mismatch' | 'unlisted' | 'manifest_missing' | 'unreadable';
  path: string | null;
}

export interface ArchiveVerification {
  /** True when the zip's hash is the one recorded and every listed file is present and unchanged. */
  ok: boolean;
  /** Whether the stored zip's SHA-256 is the one recorded when it was built. */
  zipHashMatches: boolean;
  checkedFiles: number;
  problems: ArchiveProblem[];
}
