import type { ArchiveAudience } from '@jixiao/contracts';

/**
 * Where an evaluation's archive zip is stored: one key per evaluation and audience, so a rerun replaces,
 * never adds. The firm's engagement file keeps the original key; the bureau's copy is `<id>-bureau.zip`.
 */
export function archivePackageKey(
  bureauOrgId: string,
  evaluationId: string,
  audience: ArchiveAudience = 'firm',
): string {
  const suffix = audience === 'firm' ? '' : `-${audience}`;
  return `evaluations/${bureauOrgId}/${evaluationId}/archive/${evaluationId}${suffix}.zip`;
}

/** The zip's name offered for download: 「…归档包.zip」 (the bureau's copy: 「…归档包（委托方）.zip」). */
export function archivePackageFileName(title: string, audience: ArchiveAudience = 'firm'): string {
  return `${title.slice(0, 180)}归档包${audience === 'firm' ? '' : '（委托方）'}.zip`;
}
