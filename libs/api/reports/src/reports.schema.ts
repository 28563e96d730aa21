import type { DatabaseSchema } from '@jixiao/api-platform';
import { ReportVersions1764300000000 } from './migrations/1764300000000-report-versions';
import { ReportRenders1764300000001 } from './migrations/1764300000001-report-renders';
// Feedback (征求意见, issue 11)
import { Feedback1764400000000 } from './migrations/1764400000000-feedback';

/** The report capability's tables (queried through repositories; no entities). */
export const REPORTS_SCHEMA: DatabaseSchema = {
  entities: [],
  migrations: [
    ReportVersions1764300000000,
    ReportRenders1764300000001,
    // Feedback (征求意见, issue 11)
    Feedback1764400000000,
  ],
};
