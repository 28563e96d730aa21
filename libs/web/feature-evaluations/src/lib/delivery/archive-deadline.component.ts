import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import type { DeliveryView, EvaluationDetail } from '@jixiao/contracts';
import { DeliveryApiService, TranslatePipe } from '@jixiao/web-data-access';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { showsDelivery } from './delivery-phase';

/** Under the phase steps: the archive deadline (归档期限) once issued, the retention period once archived. */
@Component({
  selector: 'jx-archive-deadline',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (view(); as v) {
      @if (v.retainUntil) {
        <div class="jx-deadline" data-testid="retain-until">
          {{ 'delivery.retainUntilLine' | t: { date: v.retainUntil } }}
        </div>
      } @else if (v.archiveDueDate) {
        <div class="jx-deadline" data-testid="archive-deadline">
          {{ 'delivery.archiveDueLine' | t: { date: v.archiveDueDate } }}
          @if (v.archiveOverdue) {
            <nz-tag nzColor="red">{{ 'evaluations.overdue' | t }}</nz-tag>
          }
        </div>
      }
    }
  `,
  styles: `
    .jx-deadline {
      margin-top: 8px;
      color: rgba(0, 0, 0, 0.65);
      font-size: 13px;
    }
  `,
})
export class ArchiveDeadlineComponent {
  readonly evaluation = input.required<EvaluationDetail>();

  private readonly api = inject(DeliveryApiService);
  protected readonly view = signal<DeliveryView | null>(null);

  constructor() {
    effect(() => {
      const evaluation = this.evaluation();
      untracked(() => void this.load(evaluation));
    });
  }

  private async load(evaluation: EvaluationDetail): Promise<void> {
    if (!showsDelivery(evaluation)) {
      this.view.set(null);
      return;
    }
    try {
      this.view.set(await this.api.view(evaluation.id));
    } catch {
      // The tab shows the error; the line under the steps just stays empty.
      this.view.set(null);
    }
  }
}
