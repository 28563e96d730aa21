import { describe, expect, it } from 'vitest';
import { workRefusal } from './work-actions';
import { workPaperReviewRefusal, type WorkPaperReviewState } from './work-papers';
import { actorOf, PARTIES_FIXTURE, READY_FACTS } from './testing/evaluation-fixtures';

const evaluator = actorOf(PARTIES_FIXTURE.firmOrgId, 'evaluator');
const reviewer = { ...actorOf(PARTIES_FIXTURE.firmOrgId, 'team_lead'), userId: 'reviewer' };
const paper: WorkPaperReviewState = { reviewerUserId: 'reviewer', reviewedVersion: null, version: 3 };

describe('work papers (工作底稿)', () => {
  it('lets the declared team write them from fieldwork until review, and freezes them after', () => {
    const write = (status: Parameters<typeof workRefusal>[1]['status']) =>
      workRefusal('edit_work_papers', {
        status,
        parties: PARTIES_FIXTURE,
        actor: evaluator,
        facts: READY_FACTS,
      });
    expect(write('fieldwork')).toBeNull();
    expect(write('review')).toBeNull();
    expect(write('preparation.drafting')).toBe('wrong_phase');
    expect(write('issued')).toBe('wrong_phase');
    expect(write('archived')).toBe('wrong_phase');
  });

  it('keeps the unit and the bureau out of them', () => {
    for (const organisationId of [PARTIES_FIXTURE.unitOrgId, PARTIES_FIXTURE.bureauOrgId]) {
      const actor = { ...actorOf(organisationId, 'liaison'), userId: 'reviewer' };
      expect(
        workRefusal('edit_work_papers', {
          status: 'fieldwork',
          parties: PARTIES_FIXTURE,
          actor,
          facts: READY_FACTS,
        }),
      ).toBe('wrong_party');
      expect(workPaperReviewRefusal(paper, { status: 'fieldwork', parties: PARTIES_FIXTURE, actor })).toBe(
        'wrong_party',
      );
    }
  });

  it('lets only the designated reviewer sign off, once per version of the text', () => {
    const at = { status: 'fieldwork' as const, parties: PARTIES_FIXTURE };
    expect(workPaperReviewRefusal(paper, { ...at, actor: reviewer })).toBeNull();
    expect(workPaperReviewRefusal(paper, { ...at, actor: evaluator })).toBe('not_work_paper_reviewer');
    expect(workPaperReviewRefusal({ ...paper, reviewerUserId: null }, { ...at, actor: reviewer })).toBe(
      'not_work_paper_reviewer',
    );
    expect(workPaperReviewRefusal({ ...paper, reviewedVersion: 3 }, { ...at, actor: reviewer })).toBe(
      'work_paper_reviewed_already',
    );
    expect(workPaperReviewRefusal({ ...paper, reviewedVersion: 2 }, { ...at, actor: reviewer })).toBeNull();
    expect(workPaperReviewRefusal(paper, { ...at, status: 'issued', actor: reviewer })).toBe('wrong_phase');
  });
});
