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
  viewChild,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import type { EvaluationDetail, FrameworkTemplateSummary } from '@jixiao/contracts';
import type { Framework } from '@jixiao/domain';
import { FrameworkWorkbenchComponent, type HasUnsavedChanges } from '@jixiao/web-feature-frameworks';
import {
  DateTimePipe,
  EvaluationsApiService,
  FrameworksApiService,
  I18nService,
  TranslatePipe,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { indicatorRows } from '../model/indicator-rows';

/**
 * 指标体系: adopt (copy) one from the firm's library, and the adopted system: adapted in the library's
 * editor while the work may change it (WORK_RULES `edit_framework`), read as a table otherwise.
 */
@Component({
  selector: 'jx-framework-tab',
  imports: [
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzPopconfirmModule,
    NzTableModule,
    NzTagModule,
    DateTimePipe,
    FrameworkWorkbenchComponent,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './framework-tab.component.html',
  styles: `
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-head {
      display: flex;
      align-items: center;
      gap: 12px;
      margin-bottom: 12px;
    }
    .jx-head h3 {
      margin: 0;
      font-size: 16px;
      font-weight: 600;
    }
    .jx-level-1 {
      font-weight: 600;
    }
    .jx-standard {
      white-space: pre-wrap;
      color: rgba(0, 0, 0, 0.65);
      font-size: 13px;
    }
    .jx-library {
      margin-bottom: 16px;
    }
  `,
})
export class FrameworkTabComponent implements HasUnsavedChanges {
  readonly evaluation = input.required<EvaluationDetail>();
  readonly changed = output<EvaluationDetail>();

  private readonly api = inject(EvaluationsApiService);
  private readonly frameworks = inject(FrameworksApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly canAdopt = computed(() => this.evaluation().availableWork.includes('edit_framework'));
  protected readonly adopted = computed(() => this.evaluation().framework);
  protected readonly rows = computed(() => indicatorRows(this.adopted()?.framework.indicators ?? []));
  protected readonly library = signal<FrameworkTemplateSummary[] | null>(null);
  protected readonly libraryError = signal<string | null>(null);
  protected readonly adoptingId = signal<string | null>(null);
  protected readonly showLibrary = signal(false);
  private readonly workbench = viewChild(FrameworkWorkbenchComponent);
  /** The adopted copy changes only through the evaluation's own version. */
  protected readonly revision = computed(() => `${this.evaluation().id}@${this.adopted()?.version ?? 0}`);
  /** Saves the adapted copy against the version it was loaded at; the API refuses a stale one. */
  protected readonly saveFramework = async (framework: Framework): Promise<void> => {
    const adopted = this.adopted();
    if (!adopted) return;
    const updated = await this.api.saveFramework(this.evaluation().id, {
      framework,
      version: adopted.version,
    });
    this.message.success(this.i18n.t('framework.saved'));
    this.changed.emit(updated);
  };

  constructor() {
    // Nothing adopted yet and the user may adopt: show the library straight away.
    effect(() => {
      if (this.canAdopt() && !this.adopted()) untracked(() => void this.openLibrary());
    });
  }

  hasUnsavedChanges(): boolean {
    return this.workbench()?.hasUnsavedChanges() ?? false;
  }

  /** After a conflict: the latest stored evaluation (and its framework), discarding the edits. */
  async reloadEvaluation(): Promise<void> {
    try {
      this.changed.emit(await this.api.get(this.evaluation().id));
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    }
  }

  async openLibrary(): Promise<void> {
    this.showLibrary.set(true);
    if (this.library()) return;
    this.libraryError.set(null);
    try {
      const templates = await this.frameworks.list();
      this.library.set(templates.filter((template) => template.status === 'active'));
    } catch (caught) {
      this.libraryError.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  async adopt(template: FrameworkTemplateSummary): Promise<void> {
    this.adoptingId.set(template.id);
    this.libraryError.set(null);
    try {
      const updated = await this.api.adoptFramework(this.evaluation().id, { templateId: template.id });
      this.message.success(this.i18n.t('framework.adopted', { name: template.name }));
      this.showLibrary.set(false);
      this.changed.emit(updated);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.libraryError.set(error.details[0]?.message ?? error.message);
    } finally {
      this.adoptingId.set(null);
    }
  }
}
