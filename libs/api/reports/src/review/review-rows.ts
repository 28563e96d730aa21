import type {
  ReviewNoteView,
  ReviewRoundOutcome,
  ReviewRoundView,
  ReviewSignOffView,
} from '@jixiao/contracts';
import type { ReviewNoteStatus } from '@jixiao/domain';

/** `evaluation_review_round` as SQL returns it. */
export interface RoundRow {
  round: number;
  levels: number;
  level_titles: string[];
  started_at: Date;
  started_by_name: string;
  closed_at: Date | null;
  outcome: ReviewRoundOutcome | null;
  return_reason: string | null;
  returned_by_name: string | null;
}

export const ROUND_COLUMNS = `r.round, r.levels, r.level_titles, r.started_at, r.started_by_name, r.closed_at,
  r.outcome, r.return_reason, r.returned_by_name`;

/** `evaluation_review_signoff` joined with the version's number. */
export interface SignOffRow {
  round: number;
  level: number;
  signer_user_id: string;
  signer_name: string;
  signed_at: Date;
  report_version_id: string;
  report_version_seq: number;
  content_hash: string;
}

export const SIGNOFF_COLUMNS = `s.round, s.level, s.signer_user_id, s.signer_name, s.signed_at,
  s.report_version_id, v.seq AS report_version_seq, s.content_hash`;

export interface NoteRow {
  id: string;
  round: number;
  level: number;
  anchor: string;
  body: string;
  status: ReviewNoteStatus;
  author_name: string;
  created_at: Date;
  resolved_by_name: string | null;
  resolved_at: Date | null;
  resolution: string | null;
  version: number;
}

export const NOTE_COLUMNS = `n.id, n.round, n.level, n.anchor, n.body, n.status, n.author_name, n.created_at,
  n.resolved_by_name, n.resolved_at, n.resolution, n.version`;

export function toSignOff(row: SignOffRow, titles: readonly string[]): ReviewSignOffView {
  return {
    level: row.level,
    title: titles[row.level - 1] ?? String(row.level),
    signerUserId: row.signer_user_id,
    signerName: row.signer_name,
    signedAt: row.signed_at.toISOString(),
    reportVersionId: row.report_version_id,
    reportVersionSeq: row.report_version_seq,
    contentHash: row.content_hash,
  };
}

export function toRound(row: RoundRow, signOffs: readonly SignOffRow[]): ReviewRoundView {
  return {
    round: row.round,
    levels: row.levels,
    levelTitles: row.level_titles,
    startedAt: row.started_at.toISOString(),
    startedByName: row.started_by_name,
    closedAt: row.closed_at?.toISOString() ?? null,
    outcome: row.outcome,
    returnReason: row.return_reason,
    returnedByName: row.returned_by_name,
    signOffs: signOffs
      .filter((signOff) => signOff.round === row.round)
      .map((signOff) => toSignOff(signOff, row.level_titles)),
  };
}

export function toNote(row: NoteRow): ReviewNoteView {
  return {
    id: row.id,
    round: row.round,
    level: row.level,
    anchor: row.anchor,
    body: row.body,
    status: row.status,
    authorName: row.author_name,
    createdAt: row.created_at.toISOString(),
    resolvedByName: row.resolved_by_name,
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    resolution: row.resolution,
    version: row.version,
  };
}
