import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import type { EvaluationDetail } from '@jixiao/contracts';
import { fieldworkBlockerMessage, fieldworkBlockersSummary } from '@jixiao/domain';
import { I18nService, TranslatePipe } from '@jixiao/web-data-access';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';

/** How many missing things are listed before "show all". */
const SHOWN = 8;

/**
 * The lead's checklist in fieldwork: what still keeps fieldwork from closing (required request items,
 * figures to verify, indicators to score), named as the user knows them, or that nothing does.
 */
@Component({
  selector: 'jx-fieldwork-checklist',
  imports: [NzAlertModule, NzButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (visible()) {
      @if (blockers().length === 0) {
        <nz-alert
          nzType="success"
          nzShowIcon
          data-testid="fieldwork-ready"
          [nzMessage]="'fieldwork.ready' | t"
        />
      } @else {
        <nz-alert
          nzType="warning"
          nzShowIcon
          data-testid="fieldwork-blockers"
          [nzMessage]="('fieldwork.blocked' | t) + summary()"
          [nzDescription]="list"
        />
        <ng-template #list>
          <ul class="jx-blockers">
            @for (line of lines(); track $index) {
              <li>{{ line }}</li>
            }
          </ul>
          @if (blockers().length > shownCount()) {
            <button nz-button nzType="link" nzSize="small" (click)="expanded.set(true)">
              {{ 'fieldwork.showAll' | t: { n: blockers().length } }}
            </button>
          }
        </ng-template>
      }
    }
  `,
  styles: `
    .jx-blockers {
      margin: 4px 0 0;
      padding-left: 20px;
    }
  `,
})
export class FieldworkChecklistComponent {
  readonly evaluation = input.required<EvaluationDetail>();
  private readonly i18n = inject(I18nService);
  protected readonly expanded = signal(false);

  protected readonly visible = computed(
    () => this.evaluation().status === 'fieldwork' && this.evaluation().myParty === 'firm',
  );
  protected readonly blockers = computed(() => this.evaluation().fieldworkBlockers);
  protected readonly summary = computed(() => fieldworkBlockersSummary(this.blockers(), this.i18n.locale()));
  protected readonly shownCount = computed(() => (this.expanded() ? Infinity : SHOWN));
  protected readonly lines = computed(() =>
    this.blockers()
      .slice(0, this.shownCount())
      .map((blocker) => fieldworkBlockerMessage(blocker, this.i18n.locale())),
  );
}
