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
import { RouterLink } from '@angular/router';
import type { EvaluationDetail, FrameworkTemplateSummary } from '@jixiao/contracts';
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

/** 指标体系: adopt (copy) one from the firm's library, and the adopted system with its indicators and weights. */
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
export class FrameworkTabComponent {
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

  constructor() {
    // Nothing adopted yet and the user may adopt: show the library straight away.
    effect(() => {
      if (this.canAdopt() && !this.adopted()) untracked(() => void this.openLibrary());
    });
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
