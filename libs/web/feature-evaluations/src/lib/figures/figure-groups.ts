import type { FigureView } from '@jixiao/contracts';
import { FIGURE_GROUPS, type FigureGroup } from '@jixiao/domain';

export interface FigureGroupView {
  group: FigureGroup;
  title: string;
  figures: FigureView[];
}

/** The figures in the domain's group order (预算与决算, 基本支出与项目支出 …), empty groups left out. */
export function groupFigures(figures: readonly FigureView[]): FigureGroupView[] {
  return (Object.keys(FIGURE_GROUPS) as FigureGroup[])
    .map((group) => ({
      group,
      title: FIGURE_GROUPS[group],
      figures: figures.filter((figure) => figure.group === group),
    }))
    .filter((view) => view.figures.length > 0);
}
