import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EvaluationDetail } from '@jixiao/contracts';
import {
  DateTimePipe,
  EvaluationActionPipe,
  EvaluationStatusPipe,
  TranslatePipe,
} from '@jixiao/web-data-access';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { newestFirst } from '../model/history';

/** 历史记录: who, when, from → to, comment — newest first. */
@Component({
  selector: 'jx-history-tab',
  imports: [NzTimelineModule, DateTimePipe, EvaluationActionPipe, EvaluationStatusPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (entries().length) {
      <nz-timeline data-testid="history">
        @for (entry of entries(); track entry.seq) {
          <nz-timeline-item
            [nzColor]="
              entry.comment && entry.event.startsWith('RETURN')
                ? 'orange'
                : entry.to === 'cancelled' || entry.event === 'DECLINE'
                  ? 'red'
                  : 'blue'
            "
          >
            <div class="jx-line" data-testid="history-entry">
              <strong>{{ entry.event | evaluationAction }}</strong>
              <span class="jx-muted">{{ entry.at | dateTime }}</span>
              <span>{{ 'history.by' | t: { name: entry.actorName, org: entry.actorOrganisationName } }}</span>
            </div>
            <div class="jx-muted">
              @if (entry.from) {
                {{ entry.from | evaluationStatus }} →
              }
              {{ entry.to | evaluationStatus }}
            </div>
            @if (entry.comment) {
              <div class="jx-comment" data-testid="history-comment">{{ entry.comment }}</div>
            }
          </nz-timeline-item>
        }
      </nz-timeline>
    } @else {
      <p class="jx-muted">{{ 'history.empty' | t }}</p>
    }
  `,
  styles: `
    .jx-line {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      align-items: baseline;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-comment {
      margin-top: 4px;
      padding: 6px 10px;
      background: #fafafa;
      border-left: 3px solid #d9d9d9;
      white-space: pre-wrap;
    }
  `,
})
export class HistoryTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  protected readonly entries = computed(() => newestFirst(this.evaluation().history));
}
