import { EVALUATIONS_SCHEMA } from '@jixiao/api-evaluations';
import { FRAMEWORKS_SCHEMA } from '@jixiao/api-frameworks';
import { combineSchemas, PLATFORM_SCHEMA } from '@jixiao/api-platform';

/** Every capability's tables: what the server maps and what `migrate` applies. */
export const DATABASE_SCHEMA = combineSchemas(PLATFORM_SCHEMA, FRAMEWORKS_SCHEMA, EVALUATIONS_SCHEMA);
