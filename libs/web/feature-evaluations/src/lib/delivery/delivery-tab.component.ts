import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import type { DeliveryView, EvaluationDetail } from '@jixiao/contracts';
import {
  DateTimePipe,
  DeliveryApiService,
  I18nService,
  TranslatePipe,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { FilesComponent } from '../detail/files.component';
import { AmendmentFormComponent } from './amendment-form.component';

/**
 * 出具与验收: the issued report (its hash), the sealed scan (盖章版), acknowledgement, the archive
 * deadline and retention period, and the amendments (更正记录) made after archiving.
 */
@Component({
  selector: 'jx-delivery-tab',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzDescriptionsModule,
    NzIconModule,
    NzTableModule,
    NzTagModule,
    DateTimePipe,
    TranslatePipe,
    FilesComponent,
    AmendmentFormComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (error(); as message) {
      <nz-alert class="jx-alert" nzType="error" nzShowIcon [nzMessage]="message" />
    }
    @if (view(); as v) {
      @if (evaluation().status === 'archived') {
        <nz-alert
          class="jx-alert"
          nzType="info"
          nzShowIcon
          data-testid="archived-notice"
          [nzMessage]="'delivery.archivedNotice' | t"
        />
      }
      <nz-descriptions nzBordered nzSize="small" [nzColumn]="2" data-testid="delivery">
        <nz-descriptions-item [nzTitle]="'delivery.issuedAt' | t">
          <span data-testid="delivery-issued-at">{{ v.issuedAt ? (v.issuedAt | dateTime) : '—' }}</span>
        </nz-descriptions-item>
        <nz-descriptions-item [nzTitle]="'delivery.issuedVersion' | t">
          @if (v.issuedVersion; as version) {
            <span data-testid="delivery-issued-version"
              >#{{ version.seq }} · {{ version.total ?? '—' }} {{ version.grade ?? '' }}</span
            >
            <div class="jx-hash" data-testid="delivery-issued-hash" [title]="'report.col.hash' | t">
              SHA-256 {{ version.contentHash }}
            </div>
          } @else {
            —
          }
        </nz-descriptions-item>
        <nz-descriptions-item [nzTitle]="'delivery.acknowledgedAt' | t">
          <span data-testid="delivery-acknowledged-at">{{
            v.acknowledgedAt ? (v.acknowledgedAt | dateTime) : '—'
          }}</span>
        </nz-descriptions-item>
        <nz-descriptions-item [nzTitle]="'delivery.archiveDue' | t">
          <span data-testid="delivery-archive-due">{{ v.archiveDueDate ?? '—' }}</span>
          @if (v.archiveOverdue) {
            <nz-tag nzColor="red">{{ 'evaluations.overdue' | t }}</nz-tag>
          }
        </nz-descriptions-item>
        <nz-descriptions-item [nzTitle]="'delivery.archivedAt' | t">
          <span data-testid="delivery-archived-at">{{ v.archivedAt ? (v.archivedAt | dateTime) : '—' }}</span>
        </nz-descriptions-item>
        <nz-descriptions-item [nzTitle]="'delivery.retainUntil' | t">
          <span data-testid="delivery-retain-until">{{ v.retainUntil ?? '—' }}</span>
        </nz-descriptions-item>
      </nz-descriptions>

      <h3 class="jx-section">{{ 'evaluation.file.purpose.issued_report' | t }}</h3>
      <jx-evaluation-files
        purpose="issued_report"
        [evaluation]="evaluation()"
        [canUpload]="v.canUploadSealedScan"
        (uploaded)="changed.emit()"
      />

      <div class="jx-section jx-row">
        <h3>{{ 'delivery.amendments' | t }}</h3>
        @if (v.canAmend && !adding()) {
          <button nz-button type="button" data-testid="amendment-add" (click)="adding.set(true)">
            <nz-icon nzType="plus" />{{ 'delivery.amendment.add' | t }}
          </button>
        }
      </div>
      @if (adding()) {
        <jx-amendment-form
          class="jx-form"
          [evaluationId]="evaluation().id"
          (added)="amended()"
          (cancelled)="adding.set(false)"
        />
      }
      <nz-table
        nzSize="small"
        data-testid="amendments"
        [nzData]="v.amendments"
        [nzShowPagination]="false"
        [nzNoResult]="'delivery.noAmendments' | t"
      >
        <thead>
          <tr>
            <th nzWidth="50px">{{ 'report.col.seq' | t }}</th>
            <th>{{ 'delivery.amendment.correction' | t }}</th>
            <th>{{ 'delivery.amendment.reason' | t }}</th>
            <th>{{ 'delivery.amendment.impact' | t }}</th>
            <th nzWidth="200px">{{ 'delivery.amendment.by' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (amendment of v.amendments; track amendment.id) {
            <tr data-testid="amendment-row">
              <td>{{ amendment.seq }}</td>
              <td class="jx-text">{{ amendment.correction }}</td>
              <td class="jx-text">{{ amendment.reason }}</td>
              <td class="jx-text">
                @if (amendment.conclusionsChanged) {
                  <nz-tag nzColor="orange">{{ 'delivery.amendment.conclusionsChange' | t }}</nz-tag>
                }
                {{ amendment.conclusionImpact }}
              </td>
              <td>
                {{ amendment.authorName }}<br />
                <span class="jx-muted"
                  >{{ 'delivery.amendment.approvedBy' | t: { name: amendment.approverName } }} ·
                  {{ amendment.createdAt | dateTime }}</span
                >
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
    }
  `,
  styles: `
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-section {
      margin: 20px 0 8px;
      font-size: 15px;
      font-weight: 600;
    }
    .jx-row {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
    .jx-row h3 {
      margin: 0;
      font-size: 15px;
      font-weight: 600;
    }
    .jx-form {
      display: block;
      margin-bottom: 12px;
    }
    .jx-hash {
      font-family: monospace;
      font-size: 12px;
      color: rgba(0, 0, 0, 0.6);
      word-break: break-all;
    }
    .jx-text {
      white-space: pre-wrap;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
  `,
})
export class DeliveryTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  /** A sealed scan was uploaded: the page reloads the evaluation (its files). */
  readonly changed = output<void>();

  private readonly api = inject(DeliveryApiService);
  private readonly i18n = inject(I18nService);

  protected readonly view = signal<DeliveryView | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly adding = signal(false);

  constructor() {
    effect(() => {
      const evaluation = this.evaluation();
      untracked(() => void this.load(evaluation.id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.view.set(await this.api.view(id));
      this.error.set(null);
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  protected amended(): void {
    this.adding.set(false);
    void this.load(this.evaluation().id);
  }
}
