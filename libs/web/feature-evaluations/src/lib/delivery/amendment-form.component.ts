import {
  ChangeDetectionStrategy,
  Component,
  inject,
  input,
  output,
  signal,
  type OnInit,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { Amendment, AmendmentApprover } from '@jixiao/contracts';
import {
  DeliveryApiService,
  FieldErrorPipe,
  I18nService,
  TranslatePipe,
  applyServerErrors,
  toApiError,
  validateForm,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';

/** 添加更正记录: what is corrected, why, the effect on the conclusions, and the approving reviewer. */
@Component({
  selector: 'jx-amendment-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    FieldErrorPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card nzSize="small" data-testid="amendment-form" [nzTitle]="'delivery.amendment.add' | t">
      <p class="jx-muted">{{ 'delivery.amendment.hint' | t }}</p>
      @if (error(); as message) {
        <nz-alert
          class="jx-alert"
          nzType="error"
          nzShowIcon
          data-testid="amendment-error"
          [nzMessage]="message"
        />
      }
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <nz-form-item>
          <nz-form-label nzFor="amendment-correction" nzRequired>{{
            'delivery.amendment.correction' | t
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <textarea
              nz-input
              id="amendment-correction"
              rows="3"
              maxlength="5000"
              formControlName="correction"
              data-testid="amendment-correction"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="amendment-reason" nzRequired>{{
            'delivery.amendment.reason' | t
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <textarea
              nz-input
              id="amendment-reason"
              rows="2"
              maxlength="2000"
              formControlName="reason"
              data-testid="amendment-reason"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="amendment-impact" nzRequired>{{
            'delivery.amendment.impact' | t
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <textarea
              nz-input
              id="amendment-impact"
              rows="2"
              maxlength="2000"
              formControlName="conclusionImpact"
              data-testid="amendment-impact"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="amendment-changed">{{ 'delivery.amendment.changed' | t }}</nz-form-label>
          <nz-form-control>
            <nz-radio-group
              id="amendment-changed"
              formControlName="conclusionsChanged"
              data-testid="amendment-changed"
              [attr.aria-label]="'delivery.amendment.changed' | t"
            >
              <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
              <label nz-radio [nzValue]="false">{{ 'delivery.amendment.unchanged' | t }}</label>
              <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
              <label nz-radio [nzValue]="true">{{ 'delivery.amendment.conclusionsChange' | t }}</label>
            </nz-radio-group>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="amendment-approver" nzRequired>{{
            'delivery.amendment.approver' | t
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-select
              nzId="amendment-approver"
              formControlName="approverUserId"
              data-testid="amendment-approver"
              [nzPlaceHolder]="'delivery.amendment.approverHint' | t"
              [nzNotFoundContent]="'delivery.amendment.noApprovers' | t"
            >
              @for (approver of approvers(); track approver.userId) {
                <nz-option [nzValue]="approver.userId" [nzLabel]="approver.displayName" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <div class="jx-actions">
          <button nz-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | t }}</button>
          <button
            nz-button
            nzType="primary"
            type="submit"
            data-testid="amendment-submit"
            [nzLoading]="busy()"
          >
            {{ 'delivery.amendment.submit' | t }}
          </button>
        </div>
      </form>
    </nz-card>
    <ng-template #errorTip let-control>{{ control.errors | fieldError }}</ng-template>
  `,
  styles: `
    .jx-alert {
      margin-bottom: 8px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class AmendmentFormComponent implements OnInit {
  readonly evaluationId = input.required<string>();
  readonly added = output<Amendment>();
  readonly cancelled = output<void>();

  private readonly api = inject(DeliveryApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly approvers = signal<AmendmentApprover[]>([]);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    correction: ['', [Validators.required, Validators.maxLength(5000)]],
    reason: ['', [Validators.required, Validators.maxLength(2000)]],
    conclusionImpact: ['', [Validators.required, Validators.maxLength(2000)]],
    conclusionsChanged: [false],
    approverUserId: ['', [Validators.required]],
  });

  ngOnInit(): void {
    void this.loadApprovers();
  }

  private async loadApprovers(): Promise<void> {
    try {
      this.approvers.set(await this.api.approvers(this.evaluationId()));
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  async submit(): Promise<void> {
    this.error.set(null);
    if (!validateForm(this.form) || this.busy()) return;
    this.busy.set(true);
    try {
      const value = this.form.getRawValue();
      const amendment = await this.api.addAmendment(this.evaluationId(), {
        correction: value.correction.trim(),
        reason: value.reason.trim(),
        conclusionImpact: value.conclusionImpact.trim(),
        conclusionsChanged: value.conclusionsChanged,
        approverUserId: value.approverUserId,
      });
      this.message.success(this.i18n.t('delivery.amendment.added'));
      this.added.emit(amendment);
    } catch (caught) {
      this.error.set(applyServerErrors(this.form, toApiError(caught, this.i18n.locale())));
    } finally {
      this.busy.set(false);
    }
  }
}
