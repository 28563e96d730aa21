import { Injectable } from '@nestjs/common';
import type { FieldworkBlocker } from '@jixiao/domain';
import { RequestItemsRepository } from '../requests/request-items.repository';
import { FieldworkBlockersReader } from '../workbench/fieldwork-blockers';
import type { EvaluationRow } from './evaluation-row';

/**
 * Everything that still keeps fieldwork from closing, in the order a lead works through it: required
 * request items neither accepted nor waived, needed figures not verified, indicators not scored.
 * Reads the firm's own workbench rows, so it is asked only on the firm's behalf.
 */
@Injectable()
export class FieldworkGate {
  constructor(
    private readonly requests: RequestItemsRepository,
    private readonly workbench: FieldworkBlockersReader,
  ) {}

  async blockers(row: EvaluationRow): Promise<FieldworkBlocker[]> {
    const requests = await this.requests.blockers(row);
    const figures = await this.workbench.unverifiedFigures(row);
    const indicators = await this.workbench.unscoredIndicators(row);
    return [
      ...requests.map((item) => ({ kind: 'request_open' as const, id: item.id, name: item.title })),
      ...figures.map((figure) => ({ kind: 'figure_unverified' as const, id: figure.key, name: figure.name })),
      ...indicators.map((node) => ({ kind: 'indicator_unscored' as const, id: node.id, name: node.name })),
    ];
  }
}
