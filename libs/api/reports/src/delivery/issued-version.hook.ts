import { Injectable, type OnModuleInit } from '@nestjs/common';
import {
  LifecycleHooks,
  type AppliedTransition,
  type EvaluationRow,
  type LifecycleHook,
} from '@jixiao/api-evaluations';
import { AppError, AuditTrail } from '@jixiao/api-platform';
import { contentHash } from '../versions/report-versions.service';
import { STAGE_LABELS } from '../versions/report-stages';
import { ReportRepository } from '../versions/report.repository';
import { DeliveryRepository } from './delivery.repository';

/**
 * ISSUE (出具): in the transition's transaction, the latest 终稿 — the version the review signed — is
 * saved again as the `issued` version: the same content with the issued cover (no stage label),
 * frozen like every version, its sha256 recorded. Without a 终稿 the issue is refused.
 */
@Injectable()
export class IssuedVersionHook implements LifecycleHook, OnModuleInit {
  constructor(
    private readonly hooks: LifecycleHooks,
    private readonly delivery: DeliveryRepository,
    private readonly reports: ReportRepository,
    private readonly audit: AuditTrail,
  ) {}

  onModuleInit(): void {
    this.hooks.register(this);
  }

  async applied(row: EvaluationRow, transition: AppliedTransition): Promise<void> {
    if (transition.event !== 'ISSUE') return;
    const signed = await this.delivery.latestFinalDraft(row);
    if (!signed) {
      throw new AppError('EVALUATION_ACTION_REFUSED', 409, [
        {
          field: 'event',
          code: 'evaluation.no_final_draft',
          messages: { 'zh-CN': '尚无可出具的终稿', 'en-US': 'There is no final draft to issue' },
        },
      ]);
    }
    const model = {
      ...signed.model,
      options: { ...signed.model.options, versionLabel: STAGE_LABELS.issued },
    };
    const hash = contentHash(model);
    const versionId = await this.reports.append(row, {
      stage: 'issued',
      model,
      contentHash: hash,
      userId: transition.actor.userId,
      userName: transition.actorName,
    });
    await this.audit.record({
      action: 'evaluation.report_issue',
      targetType: 'evaluation',
      targetId: row.id,
      detail: { versionId, fromVersionId: signed.id, contentHash: hash },
    });
  }
}
