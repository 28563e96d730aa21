import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { PROJECT_COMPLETIONS, type EvaluationProject, type ProjectCompletion } from '@jixiao/contracts';
import { FieldworkScoresApiService, I18nService, TranslatePipe, toApiError } from '@jixiao/web-data-access';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';

interface ProjectDraft {
  name: string;
  budget: string;
  actual: string;
  completion: ProjectCompletion;
}

const EMPTY: ProjectDraft = { name: '', budget: '', actual: '', completion: 'completed' };

/** 项目清单: the unit's projects with budget, actual (万元) and completion; read-only for the others. */
@Component({
  selector: 'jx-projects-table',
  imports: [
    FormsModule,
    NzButtonModule,
    NzCardModule,
    NzInputModule,
    NzPopconfirmModule,
    NzSelectModule,
    NzTableModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card nzSize="small" [nzTitle]="'projects.title' | t" data-testid="projects">
      <nz-table nzSize="small" [nzData]="list()" [nzShowPagination]="false" [nzFrontPagination]="false">
        <thead>
          <tr>
            <th>{{ 'projects.name' | t }}</th>
            <th nzWidth="140px">{{ 'projects.budget' | t }}</th>
            <th nzWidth="140px">{{ 'projects.actual' | t }}</th>
            <th nzWidth="140px">{{ 'projects.completion' | t }}</th>
            @if (canEdit()) {
              <th nzWidth="90px">{{ 'common.actions' | t }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (project of list(); track project.id) {
            <tr>
              <td>{{ project.name }}</td>
              <td class="jx-number">{{ project.budget }}</td>
              <td class="jx-number">{{ project.actual }}</td>
              <td>{{ completionLabel(project.completion) }}</td>
              @if (canEdit()) {
                <td>
                  <button
                    nz-button
                    nzType="link"
                    nzSize="small"
                    type="button"
                    nz-popconfirm
                    [nzPopconfirmTitle]="'projects.deleteConfirm' | t"
                    [nzOkText]="'common.confirm' | t"
                    [nzCancelText]="'common.cancel' | t"
                    (nzOnConfirm)="remove(project)"
                  >
                    {{ 'projects.delete' | t }}
                  </button>
                </td>
              }
            </tr>
          }
          @if (canEdit()) {
            <tr>
              <td>
                <input
                  nz-input
                  nzSize="small"
                  [attr.aria-label]="'projects.name' | t"
                  [(ngModel)]="draftName"
                />
              </td>
              <td>
                <input
                  nz-input
                  nzSize="small"
                  inputmode="decimal"
                  [attr.aria-label]="'projects.budget' | t"
                  [(ngModel)]="draftBudget"
                />
              </td>
              <td>
                <input
                  nz-input
                  nzSize="small"
                  inputmode="decimal"
                  [attr.aria-label]="'projects.actual' | t"
                  [(ngModel)]="draftActual"
                />
              </td>
              <td>
                <label class="jx-sr-only" for="project-new-completion">{{ 'projects.completion' | t }}</label>
                <nz-select nzSize="small" nzId="project-new-completion" [(ngModel)]="draftCompletion">
                  @for (completion of completions; track completion) {
                    <nz-option [nzValue]="completion" [nzLabel]="completionLabel(completion)" />
                  }
                </nz-select>
              </td>
              <td>
                <button nz-button nzSize="small" type="button" [nzLoading]="saving()" (click)="add()">
                  {{ 'projects.add' | t }}
                </button>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      @for (error of errors(); track error) {
        <div class="jx-error" role="alert">{{ error }}</div>
      }
    </nz-card>
  `,
  styles: `
    .jx-number {
      font-variant-numeric: tabular-nums;
    }
    .jx-error {
      color: #cf1322;
      font-size: 13px;
    }
  `,
})
export class ProjectsTableComponent {
  readonly evaluationId = input.required<string>();
  readonly projects = input.required<EvaluationProject[]>();
  readonly canEdit = input(false);

  private readonly api = inject(FieldworkScoresApiService);
  private readonly i18n = inject(I18nService);

  protected readonly list = signal<EvaluationProject[]>([]);
  protected readonly saving = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly completions = PROJECT_COMPLETIONS;
  protected draftName = EMPTY.name;
  protected draftBudget = EMPTY.budget;
  protected draftActual = EMPTY.actual;
  protected draftCompletion: ProjectCompletion = EMPTY.completion;

  constructor() {
    effect(() => this.list.set(this.projects()));
  }

  protected completionLabel(completion: ProjectCompletion): string {
    return this.i18n.t(`projects.completion.${completion}`);
  }

  async add(): Promise<void> {
    this.saving.set(true);
    this.errors.set([]);
    try {
      const created = await this.api.createProject(this.evaluationId(), {
        name: this.draftName,
        budget: this.draftBudget.trim(),
        actual: this.draftActual.trim(),
        completion: this.draftCompletion,
      });
      this.list.update((list) => [...list, created]);
      this.draftName = EMPTY.name;
      this.draftBudget = EMPTY.budget;
      this.draftActual = EMPTY.actual;
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      this.errors.set(
        error.details.length > 0
          ? error.details.map((detail) => `${this.fieldLabel(detail.field)}：${detail.message}`)
          : [error.message],
      );
    } finally {
      this.saving.set(false);
    }
  }

  async remove(project: EvaluationProject): Promise<void> {
    try {
      await this.api.deleteProject(this.evaluationId(), project.id);
      this.list.update((list) => list.filter((item) => item.id !== project.id));
    } catch (caught) {
      this.errors.set([toApiError(caught, this.i18n.locale()).message]);
    }
  }

  private fieldLabel(field: string): string {
    return this.i18n.tryT(`projects.${field}`) ?? field;
  }
}
