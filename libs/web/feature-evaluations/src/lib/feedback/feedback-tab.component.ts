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
import { FormsModule } from '@angular/forms';
import type { EvaluationDetail, FeedbackOpinionView, FeedbackView } from '@jixiao/contracts';
import {
  FEEDBACK_DECISIONS,
  type FeedbackDecision,
  type FeedbackFormStatus,
  type OpinionAuthor,
} from '@jixiao/domain/vocabulary';
import {
  DateTimePipe,
  EvaluationsApiService,
  FeedbackApiService,
  I18nService,
  TranslatePipe,
  saveBlob,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { feedbackStatusColor } from './feedback-labels';

/** An answer being written, per opinion. */
interface AnswerDraft {
  decision: FeedbackDecision;
  reason: string;
  changeKeys: string[];
}

/**
 * 征求意见 (issue 11): the feedback form of 附件2. The unit fills it (contacts, opinions anchored to a section
 * or an indicator, or 无意见) and its head signs it (with an optional scan of the stamped form); the bureau
 * adds its own opinions; the team answers each one inline with the reason and the changes it caused.
 */
@Component({
  selector: 'jx-feedback-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCheckboxModule,
    NzDescriptionsModule,
    NzFormModule,
    NzInputModule,
    NzModalModule,
    NzRadioModule,
    NzSelectModule,
    NzTagModule,
    TranslatePipe,
    DateTimePipe,
  ],
  templateUrl: './feedback-tab.component.html',
  styles: `
    .jx-opinion {
      border: 1px solid #f0f0f0;
      border-radius: 4px;
      padding: 12px;
      margin-bottom: 12px;
    }
    .jx-opinion-text {
      white-space: pre-wrap;
      margin: 8px 0;
    }
    .jx-answer {
      background: #fafafa;
      padding: 8px 12px;
      border-left: 3px solid #1677ff;
    }
    .jx-field-error {
      color: #cf1322;
      margin-top: 4px;
    }
    .jx-counts {
      margin: 8px 0 16px;
    }
    .jx-change {
      display: block;
      margin: 4px 0;
    }
  `,
})
export class FeedbackTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  /** Something changed that the evaluation's actions depend on (e.g. PRODUCE_FINAL after the last answer). */
  readonly changed = output<void>();

  private readonly api = inject(FeedbackApiService);
  private readonly files = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly decisions = FEEDBACK_DECISIONS;
  protected readonly view = signal<FeedbackView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly busy = signal(false);
  /** Field errors of the last refused request, by field (`unitContact`, `anchor`, `reason` …). */
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly formError = signal<string | null>(null);

  protected readonly unitContact = signal('');
  protected readonly unitPhone = signal('');
  protected readonly noOpinion = signal(false);
  protected readonly newAnchor = signal<string | null>(null);
  protected readonly newText = signal('');
  protected readonly signOpen = signal(false);
  protected readonly scanFile = signal<File | null>(null);
  protected readonly answers = signal<Record<string, AnswerDraft>>({});
  /** The opinion whose answer the error of the last answer request belongs to. */
  protected readonly answering = signal<string | null>(null);

  protected readonly canAdd = computed(() => {
    const can = this.view()?.can;
    return (can?.fill ?? false) || (can?.addBureauOpinions ?? false);
  });

  constructor() {
    effect(() => {
      const id = this.evaluation().id;
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.accept(await this.api.view(id));
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  private accept(view: FeedbackView): void {
    this.view.set(view);
    this.unitContact.set(view.form?.unitContact ?? '');
    this.unitPhone.set(view.form?.unitPhone ?? '');
    this.noOpinion.set(view.form?.noOpinion ?? false);
    this.errors.set({});
    this.formError.set(null);
  }

  protected statusColor = feedbackStatusColor;

  protected statusLabel(status: FeedbackFormStatus | null): string {
    return this.i18n.t(`feedback.status.${status ?? 'filling'}`);
  }

  protected authorLabel(author: OpinionAuthor): string {
    return this.i18n.t(`evaluation.party.${author}`);
  }

  protected decisionLabel(decision: FeedbackDecision): string {
    return this.i18n.t(`feedback.decision.${decision}`);
  }

  protected draftOf(opinion: FeedbackOpinionView): AnswerDraft {
    return (
      this.answers()[opinion.id] ?? {
        decision: opinion.answer?.decision ?? 'adopted',
        reason: opinion.answer?.reason ?? '',
        changeKeys: opinion.answer?.changes.map((change) => change.key) ?? [],
      }
    );
  }

  protected editAnswer(opinion: FeedbackOpinionView, patch: Partial<AnswerDraft>): void {
    const draft = { ...this.draftOf(opinion), ...patch };
    if (draft.decision === 'rejected') draft.changeKeys = [];
    this.answers.update((answers) => ({ ...answers, [opinion.id]: draft }));
  }

  protected toggleChange(opinion: FeedbackOpinionView, key: string, checked: boolean): void {
    const keys = this.draftOf(opinion).changeKeys.filter((entry) => entry !== key);
    this.editAnswer(opinion, { changeKeys: checked ? [...keys, key] : keys });
  }

  protected changeLabel(key: string): string {
    const change = this.view()?.changes.find((entry) => entry.key === key);
    if (!change) return key;
    if (change.kind === 'score')
      return `${change.id} ${change.name}：${change.before ?? '—'} → ${change.after ?? '—'}`;
    return `${change.place}：${change.after ?? change.before ?? ''}`;
  }

  protected async saveForm(): Promise<void> {
    const form = this.view()?.form;
    if (!form) return;
    await this.run(
      () =>
        this.api.saveForm(this.evaluation().id, {
          unitContact: this.unitContact(),
          unitPhone: this.unitPhone(),
          noOpinion: this.noOpinion(),
          version: form.version,
        }),
      'feedback.formSaved',
    );
  }

  protected async addOpinion(): Promise<void> {
    const saved = await this.run(
      () =>
        this.api.addOpinion(this.evaluation().id, { anchor: this.newAnchor() ?? '', text: this.newText() }),
      'feedback.opinionAdded',
    );
    if (saved) {
      this.newAnchor.set(null);
      this.newText.set('');
    }
  }

  protected async deleteOpinion(opinion: FeedbackOpinionView): Promise<void> {
    await this.run(
      () => this.api.deleteOpinion(this.evaluation().id, opinion.id, opinion.version),
      'feedback.opinionDeleted',
    );
  }

  protected pickScan(event: Event): void {
    const target = event.target as HTMLInputElement;
    this.scanFile.set(target.files?.[0] ?? null);
  }

  protected async sign(): Promise<void> {
    const form = this.view()?.form;
    if (!form) return;
    const id = this.evaluation().id;
    const signed = await this.run(async () => {
      const scan = this.scanFile();
      const uploaded = scan ? await this.files.uploadFile(id, 'feedback_form', scan) : null;
      return this.api.sign(id, { version: form.version, ...(uploaded ? { scanFileId: uploaded.id } : {}) });
    }, 'feedback.signed');
    if (signed) {
      this.signOpen.set(false);
      this.scanFile.set(null);
      this.changed.emit();
    }
  }

  protected async answer(opinion: FeedbackOpinionView): Promise<void> {
    const draft = this.draftOf(opinion);
    this.answering.set(opinion.id);
    const saved = await this.run(
      () =>
        this.api.answer(this.evaluation().id, opinion.id, {
          ...draft,
          version: opinion.answer?.version ?? 0,
        }),
      'feedback.answered',
    );
    if (saved) {
      this.answers.update((answers) => {
        const rest = { ...answers };
        delete rest[opinion.id];
        return rest;
      });
      this.changed.emit();
    }
  }

  protected async downloadScan(): Promise<void> {
    const form = this.view()?.form;
    if (!form?.scanFileId) return;
    saveBlob(
      await this.files.downloadFile(this.evaluation().id, form.scanFileId),
      form.scanFileName ?? 'scan.pdf',
    );
  }

  /** Runs a change; on success shows `done` and the new view, on refusal the errors next to their fields. */
  private async run(
    work: () => Promise<FeedbackView>,
    done:
      | 'feedback.formSaved'
      | 'feedback.opinionAdded'
      | 'feedback.opinionDeleted'
      | 'feedback.signed'
      | 'feedback.answered',
  ): Promise<boolean> {
    this.busy.set(true);
    try {
      const view = await work();
      this.accept(view);
      this.message.success(this.i18n.t(done));
      return true;
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      const fields: Record<string, string> = {};
      for (const detail of error.details) {
        if (detail.field !== 'action' && detail.message) fields[detail.field] ??= detail.message;
      }
      this.errors.set(fields);
      this.formError.set(error.details.find((detail) => detail.field === 'action')?.message ?? error.message);
      if (error.code === 'CONFLICT') await this.load(this.evaluation().id);
      return false;
    } finally {
      this.busy.set(false);
    }
  }
}
