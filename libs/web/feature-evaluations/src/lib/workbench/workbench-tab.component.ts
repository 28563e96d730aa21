import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import type { EvaluationDetail, WorkbenchRow, WorkbenchView } from '@jixiao/contracts';
import { rateText, type IndicatorNode } from '@jixiao/domain';
import {
  DateTimePipe,
  FieldworkScoresApiService,
  I18nService,
  TranslatePipe,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { IndicatorEditorComponent } from './indicator-editor.component';
import { Level1ChartComponent } from './level1-chart.component';
import {
  draftOf,
  findIndicator,
  liveResult,
  requestOf,
  treeLines,
  type IndicatorDraft,
} from './workbench-draft';

/**
 * 评分工作台: the adopted indicator system as a tree table with each indicator's measured value, rule
 * explanation and score; the evaluator edits one indicator at a time while the total, grade and
 * level-1 rates follow live (the domain's `evaluate`, the same the API stores on save).
 */
@Component({
  selector: 'jx-workbench-tab',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDrawerModule,
    NzSpinModule,
    NzTableModule,
    NzTagModule,
    DateTimePipe,
    TranslatePipe,
    IndicatorEditorComponent,
    Level1ChartComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workbench-tab.component.html',
  styles: `
    .jx-workbench {
      display: flex;
      gap: 16px;
      align-items: flex-start;
    }
    .jx-main {
      flex: 1;
      min-width: 0;
    }
    .jx-summary {
      width: 280px;
      position: sticky;
      top: 12px;
    }
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-total {
      font-size: 28px;
      font-weight: 600;
    }
    .jx-grade {
      font-size: 18px;
      margin-left: 8px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
      font-size: 13px;
    }
    .jx-explanation {
      font-size: 12px;
      color: rgba(0, 0, 0, 0.65);
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .jx-level-1 {
      font-weight: 600;
    }
    .jx-selected {
      background: #e6f4ff;
    }
    .jx-selected a {
      color: #003eb3;
    }
    .jx-number {
      font-variant-numeric: tabular-nums;
      text-align: right;
    }
    .jx-chart-placeholder {
      height: 200px;
    }
    .jx-expand {
      width: 18px;
      height: 18px;
      margin-right: 6px;
      padding: 0;
      line-height: 14px;
      border: 1px solid rgba(0, 0, 0, 0.45);
      border-radius: 2px;
      background: #fff;
      cursor: pointer;
    }
    .jx-expand-space {
      display: inline-block;
      width: 24px;
    }
  `,
})
export class WorkbenchTabComponent implements OnInit {
  readonly evaluation = input.required<EvaluationDetail>();

  private readonly api = inject(FieldworkScoresApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly view = signal<WorkbenchView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly draft = signal<IndicatorDraft | null>(null);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly conflict = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly recomputing = signal(false);
  protected readonly collapsed = signal<ReadonlySet<string>>(new Set());

  protected readonly canScore = computed(() => this.evaluation().availableWork.includes('score'));
  /** Recomputed on every edit, in the browser, with the domain's `evaluate`. */
  protected readonly live = computed(() => {
    const view = this.view();
    return view ? liveResult(view, this.draft()) : null;
  });
  protected readonly results = computed(
    () => new Map((this.live()?.nodes ?? []).map((node) => [node.id, node])),
  );
  protected readonly lines = computed(() =>
    treeLines(this.view()?.framework.indicators ?? [], this.results(), this.collapsed()),
  );
  protected readonly selectedNode = computed(() => {
    const draft = this.draft();
    const view = this.view();
    return draft && view ? findIndicator(view.framework.indicators, draft.indicatorId) : undefined;
  });
  protected readonly rowsById = computed(
    () => new Map((this.view()?.rows ?? []).map((row) => [row.indicatorId, row])),
  );
  protected readonly rate = rateText;

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.view.set(await this.api.workbench(this.evaluation().id));
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  protected expandLabel(name: string, expanded: boolean): string {
    return this.i18n.t(expanded ? 'workbench.collapse' : 'workbench.expand', { name });
  }

  protected toggle(id: string, expanded: boolean): void {
    this.collapsed.update((set) => {
      const next = new Set(set);
      if (expanded) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  protected open(node: IndicatorNode): void {
    if (!this.canScore()) return;
    this.errors.set({});
    this.conflict.set(null);
    this.draft.set(draftOf(node.id, this.rowsById().get(node.id)));
  }

  protected close(): void {
    this.draft.set(null);
  }

  async save(): Promise<void> {
    const draft = this.draft();
    if (!draft) return;
    this.saving.set(true);
    this.errors.set({});
    try {
      const saved = await this.api.saveIndicator(this.evaluation().id, draft.indicatorId, requestOf(draft));
      this.replaceRow(saved.row);
      this.view.update((view) => (view ? { ...view, stored: saved.stored } : view));
      this.conflict.set(null);
      this.draft.set(null);
      this.message.success(this.i18n.t('workbench.saved'));
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      if (error.code === 'SCORE_CONFLICT') {
        const current = error.current as WorkbenchRow | null;
        if (current) this.replaceRow(current);
        this.draft.set(draftOf(draft.indicatorId, current ?? undefined));
        this.conflict.set(
          this.i18n.t('workbench.conflict', {
            name: current?.updatedByName ?? '—',
          }),
        );
        return;
      }
      const details: Record<string, string> = {};
      for (const detail of error.details) details[detail.field] = detail.message;
      if (error.details.length === 0) details['form'] = error.message;
      this.errors.set(details);
    } finally {
      this.saving.set(false);
    }
  }

  async recompute(): Promise<void> {
    this.recomputing.set(true);
    try {
      const stored = await this.api.recompute(this.evaluation().id);
      this.view.update((view) => (view ? { ...view, stored } : view));
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.recomputing.set(false);
    }
  }

  protected staleText(view: WorkbenchView): string {
    return (view.stored?.stale ?? []).map((reason) => this.i18n.t(`workbench.stale.${reason}`)).join('；');
  }

  private replaceRow(row: WorkbenchRow): void {
    this.view.update((view) =>
      view
        ? {
            ...view,
            rows: [...view.rows.filter((candidate) => candidate.indicatorId !== row.indicatorId), row],
          }
        : view,
    );
  }
}
