import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import type { InvitationPreview } from '@jixiao/contracts';
import type { PasswordContext } from '@jixiao/domain';
import {
  DateTimePipe,
  FieldErrorPipe,
  I18nService,
  KindLabelPipe,
  RoleLabelPipe,
  TranslatePipe,
  applyServerErrors,
  toApiError,
  validateForm,
} from '@jixiao/web-data-access';
import { LangSwitchComponent, PasswordHintsComponent } from '@jixiao/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { AuthApiService } from '@jixiao/web-data-access';
import { matchingPasswords, passwordPolicy } from './password-validators';

@Component({
  selector: 'jx-accept-invitation-page',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDescriptionsModule,
    NzFormModule,
    NzInputModule,
    NzResultModule,
    NzSpinModule,
    NzTagModule,
    LangSwitchComponent,
    PasswordHintsComponent,
    TranslatePipe,
    FieldErrorPipe,
    RoleLabelPipe,
    KindLabelPipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './accept-invitation.page.html',
  styleUrl: './auth-frame.css',
})
export class AcceptInvitationPage implements OnInit {
  private readonly api = inject(AuthApiService);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** Route parameter `:token`. */
  readonly token = input.required<string>();

  protected readonly preview = signal<InvitationPreview | null>(null);
  protected readonly loading = signal(true);
  protected readonly loadError = signal<string | null>(null);
  protected readonly submitting = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly done = signal(false);

  protected readonly form = inject(NonNullableFormBuilder).group(
    {
      displayName: ['', [Validators.required, Validators.maxLength(100)]],
      password: ['', [Validators.required, passwordPolicy(() => this.policyContext())]],
      confirmPassword: ['', Validators.required],
    },
    { validators: matchingPasswords('password', 'confirmPassword') },
  );
  private readonly values = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly password = computed(() => this.values().password ?? '');
  protected readonly context = computed<PasswordContext>(() => ({
    email: this.preview()?.email,
    displayName: this.values().displayName,
    organisationName: this.preview()?.organisation.name,
  }));

  ngOnInit(): void {
    void this.load();
  }

  async submit(): Promise<void> {
    this.error.set(null);
    if (!validateForm(this.form) || this.submitting()) return;
    this.submitting.set(true);
    try {
      const { displayName, password } = this.form.getRawValue();
      await this.api.acceptInvitation({ token: this.token(), displayName: displayName.trim(), password });
      this.done.set(true);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.error.set(applyServerErrors(this.form, error));
    } finally {
      this.submitting.set(false);
    }
  }

  protected goToLogin(): void {
    void this.router.navigate(['/login'], { queryParams: { email: this.preview()?.email, activated: 1 } });
  }

  private async load(): Promise<void> {
    try {
      this.preview.set(await this.api.previewInvitation(this.token()));
      this.form.controls.password.updateValueAndValidity();
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  private policyContext(): PasswordContext {
    const preview = this.preview();
    return {
      email: preview?.email,
      displayName: this.form.controls.displayName.value,
      organisationName: preview?.organisation.name,
    };
  }
}
