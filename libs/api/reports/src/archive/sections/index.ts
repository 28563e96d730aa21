import type { ArchiveSection } from './archive-section';
import { DELIVERY_SECTION } from './delivery.section';
import { ENGAGEMENT_SECTION } from './engagement.section';
import { FEEDBACK_SECTION } from './feedback.section';
import { FIGURES_SECTION } from './figures.section';
import { FRAMEWORK_SECTION } from './framework.section';
import { HISTORY_SECTION } from './history.section';
import { PLAN_SECTION } from './plan.section';
import { REPORTS_SECTION } from './reports.section';
import { REQUESTS_SECTION } from './requests.section';
import { REVIEW_SECTION } from './review.section';
import { SCORES_SECTION } from './scores.section';

export type {
  ArchiveContext,
  ArchivedEvaluation,
  ArchiveSection,
  ReportVersionRow,
  StoredFileRow,
} from './archive-section';

/**
 * The engagement file's folders, in order: each is one `ArchiveSection` reading its own tables. The
 * package is built twice, for the firm and for the bureau (`ArchiveContext.audience`); only `09 三级复核`
 * differs (the review notes are the firm's).
 */
export const ARCHIVE_SECTIONS: readonly ArchiveSection[] = [
  ENGAGEMENT_SECTION,
  PLAN_SECTION,
  FRAMEWORK_SECTION,
  REQUESTS_SECTION,
  FIGURES_SECTION,
  SCORES_SECTION,
  REPORTS_SECTION,
  FEEDBACK_SECTION,
  REVIEW_SECTION,
  DELIVERY_SECTION,
  HISTORY_SECTION,
];
