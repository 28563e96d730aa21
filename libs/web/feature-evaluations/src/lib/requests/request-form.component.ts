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
import { FormsModule } from '@angular/forms';
import type { RequestItem, RequestItemFields } from '@jixiao/contracts';
import { I18nService, RequestsApiService, TranslatePipe, toApiError } from '@jixiao/web-data-access';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';

const EMPTY: RequestItemFields = { title: '', reason: '', indicatorIds: [], dueDate: null, required: true };

/** Adds or edits one item (what, why, indicators, due date, required) in a modal. */
@Component({
  selector: 'jx-request-form',
  imports: [
    FormsModule,
    NzCheckboxModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="(editing() ? 'requests.form.editTitle' : 'requests.form.createTitle') | t"
      [nzOkText]="'common.save' | t"
      [nzOkLoading]="busy()"
      [nzCancelText]="'common.cancel' | t"
      (nzOnOk)="save()"
      (nzOnCancel)="closed.emit()"
    >
      <ng-container *nzModalContent>
        <form nz-form nzLayout="vertical" data-testid="request-form" (ngSubmit)="save()">
          <nz-form-item>
            <nz-form-label nzFor="request-title" nzRequired>{{ 'requests.form.title' | t }}</nz-form-label>
            <nz-form-control
              [nzValidateStatus]="errors()['title'] ? 'error' : ''"
              [nzErrorTip]="errors()['title']"
            >
              <input
                id="request-title"
                name="title"
                nz-input
                maxlength="200"
                data-testid="request-title"
                [ngModel]="fields().title"
                (ngModelChange)="patch({ title: $event })"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="request-reason-text">{{ 'requests.form.reason' | t }}</nz-form-label>
            <nz-form-control
              [nzValidateStatus]="errors()['reason'] ? 'error' : ''"
              [nzErrorTip]="errors()['reason']"
            >
              <textarea
                id="request-reason-text"
                name="reason"
                nz-input
                rows="2"
                maxlength="2000"
                [attr.aria-label]="'requests.form.reason' | t"
                [ngModel]="fields().reason"
                (ngModelChange)="patch({ reason: $event })"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="request-indicators">{{ 'requests.form.indicators' | t }}</nz-form-label>
            <nz-form-control
              [nzValidateStatus]="errors()['indicatorIds'] ? 'error' : ''"
              [nzErrorTip]="errors()['indicatorIds']"
            >
              <nz-select
                nzId="request-indicators"
                name="indicators"
                nzMode="multiple"
                nzShowSearch
                [nzOptions]="indicatorOptions()"
                [ngModel]="fields().indicatorIds"
                (ngModelChange)="patch({ indicatorIds: $event })"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="request-due">{{ 'requests.form.dueDate' | t }}</nz-form-label>
            <nz-form-control
              [nzValidateStatus]="errors()['dueDate'] ? 'error' : ''"
              [nzErrorTip]="errors()['dueDate']"
            >
              <input
                id="request-due"
                name="dueDate"
                type="date"
                nz-input
                data-testid="request-due"
                [ngModel]="fields().dueDate ?? ''"
                (ngModelChange)="patch({ dueDate: $event || null })"
              />
            </nz-form-control>
          </nz-form-item>
          <label
            nz-checkbox
            for="request-required"
            name="required"
            [nzId]="'request-required'"
            [ngModel]="fields().required"
            (ngModelChange)="patch({ required: $event })"
            >{{ 'requests.form.required' | t }}</label
          >
          @if (error(); as message) {
            <div class="jx-error" role="alert">{{ message }}</div>
          }
        </form>
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .jx-error {
      color: #cf1322;
      margin-top: 8px;
    }
  `,
})
export class RequestFormComponent {
  readonly evaluationId = input.required<string>();
  /** The item to edit; null to add one. */
  readonly editing = input<RequestItem | null>(null);
  readonly indicators = input<{ id: string; name: string }[]>([]);
  readonly saved = output<RequestItem>();
  readonly closed = output<void>();

  private readonly api = inject(RequestsApiService);
  private readonly i18n = inject(I18nService);
  protected readonly fields = signal<RequestItemFields>(EMPTY);
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly indicatorOptions = () =>
    this.indicators().map((indicator) => ({
      label: `${indicator.id} ${indicator.name}`,
      value: indicator.id,
    }));

  constructor() {
    effect(() => {
      const item = this.editing();
      untracked(() =>
        this.fields.set(
          item
            ? {
                title: item.title,
                reason: item.reason,
                indicatorIds: item.indicatorIds,
                dueDate: item.dueDate,
                required: item.required,
              }
            : EMPTY,
        ),
      );
    });
  }

  protected patch(change: Partial<RequestItemFields>): void {
    this.fields.update((fields) => ({ ...fields, ...change }));
  }

  protected async save(): Promise<void> {
    this.busy.set(true);
    this.errors.set({});
    this.error.set(null);
    try {
      const item = this.editing();
      const fields = { ...this.fields(), title: this.fields().title.trim() };
      const saved = item
        ? await this.api.update(this.evaluationId(), item.id, { ...fields, version: item.version })
        : await this.api.create(this.evaluationId(), fields);
      this.saved.emit(saved);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      const fields: Record<string, string> = {};
      for (const detail of error.details) fields[detail.field] = detail.message;
      this.errors.set(fields);
      if (
        Object.keys(fields).every((field) => !['title', 'reason', 'indicatorIds', 'dueDate'].includes(field))
      )
        this.error.set(error.details[0]?.message ?? error.message);
    } finally {
      this.busy.set(false);
    }
  }
}
