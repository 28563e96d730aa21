import { Injectable } from '@nestjs/common';
import type { ReportBlocker } from '@jixiao/domain';
import type { EvaluationRow } from '../evaluations/evaluation-row';

/** What the report capability (libs/api/reports) tells the machine about an evaluation's report. */
export interface ReportFactsSource {
  /** A saved version of the report exists. */
  draftReady(row: EvaluationRow): Promise<boolean>;
  /** The consistency gate's blocking problems on the latest saved version. */
  blockers(row: EvaluationRow): Promise<ReportBlocker[]>;
}

/**
 * The seam between the machine's facts and the report capability, which depends on this library (not
 * the other way round): the reports module registers its reader here on start. Without it the report
 * facts stay unknown and the machine answers `not_available_yet`.
 */
@Injectable()
export class ReportFactsPort {
  private source: ReportFactsSource | null = null;

  register(source: ReportFactsSource): void {
    this.source = source;
  }

  current(): ReportFactsSource | null {
    return this.source;
  }
}
