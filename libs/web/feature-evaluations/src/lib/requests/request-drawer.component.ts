import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { RequestFile, RequestHistoryEntry, RequestItem } from '@jixiao/contracts';
import type { RequestDecision } from '@jixiao/domain';
import {
  DateTimePipe,
  I18nService,
  RequestsApiService,
  TranslatePipe,
  saveBlob,
  toApiError,
  type ApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { fileSize } from '../model/file-size';
import { IdempotencyKeys } from '../model/idempotency';
import { EvidenceUploadComponent } from './evidence-upload.component';
import { requestStatusColor } from './request-filters';
import { decisionReasonKey, requestDecisionKey, requestEventKey, requestStatusKey } from './request-labels';

const DECISIONS_WITH_REASON: readonly RequestDecision[] = ['reject', 'ask_more', 'waive'];

/** One item as the caller sees it: what is asked, every round's answer, the caller's actions, the history. */
@Component({
  selector: 'jx-request-detail',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDescriptionsModule,
    NzDividerModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzTagModule,
    NzTimelineModule,
    EvidenceUploadComponent,
    DateTimePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './request-drawer.component.html',
  styles: `
    .jx-overdue {
      color: #cf1322;
      font-weight: 600;
    }
    .jx-alert,
    .jx-block {
      margin-bottom: 12px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-round {
      border: 1px solid #f0f0f0;
      border-radius: 6px;
      padding: 8px 12px;
      margin-bottom: 8px;
    }
    .jx-round h4 {
      margin: 0 0 4px;
      font-size: 14px;
    }
    .jx-explanation {
      white-space: pre-wrap;
      margin: 4px 0;
    }
    .jx-file {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .jx-actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 8px;
    }
    .jx-error {
      color: #cf1322;
      font-size: 12px;
    }
  `,
})
export class RequestDetailComponent {
  readonly evaluationId = input.required<string>();
  readonly item = input.required<RequestItem>();
  readonly changed = output<RequestItem>();
  readonly edit = output<RequestItem>();
  readonly stale = output<void>();
  /** A file was added: the board reloads (the item's files and status come from the server). */
  readonly reload = output<void>();

  private readonly api = inject(RequestsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);
  private readonly keys = new IdempotencyKeys();

  protected readonly statusColor = requestStatusColor;
  protected readonly statusKey = requestStatusKey;
  protected readonly reasonKey = decisionReasonKey;
  protected readonly decisionKey = requestDecisionKey;
  protected readonly eventKey = requestEventKey;
  protected readonly size = (file: RequestFile) => fileSize(file.size);
  protected readonly history = signal<RequestHistoryEntry[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly explanation = signal('');
  protected readonly reason = signal('');
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly error = signal<string | null>(null);

  protected readonly can = computed(() => new Set(this.item().allowedActions));
  protected readonly current = computed(() => {
    const item = this.item();
    return item.answers.find((answer) => answer.round === item.round) ?? null;
  });
  /** Earlier rounds, and the current one once submitted (a draft shows in the answer form). */
  protected readonly rounds = computed(() =>
    this.item().answers.filter((answer) => answer.submittedAt !== null || !this.can().has('answer')),
  );
  protected readonly reasonDecisions = computed(() =>
    DECISIONS_WITH_REASON.filter((decision) => this.can().has(decision)),
  );

  /** The item and round the explanation field was filled for: text being typed survives reloads. */
  private filledFor = '';

  constructor() {
    effect(() => {
      const item = this.item();
      untracked(() => {
        const key = `${item.id}:${item.round}`;
        if (key !== this.filledFor) {
          this.filledFor = key;
          this.explanation.set(this.current()?.explanation ?? '');
          this.reason.set('');
        }
        void this.loadHistory(item);
      });
    });
  }

  protected async saveExplanation(): Promise<void> {
    await this.run(async () => {
      const item = await this.api.saveAnswer(this.evaluationId(), this.item().id, {
        explanation: this.explanation(),
        version: this.current()?.version ?? 0,
      });
      this.message.success(this.i18n.t('requests.saved'));
      this.explanation.set(item.answers.find((answer) => answer.round === item.round)?.explanation ?? '');
      this.changed.emit(item);
    });
  }

  protected async submit(): Promise<void> {
    await this.run(async () => {
      const item = this.item();
      // unsaved text is saved first, so what is submitted is what the liaison sees
      let version = this.current()?.version ?? 0;
      if (this.explanation() !== (this.current()?.explanation ?? '')) {
        const saved = await this.api.saveAnswer(this.evaluationId(), item.id, {
          explanation: this.explanation(),
          version,
        });
        version = saved.answers.find((answer) => answer.round === item.round)?.version ?? version;
      }
      const request = { itemId: item.id, version };
      const submitted = await this.api.submit(
        this.evaluationId(),
        item.id,
        version,
        this.keys.keyFor(request),
      );
      this.keys.reset();
      this.changed.emit(submitted);
    });
  }

  protected async removeFile(file: RequestFile): Promise<void> {
    await this.run(async () =>
      this.changed.emit(await this.api.removeFile(this.evaluationId(), this.item().id, file.id)),
    );
  }

  protected async decide(decision: RequestDecision): Promise<void> {
    await this.run(async () => {
      const item = this.item();
      const request = {
        decision,
        reason: DECISIONS_WITH_REASON.includes(decision) ? this.reason().trim() : undefined,
        version: item.version,
      };
      const decided = await this.api.decide(
        this.evaluationId(),
        item.id,
        request,
        this.keys.keyFor({ id: item.id, ...request }),
      );
      this.keys.reset();
      this.reason.set('');
      this.changed.emit(decided);
    });
  }

  protected async download(file: RequestFile): Promise<void> {
    try {
      saveBlob(await this.api.download(this.evaluationId(), this.item().id, file.id), file.name);
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    }
  }

  protected onUploaded(): void {
    this.reload.emit();
  }

  private async loadHistory(item: RequestItem): Promise<void> {
    try {
      this.history.set(await this.api.history(this.evaluationId(), item.id));
    } catch {
      this.history.set([]);
    }
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.errors.set({});
    try {
      await work();
    } catch (caught) {
      this.showError(toApiError(caught, this.i18n.locale()));
    } finally {
      this.busy.set(false);
    }
  }

  private showError(error: ApiError): void {
    if (error.code === 'CONFLICT') {
      this.keys.reset();
      this.message.warning(error.message);
      this.stale.emit();
      return;
    }
    const fields: Record<string, string> = {};
    for (const detail of error.details) fields[detail.field] = detail.message;
    this.errors.set(fields);
    if (!fields['reason'] && !fields['explanation'])
      this.error.set(error.details[0]?.message ?? error.message);
  }
}
