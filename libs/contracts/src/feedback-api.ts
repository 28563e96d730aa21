import type {
  FeedbackAnswer,
  FeedbackChange,
  FeedbackDecision,
  FeedbackForm,
  FeedbackFormStatus,
  OpinionAuthor,
} from '@jixiao/domain';

/** The feedback form (附件2) with who signed it and the optional scan of the stamped paper. */
export interface FeedbackFormView extends FeedbackForm {
  /** The 交换意见稿 the round is about. */
  reportVersionId: string;
  scanFileId: string | null;
  scanFileName: string | null;
  version: number;
}

export interface FeedbackOpinionView {
  id: string;
  author: OpinionAuthor;
  anchor: string;
  anchorLabel: string;
  text: string;
  createdByName: string;
  createdAt: string;
  version: number;
  /** The caller may edit or delete it (its author's organisation, until the form is signed). */
  canEdit: boolean;
  answer: (FeedbackAnswer & { version: number }) | null;
}

/** GET /api/evaluations/:id/feedback — the round as the caller may see and act on it. */
export interface FeedbackView {
  /** null before the 交换意见稿 is sent. */
  form: FeedbackFormView | null;
  status: FeedbackFormStatus | null;
  opinions: FeedbackOpinionView[];
  counts: { total: number; answered: number; unanswered: number };
  /** What an opinion may be anchored to: the outline's sections and the indicators. */
  anchors: { anchor: string; label: string }[];
  /** The firm: the changes since the 交换意见稿 an adopted opinion may link to. */
  changes: FeedbackChange[];
  can: { fill: boolean; sign: boolean; addBureauOpinions: boolean; answer: boolean };
}

export interface SaveFeedbackFormRequest {
  unitContact: string;
  unitPhone: string;
  noOpinion: boolean;
  version: number;
}

export interface SaveOpinionRequest {
  anchor: string;
  text: string;
  /** The opinion's version when editing one. */
  version?: number;
}

export interface SignFeedbackRequest {
  version: number;
  /** An uploaded `feedback_form` file: the scan of the signed and stamped paper form. */
  scanFileId?: string;
}

export interface AnswerOpinionRequest {
  decision: FeedbackDecision;
  reason: string;
  /** Keys of the changes (`FeedbackView.changes`) an adopted opinion caused. */
  changeKeys: string[];
  /** The answer's version (0 for a first answer). */
  version: number;
}
