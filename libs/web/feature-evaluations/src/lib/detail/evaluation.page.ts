import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { EvaluationDetail } from '@jixiao/contracts';
import {
  EvaluationStatusPipe,
  EvaluationsApiService,
  I18nService,
  TranslatePipe,
  statusColor,
  toApiError,
} from '@jixiao/web-data-access';
import type { HasUnsavedChanges } from '@jixiao/web-feature-frameworks';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { ActionBarComponent } from './action-bar.component';
import { FrameworkTabComponent } from './framework-tab.component';
import { HistoryTabComponent } from './history-tab.component';
import { OverviewTabComponent } from './overview-tab.component';
import { PhaseStepsComponent } from './phase-steps.component';
import { PlanTabComponent } from './plan-tab.component';
import { TeamTabComponent } from './team-tab.component';
// Request list (资料清单)
import { FieldworkChecklistComponent } from './fieldwork-checklist.component';
import { RequestsTabComponent } from '../requests/requests-tab.component';
// Fieldwork: fiscal figures and the scoring workbench (issue 9)
import { showsFigures, showsWorkbench } from '../figures/fieldwork-tabs';
import { FiguresTabComponent } from '../figures/figures-tab.component';
import { WorkbenchTabComponent } from '../workbench/workbench-tab.component';
// Fieldwork: work papers (工作底稿)
import { PapersTabComponent } from '../papers/papers-tab.component';
// The report (评价报告, issue 10)
import { ReportTabComponent } from '../report/report-tab.component';
import { showsReport } from '../report/report-slots';
// Delivery: issue, acknowledge, archive, amendments (出具, 验收, 归档, issue 11)
import { ArchiveDeadlineComponent } from '../delivery/archive-deadline.component';
import { DeliveryTabComponent } from '../delivery/delivery-tab.component';
import { showsDelivery } from '../delivery/delivery-phase';
// Three-level review (三级复核, issue 11)
import { showsReview } from '../review/review-levels';
import { ReviewTabComponent } from '../review/review-tab.component';
// The archive package (归档包, issue 11)
import { ArchiveTabComponent } from '../archive/archive-tab.component';
import { showsArchive } from '../archive/archive-tab';
// Feedback (征求意见, issue 11)
import { FeedbackTabComponent } from '../feedback/feedback-tab.component';
import { showsFeedback } from '../feedback/feedback-labels';

/** /evaluations/:id — one evaluation as its three parties see it, with the actions this user may take now. */
@Component({
  selector: 'jx-evaluation-page',
  imports: [
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzSpinModule,
    NzTabsModule,
    NzTagModule,
    ActionBarComponent,
    FrameworkTabComponent,
    HistoryTabComponent,
    OverviewTabComponent,
    PhaseStepsComponent,
    PlanTabComponent,
    TeamTabComponent,
    RequestsTabComponent,
    FieldworkChecklistComponent,
    FiguresTabComponent,
    WorkbenchTabComponent,
    // Fieldwork: work papers (工作底稿)
    PapersTabComponent,
    // The report (评价报告, issue 10)
    ReportTabComponent,
    // Delivery (出具, 验收, 归档, issue 11)
    ArchiveDeadlineComponent,
    DeliveryTabComponent,
    // Three-level review (三级复核, issue 11)
    ReviewTabComponent,
    // The archive package (归档包, issue 11)
    ArchiveTabComponent,
    // Feedback (征求意见, issue 11)
    FeedbackTabComponent,
    EvaluationStatusPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evaluation.page.html',
  styles: `
    .jx-header {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 16px;
      margin-bottom: 12px;
    }
    .jx-title {
      display: flex;
      align-items: center;
      gap: 8px;
      min-width: 0;
    }
    .jx-title h2 {
      margin: 0;
      font-size: 20px;
      font-weight: 600;
    }
    .jx-parties {
      margin-top: 4px;
      color: rgba(0, 0, 0, 0.55);
      font-size: 13px;
    }
    .jx-parties span + span::before {
      content: ' · ';
    }
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-steps {
      margin-bottom: 16px;
    }
    .jx-checklist:not(:empty) {
      display: block;
      margin-bottom: 16px;
    }
    :host ::ng-deep .jx-steps > .ant-card-body {
      padding: 16px 16px 8px;
      overflow-x: auto;
    }
  `,
})
export class EvaluationPage implements HasUnsavedChanges {
  /** Route parameter. */
  readonly id = input.required<string>();

  private readonly api = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);

  protected readonly evaluation = signal<EvaluationDetail | null>(null);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly tab = signal(0);
  protected readonly statusColor = statusColor;
  protected readonly showsFigures = showsFigures;
  protected readonly showsWorkbench = showsWorkbench;
  protected readonly showsReport = showsReport;
  // Delivery (出具, 验收, 归档, issue 11)
  protected readonly showsDelivery = showsDelivery;
  // Three-level review (三级复核, issue 11)
  protected readonly showsReview = showsReview;
  // The archive package (归档包, issue 11)
  protected readonly showsArchive = showsArchive;
  // Feedback (征求意见, issue 11)
  protected readonly showsFeedback = showsFeedback;
  private readonly frameworkTab = viewChild(FrameworkTabComponent);

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  /** Unsaved edits of the adopted indicator system (the route asks before leaving). */
  hasUnsavedChanges(): boolean {
    return this.frameworkTab()?.hasUnsavedChanges() ?? false;
  }

  async load(id = this.id()): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.evaluation.set(await this.api.get(id));
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected update(detail: EvaluationDetail): void {
    this.evaluation.set(detail);
  }

  protected reload(): void {
    void this.load();
  }
}
