import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { PasswordContext } from '@jixiao/domain';
import {
  AuthApiService,
  FieldErrorPipe,
  I18nService,
  SessionService,
  TranslatePipe,
  applyServerErrors,
  toApiError,
  validateForm,
} from '@jixiao/web-data-access';
import { PasswordHintsComponent } from '@jixiao/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { matchingPasswords, passwordPolicy } from './password-validators';

@Component({
  selector: 'jx-change-password-page',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    PasswordHintsComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './change-password.page.html',
  styles: `
    .jx-card {
      max-width: 520px;
    }
    .jx-alert {
      margin-bottom: 16px;
    }
  `,
})
export class ChangePasswordPage {
  private readonly api = inject(AuthApiService);
  private readonly session = inject(SessionService);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  protected readonly context = computed<PasswordContext>(() => {
    const user = this.session.user();
    return { email: user?.email, displayName: user?.displayName, organisationName: user?.organisation.name };
  });
  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      currentPassword: ['', Validators.required],
      newPassword: ['', [Validators.required, passwordPolicy(() => this.context())]],
      confirmPassword: ['', Validators.required],
    },
    { validators: matchingPasswords('newPassword', 'confirmPassword') },
  );
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly newPassword = computed(() => this.values().newPassword ?? '');
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  async submit(): Promise<void> {
    this.error.set(null);
    if (!validateForm(this.form) || this.submitting()) return;
    this.submitting.set(true);
    try {
      const { currentPassword, newPassword } = this.form.getRawValue();
      await this.api.changePassword({ currentPassword, newPassword });
      this.form.reset();
      this.message.success(this.i18n.t('password.changed'));
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.error.set(applyServerErrors(this.form, error, { AUTH_WRONG_PASSWORD: 'currentPassword' }));
    } finally {
      this.submitting.set(false);
    }
  }
}
