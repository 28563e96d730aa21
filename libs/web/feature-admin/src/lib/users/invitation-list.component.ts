import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  type OnInit,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { CreatedInvitation, InvitationRecord } from '@jixiao/contracts';
import { isRole } from '@jixiao/domain';
import {
  DateTimePipe,
  FieldErrorPipe,
  I18nService,
  RoleLabelPipe,
  SessionService,
  TranslatePipe,
  UsersApiService,
  applyServerErrors,
  i18nError,
  toApiError,
  validateForm,
  type TranslationKey,
} from '@jixiao/web-data-access';
import { InvitationLinkComponent } from '@jixiao/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { roleOptions } from './role-options';

const STATUS: Record<InvitationRecord['status'], { label: TranslationKey; color: string }> = {
  pending: { label: 'invitations.status.pending', color: 'processing' },
  accepted: { label: 'invitations.status.accepted', color: 'success' },
  revoked: { label: 'invitations.status.revoked', color: 'default' },
  expired: { label: 'invitations.status.expired', color: 'warning' },
};

@Component({
  selector: 'jx-invitation-list',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzPopconfirmModule,
    NzTableModule,
    NzTagModule,
    InvitationLinkComponent,
    TranslatePipe,
    RoleLabelPipe,
    DateTimePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './invitation-list.component.html',
  styles: `
    .jx-toolbar {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      margin-bottom: 12px;
    }
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-danger {
      color: #cf1322;
    }
  `,
})
export class InvitationListComponent implements OnInit {
  private readonly api = inject(UsersApiService);
  private readonly session = inject(SessionService);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  /** Open the invite dialog right away (home quick link). */
  readonly openOnStart = input(false);
  /** Incremented by the page's invite button: each change opens the dialog. */
  readonly inviteRequests = input(0);

  constructor() {
    effect(() => {
      if (this.inviteRequests() > 0) untracked(() => this.openInvite());
    });
  }

  protected readonly status = STATUS;
  protected readonly invitations = signal<InvitationRecord[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly options = computed(() => {
    const kind = this.session.user()?.organisation.kind;
    return kind ? roleOptions(kind, this.i18n.locale()) : [];
  });

  protected readonly inviting = signal(false);
  protected readonly sending = signal(false);
  protected readonly inviteError = signal<string | null>(null);
  protected readonly created = signal<CreatedInvitation | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    roles: [
      [] as string[],
      [
        (control: { value: string[] | null }) =>
          control.value?.length ? null : i18nError('users.rolesRequired'),
      ],
    ],
  });

  ngOnInit(): void {
    void this.load();
    if (this.openOnStart()) this.openInvite();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.invitations.set(await this.api.listInvitations());
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  openInvite(): void {
    this.inviteError.set(null);
    this.form.reset({ email: '', roles: [] });
    this.inviting.set(true);
  }

  protected closeInvite(): void {
    this.inviting.set(false);
  }

  async sendInvite(): Promise<void> {
    this.inviteError.set(null);
    if (!validateForm(this.form) || this.sending()) return;
    this.sending.set(true);
    try {
      const { email, roles } = this.form.getRawValue();
      const created = await this.api.invite({ email: email.trim(), roles: roles.filter(isRole) });
      this.inviting.set(false);
      this.created.set(created);
      this.invitations.update((list) => [created.invitation, ...list]);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.inviteError.set(applyServerErrors(this.form, error, { EMAIL_TAKEN: 'email' }));
    } finally {
      this.sending.set(false);
    }
  }

  protected closeLink(): void {
    this.created.set(null);
  }

  async revoke(invitation: InvitationRecord): Promise<void> {
    try {
      await this.api.revokeInvitation(invitation.id);
      this.invitations.update((list) =>
        list.map((item) => (item.id === invitation.id ? { ...item, status: 'revoked' as const } : item)),
      );
      this.message.success(this.i18n.t('invitations.revoked'));
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    }
  }
}
