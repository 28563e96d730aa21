import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { EvaluationDetail } from '@jixiao/contracts';
import { EvaluationPhasePipe, TranslatePipe } from '@jixiao/web-data-access';
import { NzStepsModule } from 'ng-zorro-antd/steps';
import { currentStepIndex, phaseSteps } from '../model/phase-steps';

/**
 * The lifecycle as a stepper: current phase, due dates, the overdue phase in red. Titles and due dates
 * stand under the step icons: beside them, eight steps with their dates left the connectors no room at
 * 1366×768 (in English the connectors shrank to dashes).
 */
@Component({
  selector: 'jx-phase-steps',
  imports: [NzStepsModule, EvaluationPhasePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-steps nzSize="small" nzLabelPlacement="vertical" data-testid="phase-steps" [nzCurrent]="current()">
      @for (step of steps(); track step.phase) {
        <nz-step
          [nzTitle]="step.phase | evaluationPhase"
          [nzStatus]="step.state"
          [nzDescription]="description"
          [attr.data-testid]="'phase-' + step.phase"
          [attr.data-state]="step.state"
        >
        </nz-step>
        <ng-template #description>
          @if (step.dueDate) {
            <span [class.jx-overdue]="step.overdue">{{ 'evaluation.due' | t: { date: step.dueDate } }}</span>
            @if (step.overdue) {
              <div class="jx-overdue" data-testid="phase-overdue">{{ 'evaluations.overdue' | t }}</div>
            }
          }
        </ng-template>
      }
    </nz-steps>
  `,
  styles: `
    .jx-overdue {
      color: #cf1322;
      font-weight: 500;
    }
    :host ::ng-deep .ant-steps-item-description {
      font-size: 12px;
      white-space: nowrap;
    }
    /* antd's 45% grey for descriptions and phases to come is below 4.5:1 on white (found by issue 9's check). */
    :host
      ::ng-deep
      .ant-steps
      .ant-steps-item
      > .ant-steps-item-container
      > .ant-steps-item-content
      > .ant-steps-item-description,
    :host
      ::ng-deep
      .ant-steps
      .ant-steps-item-wait
      > .ant-steps-item-container
      > .ant-steps-item-content
      > .ant-steps-item-title {
      color: rgba(0, 0, 0, 0.6);
    }
    :host ::ng-deep .ant-steps .ant-steps-item-wait .ant-steps-item-icon {
      border-color: rgba(0, 0, 0, 0.6);
    }
    :host ::ng-deep .ant-steps .ant-steps-item-wait .ant-steps-item-icon > .ant-steps-icon {
      color: rgba(0, 0, 0, 0.6);
    }
  `,
})
export class PhaseStepsComponent {
  readonly evaluation = input.required<EvaluationDetail>();

  protected readonly steps = computed(() => {
    const evaluation = this.evaluation();
    return phaseSteps(evaluation.status, evaluation.dueDates, evaluation.overdue, evaluation.history);
  });
  protected readonly current = computed(() =>
    Math.min(currentStepIndex(this.steps()), this.steps().length - 1),
  );
}
