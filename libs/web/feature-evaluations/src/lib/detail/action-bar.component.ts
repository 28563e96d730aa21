import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { EvaluationDetail, PartyOrganisation } from '@jixiao/contracts';
import {
  EvaluationActionPipe,
  EvaluationsApiService,
  I18nService,
  TranslatePipe,
  actionKey,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { eventInputProblem, orderedEvents, transitionRequest, type EventDialog } from '../model/event-dialog';
import { IdempotencyKeys } from '../model/idempotency';

/** The lifecycle buttons: exactly the events the API offers this user now, each behind a confirm dialog. */
@Component({
  selector: 'jx-evaluation-action-bar',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzSelectModule,
    EvaluationActionPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="jx-actions" data-testid="action-bar">
      @for (dialog of actions(); track dialog.event) {
        <button
          nz-button
          type="button"
          [nzType]="dialog.primary ? 'primary' : 'default'"
          [nzDanger]="dialog.danger"
          [attr.data-testid]="'event-' + dialog.event"
          (click)="open(dialog)"
        >
          {{ dialog.event | evaluationAction }}
        </button>
      }
    </div>
    <nz-modal
      [nzVisible]="dialog() !== null"
      [nzTitle]="title()"
      [nzOkText]="'common.confirm' | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkLoading]="busy()"
      [nzOkDanger]="dialog()?.danger ?? false"
      [nzMaskClosable]="false"
      (nzOnOk)="confirm()"
      (nzOnCancel)="close()"
    >
      <ng-container *nzModalContent>
        @if (dialog(); as current) {
          <p>{{ 'action.confirmContent' | t }}</p>
          @if (error(); as message) {
            <nz-alert
              class="jx-alert"
              nzType="error"
              nzShowIcon
              data-testid="action-error"
              [nzMessage]="message"
            />
          }
          <form nz-form nzLayout="vertical" (ngSubmit)="confirm()">
            @if (current.needsFirm) {
              <nz-form-item>
                <nz-form-label nzFor="action-firm" nzRequired>{{ 'action.newFirm' | t }}</nz-form-label>
                <nz-form-control
                  [nzValidateStatus]="fieldError('firmId') ? 'error' : ''"
                  [nzErrorTip]="fieldError('firmId') ?? ''"
                >
                  <nz-select
                    nzId="action-firm"
                    nzShowSearch
                    data-testid="action-firm"
                    name="firmId"
                    [nzLoading]="firmsLoading()"
                    [ngModel]="firmId()"
                    (ngModelChange)="firmId.set($event); clearField('firmId')"
                  >
                    @for (firm of firms(); track firm.id) {
                      <nz-option [nzValue]="firm.id" [nzLabel]="firm.name" />
                    }
                  </nz-select>
                </nz-form-control>
              </nz-form-item>
            }
            <nz-form-item>
              <nz-form-label nzFor="action-comment" [nzRequired]="current.needsReason">
                {{ (current.needsReason ? 'action.reason' : 'action.comment') | t }}
              </nz-form-label>
              <nz-form-control
                [nzValidateStatus]="fieldError('comment') ? 'error' : ''"
                [nzErrorTip]="fieldError('comment') ?? ''"
              >
                <textarea
                  nz-input
                  id="action-comment"
                  name="comment"
                  data-testid="action-comment"
                  rows="4"
                  maxlength="2000"
                  [placeholder]="current.needsReason ? ('action.reasonPlaceholder' | t) : ''"
                  [ngModel]="comment()"
                  (ngModelChange)="comment.set($event); clearField('comment')"
                ></textarea>
              </nz-form-control>
            </nz-form-item>
          </form>
        }
      </ng-container>
    </nz-modal>
  `,
  styles: `
    .jx-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      justify-content: flex-end;
    }
    .jx-alert {
      margin-bottom: 12px;
    }
  `,
})
export class ActionBarComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  readonly changed = output<EvaluationDetail>();
  /** The evaluation changed under us (stale version): the page reloads it. */
  readonly stale = output<void>();

  private readonly api = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);
  private readonly keys = new IdempotencyKeys();

  protected readonly actions = computed(() => orderedEvents(this.evaluation().availableEvents));
  protected readonly dialog = signal<EventDialog | null>(null);
  protected readonly comment = signal('');
  protected readonly firmId = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<Partial<Record<'comment' | 'firmId', string>>>({});
  protected readonly firms = signal<PartyOrganisation[]>([]);
  protected readonly firmsLoading = signal(false);
  protected readonly title = computed(() => {
    const dialog = this.dialog();
    return dialog ? this.i18n.t('action.confirmTitle', { action: this.i18n.t(actionKey(dialog.event)) }) : '';
  });

  open(dialog: EventDialog): void {
    this.keys.reset();
    this.comment.set('');
    this.firmId.set(null);
    this.error.set(null);
    this.fieldErrors.set({});
    this.dialog.set(dialog);
    if (dialog.needsFirm) void this.loadFirms();
  }

  close(): void {
    if (!this.busy()) this.dialog.set(null);
  }

  protected fieldError(field: 'comment' | 'firmId'): string | null {
    return this.fieldErrors()[field] ?? null;
  }

  protected clearField(field: 'comment' | 'firmId'): void {
    this.fieldErrors.update((errors) => ({ ...errors, [field]: undefined }));
  }

  async confirm(): Promise<void> {
    const dialog = this.dialog();
    if (!dialog || this.busy()) return;
    const input = { comment: this.comment(), firmId: this.firmId() };
    const problem = eventInputProblem(dialog, input);
    if (problem) {
      this.fieldErrors.set({ [problem]: this.i18n.t('common.required') });
      return;
    }
    const evaluation = this.evaluation();
    const request = transitionRequest(dialog, input, evaluation.version);
    this.busy.set(true);
    this.error.set(null);
    try {
      const updated = await this.api.transition(evaluation.id, request, this.keys.keyFor(request));
      this.keys.reset();
      this.dialog.set(null);
      this.message.success(this.i18n.t('action.done', { action: this.i18n.t(actionKey(dialog.event)) }));
      this.changed.emit(updated);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      if (error.code === 'CONFLICT') {
        this.keys.reset();
        this.dialog.set(null);
        this.message.warning(this.i18n.t('action.conflict'));
        this.stale.emit();
        return;
      }
      if (error.code !== 'NETWORK') this.keys.reset();
      const detail = error.details[0];
      if (detail && (detail.field === 'comment' || detail.field === 'firmId')) {
        this.fieldErrors.set({ [detail.field]: detail.message });
      } else {
        this.error.set(detail?.message ?? error.message);
      }
    } finally {
      this.busy.set(false);
    }
  }

  private async loadFirms(): Promise<void> {
    this.firmsLoading.set(true);
    try {
      const options = await this.api.commissionOptions();
      const current = this.evaluation().firm.id;
      this.firms.set(options.firms.filter((firm) => firm.id !== current));
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.firmsLoading.set(false);
    }
  }
}
