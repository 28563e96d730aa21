import type { DatabaseSchema } from '@jixiao/api-platform';
import { Evaluations1764000000001 } from './migrations/1764000000001-evaluations';
import { FilePurposes1764200000000 } from './migrations/1764200000000-file-purposes';
// Fieldwork: work papers (工作底稿)
import { WorkPapers1764200000003 } from './migrations/1764200000003-work-papers';

/** The evaluation capability's tables (queried through repositories; no entities). */
export const EVALUATIONS_SCHEMA: DatabaseSchema = {
  entities: [],
  migrations: [
    Evaluations1764000000001,
    FilePurposes1764200000000,
    // Fieldwork: work papers (工作底稿)
    WorkPapers1764200000003,
  ],
};
