import type { DatabaseSchema } from '@jixiao/api-platform';
import { Evaluations1764000000001 } from './migrations/1764000000001-evaluations';
import { FilePurposes1764200000000 } from './migrations/1764200000000-file-purposes';
// Request list (资料清单)
import { RequestItems1764200000001 } from './migrations/1764200000001-request-items';
// Fieldwork: fiscal figures and the scoring workbench (issue 9)
import { FiguresAndScores1764200000002 } from './migrations/1764200000002-figures-and-scores';
// Fieldwork: work papers (工作底稿)
import { WorkPapers1764200000003 } from './migrations/1764200000003-work-papers';
import { ScoreRequestLinks1764200000005 } from './migrations/1764200000005-score-request-links';

/** The evaluation capability's tables (queried through repositories; no entities). */
export const EVALUATIONS_SCHEMA: DatabaseSchema = {
  entities: [],
  migrations: [
    Evaluations1764000000001,
    FilePurposes1764200000000,
    // Request list (资料清单)
    RequestItems1764200000001,
    // Fieldwork: fiscal figures and the scoring workbench (issue 9)
    FiguresAndScores1764200000002,
    // Fieldwork: work papers (工作底稿)
    WorkPapers1764200000003,
    // A score's evidence links refer to the request items themselves
    ScoreRequestLinks1764200000005,
  ],
};
