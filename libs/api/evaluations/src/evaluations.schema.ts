import type { DatabaseSchema } from '@jixiao/api-platform';
import { Evaluations1764000000001 } from './migrations/1764000000001-evaluations';

/** The evaluation capability's tables (queried through repositories; no entities). */
export const EVALUATIONS_SCHEMA: DatabaseSchema = {
  entities: [],
  migrations: [Evaluations1764000000001],
};
