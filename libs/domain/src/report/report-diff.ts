import type { DocumentBlock } from './report-document';
import { reportDocumentOf } from './report-document-of';
import type { ReportModel } from './report-model';

/** A paragraph added, removed or changed under a heading (`place`). */
export interface TextChange {
  place: string;
  before: string | null;
  after: string | null;
}

/** An indicator's (or the total's, the grade's) score in two versions. */
export interface ScoreChange {
  id: string;
  name: string;
  before: string | null;
  after: string | null;
}

/** The paragraphs of a rendered report, grouped by the heading they stand under, in order. */
function paragraphsByPlace(model: ReportModel): Map<string, string[]> {
  const places = new Map<string, string[]>();
  let place = '';
  const blocks: DocumentBlock[] = reportDocumentOf(model).sections.flatMap((section) => section.blocks);
  for (const block of blocks) {
    if (block.kind === 'heading') place = block.text;
    if (block.kind !== 'paragraph') continue;
    const text = block.runs.map((run) => run.text).join('');
    places.set(place, [...(places.get(place) ?? []), text]);
  }
  return places;
}

/** Paragraph-level text changes: what only one side has, paired in order within each place. */
export function textChanges(before: ReportModel, after: ReportModel): TextChange[] {
  const left = paragraphsByPlace(before);
  const right = paragraphsByPlace(after);
  const places = [...new Set([...left.keys(), ...right.keys()])];
  return places.flatMap((place) => {
    const was = left.get(place) ?? [];
    const now = right.get(place) ?? [];
    const removed = was.filter((text) => !now.includes(text));
    const added = now.filter((text) => !was.includes(text));
    return Array.from({ length: Math.max(removed.length, added.length) }, (_, index) => ({
      place,
      before: removed[index] ?? null,
      after: added[index] ?? null,
    }));
  });
}

/** Scores that differ between two versions, the total and the grade first. */
export function scoreChanges(before: ReportModel, after: ReportModel): ScoreChange[] {
  const changes: ScoreChange[] = [];
  if (before.scores.total !== after.scores.total)
    changes.push({ id: 'total', name: '综合得分', before: before.scores.total, after: after.scores.total });
  if (before.scores.grade !== after.scores.grade)
    changes.push({ id: 'grade', name: '评价等级', before: before.scores.grade, after: after.scores.grade });
  const was = new Map(before.scores.indicators.map((row) => [row.id, row]));
  const ids = new Set<string>();
  for (const row of after.scores.indicators) {
    ids.add(row.id);
    const old = was.get(row.id);
    if (old?.score !== row.score)
      changes.push({ id: row.id, name: row.name, before: old?.score ?? null, after: row.score });
  }
  for (const row of before.scores.indicators) {
    if (!ids.has(row.id)) changes.push({ id: row.id, name: row.name, before: row.score, after: null });
  }
  return changes;
}
