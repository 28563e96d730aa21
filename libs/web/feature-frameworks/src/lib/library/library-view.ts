import type { FrameworkTemplateSummary } from '@jixiao/contracts';

export type SourceFilter = 'all' | 'builtin' | 'own';
export type StatusFilter = 'all' | 'active' | 'retired';

export interface LibraryFilter {
  query: string;
  source: SourceFilter;
  status: StatusFilter;
}

/**
 * The library as shown: templates whose name contains the query (ignoring case and spaces) and that
 * match the source and status; active before retired, built-ins first, then the most recently changed.
 */
export function libraryView(
  templates: readonly FrameworkTemplateSummary[],
  filter: LibraryFilter,
): FrameworkTemplateSummary[] {
  const normalise = (text: string) => text.replace(/\s+/g, '').toLowerCase();
  const query = normalise(filter.query);
  return templates
    .filter((template) => !query || normalise(template.name).includes(query))
    .filter((template) => filter.source === 'all' || template.builtin === (filter.source === 'builtin'))
    .filter((template) => filter.status === 'all' || template.status === filter.status)
    .sort(
      (a, b) =>
        Number(a.status === 'retired') - Number(b.status === 'retired') ||
        Number(b.builtin) - Number(a.builtin) ||
        b.updatedAt.localeCompare(a.updatedAt),
    );
}
