import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { RosterFirm } from '@jixiao/contracts';
import { normaliseCreditCode } from '@jixiao/domain';
import {
  DateTimePipe,
  FieldErrorPipe,
  I18nService,
  RosterApiService,
  TranslatePipe,
  applyServerErrors,
  toApiError,
  validateForm,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';

/** /roster — 第三方机构库 (bureau admins): the firms the bureau may commission; add by credit code, suspend, restore. */
@Component({
  selector: 'jx-roster-page',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzTableModule,
    NzTagModule,
    DateTimePipe,
    FieldErrorPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './roster.page.html',
  styles: `
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-add {
      margin-bottom: 16px;
    }
    .jx-code {
      width: 280px;
    }
    .jx-mono {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    }
  `,
})
export class RosterPage implements OnInit {
  private readonly api = inject(RosterApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly firms = signal<RosterFirm[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly adding = signal(false);
  protected readonly addError = signal<string | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    creditCode: ['', [Validators.required, Validators.maxLength(20)]],
  });

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.firms.set(await this.api.list());
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  async add(): Promise<void> {
    this.addError.set(null);
    if (!validateForm(this.form) || this.adding()) return;
    this.adding.set(true);
    try {
      const firm = await this.api.add({
        creditCode: normaliseCreditCode(this.form.controls.creditCode.value),
      });
      this.firms.update((firms) => [firm, ...firms.filter((item) => item.firmId !== firm.firmId)]);
      this.form.reset();
      this.message.success(this.i18n.t('roster.added', { name: firm.name }));
    } catch (caught) {
      this.addError.set(
        applyServerErrors(this.form, toApiError(caught, this.i18n.locale()), {
          ROSTER_FIRM_UNKNOWN: 'creditCode',
          ROSTER_FIRM_EXISTS: 'creditCode',
          CREDIT_CODE_INVALID: 'creditCode',
        }),
      );
    } finally {
      this.adding.set(false);
    }
  }

  async setStatus(firm: RosterFirm, status: RosterFirm['status']): Promise<void> {
    this.busyId.set(firm.firmId);
    try {
      const updated =
        status === 'suspended' ? await this.api.suspend(firm.firmId) : await this.api.restore(firm.firmId);
      this.firms.update((firms) => firms.map((item) => (item.firmId === updated.firmId ? updated : item)));
      this.message.success(this.i18n.t(status === 'suspended' ? 'roster.suspended' : 'roster.restored'));
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.busyId.set(null);
    }
  }
}
