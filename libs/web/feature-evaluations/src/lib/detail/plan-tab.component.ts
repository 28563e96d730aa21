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
import { NonNullableFormBuilder, ReactiveFormsModule, Validators, type FormControl } from '@angular/forms';
import type { EvaluationDetail } from '@jixiao/contracts';
import {
  REFUSAL_MESSAGES,
  WORK_PLAN_SECTIONS,
  WORK_PLAN_SECTION_MAX,
  type WorkPlanSection,
} from '@jixiao/domain';
import {
  DateTimePipe,
  EvaluationsApiService,
  FieldErrorPipe,
  I18nService,
  TranslatePipe,
  applyServerErrors,
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
import { latestReturn } from '../model/history';
import { FilesComponent } from './files.component';

const SECTION_KEYS: Record<WorkPlanSection, TranslationKey> = {
  purpose: 'plan.section.purpose',
  basis: 'plan.section.basis',
  methods: 'plan.section.methods',
  schedule: 'plan.section.schedule',
  risks: 'plan.section.risks',
};

type PlanForm = Record<WorkPlanSection, FormControl<string>>;

/** 评价方案: the five sections, the submit checklist, the team and indicator system it relies on, attachments. */
@Component({
  selector: 'jx-plan-tab',
  imports: [
    ReactiveFormsModule,
    NzAlertModule,
    NzButtonModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    FilesComponent,
    DateTimePipe,
    FieldErrorPipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-tab.component.html',
  styles: `
    .jx-columns {
      display: flex;
      gap: 24px;
      align-items: flex-start;
    }
    .jx-main {
      flex: 1;
      min-width: 0;
    }
    .jx-side {
      flex: none;
      width: 300px;
    }
    .jx-alert {
      margin-bottom: 12px;
    }
    .jx-section-title {
      margin: 0 0 4px;
      font-size: 14px;
      font-weight: 600;
    }
    .jx-text {
      white-space: pre-wrap;
      margin-bottom: 16px;
      color: rgba(0, 0, 0, 0.85);
    }
    .jx-muted {
      color: rgba(0, 0, 0, 0.6);
    }
    .jx-check {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
    }
    .jx-check li {
      display: flex;
      flex-wrap: wrap;
      gap: 2px 6px;
      align-items: baseline;
      margin-bottom: 6px;
    }
    .jx-nowrap {
      white-space: nowrap;
    }
    .jx-bad {
      color: #cf1322;
    }
    .jx-good {
      color: #237804;
    }
    .jx-side h4 {
      margin: 0 0 8px;
      font-weight: 600;
    }
    .jx-footer {
      display: flex;
      gap: 12px;
      align-items: center;
    }
    .jx-h3 {
      margin: 16px 0 8px;
      font-size: 15px;
      font-weight: 600;
    }
  `,
})
export class PlanTabComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  readonly changed = output<EvaluationDetail>();
  /** The plan changed under us (stale version): the page reloads. */
  readonly stale = output<void>();

  private readonly api = inject(EvaluationsApiService);
  private readonly i18n = inject(I18nService);
  private readonly message = inject(NzMessageService);

  protected readonly sections = WORK_PLAN_SECTIONS.map((section) => ({
    section,
    label: SECTION_KEYS[section],
  }));
  protected readonly maxLength = WORK_PLAN_SECTION_MAX;
  protected readonly canEdit = computed(() => this.evaluation().availableWork.includes('edit_plan'));
  protected readonly showChecklist = computed(() => {
    const status = this.evaluation().status;
    return (
      this.evaluation().myParty === 'firm' &&
      (status === 'preparation.drafting' || status === 'preparation.returned')
    );
  });
  protected readonly blockers = computed(() =>
    this.evaluation().planBlockers.map((code) => REFUSAL_MESSAGES[code][this.i18n.locale()]),
  );
  protected readonly returned = computed(() =>
    this.evaluation().status === 'preparation.returned' ? latestReturn(this.evaluation().history) : null,
  );
  /** Changes only when the stored plan does, so unsaved edits survive other updates of the evaluation. */
  private readonly plan = computed(() => this.evaluation().plan, {
    equal: (a, b) => a?.version === b?.version && a?.updatedAt === b?.updatedAt,
  });
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group<PlanForm>({
    purpose: this.control(),
    basis: this.control(),
    methods: this.control(),
    schedule: this.control(),
    risks: this.control(),
  });

  constructor() {
    // A fresh plan from the server (load, save, another user's change) resets the form.
    effect(() => {
      const plan = this.plan();
      untracked(() => {
        this.form.reset({
          purpose: plan?.purpose ?? '',
          basis: plan?.basis ?? '',
          methods: plan?.methods ?? '',
          schedule: plan?.schedule ?? '',
          risks: plan?.risks ?? '',
        });
      });
    });
  }

  private control(): FormControl<string> {
    return inject(NonNullableFormBuilder).control('', [Validators.maxLength(WORK_PLAN_SECTION_MAX)]);
  }

  async save(): Promise<void> {
    this.error.set(null);
    if (!validateForm(this.form) || this.saving()) return;
    this.saving.set(true);
    const evaluation = this.evaluation();
    try {
      const value = this.form.getRawValue();
      const updated = await this.api.savePlan(evaluation.id, {
        ...value,
        version: evaluation.plan?.version ?? 0,
      });
      this.message.success(this.i18n.t('plan.saved'));
      this.changed.emit(updated);
    } catch (caught) {
      const error = toApiError(caught, this.i18n.locale());
      if (error.code === 'CONFLICT') {
        this.message.warning(this.i18n.t('action.conflict'));
        this.stale.emit();
        return;
      }
      this.error.set(applyServerErrors(this.form, error));
    } finally {
      this.saving.set(false);
    }
  }
}
