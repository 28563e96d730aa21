import { Injectable } from '@nestjs/common';
import type { EvaluationDetail } from '@jixiao/contracts';
import { AppError, AuditTrail, RequestContext } from '@jixiao/api-platform';
import { EvaluationAccess } from '../evaluations/evaluation-access';
import { EvaluationDetailReader } from '../evaluations/evaluation-detail';
import { EvaluationRepository } from '../evaluations/evaluation.repository';
import { WorkGuard } from '../evaluations/work-guard';
import type { SaveWorkPlanDto } from './work-plan.dto';
import { WorkPlanRepository } from './work-plan.repository';

/** Writing the work plan (评价方案); submitting it is a transition (SUBMIT_PLAN). */
@Injectable()
export class WorkPlanService {
  constructor(
    private readonly context: RequestContext,
    private readonly access: EvaluationAccess,
    private readonly guard: WorkGuard,
    private readonly plans: WorkPlanRepository,
    private readonly evaluations: EvaluationRepository,
    private readonly detail: EvaluationDetailReader,
    private readonly audit: AuditTrail,
  ) {}

  async save(id: string, dto: SaveWorkPlanDto): Promise<EvaluationDetail> {
    const row = await this.access.require(id, { lock: true });
    await this.guard.require('edit_plan', row);
    const principal = this.context.requirePrincipal();
    const { version, ...text } = dto;
    const saved = await this.plans.save(row, text, version, {
      userId: principal.userId,
      name: principal.displayName,
    });
    if (!saved) throw new AppError('CONFLICT', 409, [{ field: 'version', code: 'stale' }]);
    await this.evaluations.touch(row);
    await this.audit.record({
      action: 'evaluation.plan',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { version: version + 1 },
    });
    return this.detail.read(row);
  }
}
