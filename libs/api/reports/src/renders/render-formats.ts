import type { ReportRenderJob } from '@jixiao/api-platform';

export type RenderFormat = ReportRenderJob['format'];
export const RENDER_FORMATS: readonly RenderFormat[] = ['docx', 'pdf', 'xlsx'];

export const MEDIA_TYPES: Record<RenderFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file name offered: 「…报告（交换意见稿）v2.docx」, 「…评分表 v2.xlsx」. */
export function fileName(title: string, stageLabel: string, seq: number, format: RenderFormat): string {
  const base = format === 'xlsx' ? `${title}评分表` : `${title}报告${stageLabel ? `（${stageLabel}）` : ''}`;
  return `${base} v${seq}.${format}`.slice(-200);
}
