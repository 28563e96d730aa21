import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { LevelTotal } from '@jixiao/domain';
import { ratePercent } from '@jixiao/domain';
import { NgxEchartsDirective, provideEchartsCore } from 'ngx-echarts';

/**
 * 得分率 per level-1 indicator as a bar chart. Loaded with `@defer` and echarts imported on demand,
 * so neither ngx-echarts nor echarts is in the initial bundle.
 */
@Component({
  selector: 'jx-level1-chart',
  imports: [NgxEchartsDirective],
  providers: [provideEchartsCore({ echarts: () => import('echarts') })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div
    echarts
    class="jx-chart"
    role="img"
    data-testid="level1-chart"
    [attr.aria-label]="label()"
    [options]="options()"
  ></div>`,
  styles: `
    .jx-chart {
      height: 200px;
      width: 100%;
    }
  `,
})
export class Level1ChartComponent {
  readonly rows = input.required<readonly LevelTotal[]>();
  readonly title = input('');

  protected readonly label = computed(
    () =>
      `${this.title()}：${this.rows()
        .map((row) => `${row.name} ${ratePercent(row.rate) ?? '—'}%`)
        .join('，')}`,
  );

  protected readonly options = computed(() => ({
    grid: { left: 40, right: 12, top: 16, bottom: 28 },
    tooltip: { trigger: 'axis' as const, valueFormatter: (value: unknown) => `${String(value)}%` },
    xAxis: { type: 'category' as const, data: this.rows().map((row) => row.name) },
    yAxis: { type: 'value' as const, min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'bar' as const,
        barMaxWidth: 36,
        itemStyle: { color: '#1677ff' },
        label: { show: true, position: 'top' as const, formatter: '{c}%' },
        data: this.rows().map((row) => ratePercent(row.rate)),
      },
    ],
  }));
}
