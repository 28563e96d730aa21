/** The firm's review levels (三级复核) unless its admin renames or changes them. */
export const DEFAULT_REVIEW_LEVEL_TITLES: readonly string[] = [
  '项目经理',
  '部门（技术）负责人',
  '合伙人（质量控制）',
];

export const MIN_REVIEW_LEVELS = 1;
export const MAX_REVIEW_LEVELS = 5;
export const MAX_REVIEW_LEVEL_TITLE_LENGTH = 40;

export interface ReviewLevelProblem {
  field: string;
  code: 'review.levels_count' | 'review.level_title_required' | 'review.level_title_too_long';
}

/**
 * Checks the titles a firm admin gives its review levels, in signing order: one to five levels, each
 * titled (trimmed, at most 40 characters). Returns the trimmed titles, or the problems by field.
 */
export function checkReviewLevelTitles(titles: readonly string[]): {
  titles: string[] | null;
  problems: ReviewLevelProblem[];
} {
  const problems: ReviewLevelProblem[] = [];
  if (titles.length < MIN_REVIEW_LEVELS || titles.length > MAX_REVIEW_LEVELS)
    problems.push({ field: 'titles', code: 'review.levels_count' });
  const trimmed = titles.map((title) => title.trim());
  trimmed.forEach((title, index) => {
    if (title.length === 0) problems.push({ field: `titles.${index}`, code: 'review.level_title_required' });
    else if (title.length > MAX_REVIEW_LEVEL_TITLE_LENGTH)
      problems.push({ field: `titles.${index}`, code: 'review.level_title_too_long' });
  });
  return { titles: problems.length === 0 ? trimmed : null, problems };
}
