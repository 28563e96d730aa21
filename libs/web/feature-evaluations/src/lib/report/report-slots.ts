import type { EvaluationDetail, ReportView } from '@jixiao/contracts';
import { REPORT_OUTLINE, analysisSlot, type ReportModel } from '@jixiao/domain';

/** One narrative slot of the outline as the editor lists it. */
export interface SlotEntry {
  key: string;
  heading: string;
  level: 1 | 2;
}

/** The outline's narrative slots in reading order; 四 gets one slot per level-1 family of the model. */
export function slotEntries(model: ReportModel | null): SlotEntry[] {
  return REPORT_OUTLINE.flatMap((chapter): SlotEntry[] => {
    const own: SlotEntry[] =
      chapter.slot === null ? [] : [{ key: chapter.slot, heading: chapter.heading, level: 1 }];
    const heading: SlotEntry[] =
      chapter.slot === null ? [{ key: `chapter:${chapter.key}`, heading: chapter.heading, level: 1 }] : [];
    const families: SlotEntry[] =
      chapter.key === 'analysis'
        ? (model?.scores.level1 ?? []).map((row, index) => ({
            key: analysisSlot(row.id),
            heading: `（${'一二三四五六七八九十'[index] ?? index + 1}）${row.name}`,
            level: 2,
          }))
        : [];
    return [...heading, ...own, ...chapter.sections.map((section) => ({ ...section })), ...families];
  });
}

/** The slot a gate anchor (`slot:abstract`, `problem:0`, `chapter:problems` …) points at, if any. */
export function slotOfAnchor(anchor: string): string | null {
  if (anchor.startsWith('slot:')) return anchor.slice('slot:'.length);
  if (anchor.startsWith('problem:') || anchor === 'chapter:problems') return 'problems';
  if (anchor.startsWith('indicator:') || anchor.startsWith('table:')) return 'conclusion';
  return null;
}

/** 评价报告 is the firm's from the draft phase on; the bureau and the unit see it once they have versions. */
export function showsReport(evaluation: EvaluationDetail, view?: ReportView | null): boolean {
  const from = ['draft', 'feedback', 'final_draft', 'review', 'issued', 'acknowledged', 'archived'];
  if (!from.includes(evaluation.status)) return false;
  if (evaluation.myParty === 'firm') return true;
  return view === undefined || view === null || view.versions.length > 0;
}

/** Inserts `token` into `text` replacing the selection [start, end); returns the text and the new caret. */
export function insertAt(
  text: string,
  start: number,
  end: number,
  token: string,
): { text: string; caret: number } {
  return { text: text.slice(0, start) + token + text.slice(end), caret: start + token.length };
}
