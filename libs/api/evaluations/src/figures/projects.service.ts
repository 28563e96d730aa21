import { Injectable } from '@nestjs/common';
import type { EvaluationProject } from '@jixiao/contracts';
import { AppError, AuditTrail, RequestContext } from '@jixiao/api-platform';
import { EvaluationAccess } from '../evaluations/evaluation-access';
import type { EvaluationRow } from '../evaluations/evaluation-row';
import { WorkGuard } from '../evaluations/work-guard';
import { SaveProjectDto } from './figures.dto';
import { ProjectsRepository, type ProjectInput } from './projects.repository';

function inputOf(dto: SaveProjectDto): ProjectInput {
  return {
    name: dto.name,
    budget: dto.budget,
    actual: dto.actual,
    completion: dto.completion,
    note: dto.note ?? '',
  };
}

/** The unit's project list (项目清单): entered by the unit during fieldwork, read by all three parties. */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: WorkGuard,
    private readonly projects: ProjectsRepository,
    private readonly audit: AuditTrail,
  ) {}

  async create(id: string, dto: SaveProjectDto): Promise<EvaluationProject> {
    const row = await this.access.require(id);
    await this.guard.require('enter_figures', row);
    const projectId = await this.projects.insert(row, inputOf(dto), this.context.requirePrincipal().userId);
    await this.record(row, 'evaluation.project_create', projectId);
    return this.found(row, projectId);
  }

  async update(id: string, projectId: string, dto: SaveProjectDto): Promise<EvaluationProject> {
    const row = await this.access.require(id);
    await this.guard.require('enter_figures', row);
    const current = await this.found(row, projectId);
    const saved = await this.projects.update(
      row,
      projectId,
      inputOf(dto),
      dto.version ?? 0,
      this.context.requirePrincipal().userId,
    );
    if (!saved) throw new AppError('CONFLICT', 409, [{ field: 'version', code: 'stale' }], current);
    await this.record(row, 'evaluation.project_update', projectId);
    return this.found(row, projectId);
  }

  async remove(id: string, projectId: string): Promise<void> {
    const row = await this.access.require(id);
    await this.guard.require('enter_figures', row);
    if (!(await this.projects.remove(row, projectId))) throw AppError.notFound();
    await this.record(row, 'evaluation.project_delete', projectId);
  }

  private async found(row: EvaluationRow, projectId: string): Promise<EvaluationProject> {
    const project = await this.projects.find(row, projectId);
    if (!project) throw AppError.notFound();
    return project;
  }

  private async record(row: EvaluationRow, action: string, projectId: string): Promise<void> {
    await this.audit.record({ action, targetType: 'evaluation', targetId: row.id, detail: { projectId } });
  }
}
