import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { EvaluationDetail, RequestBoard, RequestItem } from '@jixiao/contracts';
import { REQUEST_STATUSES, type RequestStatus } from '@jixiao/domain';
import {
  I18nService,
  RequestsApiService,
  TranslatePipe,
  saveBlob,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { IdempotencyKeys } from '../model/idempotency';
import { RequestDetailComponent } from './request-drawer.component';
import {
  filterRequests,
  NO_REQUEST_FILTERS,
  requestStatusColor,
  type RequestFilters,
} from './request-filters';
import { RequestFormComponent } from './request-form.component';
import { requestStatusKey } from './request-labels';

/** 资料清单: the team's board, the unit's list to answer, and everyone else's read-only view. */
@Component({
  selector: 'jx-requests-tab',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzDrawerModule,
    NzIconModule,
    NzInputModule,
    NzPopconfirmModule,
    NzSpinModule,
    NzSwitchModule,
    NzTableModule,
    NzTagModule,
    RequestDetailComponent,
    RequestFormComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './requests-tab.component.html',
  styles: `
    .jx-counts,
    .jx-toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-bottom: 8px;
    }
    .jx-counts nz-tag {
      cursor: pointer;
      user-select: none;
    }
    .jx-spacer {
      flex: 1;
    }
    .jx-search {
      width: 220px;
    }
    .jx-alert {
      margin-bottom: 8px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-reason {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
    .jx-overdue {
      color: #cf1322;
      font-weight: 600;
    }
    tr.jx-row-overdue > td {
      background: #fff1f0;
    }
    input.jx-hidden {
      display: none !important;
    }
    .jx-import-errors {
      margin: 4px 0 0;
      padding-left: 18px;
    }
  `,
})
export class RequestsTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();

  private readonly api = inject(RequestsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);
  private readonly sendKeys = new IdempotencyKeys();

  protected readonly statuses = REQUEST_STATUSES;
  protected readonly statusColor = requestStatusColor;
  protected readonly statusKey = requestStatusKey;
  protected readonly board = signal<RequestBoard | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly importErrors = signal<string[]>([]);
  protected readonly filters = signal<RequestFilters>(NO_REQUEST_FILTERS);
  protected readonly openId = signal<string | null>(null);
  protected readonly form = signal<{ editing: RequestItem | null } | null>(null);
  protected readonly busy = signal(false);

  protected readonly shown = computed(() => filterRequests(this.board()?.items ?? [], this.filters()));
  protected readonly open = computed(
    () => this.board()?.items.find((item) => item.id === this.openId()) ?? null,
  );
  protected readonly drafts = computed(() => this.board()?.counts.draft ?? 0);
  protected readonly readOnly = computed(() => {
    const board = this.board();
    return board !== null && !board.canCreate && !board.canAnswer;
  });

  constructor() {
    effect(() => {
      const id = this.evaluation().id;
      untracked(() => void this.load(id));
    });
  }

  async load(id = this.evaluation().id): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.board.set(await this.api.board(id));
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected setStatus(status: RequestStatus | null): void {
    this.filters.update((filters) => ({ ...filters, status: filters.status === status ? null : status }));
  }

  protected patchFilters(change: Partial<RequestFilters>): void {
    this.filters.update((filters) => ({ ...filters, ...change }));
  }

  /** A changed item replaces its row; counts and overdue are recomputed by the server on reload. */
  protected itemChanged(item: RequestItem): void {
    this.openId.set(item.id);
    void this.load();
  }

  protected saved(item: RequestItem): void {
    this.form.set(null);
    this.message.success(this.i18n.t('requests.saved'));
    this.itemChanged(item);
  }

  protected async addStandard(): Promise<void> {
    await this.run(async () => this.board.set(await this.api.addStandard(this.evaluation().id)));
  }

  protected async sendAll(): Promise<void> {
    await this.run(async () => {
      const request = {};
      this.board.set(
        await this.api.send(this.evaluation().id, request, this.sendKeys.keyFor({ all: this.drafts() })),
      );
      this.sendKeys.reset();
      this.message.success(this.i18n.t('requests.sent'));
    });
  }

  protected async remove(item: RequestItem): Promise<void> {
    await this.run(async () => {
      await this.api.remove(this.evaluation().id, item.id, item.version);
      await this.load();
    });
  }

  protected async exportXlsx(): Promise<void> {
    await this.run(async () =>
      saveBlob(await this.api.exportXlsx(this.evaluation().id), `${this.evaluation().title}-资料清单.xlsx`),
    );
  }

  protected async importXlsx(picker: HTMLInputElement): Promise<void> {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    this.importErrors.set([]);
    const before = this.board()?.items.length ?? 0;
    await this.run(
      async () => {
        const board = await this.api.importXlsx(this.evaluation().id, file);
        this.board.set(board);
        this.message.success(this.i18n.t('requests.imported', { n: board.items.length - before }));
      },
      (messages) => this.importErrors.set(messages),
    );
  }

  private async run(work: () => Promise<void>, onDetails?: (messages: string[]) => void): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      if (onDetails && error.details.length) onDetails(error.details.map((detail) => detail.message));
      else this.error.set(error.details[0]?.message ?? error.message);
    } finally {
      this.busy.set(false);
    }
  }
}
