import type { EvaluationDetail } from '@jixiao/contracts';

/** The 归档 tab: for the firm and the commissioning bureau, once the report is acknowledged. */
export function showsArchive(evaluation: EvaluationDetail): boolean {
  return (
    (evaluation.status === 'acknowledged' || evaluation.status === 'archived') &&
    (evaluation.myParty === 'firm' || evaluation.myParty === 'bureau')
  );
}

/** `1234567` → `1.18 MB`: a size as people read it. */
export function readableSize(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
