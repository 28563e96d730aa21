import { Injectable } from '@nestjs/common';
import type { FigureView, FiguresOverview } from '@jixiao/contracts';
import { figureDefinition, neededFigures, unverifiedFigures } from '@jixiao/domain';
import { AppError, AuditTrail, RequestContext } from '@jixiao/api-platform';
import { EvaluationAccess } from '../evaluations/evaluation-access';
import type { EvaluationRow } from '../evaluations/evaluation-row';
import { WorkGuard } from '../evaluations/work-guard';
import { EvaluationFilesRepository } from '../files/evaluation-files.repository';
import { EvaluationFrameworkRepository } from '../framework/evaluation-framework.repository';
import { figureKeys, toFigureView } from './figure-view';
import { EnterFigureDto, VerifyFigureDto } from './figures.dto';
import { FiguresRepository, type Actor } from './figures.repository';
import { ProjectsRepository } from './projects.repository';

/**
 * Fiscal figures (财务数据): the unit enters each figure once with its source; the team verifies it
 * (verified / questioned / corrected, the correction kept beside the unit's value). All three parties read.
 */
@Injectable()
export class FiguresService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: WorkGuard,
    private readonly figures: FiguresRepository,
    private readonly projects: ProjectsRepository,
    private readonly frameworks: EvaluationFrameworkRepository,
    private readonly files: EvaluationFilesRepository,
    private readonly audit: AuditTrail,
  ) {}

  async overview(id: string): Promise<FiguresOverview> {
    const row = await this.access.require(id);
    return this.read(row);
  }

  async enter(id: string, key: string, dto: EnterFigureDto): Promise<FigureView> {
    const row = await this.access.require(id);
    await this.guard.require('enter_figures', row);
    const needed = await this.needed(row);
    this.requireKnown(key, needed);
    const sourceFileId = dto.sourceFileId ?? null;
    const sourceNote = dto.sourceNote ?? '';
    if (dto.value !== null && sourceFileId === null && sourceNote === '') {
      throw AppError.validation([{ field: 'sourceNote', code: 'figure.source_required' }]);
    }
    if (sourceFileId !== null) {
      const file = await this.files.find(row, sourceFileId);
      if (file?.purpose !== 'figure_source') {
        throw AppError.validation([{ field: 'sourceFileId', code: 'figure.source_not_found' }]);
      }
    }
    const saved = await this.figures.enter(
      row,
      key,
      { value: dto.value, sourceFileId, sourceNote },
      dto.version,
      this.actor(),
    );
    if (!saved) await this.conflict(row, key, needed);
    await this.audit.record({
      action: 'evaluation.figure_enter',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { key, value: dto.value, sourceFileId },
    });
    return this.view(row, key, needed);
  }

  async verify(id: string, key: string, dto: VerifyFigureDto): Promise<FigureView> {
    const row = await this.access.require(id);
    await this.guard.require('verify_figures', row);
    const needed = await this.needed(row);
    this.requireKnown(key, needed);
    const current = await this.figures.find(row, key);
    if (current?.value === null || current === null) {
      throw AppError.validation([{ field: 'verification', code: 'figure.not_entered' }]);
    }
    const comment = dto.comment ?? '';
    if (dto.verification !== 'verified' && comment === '') {
      throw AppError.validation([{ field: 'comment', code: 'figure.comment_required' }]);
    }
    if (dto.verification === 'corrected' && dto.correctedValue === undefined) {
      throw AppError.validation([{ field: 'correctedValue', code: 'figure.corrected_value_required' }]);
    }
    const correctedValue = dto.verification === 'corrected' ? (dto.correctedValue ?? null) : null;
    const saved = await this.figures.verify(
      row,
      key,
      { verification: dto.verification, comment, correctedValue },
      dto.version,
      this.actor(),
    );
    if (!saved) await this.conflict(row, key, needed);
    await this.audit.record({
      action: 'evaluation.figure_verify',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { key, verification: dto.verification, correctedValue, value: current.value },
    });
    return this.view(row, key, needed);
  }

  private async read(row: EvaluationRow): Promise<FiguresOverview> {
    const needed = await this.needed(row);
    const stored = await this.figures.list(row);
    const byKey = new Map(stored.map((figure) => [figure.key, figure]));
    return {
      figures: figureKeys(needed, stored).map((key) =>
        toFigureView(key, needed.includes(key), byKey.get(key)),
      ),
      projects: await this.projects.list(row),
      unverified: unverifiedFigures(needed, stored).map((key) => ({
        key,
        name: figureDefinition(key)?.name ?? key,
      })),
    };
  }

  private async needed(row: EvaluationRow): Promise<string[]> {
    const framework = await this.frameworks.find(row);
    return framework ? neededFigures(framework.framework) : [];
  }

  private requireKnown(key: string, needed: readonly string[]): void {
    if (figureDefinition(key) === undefined && !needed.includes(key)) {
      throw AppError.validation([{ field: 'key', code: 'figure.unknown_key' }]);
    }
  }

  private async view(row: EvaluationRow, key: string, needed: readonly string[]): Promise<FigureView> {
    return toFigureView(key, needed.includes(key), (await this.figures.find(row, key)) ?? undefined);
  }

  private async conflict(row: EvaluationRow, key: string, needed: readonly string[]): Promise<never> {
    const current = await this.view(row, key, needed);
    throw new AppError('FIGURE_CONFLICT', 409, [{ field: 'version', code: 'stale' }], current);
  }

  private actor(): Actor {
    const principal = this.context.requirePrincipal();
    return { userId: principal.userId, name: principal.displayName };
  }
}
