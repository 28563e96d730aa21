import type { DatabaseSchema } from '@jixiao/api-platform';
import { FrameworkTemplates1763900000000 } from './migrations/1763900000000-framework-templates';
import { FrameworkIndicatorCount1764450000000 } from './migrations/1764450000000-framework-indicator-count';

/** The indicator-system library's tables (queried through SQL; no entities). */
export const FRAMEWORKS_SCHEMA: DatabaseSchema = {
  entities: [],
  migrations: [FrameworkTemplates1763900000000, FrameworkIndicatorCount1764450000000],
};
