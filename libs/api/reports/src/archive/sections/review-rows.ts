import type { ArchiveAudience } from '@jixiao/contracts';
import { parseReviewAnchor } from '@jixiao/domain';

export type ReviewOutcome = 'returned' | 'issued' | 'superseded';

export interface ReviewRoundRow {
  round: number;
  levels: number;
  level_titles: string[];
  started_at: Date;
  started_by_name: string;
  closed_at: Date | null;
  outcome: ReviewOutcome | null;
  return_reason: string | null;
  returned_by_name: string | null;
}

export interface ReviewSignoffRow {
  round: number;
  level: number;
  signer_name: string;
  signed_at: Date;
  version_seq: number;
  version_label: string;
  content_hash: string;
}

export interface ReviewNoteRow {
  round: number;
  level: number;
  anchor: string;
  body: string;
  status: 'open' | 'resolved';
  author_name: string;
  created_at: Date;
  resolved_by_name: string | null;
  resolved_at: Date | null;
  resolution: string | null;
}

const OUTCOME_LABELS: Record<ReviewOutcome, string> = {
  returned: '退回修改',
  issued: '通过并出具',
  superseded: '报告退回后重新复核（本轮作废）',
};

export function outcomeLabel(outcome: ReviewOutcome | null): string {
  return outcome ? OUTCOME_LABELS[outcome] : '进行中';
}

/** A level's title as the round kept it (the firm's titles when it started), 第 n 级 when unknown. */
export function levelTitle(rounds: readonly ReviewRoundRow[], round: number, level: number): string {
  const title = rounds.find((row) => row.round === round)?.level_titles[level - 1];
  return title ? `第${level}级 ${title}` : `第${level}级`;
}

/** A note's anchor in words: 章节 <key> or 指标 <id>; the stored text when it does not parse. */
export function reviewAnchorLabel(anchor: string): string {
  const parsed = parseReviewAnchor(anchor);
  if (!parsed) return anchor;
  return `${parsed.kind === 'section' ? '章节' : '指标'} ${parsed.key}`;
}

/**
 * Whether a copy of the package holds the review notes (复核意见). They are internal to the firm: the
 * firm's engagement file holds them; the commissioning bureau's copy holds rounds and sign-offs only.
 */
export function holdsReviewNotes(audience: ArchiveAudience): boolean {
  return audience === 'firm';
}

/** What the bureau's copy says in place of the notes. */
export const BUREAU_COPY_NOTICE =
  '本归档包为委托方（财政部门）副本。三级复核的复核意见属于评价机构内部质量控制记录，' +
  '不纳入本副本；本目录仅含复核轮次及各级签署记录（签署人、时间、所签报告版本及其 SHA-256）。' +
  '复核意见完整保存在评价机构的归档包及平台归档数据中。\n';
