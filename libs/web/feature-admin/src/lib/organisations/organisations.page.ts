import { DOCUMENT } from '@angular/common';
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
import type { CreatedOrganisation, Organisation } from '@jixiao/contracts';
import { ONBOARDABLE_KINDS, normaliseCreditCode, type OnboardableKind } from '@jixiao/domain';
import {
  DateTimePipe,
  FieldErrorPipe,
  I18nService,
  KindLabelPipe,
  OrganisationsApiService,
  TranslatePipe,
  applyServerErrors,
  toApiError,
  validateForm,
} from '@jixiao/web-data-access';
import { InvitationLinkComponent } from '@jixiao/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { creditCodeValidator, phoneValidator } from './organisation-validators';

type DrawerMode = { mode: 'create' } | { mode: 'edit'; organisation: Organisation };

/** /admin/organisations (platform operator): onboard bureaus, firms and units; edit, disable and enable them. */
@Component({
  selector: 'jx-organisations-page',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDrawerModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzPopconfirmModule,
    NzRadioModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    InvitationLinkComponent,
    TranslatePipe,
    KindLabelPipe,
    DateTimePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The drawer closes on Esc wherever the focus is (ng-zorro's own handler needs focus inside it).
  host: { '(document:keydown.escape)': 'closeOnEscape()' },
  templateUrl: './organisations.page.html',
  styles: `
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-mono {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
  `,
})
export class OrganisationsPage implements OnInit {
  private readonly document = inject(DOCUMENT);
  private readonly api = inject(OrganisationsApiService);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  /** Query parameter `?create=1` (home quick link) opens the drawer. */
  readonly create = input<string>();

  protected readonly kinds = ONBOARDABLE_KINDS;
  protected readonly organisations = signal<Organisation[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly drawer = signal<DrawerMode | null>(null);
  protected readonly saving = signal(false);
  protected readonly formError = signal<string | null>(null);
  protected readonly created = signal<CreatedOrganisation | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['bureau' as OnboardableKind, Validators.required],
    name: ['', [Validators.required, Validators.maxLength(200)]],
    region: ['', [Validators.required, Validators.maxLength(100)]],
    creditCode: ['', [Validators.required, creditCodeValidator]],
    contactName: ['', [Validators.required, Validators.maxLength(100)]],
    contactPhone: ['', [Validators.required, phoneValidator]],
    adminEmail: ['', [Validators.required, Validators.email]],
    /** Required for a unit (checked on save): the finance bureau it belongs to. */
    parentBureauId: [''],
  });

  private readonly kindValue = toSignal(this.form.controls.kind.valueChanges, {
    initialValue: this.form.controls.kind.value,
  });
  /** A unit is onboarded under one of the active bureaus. */
  protected readonly needsBureau = computed(
    () => this.kindValue() === 'unit' && this.drawer()?.mode === 'create',
  );
  protected readonly bureaus = computed(() =>
    this.organisations().filter(
      (organisation) => organisation.kind === 'bureau' && organisation.status === 'active',
    ),
  );
  protected readonly bureauNames = computed(
    () => new Map(this.organisations().map((organisation) => [organisation.id, organisation.name])),
  );

  ngOnInit(): void {
    void this.load();
    if (this.create() === '1') this.openCreate();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.organisations.set(await this.api.list());
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  /** Disable (users lose access at once) or enable an organisation. */
  async setStatus(organisation: Organisation, status: 'active' | 'disabled'): Promise<void> {
    try {
      const updated = await this.api.setStatus(organisation.id, status);
      this.organisations.update((list) => list.map((item) => (item.id === updated.id ? updated : item)));
      this.message.success(this.i18n.t(status === 'disabled' ? 'orgs.disabled' : 'orgs.enabled'));
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    }
  }

  openCreate(): void {
    this.formError.set(null);
    this.form.reset();
    this.form.controls.kind.enable();
    this.form.controls.creditCode.enable();
    this.form.controls.adminEmail.enable();
    this.drawer.set({ mode: 'create' });
  }

  openEdit(organisation: Organisation): void {
    this.formError.set(null);
    this.form.reset({
      kind: organisation.kind === 'platform' ? 'bureau' : organisation.kind,
      name: organisation.name,
      region: organisation.region,
      creditCode: organisation.creditCode,
      contactName: organisation.contactName,
      contactPhone: organisation.contactPhone,
      adminEmail: '',
    });
    // Kind and credit code are fixed after onboarding; the admin is invited separately.
    this.form.controls.kind.disable();
    this.form.controls.creditCode.disable();
    this.form.controls.adminEmail.disable();
    this.drawer.set({ mode: 'edit', organisation });
  }

  protected closeOnEscape(): void {
    // Not while a popconfirm or dialog shown above the drawer has the Esc.
    const above = [...this.document.querySelectorAll('.ant-popover, .ant-modal-wrap')].some(
      (element) => element.getClientRects().length > 0,
    );
    if (this.drawer() !== null && !above) this.closeDrawer();
  }

  protected closeDrawer(): void {
    this.drawer.set(null);
  }

  protected normaliseCode(): void {
    const control = this.form.controls.creditCode;
    const normalised = normaliseCreditCode(control.value);
    if (normalised !== control.value) control.setValue(normalised);
  }

  /** The bureau is required only when a unit is onboarded. */
  private checkBureau(): boolean {
    const control = this.form.controls.parentBureauId;
    if (!this.needsBureau() || control.value) {
      if (control.hasError('required')) control.setErrors(null);
      return true;
    }
    control.setErrors({ required: true });
    control.markAsDirty();
    control.markAsTouched();
    return false;
  }

  async save(): Promise<void> {
    const drawer = this.drawer();
    this.formError.set(null);
    const bureauChosen = this.checkBureau();
    if (!drawer || !validateForm(this.form) || !bureauChosen || this.saving()) return;
    this.saving.set(true);
    const value = this.form.getRawValue();
    try {
      if (drawer.mode === 'create') {
        const created = await this.api.create({
          kind: value.kind,
          name: value.name.trim(),
          region: value.region.trim(),
          creditCode: normaliseCreditCode(value.creditCode),
          contactName: value.contactName.trim(),
          contactPhone: value.contactPhone.trim(),
          adminEmail: value.adminEmail.trim(),
          ...(value.kind === 'unit' ? { parentBureauId: value.parentBureauId } : {}),
        });
        this.organisations.update((list) => [created.organisation, ...list]);
        this.drawer.set(null);
        this.created.set(created);
        this.message.success(this.i18n.t('orgs.created'));
      } else {
        const updated = await this.api.update(drawer.organisation.id, {
          name: value.name.trim(),
          region: value.region.trim(),
          contactName: value.contactName.trim(),
          contactPhone: value.contactPhone.trim(),
        });
        this.organisations.update((list) => list.map((item) => (item.id === updated.id ? updated : item)));
        this.drawer.set(null);
        this.message.success(this.i18n.t('orgs.updated'));
      }
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.formError.set(
        applyServerErrors(this.form, error, {
          CREDIT_CODE_TAKEN: 'creditCode',
          CREDIT_CODE_INVALID: 'creditCode',
          EMAIL_TAKEN: 'adminEmail',
        }),
      );
    } finally {
      this.saving.set(false);
    }
  }

  protected closeLink(): void {
    this.created.set(null);
  }
}
