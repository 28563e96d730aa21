import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { EvaluationDetail } from '@jixiao/contracts';
import { EVALUATION_PHASES } from '@jixiao/domain';
import { EvaluationPhasePipe, TranslatePipe } from '@jixiao/web-data-access';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { FilesComponent } from './files.component';

/** 概况: parties, scope, focus and requirements, due dates, the engagement letter. */
@Component({
  selector: 'jx-overview-tab',
  imports: [
    NzCardModule,
    NzDescriptionsModule,
    NzTagModule,
    FilesComponent,
    EvaluationPhasePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let e = evaluation();
    <nz-descriptions nzBordered nzSize="small" [nzColumn]="2" data-testid="overview">
      <nz-descriptions-item [nzTitle]="'evaluation.party.bureau' | t">
        {{ e.bureau.name }}
        @if (e.myParty === 'bureau') {
          <nz-tag>{{ 'evaluation.myParty' | t }}</nz-tag>
        }
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'evaluation.party.firm' | t">
        <span data-testid="overview-firm">{{ e.firm.name }}</span>
        @if (e.myParty === 'firm') {
          <nz-tag>{{ 'evaluation.myParty' | t }}</nz-tag>
        }
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'evaluation.party.unit' | t">
        {{ e.unit.name }}
        @if (e.myParty === 'unit') {
          <nz-tag>{{ 'evaluation.myParty' | t }}</nz-tag>
        }
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'evaluation.fiscalYear' | t">{{ e.fiscalYear }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'evaluation.kind' | t">{{ kindLabel() | t }}</nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'evaluation.funds' | t">
        <span data-testid="overview-funds">{{ 'evaluation.fundsValue' | t: { value: e.fundsInScope } }}</span>
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'evaluation.focus' | t" [nzSpan]="2">
        <div class="jx-text">{{ e.focus }}</div>
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'evaluation.requirements' | t" [nzSpan]="2">
        <div class="jx-text">{{ e.requirements }}</div>
      </nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'evaluation.dueDates' | t" [nzSpan]="2">
        <div class="jx-dues">
          @for (due of dues(); track due.phase) {
            <span class="jx-due" [class.jx-overdue]="e.overdue && e.phase === due.phase">
              {{ due.phase | evaluationPhase }}：{{ due.date }}
            </span>
          } @empty {
            <span>{{ 'evaluation.noDue' | t }}</span>
          }
        </div>
      </nz-descriptions-item>
      @if (e.cancelReason) {
        <nz-descriptions-item [nzTitle]="'evaluation.cancelReason' | t" [nzSpan]="2">
          <div class="jx-text">{{ e.cancelReason }}</div>
        </nz-descriptions-item>
      }
    </nz-descriptions>
    <h3 class="jx-section">{{ 'evaluation.file.purpose.engagement_letter' | t }}</h3>
    <jx-evaluation-files
      purpose="engagement_letter"
      [evaluation]="e"
      [canUpload]="e.availableWork.includes('upload_engagement_letter')"
      (uploaded)="changed.emit()"
    />
  `,
  styles: `
    .jx-text {
      white-space: pre-wrap;
    }
    .jx-dues {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 20px;
    }
    .jx-overdue {
      color: #cf1322;
      font-weight: 500;
    }
    .jx-section {
      margin: 20px 0 8px;
      font-size: 15px;
      font-weight: 600;
    }
  `,
})
export class OverviewTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  /** Something changed (a file was uploaded): reload. */
  readonly changed = output<void>();

  protected readonly dues = computed(() => {
    const dueDates = this.evaluation().dueDates;
    return EVALUATION_PHASES.flatMap((phase) => {
      const date = dueDates[phase];
      return date ? [{ phase, date }] : [];
    });
  });
  protected readonly kindLabel = computed(() => `evaluation.kind.${this.evaluation().kind}` as const);
}
