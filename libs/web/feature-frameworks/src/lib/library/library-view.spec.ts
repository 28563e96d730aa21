import type { FrameworkTemplateSummary } from '@jixiao/contracts';
import { libraryView } from './library-view';

const template = (id: string, patch: Partial<FrameworkTemplateSummary> = {}): FrameworkTemplateSummary => ({
  id,
  builtin: false,
  name: id,
  status: 'active',
  version: 1,
  indicatorCount: 10,
  updatedAt: '2026-01-01T00:00:00Z',
  updatedByName: null,
  ...patch,
});

const ALL = { query: '', source: 'all', status: 'all' } as const;

describe('libraryView', () => {
  const templates = [
    template('retired-new', { status: 'retired', updatedAt: '2026-06-01T00:00:00Z' }),
    template('own-old', { updatedAt: '2026-02-01T00:00:00Z', name: '曹家湾 2025 版' }),
    template('own-new', { updatedAt: '2026-05-01T00:00:00Z' }),
    template('builtin', { builtin: true, name: '中山路街道 指标体系' }),
  ];

  it('shows active before retired, built-ins first, then the latest change', () => {
    expect(libraryView(templates, ALL).map((t) => t.id)).toEqual([
      'builtin',
      'own-new',
      'own-old',
      'retired-new',
    ]);
  });

  it('searches names ignoring spaces and case, and filters by source and status', () => {
    expect(libraryView(templates, { ...ALL, query: '中山路街道指标' }).map((t) => t.id)).toEqual(['builtin']);
    expect(libraryView(templates, { ...ALL, query: '2025版' }).map((t) => t.id)).toEqual(['own-old']);
    expect(libraryView(templates, { ...ALL, source: 'builtin' }).map((t) => t.id)).toEqual(['builtin']);
    expect(libraryView(templates, { ...ALL, status: 'retired' }).map((t) => t.id)).toEqual(['retired-new']);
    expect(libraryView(templates, { ...ALL, source: 'own', status: 'active' })).toHaveLength(2);
  });
});
