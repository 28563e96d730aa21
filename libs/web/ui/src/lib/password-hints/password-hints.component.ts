import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe, type TranslationKey } from '@jixiao/web-data-access';
import { passwordProblems, type PasswordContext, type PasswordProblem } from '@jixiao/domain';
import { NzIconModule } from 'ng-zorro-antd/icon';

const SHOWN_RULES: readonly PasswordProblem[] = ['too_short', 'too_common', 'contains_context', 'repetitive'];

/** Live checklist of the password policy (`passwordProblems` from the domain). */
@Component({
  selector: 'jx-password-hints',
  imports: [NzIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="jx-hints" data-testid="password-hints" [attr.aria-label]="'password.policyTitle' | t">
      @for (rule of rules(); track rule.problem) {
        <li [class.jx-bad]="rule.broken" [class.jx-ok]="!rule.broken" [attr.data-problem]="rule.problem">
          <nz-icon [nzType]="rule.broken ? 'close-circle' : 'check-circle'" />
          {{ rule.label | t }}
        </li>
      }
    </ul>
  `,
  styles: `
    .jx-hints {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
      font-size: 13px;
    }
    .jx-hints li {
      line-height: 22px;
    }
    .jx-ok {
      color: #237804;
    }
    .jx-bad {
      color: rgba(0, 0, 0, 0.6);
    }
  `,
})
export class PasswordHintsComponent {
  readonly password = input<string>('');
  readonly context = input<PasswordContext>({});

  readonly problems = computed(() => passwordProblems(this.password(), this.context()));
  protected readonly rules = computed(() => {
    const problems = this.problems();
    const rules = problems.includes('too_long') ? [...SHOWN_RULES, 'too_long' as const] : SHOWN_RULES;
    return rules.map((problem) => ({
      problem,
      broken: problems.includes(problem),
      label: `password.problem.${problem}` as TranslationKey,
    }));
  });
}
