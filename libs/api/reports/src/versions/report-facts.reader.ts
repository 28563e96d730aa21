import { Injectable, type OnModuleInit } from '@nestjs/common';
import { LifecycleHooks, type EvaluationRow, type LifecycleHook } from '@jixiao/api-evaluations';
import { reportGate, type EvaluationFacts, type ReportBlocker } from '@jixiao/domain';
import { ReportSourceReader } from './report-source.reader';
import { ReportRepository } from './report.repository';

/**
 * Tells the machine, when the firm drafts (初稿) or takes feedback (征求意见), whether the draft exists (a saved version) and what the consistency gate blocks on:
 * the latest saved version checked against the scores recomputed from the tree now.
 */
@Injectable()
export class ReportFactsReader implements LifecycleHook, OnModuleInit {
  constructor(
    private readonly hooks: LifecycleHooks,
    private readonly reports: ReportRepository,
    private readonly source: ReportSourceReader,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async addFacts(
    row: EvaluationRow,
    actor: { organisationId: string },
    facts: EvaluationFacts,
  ): Promise<void> {
    if (row.status !== 'draft' && row.status !== 'feedback') return;
    if (actor.organisationId !== row.firm_org_id) return;
    facts.draftReady = await this.draftReady(row);
    if (facts.draftReady) facts.reportBlockers = await this.blockers(row);
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
