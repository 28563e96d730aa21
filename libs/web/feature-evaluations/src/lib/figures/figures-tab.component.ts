import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import type {
  EvaluationDetail,
  EvaluationFile,
  FigureView,
  FiguresOverview,
  VerifyFigureRequest,
} from '@jixiao/contracts';
import {
  DateTimePipe,
  EvaluationsApiService,
  FieldworkScoresApiService,
  I18nService,
  TranslatePipe,
  toApiError,
  type ApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { groupFigures } from './figure-groups';
import { ProjectsTableComponent } from './projects-table.component';

/** What the unit is typing for one figure. */
interface FigureDraft {
  value: string;
  sourceNote: string;
  sourceFileId: string | null;
}

interface VerifyDraft {
  figure: FigureView;
  verification: VerifyFigureRequest['verification'];
  comment: string;
  correctedValue: string;
}

type FieldErrors = Record<string, string>;

const VERIFICATION_COLOURS: Record<FigureView['verification'], string> = {
  pending: 'default',
  verified: 'green',
  questioned: 'orange',
  corrected: 'blue',
};

/**
 * 财务数据: the unit enters each standard figure once (万元, grouped, with its source document or a
 * note); the team verifies, questions or corrects it (the correction shown beside the unit's value).
 */
@Component({
  selector: 'jx-figures-tab',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzIconModule,
    NzInputModule,
    NzModalModule,
    NzProgressModule,
    NzSelectModule,
    NzSpinModule,
    NzTableModule,
    NzTagModule,
    DateTimePipe,
    TranslatePipe,
    ProjectsTableComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './figures-tab.component.html',
  styles: `
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-group {
      margin-bottom: 16px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
      font-size: 13px;
    }
    .jx-error {
      color: #cf1322;
      font-size: 13px;
    }
    .jx-value {
      font-variant-numeric: tabular-nums;
    }
    .jx-struck {
      text-decoration: line-through;
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-source {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .jx-source nz-select {
      flex: 1;
      min-width: 120px;
    }
    .jx-source input[nz-input],
    .jx-source nz-progress {
      flex-basis: 100%;
    }
    .jx-hidden {
      display: none;
    }
    .jx-actions {
      display: flex;
      gap: 4px;
      flex-wrap: wrap;
    }
    .jx-field {
      margin-bottom: 12px;
    }
    .jx-field label {
      display: block;
      margin-bottom: 4px;
    }
  `,
})
export class FiguresTabComponent implements OnInit {
  readonly evaluation = input.required<EvaluationDetail>();

  private readonly api = inject(FieldworkScoresApiService);
  private readonly evaluations = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly overview = signal<FiguresOverview | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly drafts = signal<Record<string, FigureDraft>>({});
  protected readonly errors = signal<Record<string, FieldErrors>>({});
  protected readonly savingKey = signal<string | null>(null);
  protected readonly uploadingKey = signal<string | null>(null);
  protected readonly uploadProgress = signal<number | null>(null);
  protected readonly uploaded = signal<EvaluationFile[]>([]);
  protected readonly verifyDraft = signal<VerifyDraft | null>(null);
  protected readonly verifyErrors = signal<FieldErrors>({});
  protected readonly verifying = signal(false);

  protected readonly canEnter = computed(() => this.evaluation().availableWork.includes('enter_figures'));
  protected readonly canVerify = computed(() => this.evaluation().availableWork.includes('verify_figures'));
  protected readonly groups = computed(() => groupFigures(this.overview()?.figures ?? []));
  protected readonly sourceFiles = computed(() => {
    const known = this.evaluation().files.filter((file) => file.purpose === 'figure_source');
    const extra = this.uploaded().filter((file) => !known.some((k) => k.id === file.id));
    return [...known, ...extra];
  });
  protected readonly colour = (figure: FigureView) => VERIFICATION_COLOURS[figure.verification];

  /** The figure's name in the UI language (the domain's Chinese name otherwise). */
  protected figureName(figure: { key: string; name: string }): string {
    return this.i18n.tryT(`figures.name.${figure.key}`) ?? figure.name;
  }

  protected stateLabel(state: FigureView['verification']): string {
    return this.i18n.t(`figures.state.${state}`);
  }

  protected groupTitle(group: string, title: string): string {
    return this.i18n.tryT(`figures.group.${group}`) ?? title;
  }

  ngOnInit(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loadError.set(null);
    try {
      const overview = await this.api.figures(this.evaluation().id);
      this.overview.set(overview);
      this.drafts.set(
        Object.fromEntries(overview.figures.map((figure) => [figure.key, this.draftOf(figure)])),
      );
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  protected draft(key: string): FigureDraft {
    return this.drafts()[key] ?? { value: '', sourceNote: '', sourceFileId: null };
  }

  protected edit(key: string, change: Partial<FigureDraft>): void {
    this.drafts.update((drafts) => ({ ...drafts, [key]: { ...this.draft(key), ...change } }));
  }

  protected fieldError(key: string, field: string): string | null {
    return this.errors()[key]?.[field] ?? null;
  }

  protected dirty(figure: FigureView): boolean {
    const draft = this.draft(figure.key);
    return (
      draft.value !== (figure.value ?? '') ||
      draft.sourceNote !== figure.sourceNote ||
      draft.sourceFileId !== figure.sourceFileId
    );
  }

  async save(figure: FigureView): Promise<void> {
    const draft = this.draft(figure.key);
    this.savingKey.set(figure.key);
    this.errors.update((errors) => ({ ...errors, [figure.key]: {} }));
    try {
      const saved = await this.api.enterFigure(this.evaluation().id, figure.key, {
        value: draft.value.trim() === '' ? null : draft.value.trim(),
        sourceFileId: draft.sourceFileId,
        sourceNote: draft.sourceNote,
        version: figure.version,
      });
      this.replace(saved);
      this.message.success(this.i18n.t('figures.saved', { name: figure.name }));
    } catch (caught) {
      this.showError(figure.key, toApiError(caught, this.i18n.locale()));
    } finally {
      this.savingKey.set(null);
    }
  }

  async upload(figure: FigureView, picker: HTMLInputElement): Promise<void> {
    const file = picker.files?.[0];
    picker.value = '';
    if (!file) return;
    this.uploadingKey.set(figure.key);
    this.uploadProgress.set(0);
    try {
      const stored = await this.evaluations.uploadFile(
        this.evaluation().id,
        'figure_source',
        file,
        (percent) => this.uploadProgress.set(percent),
      );
      this.uploaded.update((files) => [...files, stored]);
      this.edit(figure.key, { sourceFileId: stored.id });
    } catch (caught) {
      this.showError(figure.key, toApiError(caught, this.i18n.locale()), 'sourceFileId');
    } finally {
      this.uploadingKey.set(null);
      this.uploadProgress.set(null);
    }
  }

  protected openVerify(figure: FigureView, verification: VerifyDraft['verification']): void {
    this.verifyErrors.set({});
    this.verifyDraft.set({ figure, verification, comment: '', correctedValue: figure.correctedValue ?? '' });
  }

  protected editVerify(change: Partial<VerifyDraft>): void {
    this.verifyDraft.update((draft) => (draft ? { ...draft, ...change } : draft));
  }

  async confirmVerify(): Promise<void> {
    const draft = this.verifyDraft();
    if (!draft) return;
    this.verifying.set(true);
    this.verifyErrors.set({});
    try {
      const saved = await this.api.verifyFigure(this.evaluation().id, draft.figure.key, {
        verification: draft.verification,
        comment: draft.comment,
        ...(draft.verification === 'corrected' ? { correctedValue: draft.correctedValue.trim() } : {}),
        version: draft.figure.version,
      });
      this.replace(saved);
      this.verifyDraft.set(null);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      if (error.code === 'FIGURE_CONFLICT' && this.isFigure(error.current)) {
        this.replace(error.current);
        this.verifyDraft.set(null);
        this.message.warning(this.conflictText(error.current));
        return;
      }
      if (draft.verification === 'verified') {
        this.verifyDraft.set(null);
        this.message.error(error.details[0]?.message ?? error.message);
        return;
      }
      this.verifyErrors.set(this.detailsOf(error));
    } finally {
      this.verifying.set(false);
    }
  }

  /** Quick path for "核实无误": no comment needed. */
  async verifyNow(figure: FigureView): Promise<void> {
    this.openVerify(figure, 'verified');
    await this.confirmVerify();
  }

  private showError(key: string, error: ApiError, fallbackField = 'value'): void {
    if (error.code === 'FIGURE_CONFLICT' && this.isFigure(error.current)) {
      this.replace(error.current);
      this.message.warning(this.conflictText(error.current));
      return;
    }
    const details = this.detailsOf(error);
    if (Object.keys(details).length === 0) details[fallbackField] = error.message;
    this.errors.update((errors) => ({ ...errors, [key]: details }));
  }

  private detailsOf(error: ApiError): FieldErrors {
    const details: FieldErrors = {};
    for (const detail of error.details) details[detail.field] = detail.message;
    if (error.details.length === 0) details['form'] = error.message;
    return details;
  }

  private conflictText(current: FigureView): string {
    return this.i18n.t('figures.conflict', {
      name: current.enteredByName ?? current.verifiedByName ?? '—',
      value: current.value ?? '—',
    });
  }

  private isFigure(value: unknown): value is FigureView {
    return typeof value === 'object' && value !== null && 'key' in value && 'verification' in value;
  }

  private replace(saved: FigureView): void {
    this.overview.update((overview) => {
      if (!overview) return overview;
      const figures = overview.figures.map((figure) => (figure.key === saved.key ? saved : figure));
      const verified = saved.verification === 'verified' || saved.verification === 'corrected';
      const unverified = overview.unverified.filter((item) => item.key !== saved.key || !verified);
      if (!verified && saved.needed && !unverified.some((item) => item.key === saved.key)) {
        unverified.push({ key: saved.key, name: saved.name });
      }
      return { ...overview, figures, unverified };
    });
    this.drafts.update((drafts) => ({ ...drafts, [saved.key]: this.draftOf(saved) }));
  }

  private draftOf(figure: FigureView): FigureDraft {
    return { value: figure.value ?? '', sourceNote: figure.sourceNote, sourceFileId: figure.sourceFileId };
  }
}
