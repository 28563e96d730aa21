import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import type { EvaluationDetail, TeamCandidate, TeamRole } from '@jixiao/contracts';
import {
  DateTimePipe,
  EvaluationsApiService,
  I18nService,
  TranslatePipe,
  toApiError,
} from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import {
  draftFromTeam,
  newRow,
  setRole,
  teamProblem,
  teamRequest,
  type TeamDraftRow,
  type TeamProblem,
} from '../model/team-draft';
import { DeclarationFormComponent } from './declaration-form.component';

const PROBLEM_KEYS = {
  noMembers: 'team.noMembers',
  oneLead: 'team.oneLead',
  unpicked: 'team.pick',
  duplicate: 'team.pick',
} as const satisfies Record<TeamProblem, string>;

/** 评价小组: the team and declarations; the lead or firm admin edits it; each member declares here. */
@Component({
  selector: 'jx-team-tab',
  imports: [
    FormsModule,
    NzAlertModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzTableModule,
    NzTagModule,
    DeclarationFormComponent,
    DateTimePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './team-tab.component.html',
  styles: `
    .jx-toolbar {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
      margin-bottom: 8px;
    }
    .jx-alert {
      margin-bottom: 8px;
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-full {
      width: 100%;
    }
    .jx-error {
      color: #ff4d4f;
      font-size: 12px;
    }
  `,
})
export class TeamTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  readonly changed = output<EvaluationDetail>();

  private readonly api = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly canManage = computed(() => this.evaluation().availableWork.includes('manage_team'));
  protected readonly canDeclare = computed(() =>
    this.evaluation().availableWork.includes('declare_independence'),
  );
  protected readonly editing = signal(false);
  protected readonly rows = signal<TeamDraftRow[]>([]);
  protected readonly candidates = signal<TeamCandidate[]>([]);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly submitted = signal(false);
  protected readonly problem = computed(() => teamProblem(this.rows()));
  protected readonly problemText = computed(() => {
    const problem = this.problem();
    return this.submitted() && problem ? this.i18n.t(PROBLEM_KEYS[problem]) : null;
  });

  async edit(): Promise<void> {
    this.rows.set(draftFromTeam(this.evaluation().team));
    if (this.rows().length === 0) this.rows.set([newRow([])]);
    this.error.set(null);
    this.submitted.set(false);
    this.editing.set(true);
    try {
      this.candidates.set(await this.api.teamCandidates(this.evaluation().id));
    } catch (caught) {
      this.error.set(toApiError(caught, this.i18n.locale()).message);
    }
  }

  protected add(): void {
    this.rows.update((rows) => [...rows, newRow(rows)]);
  }

  protected remove(index: number): void {
    this.rows.update((rows) => rows.filter((_, i) => i !== index));
  }

  protected setUser(index: number, userId: string | null): void {
    this.rows.update((rows) => rows.map((row, i) => (i === index ? { ...row, userId } : row)));
  }

  protected setRole(index: number, role: TeamRole): void {
    this.rows.update((rows) => setRole(rows, index, role));
  }

  protected setDuties(index: number, duties: string): void {
    this.rows.update((rows) => rows.map((row, i) => (i === index ? { ...row, duties } : row)));
  }

  /** A candidate already picked in another row is not offered again. */
  protected takenElsewhere(userId: string, index: number): boolean {
    return this.rows().some((row, i) => i !== index && row.userId === userId);
  }

  protected rowInvalid(row: TeamDraftRow): boolean {
    return this.submitted() && !row.userId;
  }

  async save(): Promise<void> {
    this.submitted.set(true);
    if (this.problem() || this.saving()) return;
    this.saving.set(true);
    this.error.set(null);
    try {
      const updated = await this.api.setTeam(this.evaluation().id, teamRequest(this.rows()));
      this.editing.set(false);
      this.message.success(this.i18n.t('team.saved'));
      this.changed.emit(updated);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.error.set(error.details.map((detail) => detail.message).join('；') || error.message);
    } finally {
      this.saving.set(false);
    }
  }
}
