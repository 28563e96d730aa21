import type { ArchiveSection } from './archive-section';
import { DELIVERY_SECTION } from './delivery.section';
import { ENGAGEMENT_SECTION } from './engagement.section';
import { FIGURES_SECTION } from './figures.section';
import { FRAMEWORK_SECTION } from './framework.section';
import { HISTORY_SECTION } from './history.section';
import { PLAN_SECTION } from './plan.section';
import { REPORTS_SECTION } from './reports.section';
import { REQUESTS_SECTION } from './requests.section';
import { SCORES_SECTION } from './scores.section';

export type {
  ArchiveContext,
  ArchivedEvaluation,
  ArchiveSection,
  ReportVersionRow,
  StoredFileRow,
} from './archive-section';

/**
 * The engagement file's folders, in order. `08 征求意见` (the feedback form and its answers) and
 * `09 三级复核` (review notes and sign-offs) are added here when those capabilities' tables exist:
 * each is one more `ArchiveSection` reading its own tables.
 */
export const ARCHIVE_SECTIONS: readonly ArchiveSection[] = [
  ENGAGEMENT_SECTION,
  PLAN_SECTION,
  FRAMEWORK_SECTION,
  REQUESTS_SECTION,
  FIGURES_SECTION,
  SCORES_SECTION,
  REPORTS_SECTION,
  DELIVERY_SECTION,
  HISTORY_SECTION,
];
