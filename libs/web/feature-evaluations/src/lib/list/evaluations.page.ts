import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { EvaluationSummary, PartyOrganisation } from '@jixiao/contracts';
import { EVALUATION_PHASES, type EvaluationPhase } from '@jixiao/domain';
import {
  EvaluationPhasePipe,
  EvaluationStatusPipe,
  EvaluationsApiService,
  I18nService,
  SessionService,
  TranslatePipe,
  canCommission,
  statusColor,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  NO_FILTERS,
  firmsOf,
  fiscalYears,
  listQuery,
  mergeOptions,
  unitsOf,
  type EvaluationFilters,
} from './evaluation-filters';

const PAGE_SIZE = 20;

/** /evaluations — 评价项目: the evaluations the caller's organisation is a party to. */
@Component({
  selector: 'jx-evaluations-page',
  imports: [
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    EvaluationPhasePipe,
    EvaluationStatusPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evaluations.page.html',
  styles: `
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 12px;
    }
    .jx-filter {
      width: 150px;
    }
    .jx-filter-wide {
      width: 200px;
    }
    .jx-search {
      width: 260px;
    }
    .jx-title {
      font-weight: 500;
    }
    .jx-overdue {
      color: #cf1322;
      font-weight: 500;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
  `,
})
export class EvaluationsPage implements OnInit {
  private readonly api = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly session = inject(SessionService);

  protected readonly phases = EVALUATION_PHASES;
  protected readonly years = fiscalYears(new Date());
  protected readonly pageSize = PAGE_SIZE;
  protected readonly statusColor = statusColor;

  protected readonly items = signal<EvaluationSummary[]>([]);
  protected readonly total = signal(0);
  protected readonly page = signal(1);
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly filters = signal<EvaluationFilters>(NO_FILTERS);
  protected readonly units = signal<PartyOrganisation[]>([]);
  protected readonly firms = signal<PartyOrganisation[]>([]);
  protected readonly canCommission = computed(() => {
    const me = this.session.user();
    return me ? canCommission(me) : false;
  });
  /** The caller's own party column is not worth a filter (a firm filtering by firm). */
  protected readonly kind = computed(() => this.session.user()?.organisation.kind ?? 'unit');

  ngOnInit(): void {
    void this.load();
    if (this.canCommission()) void this.loadOptions();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      const result = await this.api.list(listQuery(this.filters(), this.page(), PAGE_SIZE));
      this.items.set(result.items);
      this.total.set(result.total);
      this.units.update((known) => mergeOptions(known, unitsOf(result.items)));
      this.firms.update((known) => mergeOptions(known, firmsOf(result.items)));
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  private async loadOptions(): Promise<void> {
    try {
      const options = await this.api.commissionOptions();
      this.units.update((known) => mergeOptions(known, options.units));
      this.firms.update((known) => mergeOptions(known, options.firms));
    } catch {
      // Options only widen the filter choices; the list works without them.
    }
  }

  protected setFilter<K extends keyof EvaluationFilters>(key: K, value: EvaluationFilters[K]): void {
    this.filters.update((filters) => ({ ...filters, [key]: value }));
    if (key !== 'q') this.search();
  }

  protected setPhase(phase: EvaluationPhase | null): void {
    this.setFilter('phase', phase);
  }

  protected search(): void {
    this.page.set(1);
    void this.load();
  }

  protected goTo(page: number): void {
    this.page.set(page);
    void this.load();
  }
}
