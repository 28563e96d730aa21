import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ScoreFrameworkResponse } from '@jixiao/contracts';
import { TranslatePipe } from '@jixiao/web-data-access';
import { MessagePipe } from '../rules/message.pipe';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzStatisticModule } from 'ng-zorro-antd/statistic';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';

/** A rate string ("0.8825") as a percentage number for display (88.25), null stays null. */
export function percent(rate: string | null): number | null {
  if (rate === null) return null;
  const value = Number(rate);
  return Number.isFinite(value) ? Math.round(value * 10000) / 100 : null;
}

/** The try-it result: total and grade, level-1 score rates, the scored tree and consistency findings. */
@Component({
  selector: 'jx-try-it-result',
  imports: [
    MessagePipe,
    NzAlertModule,
    NzCardModule,
    NzProgressModule,
    NzStatisticModule,
    NzTableModule,
    NzTagModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './try-it-result.component.html',
  styles: `
    .jx-scroll {
      max-height: 460px;
      overflow: auto;
    }
    nz-card {
      margin-bottom: 12px;
    }
    .jx-summary {
      display: flex;
      gap: 32px;
      align-items: flex-start;
    }
    .jx-level1 {
      flex: 1;
      min-width: 0;
    }
    .jx-level1-row {
      display: grid;
      grid-template-columns: 90px 1fr 110px;
      gap: 8px;
      align-items: center;
    }
    .jx-explanation {
      color: rgba(0, 0, 0, 0.55);
      font-size: 12px;
    }
    .jx-parent {
      font-weight: 600;
    }
    .jx-finding {
      margin-bottom: 6px;
    }
  `,
})
export class TryItResultComponent {
  readonly response = input.required<ScoreFrameworkResponse>();
  protected readonly result = computed(() => this.response().result);
  protected readonly findings = computed(() => this.response().consistency.findings);
  protected readonly percent = percent;
  protected readonly parentIds = computed(() => {
    const ids = new Set<string>();
    const nodes = this.result().nodes;
    nodes.forEach((node, i) => {
      const next = nodes[i + 1];
      if (next && next.level > node.level) ids.add(node.id);
    });
    return ids;
  });
}
