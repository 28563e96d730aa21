import type { DatabaseSchema } from '@jixiao/api-platform';
import { ReportVersions1764300000000 } from './migrations/1764300000000-report-versions';
import { ReportRenders1764300000001 } from './migrations/1764300000001-report-renders';
// Delivery: issue, acknowledge, archive dates, amendments (出具, 验收, 归档, issue 11)
import { Delivery1764420000000 } from './migrations/1764420000000-delivery';
// Three-level review (三级复核, issue 11)
import { Review1764410000000 } from './migrations/1764410000000-review';
// The archive package (归档包, issue 11)
import { ArchivePackage1764430000000 } from './migrations/1764430000000-archive-package';
// Feedback (征求意见, issue 11)
import { Feedback1764400000000 } from './migrations/1764400000000-feedback';
// Archive sections 08–10: the bureau's copy of the package (归档包, issue 11)
import { ArchivePackageAudience1764440000000 } from './migrations/1764440000000-archive-package-audience';

/** The report capability's tables (queried through repositories; no entities). */
export const REPORTS_SCHEMA: DatabaseSchema = {
  entities: [],
  migrations: [
    ReportVersions1764300000000,
    ReportRenders1764300000001,
    // Delivery (出具, 验收, 归档, issue 11)
    Delivery1764420000000,
    // Three-level review (三级复核, issue 11)
    Review1764410000000,
    // The archive package (归档包, issue 11)
    ArchivePackage1764430000000,
    // Feedback (征求意见, issue 11)
    Feedback1764400000000,
    // Archive sections 08–10: the bureau's copy of the package (归档包, issue 11)
    ArchivePackageAudience1764440000000,
  ],
};
