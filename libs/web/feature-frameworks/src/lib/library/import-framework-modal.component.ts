import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import type { FrameworkImportPreview } from '@jixiao/contracts';
import { FrameworksApiService, I18nService, TranslatePipe, toApiError } from '@jixiao/web-data-access';
import { MessagePipe } from '../rules/message.pipe';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzResultModule } from 'ng-zorro-antd/result';
import { NzTableModule } from 'ng-zorro-antd/table';

/**
 * 导入 Excel: choose a workbook, see the dry-run check (problems by sheet/row/column, or how many
 * indicators would be imported), then import it for real.
 */
@Component({
  selector: 'jx-import-framework-modal',
  imports: [
    MessagePipe,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzModalModule,
    NzProgressModule,
    NzResultModule,
    NzTableModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-framework-modal.component.html',
  styles: `
    .jx-pick {
      display: flex;
      gap: 12px;
      align-items: center;
      margin-bottom: 12px;
    }
    .jx-file {
      display: none;
    }
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-footer {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      margin-top: 16px;
    }
  `,
})
export class ImportFrameworkModalComponent {
  readonly visible = input(false);
  readonly imported = output<string>();
  readonly closed = output<void>();

  private readonly api = inject(FrameworksApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly file = signal<File | null>(null);
  protected readonly progress = signal<number | null>(null);
  protected readonly preview = signal<FrameworkImportPreview | null>(null);
  protected readonly importing = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly errorDetails = signal<string[]>([]);
  /** The dry run read a framework without problems. */
  protected readonly canImport = computed(() => {
    const preview = this.preview();
    return preview !== null && preview.framework !== null && preview.problems.length === 0;
  });

  constructor() {
    effect(() => {
      if (this.visible()) this.reset();
    });
  }

  protected reset(): void {
    this.file.set(null);
    this.progress.set(null);
    this.preview.set(null);
    this.error.set(null);
    this.errorDetails.set([]);
  }

  async pick(event: Event): Promise<void> {
    const target = event.target as HTMLInputElement;
    const file = target.files?.[0] ?? null;
    target.value = '';
    if (!file) return;
    this.reset();
    this.file.set(file);
    this.progress.set(0);
    try {
      this.preview.set(await this.api.previewImport(file, (percent) => this.progress.set(percent)));
    } catch (caught) {
      this.fail(caught);
    } finally {
      this.progress.set(null);
    }
  }

  async confirm(): Promise<void> {
    const file = this.file();
    if (!file || this.importing()) return;
    this.importing.set(true);
    this.progress.set(0);
    this.error.set(null);
    try {
      const detail = await this.api.importExcel(file, (percent) => this.progress.set(percent));
      this.message.success(this.i18n.t('import.done', { name: detail.name }));
      this.imported.emit(detail.id);
    } catch (caught) {
      this.fail(caught);
    } finally {
      this.importing.set(false);
      this.progress.set(null);
    }
  }

  private fail(caught: unknown): void {
    const error = toApiError(caught, this.i18n.locale());
    this.error.set(error.message);
    this.errorDetails.set(error.details.map((detail) => detail.message));
  }
}
