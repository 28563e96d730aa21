import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ReportFactsPort, type EvaluationRow, type ReportFactsSource } from '@jixiao/api-evaluations';
import { reportGate, type ReportBlocker } from '@jixiao/domain';
import { ReportSourceReader } from './report-source.reader';
import { ReportRepository } from './report.repository';

/**
 * Tells the machine whether the draft exists (a saved version) and what the consistency gate blocks on:
 * the latest saved version checked against the scores recomputed from the tree now.
 */
@Injectable()
export class ReportFactsReader implements ReportFactsSource, OnModuleInit {
  constructor(
    private readonly port: ReportFactsPort,
    private readonly reports: ReportRepository,
    private readonly source: ReportSourceReader,
  ) {}

  onModuleInit(): void {
    this.port.register(this);
  }

  draftReady(row: EvaluationRow): Promise<boolean> {
    return this.reports.exists(row);
  }

  async blockers(row: EvaluationRow): Promise<ReportBlocker[]> {
    const latest = await this.reports.latest(row);
    const result = await this.source.result(row);
    if (!latest || !result) return [];
    return reportGate(latest, result)
      .filter((problem) => problem.severity === 'blocking')
      .map(({ code, anchor, message }) => ({ code, anchor, message }));
  }
}
