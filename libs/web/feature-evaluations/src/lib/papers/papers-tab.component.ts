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
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { EvaluationDetail, WorkPaper, WorkPaperList } from '@jixiao/contracts';
import { WORK_PAPER_BODY_MAX, WORK_PAPER_TOPIC_MAX } from '@jixiao/domain';
import {
  FieldErrorPipe,
  I18nService,
  TranslatePipe,
  WorkPapersApiService,
  applyServerErrors,
  toApiError,
  validateForm,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PaperEditorComponent } from './paper-editor.component';
import { indicatorOptions, paperGroups } from './paper-groups';

/** 工作底稿: the firm's papers grouped by indicator and topic, a new-paper form, and the selected paper. */
@Component({
  selector: 'jx-papers-tab',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    NzSpinModule,
    NzTagModule,
    PaperEditorComponent,
    FieldErrorPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './papers-tab.component.html',
  styleUrl: './papers-tab.component.css',
})
export class PapersTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();

  private readonly api = inject(WorkPapersApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly list = signal<WorkPaperList | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly creating = signal(false);
  protected readonly saving = signal(false);
  protected readonly createError = signal<string | null>(null);
  protected readonly bodyMax = WORK_PAPER_BODY_MAX;
  protected readonly topicMax = WORK_PAPER_TOPIC_MAX;

  /** Changes with the evaluation and its phase only, not with every update of the detail. */
  private readonly phaseKey = computed(() => `${this.evaluation().id} ${this.evaluation().status}`);
  private readonly indicators = computed(() => this.evaluation().framework?.framework.indicators ?? []);
  protected readonly groups = computed(() => paperGroups(this.list()?.papers ?? [], this.indicators()));
  protected readonly options = computed(() => indicatorOptions(this.indicators()));
  protected readonly selectedTitle = computed(
    () => this.groups().find((group) => group.papers.some((p) => p.id === this.selectedId()))?.title ?? '',
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    kind: ['indicator' as 'indicator' | 'topic'],
    indicatorId: [''],
    topic: ['', [Validators.maxLength(WORK_PAPER_TOPIC_MAX)]],
    reviewerUserId: [''],
    body: ['', [Validators.maxLength(WORK_PAPER_BODY_MAX)]],
  });

  constructor() {
    // Reload when the evaluation or its status changes (a phase opens or closes the papers).
    effect(() => {
      this.phaseKey();
      untracked(() => void this.load());
    });
  }

  async load(evaluationId = this.evaluation().id): Promise<void> {
    try {
      this.list.set(await this.api.list(evaluationId));
      this.loadError.set(null);
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  protected select(paperId: string): void {
    this.creating.set(false);
    this.selectedId.set(paperId);
  }

  protected startNew(): void {
    this.form.reset({ kind: 'indicator', indicatorId: '', topic: '', reviewerUserId: '', body: '' });
    this.createError.set(null);
    this.selectedId.set(null);
    this.creating.set(true);
  }

  protected async create(): Promise<void> {
    this.createError.set(null);
    if (!validateForm(this.form) || this.saving()) return;
    const value = this.form.getRawValue();
    this.saving.set(true);
    try {
      const paper = await this.api.create(this.evaluation().id, {
        indicatorId: value.kind === 'indicator' ? value.indicatorId || null : null,
        topic: value.kind === 'topic' ? value.topic || null : null,
        body: value.body,
        reviewerUserId: value.reviewerUserId || null,
      });
      this.message.success(this.i18n.t('papers.created'));
      this.creating.set(false);
      await this.load();
      this.selectedId.set(paper.id);
    } catch (caught) {
      this.createError.set(applyServerErrors(this.form, toApiError(caught, this.i18n.locale())));
    } finally {
      this.saving.set(false);
    }
  }

  /** The editor saved or signed a paper: refresh its line in the list. */
  protected changed(paper: WorkPaper): void {
    const list = this.list();
    if (!list) return;
    this.list.set({ ...list, papers: list.papers.map((p) => (p.id === paper.id ? { ...paper } : p)) });
  }
}
