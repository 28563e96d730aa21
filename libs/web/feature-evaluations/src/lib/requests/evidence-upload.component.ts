import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { acceptAttribute, type FileKind, type RequestFile } from '@jixiao/contracts';
import { I18nService, RequestsApiService, TranslatePipe, toApiError } from '@jixiao/web-data-access';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { droppedFiles, type UploadProgress } from './request-filters';

/** What the API accepts as evidence (it checks the content; this only filters the picker). */
const EVIDENCE: readonly FileKind[] = ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'jpeg', 'png', 'zip'];

/** Drop several files (or pick them): each uploads on its own with its own progress bar. */
@Component({
  selector: 'jx-evidence-upload',
  imports: [NzIconModule, NzProgressModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label
      class="jx-drop"
      [class.jx-over]="over()"
      data-testid="evidence-drop"
      (dragover)="$event.preventDefault(); over.set(true)"
      (dragleave)="over.set(false)"
      (drop)="drop($event)"
    >
      <input
        #picker
        type="file"
        multiple
        class="jx-hidden"
        data-testid="evidence-input"
        [accept]="accept"
        [attr.aria-label]="'requests.answer.drop' | t"
        (change)="pick(picker)"
      />
      <nz-icon nzType="inbox" class="jx-drop-icon" />
      <div>{{ 'requests.answer.drop' | t }}</div>
      <div class="jx-muted">{{ 'requests.answer.hint' | t }}</div>
    </label>
    @for (upload of uploads(); track upload.key) {
      <div class="jx-upload" data-testid="upload-row">
        <span class="jx-name">{{ upload.name }}</span>
        @if (upload.error; as error) {
          <span class="jx-error" role="alert" data-testid="upload-error">{{ error }}</span>
        } @else {
          <nz-progress
            class="jx-progress"
            nzSize="small"
            data-testid="upload-progress"
            [nzPercent]="upload.percent"
            [attr.aria-label]="upload.name"
          />
        }
      </div>
    }
  `,
  styles: `
    .jx-drop {
      display: block;
      padding: 16px;
      border: 1px dashed #bfbfbf;
      border-radius: 6px;
      text-align: center;
      cursor: pointer;
      background: #fafafa;
    }
    .jx-drop.jx-over {
      border-color: #1677ff;
      background: #e6f4ff;
    }
    .jx-drop-icon {
      font-size: 28px;
      color: #1677ff;
    }
    input.jx-hidden {
      display: none !important;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
      font-size: 12px;
    }
    .jx-upload {
      display: flex;
      align-items: center;
      gap: 8px;
      margin-top: 6px;
    }
    .jx-name {
      flex: 0 0 40%;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .jx-progress {
      flex: 1;
    }
    .jx-error {
      color: #cf1322;
      font-size: 12px;
    }
  `,
})
export class EvidenceUploadComponent {
  readonly evaluationId = input.required<string>();
  readonly itemId = input.required<string>();
  /** Emitted after each finished upload, so the item is reloaded. */
  readonly uploaded = output<RequestFile>();

  private readonly api = inject(RequestsApiService);
  private readonly i18n = inject(I18nService);
  protected readonly accept = acceptAttribute(EVIDENCE);
  protected readonly over = signal(false);
  protected readonly uploads = signal<UploadProgress[]>([]);
  private next = 0;

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    this.start(droppedFiles(event.dataTransfer?.files));
  }

  protected pick(picker: HTMLInputElement): void {
    this.start(droppedFiles(picker.files));
    picker.value = '';
  }

  private start(files: readonly File[]): void {
    for (const file of files) void this.send(file);
  }

  private async send(file: File): Promise<void> {
    const key = (this.next += 1);
    const patch = (change: Partial<UploadProgress>) =>
      this.uploads.update((list) =>
        list.map((entry) => (entry.key === key ? { ...entry, ...change } : entry)),
      );
    this.uploads.update((list) => [...list, { key, name: file.name, percent: 0, error: null }]);
    try {
      const stored = await this.api.upload(this.evaluationId(), this.itemId(), file, (percent) =>
        patch({ percent }),
      );
      patch({ percent: 100 });
      this.uploaded.emit(stored);
      // a finished bar stays a moment, then the file shows in the answer's list
      setTimeout(() => this.uploads.update((list) => list.filter((entry) => entry.key !== key)), 1500);
    } catch (caught) {
      const message = toApiError(caught, this.i18n.locale()).message;
      patch({ error: this.i18n.t('requests.answer.uploadFailed', { name: file.name, message }) });
    }
  }
}
