import { ChangeDetectionStrategy, Component, inject, input, signal, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import {
  FieldErrorPipe,
  I18nService,
  SessionService,
  TranslatePipe,
  applyServerErrors,
  toApiError,
  validateForm,
} from '@jixiao/web-data-access';
import { LangSwitchComponent } from '@jixiao/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';

/** Only same-site paths are followed after sign-in. */
export function safeReturnUrl(value: string | undefined | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login')
    ? value
    : '/';
}

@Component({
  selector: 'jx-login-page',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    LangSwitchComponent,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './login.page.html',
  styleUrl: './auth-frame.css',
})
export class LoginPage implements OnInit {
  private readonly session = inject(SessionService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** Query parameters (component input binding). */
  readonly returnUrl = input<string>();
  readonly email = input<string>();
  readonly activated = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    const email = this.email();
    if (email) this.form.controls.email.setValue(email);
  }

  async submit(): Promise<void> {
    this.error.set(null);
    if (!validateForm(this.form) || this.submitting()) return;
    this.submitting.set(true);
    try {
      const { email, password } = this.form.getRawValue();
      await this.session.login({ email: email.trim(), password });
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.error.set(applyServerErrors(this.form, error) ?? error.message);
    } finally {
      this.submitting.set(false);
    }
  }
}
