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
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  acceptAttribute,
  type WorkPaper,
  type WorkPaperAttachment,
  type WorkPaperReviewerOption,
} from '@jixiao/contracts';
import { WORK_PAPER_BODY_MAX, WORK_PAPER_REVIEW_NOTE_MAX, WORK_PAPER_TOPIC_MAX } from '@jixiao/domain';
import {
  DateTimePipe,
  FieldErrorPipe,
  I18nService,
  TranslatePipe,
  WorkPapersApiService,
  applyServerErrors,
  saveBlob,
  toApiError,
  validateForm,
  type TranslationKey,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { fileSize } from '../model/file-size';

const ACCEPT = acceptAttribute(['pdf', 'docx', 'doc', 'xlsx', 'xls', 'jpeg', 'png', 'zip']);

/** One work paper: its text and reviewer, attachments with upload progress, the sign-off, the history. */
@Component({
  selector: 'jx-paper-editor',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzProgressModule,
    NzSelectModule,
    NzSpinModule,
    NzTagModule,
    DateTimePipe,
    FieldErrorPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './paper-editor.component.html',
  styleUrl: './papers-tab.component.css',
})
export class PaperEditorComponent {
  readonly evaluationId = input.required<string>();
  readonly paperId = input.required<string>();
  readonly title = input('');
  readonly reviewers = input.required<readonly WorkPaperReviewerOption[]>();
  /** Emitted after a save, a sign-off or an upload. */
  readonly changed = output<WorkPaper>();

  private readonly api = inject(WorkPapersApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly paper = signal<WorkPaper | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly conflict = signal(false);
  protected readonly saving = signal(false);
  protected readonly reviewing = signal(false);
  protected readonly progress = signal<number | null>(null);
  protected readonly accept = ACCEPT;
  protected readonly bodyMax = WORK_PAPER_BODY_MAX;
  protected readonly topicMax = WORK_PAPER_TOPIC_MAX;
  protected readonly noteMax = WORK_PAPER_REVIEW_NOTE_MAX;
  protected readonly history = computed(() => [...(this.paper()?.history ?? [])].reverse());

  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    topic: ['', [Validators.maxLength(WORK_PAPER_TOPIC_MAX)]],
    body: ['', [Validators.maxLength(WORK_PAPER_BODY_MAX)]],
    reviewerUserId: [''],
  });
  protected readonly reviewForm = this.fb.group({
    note: ['', [Validators.maxLength(WORK_PAPER_REVIEW_NOTE_MAX)]],
  });

  constructor() {
    effect(() => {
      const evaluationId = this.evaluationId();
      const paperId = this.paperId();
      untracked(() => void this.load(evaluationId, paperId));
    });
  }

  protected async load(evaluationId = this.evaluationId(), paperId = this.paperId()): Promise<void> {
    this.error.set(null);
    this.conflict.set(false);
    try {
      this.show(await this.api.get(evaluationId, paperId));
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  private show(paper: WorkPaper): void {
    this.paper.set(paper);
    this.form.reset({
      topic: paper.topic ?? '',
      body: paper.body,
      reviewerUserId: paper.reviewerUserId ?? '',
    });
    this.reviewForm.reset({ note: '' });
    if (!paper.canEdit) this.form.disable();
    else this.form.enable();
  }

  protected eventLabel(event: string): TranslationKey {
    return `papers.event.${event}` as TranslationKey;
  }

  protected size(attachment: WorkPaperAttachment): string {
    return fileSize(attachment.size);
  }

  async save(): Promise<void> {
    const paper = this.paper();
    this.error.set(null);
    if (!paper || !validateForm(this.form) || this.saving()) return;
    const value = this.form.getRawValue();
    this.saving.set(true);
    try {
      const saved = await this.api.save(this.evaluationId(), paper.id, {
        topic: paper.topic === null ? null : value.topic,
        body: value.body,
        reviewerUserId: value.reviewerUserId || null,
        version: paper.version,
      });
      this.message.success(this.i18n.t('papers.saved'));
      this.show(saved);
      this.changed.emit(saved);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      // Someone saved first: keep what this user typed on screen, and offer the latest version.
      if (error.code === 'CONFLICT') this.conflict.set(true);
      else this.error.set(applyServerErrors(this.form, error));
    } finally {
      this.saving.set(false);
    }
  }

  async signOff(): Promise<void> {
    const paper = this.paper();
    if (!paper || !validateForm(this.reviewForm) || this.reviewing()) return;
    this.reviewing.set(true);
    this.error.set(null);
    try {
      const note = this.reviewForm.getRawValue().note.trim();
      const reviewed = await this.api.review(this.evaluationId(), paper.id, {
        ...(note ? { note } : {}),
        version: paper.version,
      });
      this.message.success(this.i18n.t('papers.signedOff'));
      this.show(reviewed);
      this.changed.emit(reviewed);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      if (error.code === 'CONFLICT') this.conflict.set(true);
      else this.error.set(applyServerErrors(this.reviewForm, error));
    } finally {
      this.reviewing.set(false);
    }
  }

  async upload(picker: HTMLInputElement): Promise<void> {
    const file = picker.files?.[0];
    const paper = this.paper();
    picker.value = '';
    if (!file || !paper) return;
    this.error.set(null);
    this.progress.set(0);
    try {
      const updated = await this.api.attach(this.evaluationId(), paper.id, file, (percent) =>
        this.progress.set(Math.max(1, percent)),
      );
      this.message.success(this.i18n.t('papers.attached', { name: file.name }));
      // the text being edited stays as typed: an attachment does not change the paper's version
      this.paper.set(updated);
      this.changed.emit(updated);
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    } finally {
      this.progress.set(null);
    }
  }

  async download(attachment: WorkPaperAttachment): Promise<void> {
    const paper = this.paper();
    if (!paper) return;
    try {
      saveBlob(await this.api.download(this.evaluationId(), paper.id, attachment.fileId), attachment.name);
    } catch (caught) {
      this.message.error(toApiError(caught, this.i18n.locale()).message);
    }
  }
}
