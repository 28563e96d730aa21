/** Where an evaluation's archive zip is stored: one key per evaluation, so a rerun replaces, never adds. */
export function archivePackageKey(bureauOrgId: string, evaluationId: string): string {
  return `evaluations/${bureauOrgId}/${evaluationId}/archive/${evaluationId}.zip`;
}

/** The zip's name offered for download: 「…归档包.zip」. */
export function archivePackageFileName(title: string): string {
  return `${title.slice(0, 180)}归档包.zip`;
}
