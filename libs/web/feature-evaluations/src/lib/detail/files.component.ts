import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import {
  acceptAttribute,
  type EvaluationDetail,
  type EvaluationFile,
  type EvaluationFilePurpose,
  type FileKind,
} from '@jixiao/contracts';
import {
  DateTimePipe,
  EvaluationsApiService,
  I18nService,
  TranslatePipe,
  saveBlob,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzTableModule } from 'ng-zorro-antd/table';
import { fileSize } from '../model/file-size';

/** The document types the API accepts for each purpose (it checks the content; this only filters the picker). */
const ACCEPTED: Record<EvaluationFilePurpose, readonly FileKind[]> = {
  engagement_letter: ['pdf', 'docx', 'doc', 'jpeg', 'png'],
  plan_attachment: ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'jpeg', 'png'],
  // Fieldwork: fiscal figures (issue 9)
  figure_source: ['pdf', 'docx', 'doc', 'xlsx', 'xls', 'jpeg', 'png'],
  // Delivery (出具, issue 11): the scan of the sealed report (盖章版)
  issued_report: ['pdf', 'jpeg', 'png'],
  // Feedback (征求意见, issue 11): the scan of the stamped form
  feedback_form: ['pdf', 'jpeg', 'png'],
};

/** Files of one purpose: list with download, and upload with progress when `canUpload`. */
@Component({
  selector: 'jx-evaluation-files',
  imports: [
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzProgressModule,
    NzTableModule,
    DateTimePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (canUpload()) {
      <div class="jx-upload">
        <input
          #picker
          type="file"
          class="jx-hidden"
          [accept]="accept()"
          [attr.data-testid]="'file-input-' + purpose()"
          [attr.aria-label]="'evaluation.upload' | t"
          (change)="upload(picker)"
        />
        <button
          nz-button
          type="button"
          [nzLoading]="progress() !== null"
          [attr.data-testid]="'upload-' + purpose()"
          (click)="picker.click()"
        >
          <nz-icon nzType="upload" />{{ 'evaluation.upload' | t }}
        </button>
        <span class="jx-muted">{{ 'evaluation.uploadHint' | t }}</span>
        @if (progress(); as percent) {
          <nz-progress
            class="jx-progress"
            nzSize="small"
            data-testid="upload-progress"
            [nzPercent]="percent"
          />
        }
      </div>
    }
    @if (error(); as message) {
      <nz-alert class="jx-alert" nzType="error" nzShowIcon data-testid="upload-error" [nzMessage]="message" />
    }
    <nz-table
      nzSize="small"
      [nzData]="files()"
      [nzShowPagination]="false"
      [nzNoResult]="empty()"
      [attr.data-testid]="'files-' + purpose()"
    >
      <thead>
        <tr>
          <th>{{ 'evaluation.file.name' | t }}</th>
          <th nzWidth="90px">{{ 'evaluation.file.size' | t }}</th>
          <th nzWidth="230px">{{ 'evaluation.file.uploadedBy' | t }}</th>
          <th nzWidth="80px">{{ 'common.actions' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (file of files(); track file.id) {
          <tr>
            <td data-testid="file-name">{{ file.name }}</td>
            <td>{{ size(file) }}</td>
            <td>{{ file.uploadedByName }} · {{ file.uploadedAt | dateTime }}</td>
            <td>
              <button
                nz-button
                nzType="link"
                nzSize="small"
                type="button"
                data-testid="download-file"
                (click)="download(file)"
              >
                <nz-icon nzType="download" />{{ 'evaluation.download' | t }}
              </button>
            </td>
          </tr>
        }
      </tbody>
    </nz-table>
  `,
  styles: `
    .jx-upload {
      display: flex;
      align-items: center;
      gap: 12px;
      margin-bottom: 8px;
    }
    /* antd shows file inputs inside forms (display: block); this one is driven by the button. */
    input.jx-hidden {
      display: none !important;
    }
    .jx-progress {
      width: 200px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-alert {
      margin-bottom: 8px;
    }
  `,
})
export class FilesComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  readonly purpose = input.required<EvaluationFilePurpose>();
  readonly canUpload = input(false);
  /** Emitted after an upload, so the page reloads the evaluation. */
  readonly uploaded = output<EvaluationFile>();

  private readonly api = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly accept = computed(() => acceptAttribute(ACCEPTED[this.purpose()]));
  protected readonly progress = signal<number | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly files = computed(() =>
    this.evaluation().files.filter((file) => file.purpose === this.purpose()),
  );
  protected readonly empty = computed(() =>
    this.i18n.t(this.purpose() === 'engagement_letter' ? 'evaluation.noLetter' : 'evaluation.noFiles'),
  );

  protected size(file: EvaluationFile): string {
    return fileSize(file.size);
  }

  async upload(picker: HTMLInputElement): Promise<void> {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    this.error.set(null);
    this.progress.set(0);
    try {
      const stored = await this.api.uploadFile(this.evaluation().id, this.purpose(), file, (percent) =>
        this.progress.set(Math.max(1, percent)),
      );
      this.message.success(this.i18n.t('evaluation.uploaded', { name: stored.name }));
      this.uploaded.emit(stored);
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.progress.set(null);
    }
  }

  async download(file: EvaluationFile): Promise<void> {
    try {
      saveBlob(await this.api.downloadFile(this.evaluation().id, file.id), file.name);
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    }
  }
}
