import type { ReportModel } from '../report/report-model';
import { INDICATOR_ANCHOR, REPORT_OUTLINE, SLOT_ANCHOR, analysisSlot } from '../report/report-outline';

/** The firm's answer to one opinion (逐条说明采纳或不予采纳的理由). */
export const FEEDBACK_DECISIONS = ['adopted', 'partly_adopted', 'rejected'] as const;
export type FeedbackDecision = (typeof FEEDBACK_DECISIONS)[number];

export const FEEDBACK_DECISION_LABELS: Record<FeedbackDecision, string> = {
  adopted: '采纳',
  partly_adopted: '部分采纳',
  rejected: '不予采纳',
};

/** Who wrote an opinion: the evaluated unit on its form, or the commissioning bureau. */
export type OpinionAuthor = 'unit' | 'bureau';

/** A change between the 交换意见稿 and the current report that an adopted opinion caused. */
export type FeedbackChange =
  | { kind: 'text'; key: string; place: string; before: string | null; after: string | null }
  | { kind: 'score'; key: string; id: string; name: string; before: string | null; after: string | null };

export interface FeedbackAnswer {
  decision: FeedbackDecision;
  reason: string;
  /** The changes it caused (adopted or partly adopted only). */
  changes: FeedbackChange[];
  answeredByName: string;
  answeredAt: string;
}

export interface FeedbackOpinion {
  id: string;
  author: OpinionAuthor;
  /** `slot:<key>` (a section of the outline) or `indicator:<id>`. */
  anchor: string;
  text: string;
  answer: FeedbackAnswer | null;
}

/** The form of 附件2 (绩效评价报告主管部门意见反馈表) as stored. */
export interface FeedbackForm {
  evaluationTitle: string;
  /** 评价时间范围: the period evaluated, e.g. 2024年1月1日至2024年12月31日. */
  period: string;
  /** 绩效评价时间: when the evaluation ran, e.g. 2025年3月—2025年7月. */
  evaluationDates: string;
  firmName: string;
  firmContact: string;
  firmPhone: string;
  unitName: string;
  unitContact: string;
  unitPhone: string;
  /** 无意见: the unit has no opinion (then it has no opinions). */
  noOpinion: boolean;
  /** 填表时间, ISO date. */
  filledOn: string | null;
  signedByName: string | null;
  /** ISO timestamp of the head's signature. */
  signedAt: string | null;
  /** The due date of the unit's answer, ISO date. */
  dueDate: string;
}

/** The limits of what the unit and the team type. */
export const FEEDBACK_LIMITS = {
  opinionText: 4000,
  reason: 4000,
  contact: 100,
  phone: 40,
  opinions: 200,
  changes: 100,
} as const;

/** Days the unit has to answer once the 交换意见稿 is sent (a due date of its own). */
export const FEEDBACK_DUE_DAYS = 10;

/** The period evaluated of a fiscal year, as the form prints it. */
export function periodOf(fiscalYear: number): string {
  return `${fiscalYear}年1月1日至${fiscalYear}年12月31日`;
}

/** The anchors an opinion may name: every narrative slot of the outline and every indicator of the report. */
export function opinionAnchors(model: Pick<ReportModel, 'scores'>): { anchor: string; label: string }[] {
  const slots = REPORT_OUTLINE.flatMap((chapter) => [
    ...(chapter.slot === null ? [] : [{ anchor: SLOT_ANCHOR(chapter.slot), label: chapter.heading }]),
    ...chapter.sections.map((section) => ({
      anchor: SLOT_ANCHOR(section.key),
      label: `${chapter.heading} ${section.heading}`,
    })),
  ]);
  const families = model.scores.level1.map((row) => ({
    anchor: SLOT_ANCHOR(analysisSlot(row.id)),
    label: `四、绩效评价情况分析 ${row.name}`,
  }));
  const indicators = model.scores.indicators.map((row) => ({
    anchor: INDICATOR_ANCHOR(row.id),
    label: `${row.id} ${row.name}`,
  }));
  return [...slots, ...families, ...indicators];
}

/** The label of an anchor as the unit chose it (the heading or the indicator), the anchor itself when unknown. */
export function anchorLabel(anchor: string, model: Pick<ReportModel, 'scores'>): string {
  return opinionAnchors(model).find((entry) => entry.anchor === anchor)?.label ?? anchor;
}

/** Opinions still waiting for the firm's answer. */
export function unansweredOpinions(opinions: readonly Pick<FeedbackOpinion, 'answer'>[]): number {
  return opinions.filter((opinion) => opinion.answer === null).length;
}

/** How the form stands: being filled, signed by the head, or past its due date unsigned (逾期未反馈). */
export type FeedbackFormStatus = 'filling' | 'signed' | 'overdue';

export function feedbackFormStatus(
  form: Pick<FeedbackForm, 'signedAt' | 'dueDate'>,
  today: string,
): FeedbackFormStatus {
  if (form.signedAt !== null) return 'signed';
  return today > form.dueDate ? 'overdue' : 'filling';
}

/**
 * Whether the firm must still wait for the unit before producing the final draft: the form is neither
 * signed nor past its due date (after which it is recorded as 逾期未反馈 and the team may go on).
 */
export function feedbackPending(form: Pick<FeedbackForm, 'signedAt' | 'dueDate'>, today: string): boolean {
  return feedbackFormStatus(form, today) === 'filling';
}
