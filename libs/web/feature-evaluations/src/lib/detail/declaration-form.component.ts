import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { EvaluationDetail } from '@jixiao/contracts';
import {
  EvaluationsApiService,
  FieldErrorPipe,
  I18nService,
  TranslatePipe,
  applyServerErrors,
  i18nError,
  toApiError,
  validateForm,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';

/** 回避声明 for the signed-in team member: the standard text prefilled, a confirmation box. */
@Component({
  selector: 'jx-declaration-form',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    FieldErrorPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card class="jx-card" nzSize="small" data-testid="declaration-form" [nzTitle]="'declare.title' | t">
      @if (error(); as message) {
        <nz-alert class="jx-alert" nzType="error" nzShowIcon [nzMessage]="message" />
      }
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
        <nz-form-item>
          <nz-form-label nzFor="declaration-text" nzRequired>{{ 'declare.text' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <textarea
              nz-input
              id="declaration-text"
              rows="4"
              maxlength="4000"
              formControlName="text"
              data-testid="declaration-text"
            ></textarea>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-control [nzErrorTip]="errorTip">
            <!-- eslint-disable-next-line @angular-eslint/template/label-has-associated-control -->
            <label nz-checkbox formControlName="confirmed" data-testid="declaration-confirm">{{
              'declare.confirm' | t
            }}</label>
          </nz-form-control>
        </nz-form-item>
        <button
          nz-button
          nzType="primary"
          type="submit"
          data-testid="declaration-submit"
          [nzLoading]="busy()"
        >
          {{ 'declare.submit' | t }}
        </button>
      </form>
    </nz-card>
    <ng-template #errorTip let-control>{{ control.errors | fieldError }}</ng-template>
  `,
  styles: `
    .jx-card {
      margin-bottom: 16px;
      border-color: #ffd591;
      background: #fffbf3;
    }
    .jx-alert {
      margin-bottom: 8px;
    }
  `,
})
export class DeclarationFormComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  readonly declared = output<EvaluationDetail>();

  private readonly api = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    text: [this.i18n.t('declare.defaultText'), [Validators.required, Validators.maxLength(4000)]],
    confirmed: [
      false,
      (control: { value: boolean }) => (control.value ? null : i18nError('declare.confirmRequired')),
    ],
  });

  async submit(): Promise<void> {
    this.error.set(null);
    if (!validateForm(this.form) || this.busy()) return;
    this.busy.set(true);
    try {
      const value = this.form.getRawValue();
      const updated = await this.api.declare(this.evaluation().id, {
        text: value.text.trim(),
        confirmed: value.confirmed,
      });
      this.message.success(this.i18n.t('declare.done'));
      this.declared.emit(updated);
    } catch (caught) {
      this.error.set(applyServerErrors(this.form, toApiError(caught, this.i18n.locale())));
    } finally {
      this.busy.set(false);
    }
  }
}
