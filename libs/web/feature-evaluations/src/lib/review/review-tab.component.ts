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
import type { EvaluationDetail, ReviewNoteView, ReviewRoundView, ReviewView } from '@jixiao/contracts';
import {
  DateTimePipe,
  EvaluationsApiService,
  I18nService,
  ReviewApiService,
  TranslatePipe,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { newUuid } from '../model/idempotency';
import { levelRows, type LevelRow } from './review-levels';

type NoteFilter = 'open' | 'all';

/**
 * 复核: the firm's three-level review — the levels with who signed when, the sign button (disabled
 * with the reason), notes anchored to a section or an indicator (add, resolve, filter open), return
 * with a reason, earlier rounds. The unit and the bureau see only the progress (level k of n).
 */
@Component({
  selector: 'jx-review-tab',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzCardModule,
    NzInputModule,
    NzProgressModule,
    NzRadioModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    TranslatePipe,
    DateTimePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './review-tab.component.html',
  styleUrl: './review-tab.component.css',
})
export class ReviewTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  /** The evaluation after a sign-off or a return, for the page to show. */
  readonly changed = output<EvaluationDetail>();

  private readonly api = inject(ReviewApiService);
  private readonly evaluations = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly view = signal<ReviewView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly noteError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly filter = signal<NoteFilter>('open');
  protected readonly anchorKind = signal<'section' | 'indicator'>('indicator');
  protected readonly anchorKey = signal('');
  protected readonly noteBody = signal('');
  protected readonly returnReason = signal('');

  protected readonly internal = computed(() => this.view()?.internal ?? null);
  protected readonly currentRound = computed<ReviewRoundView | null>(() => {
    const internal = this.internal();
    return internal?.rounds.find((round) => round.round === internal.currentRound) ?? null;
  });
  protected readonly earlierRounds = computed(() =>
    (this.internal()?.rounds ?? []).filter((round) => round.round !== this.internal()?.currentRound),
  );
  protected readonly levels = computed<LevelRow[]>(() => {
    const round = this.currentRound();
    return round ? levelRows(round) : [];
  });
  protected readonly notes = computed<ReviewNoteView[]>(() =>
    (this.internal()?.notes ?? []).filter((note) => this.filter() === 'all' || note.status === 'open'),
  );
  protected readonly openNotes = computed(
    () => (this.internal()?.notes ?? []).filter((note) => note.status === 'open').length,
  );
  protected readonly percent = computed(() => {
    const progress = this.view()?.progress;
    return progress && progress.levels > 0 ? Math.round((progress.signed / progress.levels) * 100) : 0;
  });

  constructor() {
    effect(() => {
      const evaluation = this.evaluation();
      untracked(() => void this.load(evaluation.id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      this.view.set(await this.api.view(id));
      this.loadError.set(null);
    } catch (caught) {
      this.loadError.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  protected outcomeLabel(round: ReviewRoundView): string {
    return this.i18n.t(`review.outcome.${round.outcome ?? 'open'}`);
  }

  protected statusLabel(note: ReviewNoteView): string {
    return this.i18n.t(`review.status.${note.status}`);
  }

  protected anchorLabel(anchor: string): string {
    const [kind, key] = anchor.split(':');
    return `${this.i18n.t(kind === 'section' ? 'review.anchor.section' : 'review.anchor.indicator')} ${key ?? ''}`;
  }

  protected async sign(): Promise<void> {
    await this.send('SIGN_REVIEW');
  }

  protected async returnReport(): Promise<void> {
    await this.send('RETURN_REVIEW', this.returnReason().trim());
  }

  private async send(event: 'SIGN_REVIEW' | 'RETURN_REVIEW', comment?: string): Promise<void> {
    const evaluation = this.evaluation();
    this.busy.set(true);
    this.actionError.set(null);
    try {
      const updated = await this.evaluations.transition(
        evaluation.id,
        { event, version: evaluation.version, comment },
        newUuid(),
      );
      this.message.success(this.i18n.t(event === 'SIGN_REVIEW' ? 'review.signed' : 'review.returned'));
      this.returnReason.set('');
      this.changed.emit(updated);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.actionError.set(error.details[0]?.message ?? error.message);
    } finally {
      this.busy.set(false);
    }
  }

  protected async addNote(): Promise<void> {
    this.busy.set(true);
    this.noteError.set(null);
    try {
      this.view.set(
        await this.api.addNote(this.evaluation().id, {
          anchor: `${this.anchorKind()}:${this.anchorKey().trim()}`,
          body: this.noteBody(),
        }),
      );
      this.noteBody.set('');
      this.anchorKey.set('');
      this.message.success(this.i18n.t('review.noteAdded'));
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.noteError.set(error.details.map((detail) => detail.message).join('；') || error.message);
    } finally {
      this.busy.set(false);
    }
  }

  protected async resolve(note: ReviewNoteView): Promise<void> {
    this.busy.set(true);
    this.noteError.set(null);
    try {
      this.view.set(await this.api.resolveNote(this.evaluation().id, note.id, { version: note.version }));
    } catch (caught) {
      this.noteError.set(toApiError(caught, this.i18n.locale()).message);
      await this.load(this.evaluation().id);
    } finally {
      this.busy.set(false);
    }
  }
}
