import type { ReportNarrative, ReportProblem } from './report-model';

/** Limits on what a narrative may hold (a seed-1 report has ≈ 30 000 characters of text). */
export const NARRATIVE_LIMITS = {
  slotLength: 20000,
  slots: 200,
  problems: 100,
  titleLength: 200,
  ids: 100,
} as const;

export interface NarrativeProblem {
  /** `narrative.slots.abstract`, `narrative.problems.2.title` … */
  field: string;
  /** `report.narrative.not_text`, `report.narrative.too_long`, `report.narrative.too_many`, `report.narrative.shape`. */
  code: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function texts(
  value: unknown,
  field: string,
  max: number,
  problems: NarrativeProblem[],
): Record<string, string> | null {
  if (!isRecord(value)) {
    problems.push({ field, code: 'report.narrative.shape' });
    return null;
  }
  const entries = Object.entries(value);
  if (entries.length > NARRATIVE_LIMITS.slots) problems.push({ field, code: 'report.narrative.too_many' });
  const out: Record<string, string> = {};
  for (const [key, text] of entries) {
    if (typeof text !== 'string')
      problems.push({ field: `${field}.${key}`, code: 'report.narrative.not_text' });
    else if (text.length > max)
      problems.push({ field: `${field}.${key}`, code: 'report.narrative.too_long' });
    else out[key] = text;
  }
  return out;
}

function problemOf(value: unknown, field: string, problems: NarrativeProblem[]): ReportProblem | null {
  if (!isRecord(value)) {
    problems.push({ field, code: 'report.narrative.shape' });
    return null;
  }
  const { title, text, indicatorIds } = value;
  if (typeof title !== 'string' || title.trim() === '') {
    problems.push({ field: `${field}.title`, code: 'report.narrative.not_text' });
    return null;
  }
  if (title.length > NARRATIVE_LIMITS.titleLength)
    problems.push({ field: `${field}.title`, code: 'report.narrative.too_long' });
  if (typeof text !== 'string') {
    problems.push({ field: `${field}.text`, code: 'report.narrative.not_text' });
    return null;
  }
  if (text.length > NARRATIVE_LIMITS.slotLength)
    problems.push({ field: `${field}.text`, code: 'report.narrative.too_long' });
  if (
    !Array.isArray(indicatorIds) ||
    indicatorIds.length > NARRATIVE_LIMITS.ids ||
    !indicatorIds.every((id): id is string => typeof id === 'string' && id.length <= 100)
  ) {
    problems.push({ field: `${field}.indicatorIds`, code: 'report.narrative.shape' });
    return null;
  }
  return { title: title.trim(), text, indicatorIds: [...indicatorIds] };
}

/** Checks a narrative sent by a client; the narrative is returned only when there is no problem. */
export function checkNarrative(value: unknown): {
  narrative: ReportNarrative | null;
  problems: NarrativeProblem[];
} {
  const problems: NarrativeProblem[] = [];
  if (!isRecord(value))
    return { narrative: null, problems: [{ field: 'narrative', code: 'report.narrative.shape' }] };
  const slots = texts(value['slots'], 'narrative.slots', NARRATIVE_LIMITS.slotLength, problems);
  const waivers = texts(
    value['waivers'] ?? {},
    'narrative.waivers',
    NARRATIVE_LIMITS.titleLength * 10,
    problems,
  );
  const list = value['problems'];
  const parsed: ReportProblem[] = [];
  if (!Array.isArray(list)) problems.push({ field: 'narrative.problems', code: 'report.narrative.shape' });
  else if (list.length > NARRATIVE_LIMITS.problems)
    problems.push({ field: 'narrative.problems', code: 'report.narrative.too_many' });
  else
    list.forEach((entry, index) => {
      const problem = problemOf(entry, `narrative.problems.${index}`, problems);
      if (problem !== null) parsed.push(problem);
    });
  if (problems.length > 0 || slots === null || waivers === null) return { narrative: null, problems };
  return { narrative: { slots, problems: parsed, waivers }, problems };
}
