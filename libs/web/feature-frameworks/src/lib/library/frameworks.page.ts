import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import type { FrameworkTemplateSummary } from '@jixiao/contracts';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import {
  DateTimePipe,
  FrameworksApiService,
  I18nService,
  SessionService,
  TranslatePipe,
  saveBlob,
  toApiError,
  type ApiError,
  type TranslationKey,
} from '@jixiao/web-data-access';
import { libraryView, type SourceFilter, type StatusFilter } from './library-view';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { minimalFramework } from '../model/minimal-framework';
import { FrameworkNameModalComponent } from './framework-name-modal.component';
import { ImportFrameworkModalComponent } from './import-framework-modal.component';

const SOURCE_OPTIONS: readonly { value: SourceFilter; label: TranslationKey }[] = [
  { value: 'all', label: 'frameworks.filter.all' },
  { value: 'builtin', label: 'frameworks.builtin' },
  { value: 'own', label: 'frameworks.own' },
];
const STATUS_OPTIONS: readonly { value: StatusFilter; label: TranslationKey }[] = [
  { value: 'all', label: 'frameworks.filter.allStatus' },
  { value: 'active', label: 'frameworks.status.active' },
  { value: 'retired', label: 'frameworks.status.retired' },
];

type NameDialog = { mode: 'new' } | { mode: 'copy'; source: FrameworkTemplateSummary };

/** /frameworks — 指标体系库: the organisation's templates and the built-in ones. */
@Component({
  selector: 'jx-frameworks-page',
  imports: [
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzDividerModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTableModule,
    NzTagModule,
    NzInputModule,
    NzRadioModule,
    NzTooltipModule,
    FormsModule,
    FrameworkNameModalComponent,
    ImportFrameworkModalComponent,
    DateTimePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './frameworks.page.html',
  styles: `
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-toolbar {
      display: flex;
      gap: 8px;
    }
    .jx-name {
      font-weight: 500;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    .jx-filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      margin-bottom: 12px;
    }
    .jx-search {
      width: 280px;
    }
    .jx-count {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-danger {
      color: #cf1322;
    }
    .jx-busy {
      pointer-events: none;
      opacity: 0.5;
    }
  `,
})
export class FrameworksPage implements OnInit {
  private readonly api = inject(FrameworksApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionService);

  protected readonly templates = signal<FrameworkTemplateSummary[]>([]);
  protected readonly query = signal('');
  protected readonly source = signal<SourceFilter>('all');
  protected readonly status = signal<StatusFilter>('all');
  protected readonly sourceOptions = SOURCE_OPTIONS;
  protected readonly statusOptions = STATUS_OPTIONS;
  /** Matching templates: active before retired, built-ins first, then the most recently changed. */
  protected readonly shown = computed(() =>
    libraryView(this.templates(), { query: this.query(), source: this.source(), status: this.status() }),
  );
  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busyId = signal<string | null>(null);
  protected readonly downloadingBlank = signal(false);
  protected readonly canEdit = computed(() => this.session.ability()?.can('create', 'Framework') ?? false);

  protected readonly nameDialog = signal<NameDialog | null>(null);
  protected readonly naming = signal(false);
  protected readonly nameError = signal<ApiError | null>(null);
  protected readonly importOpen = signal(false);
  protected readonly initialName = computed(() => {
    const dialog = this.nameDialog();
    if (!dialog) return '';
    return dialog.mode === 'copy'
      ? this.i18n.t('frameworks.copyDefaultName', { name: dialog.source.name })
      : this.i18n.t('frameworks.newDefaultName');
  });

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.templates.set(await this.api.list());
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected openNew(): void {
    this.nameError.set(null);
    this.nameDialog.set({ mode: 'new' });
  }

  protected openCopy(source: FrameworkTemplateSummary): void {
    this.nameError.set(null);
    this.nameDialog.set({ mode: 'copy', source });
  }

  /** Creates a new template or a copy, then opens it in the editor. */
  async confirmName(name: string): Promise<void> {
    const dialog = this.nameDialog();
    if (!dialog) return;
    this.naming.set(true);
    this.nameError.set(null);
    try {
      const created =
        dialog.mode === 'copy'
          ? await this.api.copy(dialog.source.id, { name })
          : await this.api.create({ framework: minimalFramework(name) });
      this.nameDialog.set(null);
      this.message.success(this.i18n.t(dialog.mode === 'copy' ? 'frameworks.copied' : 'frameworks.created'));
      await this.router.navigate(['/frameworks', created.id]);
    } catch (caught) {
      this.nameError.set(toApiError(caught, this.i18n.locale()));
    } finally {
      this.naming.set(false);
    }
  }

  async setRetired(template: FrameworkTemplateSummary, retired: boolean): Promise<void> {
    this.busyId.set(template.id);
    try {
      const updated = retired ? await this.api.retire(template.id) : await this.api.restore(template.id);
      this.templates.update((templates) =>
        templates.map((item) => (item.id === updated.id ? { ...item, status: updated.status } : item)),
      );
      this.message.success(this.i18n.t(retired ? 'frameworks.retired' : 'frameworks.restored'));
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.busyId.set(null);
    }
  }

  async exportExcel(template: FrameworkTemplateSummary): Promise<void> {
    this.busyId.set(template.id);
    try {
      saveBlob(await this.api.exportExcel(template.id), `${template.name}.xlsx`);
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.busyId.set(null);
    }
  }

  async downloadBlank(): Promise<void> {
    this.downloadingBlank.set(true);
    try {
      saveBlob(await this.api.blankExcel(), this.i18n.t('frameworks.blankFileName'));
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.downloadingBlank.set(false);
    }
  }

  protected async imported(id: string): Promise<void> {
    this.importOpen.set(false);
    await this.router.navigate(['/frameworks', id]);
  }
}
