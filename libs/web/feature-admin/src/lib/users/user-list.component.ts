import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import type { UserRecord } from '@jixiao/contracts';
import { isRole, type Role } from '@jixiao/domain';
import {
  DateTimePipe,
  FieldErrorPipe,
  I18nService,
  RoleLabelPipe,
  SessionService,
  TranslatePipe,
  UsersApiService,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { roleOptions } from './role-options';

@Component({
  selector: 'jx-user-list',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzDividerModule,
    NzFormModule,
    NzIconModule,
    NzModalModule,
    NzPopconfirmModule,
    NzTableModule,
    NzTagModule,
    TranslatePipe,
    RoleLabelPipe,
    DateTimePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-list.component.html',
  styles: `
    .jx-toolbar {
      display: flex;
      justify-content: flex-end;
      margin-bottom: 12px;
    }
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-danger {
      color: #cf1322;
    }
    .jx-busy {
      pointer-events: none;
      opacity: 0.5;
    }
  `,
})
export class UserListComponent implements OnInit {
  private readonly api = inject(UsersApiService);
  private readonly session = inject(SessionService);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  protected readonly users = signal<UserRecord[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly meId = computed(() => this.session.user()?.id ?? null);
  protected readonly options = computed(() => {
    const kind = this.session.user()?.organisation.kind;
    return kind ? roleOptions(kind, this.i18n.locale()) : [];
  });

  protected readonly editing = signal<UserRecord | null>(null);
  protected readonly saving = signal(false);
  protected readonly editError = signal<string | null>(null);
  protected readonly rolesControl = new FormControl<string[]>([], {
    nonNullable: true,
    validators: [
      Validators.required,
      (control) => (control.value?.length ? null : { i18n: 'users.rolesRequired' }),
    ],
  });

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.users.set(await this.api.list());
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected openRoles(user: UserRecord): void {
    this.editError.set(null);
    this.rolesControl.reset([...user.roles]);
    this.editing.set(user);
  }

  protected closeRoles(): void {
    this.editing.set(null);
  }

  async saveRoles(): Promise<void> {
    const user = this.editing();
    if (!user || this.saving()) return;
    this.rolesControl.markAsDirty();
    this.rolesControl.updateValueAndValidity();
    if (this.rolesControl.invalid) return;
    this.saving.set(true);
    this.editError.set(null);
    try {
      const roles = this.rolesControl.value.filter((role): role is Role => isRole(role));
      this.replace(await this.api.updateRoles(user.id, roles));
      this.editing.set(null);
      this.message.success(this.i18n.t('users.rolesSaved'));
    } catch (caught) {
      // LAST_ADMIN, SELF_ACTION, CONFLICT, ROLE_NOT_ALLOWED: the API's message says what went wrong.
      this.editError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.saving.set(false);
    }
  }

  async setEnabled(user: UserRecord, enabled: boolean): Promise<void> {
    this.busyId.set(user.id);
    try {
      this.replace(enabled ? await this.api.enable(user.id) : await this.api.disable(user.id));
      this.message.success(this.i18n.t(enabled ? 'users.enabled' : 'users.disabled'));
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.busyId.set(null);
    }
  }

  private replace(updated: UserRecord): void {
    this.users.update((users) => users.map((user) => (user.id === updated.id ? updated : user)));
  }
}
