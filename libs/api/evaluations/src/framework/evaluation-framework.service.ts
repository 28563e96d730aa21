import { Injectable } from '@nestjs/common';
import type { EvaluationDetail } from '@jixiao/contracts';
import { FrameworkTemplatesService, requireValidFramework } from '@jixiao/api-frameworks';
import { AppError, AuditTrail, RequestContext } from '@jixiao/api-platform';
import { EvaluationAccess } from '../evaluations/evaluation-access';
import { EvaluationDetailReader } from '../evaluations/evaluation-detail';
import { EvaluationRepository } from '../evaluations/evaluation.repository';
import { WorkGuard } from '../evaluations/work-guard';
import { EvaluationFrameworkRepository } from './evaluation-framework.repository';

/**
 * The evaluation's indicator system: adopted by copying a version of the firm's library (or a
 * built-in), then adapted inside the evaluation with the same checks as the library editor.
 */
@Injectable()
export class EvaluationFrameworkService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: WorkGuard,
    private readonly templates: FrameworkTemplatesService,
    private readonly frameworks: EvaluationFrameworkRepository,
    private readonly evaluations: EvaluationRepository,
    private readonly detail: EvaluationDetailReader,
    private readonly audit: AuditTrail,
  ) {}

  async adopt(id: string, templateId: string): Promise<EvaluationDetail> {
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('edit_framework', row);
    const template = await this.templates.get(templateId);
    const principal = this.context.requirePrincipal();
    await this.frameworks.adopt(
      row,
      { templateId: template.id, version: template.version, name: template.name },
      template.framework,
      principal.userId,
    );
    await this.evaluations.touch(row);
    await this.audit.record({
      action: 'evaluation.framework_adopt',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { templateId: template.id, version: template.version },
    });
    return this.detail.read(row);
  }

  async save(id: string, json: unknown, version: number): Promise<EvaluationDetail> {
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('edit_framework', row);
    const { framework } = requireValidFramework(json, this.context.locale);
    const saved = await this.frameworks.save(row, framework, version, this.context.requirePrincipal().userId);
    if (!saved) throw new AppError('CONFLICT', 409, [{ field: 'version', code: 'stale' }]);
    await this.evaluations.touch(row);
    await this.audit.record({
      action: 'evaluation.framework_update',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { version: version + 1 },
    });
    return this.detail.read(row);
  }
}
