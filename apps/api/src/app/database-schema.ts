import { EVALUATIONS_SCHEMA } from '@jixiao/api-evaluations';
import { FRAMEWORKS_SCHEMA } from '@jixiao/api-frameworks';
import { combineSchemas, PLATFORM_SCHEMA } from '@jixiao/api-platform';
// The report (issue 10)
import { REPORTS_SCHEMA } from '@jixiao/api-reports';

/** Every capability's tables: what the server maps and what `migrate` applies. */
export const DATABASE_SCHEMA = combineSchemas(
  PLATFORM_SCHEMA,
  FRAMEWORKS_SCHEMA,
  EVALUATIONS_SCHEMA,
  // The report (issue 10)
  REPORTS_SCHEMA,
);
