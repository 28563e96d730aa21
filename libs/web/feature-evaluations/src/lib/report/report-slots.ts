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

/** Whether a gate anchor points into text the team wrote (a narrative slot or a problem of 六). */
export function anchorIsText(anchor: string): boolean {
  return anchor.startsWith('slot:') || anchor.startsWith('problem:');
}

/**
 * Where the preview shows a gate anchor, best first: the anchor itself, then the nearest place that is
 * always rendered (an empty slot has no paragraph but has its heading; an indicator without findings has
 * no heading of its own but its family has, and 附件1 lists every indicator).
 */
export function previewAnchors(anchor: string): string[] {
  const [kind = '', ...rest] = anchor.split(':');
  const key = rest.join(':');
  switch (kind) {
    case 'slot': {
      const family = key.startsWith('analysis.') ? [`family:${key.slice('analysis.'.length)}`] : [];
      return [anchor, `heading:${key}`, `chapter:${key}`, ...family, `chapter:${key.split('.')[0] ?? key}`];
    }
    case 'indicator':
      return [anchor, `family:${key.split('.')[0] ?? key}`, 'table:appendix1'];
    case 'override':
      return [anchor, 'heading:other.responsibility', `indicator:${key}`, 'table:appendix1'];
    case 'problem':
      return [anchor, 'chapter:problems'];
    case 'table':
      return [anchor, 'chapter:conclusion'];
    default:
      return [anchor];
  }
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
