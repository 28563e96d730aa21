import { describe, expect, it } from 'vitest';
import { checkReviewLevelTitles, DEFAULT_REVIEW_LEVEL_TITLES } from './review-levels';
import { checkReviewNote, parseReviewAnchor } from './review-notes';
import {
  nextReviewLevel,
  reviewProgress,
  signRefusal,
  type ReviewRound,
  type ReviewSigner,
} from './review-round';

const reviewer = (userId: string, extra: Partial<ReviewSigner> = {}): ReviewSigner => ({
  userId,
  isReviewer: true,
  isAuthor: false,
  ...extra,
});

describe('review rounds (三级复核)', () => {
  const empty: ReviewRound = { levels: 3, signOffs: [] };
  const one: ReviewRound = { levels: 3, signOffs: [{ level: 1, userId: 'a' }] };
  const full: ReviewRound = {
    levels: 3,
    signOffs: [
      { level: 1, userId: 'a' },
      { level: 2, userId: 'b' },
      { level: 3, userId: 'c' },
    ],
  };

  it('signs the levels in order', () => {
    expect(nextReviewLevel(empty)).toBe(1);
    expect(nextReviewLevel(one)).toBe(2);
    expect(nextReviewLevel(full)).toBeNull();
    expect(reviewProgress(one)).toEqual({ signed: 1, levels: 3 });
  });

  it.each([
    ['a reviewer with nothing against them', empty, reviewer('a'), 0, null],
    ['someone without the reviewer role', empty, reviewer('a', { isReviewer: false }), 0, 'not_reviewer'],
    ['an author of the report', empty, reviewer('a', { isAuthor: true }), 0, 'reviewer_is_author'],
    ['the signer of level 1 again', one, reviewer('a'), 0, 'reviewer_signed_already'],
    ['another reviewer on level 2', one, reviewer('b'), 0, null],
    ['a reviewer while notes are open', one, reviewer('b'), 2, 'review_notes_open'],
    ['anyone when every level signed', full, reviewer('d'), 0, 'review_complete'],
  ] as const)('%s', (_, round, signer, openNotes, refusal) => {
    expect(signRefusal(round, signer, openNotes)).toBe(refusal);
  });

  it('a firm configured with one level signs once', () => {
    expect(nextReviewLevel({ levels: 1, signOffs: [{ level: 1, userId: 'a' }] })).toBeNull();
  });
});

describe('review levels of a firm', () => {
  it('accepts the default three titles', () => {
    expect(checkReviewLevelTitles(DEFAULT_REVIEW_LEVEL_TITLES)).toEqual({
      titles: [...DEFAULT_REVIEW_LEVEL_TITLES],
      problems: [],
    });
  });

  it('names the field of each problem', () => {
    expect(checkReviewLevelTitles([]).problems).toEqual([{ field: 'titles', code: 'review.levels_count' }]);
    expect(checkReviewLevelTitles(['项目经理', '  ', 'x'.repeat(41)]).problems).toEqual([
      { field: 'titles.1', code: 'review.level_title_required' },
      { field: 'titles.2', code: 'review.level_title_too_long' },
    ]);
    expect(checkReviewLevelTitles(['1', '2', '3', '4', '5', '6']).titles).toBeNull();
  });
});

describe('review notes (复核意见)', () => {
  it.each([
    ['section:conclusion', { kind: 'section', key: 'conclusion' }],
    ['indicator:2.1.1', { kind: 'indicator', key: '2.1.1' }],
    ['indicator:', null],
    ['page:3', null],
    ["section:x'; drop table", null],
  ] as const)('anchor %s', (text, anchor) => {
    expect(parseReviewAnchor(text)).toEqual(anchor);
  });

  it('needs an anchor and a text', () => {
    expect(checkReviewNote({ anchor: 'indicator:2.1.1', body: '扣分依据不足' })).toEqual([]);
    expect(checkReviewNote({ anchor: 'x', body: ' ' })).toEqual([
      { field: 'anchor', code: 'review.anchor_invalid' },
      { field: 'body', code: 'review.note_required' },
    ]);
    expect(checkReviewNote({ anchor: 'section:a', body: '意'.repeat(2001) })).toEqual([
      { field: 'body', code: 'review.note_too_long' },
    ]);
  });
});
