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
import { Router, RouterLink } from '@angular/router';
import { limitPath, type FieldError } from '@jixiao/contracts';
import {
  FrameworksApiService,
  I18nService,
  SessionService,
  TranslatePipe,
  saveBlob,
  toApiError,
  type ApiError,
} from '@jixiao/web-data-access';
import { FieldErrorComponent } from '@jixiao/web-ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTabsModule } from 'ng-zorro-antd/tabs';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { FrameworkNameModalComponent } from '../library/framework-name-modal.component';
import { TryItPanelComponent } from '../try-it/try-it-panel.component';
import { TryItStore } from '../try-it/try-it.store';
import { FrameworkEditorStore } from './framework-editor.store';
import { GradeScaleEditorComponent } from './grade-scale-editor.component';
import { IndicatorsTabComponent } from './indicators-tab.component';
import { MeasuresEditorComponent } from './measures-editor.component';
import type { HasUnsavedChanges } from './unsaved-changes.guard';
import { VersionsListComponent } from './versions-list.component';

/** /frameworks/:id — edit an indicator system (built-ins read-only), try it, see its versions. */
@Component({
  selector: 'jx-framework-editor-page',
  imports: [
    FormsModule,
    RouterLink,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzInputModule,
    NzSpinModule,
    NzTabsModule,
    NzTagModule,
    NzTooltipModule,
    FrameworkNameModalComponent,
    GradeScaleEditorComponent,
    IndicatorsTabComponent,
    MeasuresEditorComponent,
    TryItPanelComponent,
    VersionsListComponent,
    FieldErrorComponent,
    TranslatePipe,
  ],
  providers: [FrameworkEditorStore, TryItStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './framework-editor.page.html',
  host: { '(window:beforeunload)': 'onBeforeUnload($event)' },
  styles: `
    .jx-title {
      display: flex;
      align-items: center;
      gap: 8px;
      min-width: 0;
    }
    .jx-title h2 {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .jx-name-field {
      position: relative;
    }
    .jx-name {
      width: 280px;
    }
    .jx-name-error {
      position: absolute;
      top: 100%;
      left: 0;
      z-index: 2;
      width: 420px;
      background: #fff;
    }
    .jx-invalid {
      border-color: #cf1322;
    }
    .jx-actions {
      display: flex;
      gap: 8px;
      align-items: center;
      flex: none;
    }
    .jx-note {
      width: 180px;
    }
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-dirty {
      color: #874d00;
      font-size: 12px;
    }
    :host ::ng-deep .jx-editor-card > .ant-card-body {
      padding: 8px 16px 12px;
    }
  `,
})
export class FrameworkEditorPage implements HasUnsavedChanges {
  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly store = inject(FrameworkEditorStore);
  private readonly api = inject(FrameworksApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);
  private readonly router = inject(Router);
  private readonly session = inject(SessionService);

  protected readonly loading = signal(false);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<string | null>(null);
  protected readonly saveDetails = signal<readonly FieldError[]>([]);
  protected readonly conflict = signal(false);
  protected readonly note = signal('');
  protected readonly exporting = signal(false);
  protected readonly copyOpen = signal(false);
  protected readonly copying = signal(false);
  protected readonly copyError = signal<ApiError | null>(null);
  protected readonly selectedTab = signal(0);

  protected readonly detail = this.store.detail;
  protected readonly canEdit = computed(() => this.session.ability()?.can('update', 'Framework') ?? false);
  protected readonly canCreate = computed(() => this.session.ability()?.can('create', 'Framework') ?? false);
  protected readonly name = computed(() => this.store.framework()?.name ?? '');
  protected readonly nameError = computed(() => this.store.fieldError(limitPath.framework('name')));
  protected readonly copyName = computed(() =>
    this.i18n.t('frameworks.copyDefaultName', { name: this.name() }),
  );

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => void this.load(id));
    });
  }

  hasUnsavedChanges(): boolean {
    return this.store.dirty();
  }

  protected onBeforeUnload(event: BeforeUnloadEvent): void {
    if (this.store.dirty()) event.preventDefault();
  }

  async load(id = this.id()): Promise<void> {
    this.loading.set(true);
    this.loadError.set(null);
    try {
      this.store.load(await this.api.get(id));
      this.conflict.set(false);
      this.saveError.set(null);
      this.saveDetails.set([]);
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.loading.set(false);
    }
  }

  protected setName(name: string): void {
    this.store.patch({ name });
  }

  async save(): Promise<void> {
    const detail = this.detail();
    const framework = this.store.framework();
    if (!detail || !framework || this.saving() || !this.store.canSave()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.saveDetails.set([]);
    try {
      const note = this.note().trim();
      const saved = await this.api.update(detail.id, {
        framework,
        baseVersion: detail.version,
        ...(note ? { note } : {}),
      });
      this.store.load(saved);
      this.note.set('');
      this.message.success(this.i18n.t('editor.saved', { n: saved.version }));
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      if (error.code === 'CONFLICT') {
        this.conflict.set(true);
      } else {
        this.saveError.set(error.message);
        this.saveDetails.set(error.details);
      }
    } finally {
      this.saving.set(false);
    }
  }

  async exportExcel(): Promise<void> {
    const detail = this.detail();
    if (!detail) return;
    this.exporting.set(true);
    try {
      saveBlob(await this.api.exportExcel(detail.id), `${detail.name}.xlsx`);
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.exporting.set(false);
    }
  }

  protected openCopy(): void {
    this.copyError.set(null);
    this.copyOpen.set(true);
  }

  async copy(name: string): Promise<void> {
    const detail = this.detail();
    if (!detail) return;
    this.copying.set(true);
    this.copyError.set(null);
    try {
      const copy = await this.api.copy(detail.id, { name });
      this.copyOpen.set(false);
      this.message.success(this.i18n.t('frameworks.copied'));
      await this.router.navigate(['/frameworks', copy.id]);
    } catch (caught) {
      this.copyError.set(toApiError(caught, this.i18n.locale()));
    } finally {
      this.copying.set(false);
    }
  }
}
