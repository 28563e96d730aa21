import { getShortestPaths } from '@xstate/graph';
import { describe, expect, it } from 'vitest';
import { ROLES_BY_KIND, type Role } from '../organisation/roles';
import type { EvaluationEvent, EvaluationEventType } from './evaluation-events';
import { EVALUATION_EVENT_TYPES } from './evaluation-events';
import { EVALUATION_STATUSES, type EvaluationStatus } from './evaluation-status';
import {
  applyEvaluationEvent,
  loadEvaluationSnapshot,
  offeredEvents,
  refusalOf,
  startEvaluation,
  statusOf,
  storeEvaluationSnapshot,
} from './evaluation-snapshot';
import { EVALUATION_MACHINE_VERSION, evaluationMachine } from './evaluation.machine';
import { actorOf, PARTIES_FIXTURE, READY_FACTS } from './testing/evaluation-fixtures';

/**
 * The lifecycle written out independently of the machine: for each status, the events it takes,
 * where they lead, and which party and roles send them.
 */
const EXPECTED: Record<EvaluationStatus, Partial<Record<EvaluationEventType, EvaluationStatus>>> = {
  commissioned: { ACCEPT: 'preparation.drafting', DECLINE: 'declined', CANCEL: 'cancelled' },
  declined: { REASSIGN_FIRM: 'commissioned', CANCEL: 'cancelled' },
  'preparation.drafting': { SUBMIT_PLAN: 'preparation.submitted', CANCEL: 'cancelled' },
  'preparation.submitted': {
    RETURN_PLAN: 'preparation.returned',
    APPROVE_PLAN: 'fieldwork',
    CANCEL: 'cancelled',
  },
  'preparation.returned': { SUBMIT_PLAN: 'preparation.submitted', CANCEL: 'cancelled' },
  fieldwork: { CLOSE_FIELDWORK: 'draft', CANCEL: 'cancelled' },
  draft: { SEND_FOR_FEEDBACK: 'feedback', CANCEL: 'cancelled' },
  feedback: { PRODUCE_FINAL: 'final_draft', CANCEL: 'cancelled' },
  final_draft: { SUBMIT_FOR_REVIEW: 'review', CANCEL: 'cancelled' },
  review: { SIGN_REVIEW: 'review', RETURN_REVIEW: 'final_draft', ISSUE: 'issued', CANCEL: 'cancelled' },
  issued: { ACKNOWLEDGE: 'acknowledged', RETURN_ISSUED: 'final_draft' },
  acknowledged: { ARCHIVE: 'archived' },
  archived: {},
  cancelled: {},
};

const BUREAU: readonly Role[] = ['bureau_admin', 'performance_officer'];
const TEAM: readonly Role[] = ['team_lead', 'firm_admin', 'evaluator'];
const SENDERS: Record<EvaluationEventType, { kind: 'bureau' | 'firm'; roles: readonly Role[] }> = {
  ACCEPT: { kind: 'firm', roles: ['firm_admin', 'team_lead'] },
  DECLINE: { kind: 'firm', roles: ['firm_admin', 'team_lead'] },
  REASSIGN_FIRM: { kind: 'bureau', roles: BUREAU },
  CANCEL: { kind: 'bureau', roles: BUREAU },
  SUBMIT_PLAN: { kind: 'firm', roles: TEAM },
  RETURN_PLAN: { kind: 'bureau', roles: BUREAU },
  APPROVE_PLAN: { kind: 'bureau', roles: BUREAU },
  CLOSE_FIELDWORK: { kind: 'firm', roles: TEAM },
  SEND_FOR_FEEDBACK: { kind: 'firm', roles: TEAM },
  PRODUCE_FINAL: { kind: 'firm', roles: TEAM },
  SUBMIT_FOR_REVIEW: { kind: 'firm', roles: TEAM },
  SIGN_REVIEW: { kind: 'firm', roles: ['reviewer'] },
  RETURN_REVIEW: { kind: 'firm', roles: ['reviewer'] },
  ISSUE: { kind: 'firm', roles: ['firm_admin'] },
  ACKNOWLEDGE: { kind: 'bureau', roles: BUREAU },
  RETURN_ISSUED: { kind: 'bureau', roles: BUREAU },
  ARCHIVE: { kind: 'firm', roles: ['firm_admin', 'archivist'] },
};

const ORG_OF_KIND = {
  bureau: PARTIES_FIXTURE.bureauOrgId,
  firm: PARTIES_FIXTURE.firmOrgId,
  unit: PARTIES_FIXTURE.unitOrgId,
  platform: 'org-platform',
} as const;

function snapshotAt(status: EvaluationStatus, signedLevels = 0) {
  const [parent, child] = status.split('.');
  return loadEvaluationSnapshot({
    machineVersion: EVALUATION_MACHINE_VERSION,
    value: child ? { [parent as string]: child } : (parent as string),
    // In review with every level signed, so ISSUE is possible; SIGN_REVIEW is checked separately.
    context: {
      parties: PARTIES_FIXTURE,
      reviewLevels: 3,
      signedLevels: status === 'review' ? signedLevels : 0,
    },
  });
}

function eventOf(type: EvaluationEventType, kind: keyof typeof ORG_OF_KIND, role: Role): EvaluationEvent {
  return {
    type,
    actor: actorOf(ORG_OF_KIND[kind], role),
    facts: READY_FACTS,
    comment: '理由',
    newFirmOrgId: 'org-firm-2',
  };
}

const cells = EVALUATION_STATUSES.flatMap((status) =>
  EVALUATION_EVENT_TYPES.flatMap((type) =>
    Object.entries(ROLES_BY_KIND).flatMap(([kind, roles]) =>
      roles.map((role) => [status, type, kind as keyof typeof ORG_OF_KIND, role as Role] as const),
    ),
  ),
);

describe('the evaluation machine: every (state, event, organisation kind, role)', () => {
  it.each(cells)('%s + %s by %s %s', (status, type, kind, role) => {
    const signed = type === 'SIGN_REVIEW' ? 1 : 3;
    const snapshot = snapshotAt(status, signed);
    const expectedTarget = EXPECTED[status][type];
    const sender = SENDERS[type];
    const mayAct = expectedTarget !== undefined && sender.kind === kind && sender.roles.includes(role);
    const result = applyEvaluationEvent(snapshot, eventOf(type, kind, role));
    expect(result.ok).toBe(mayAct);
    if (result.ok) expect(result.to).toBe(expectedTarget);
    else if (expectedTarget === undefined) expect(result.refusal).toBe('wrong_phase');
    else if (kind === 'platform') expect(result.refusal).toBe('not_a_party');
    else expect(['wrong_party', 'wrong_role']).toContain(result.refusal);
  });

  it('reaches every status from the commission', () => {
    const paths = getShortestPaths(evaluationMachine, {
      input: { parties: PARTIES_FIXTURE, reviewLevels: 1 },
      events: EVALUATION_EVENT_TYPES.flatMap((type) => {
        const sender = SENDERS[type];
        return [eventOf(type, sender.kind, sender.roles[0] as Role)];
      }),
    });
    const reached = new Set(paths.map((path) => statusOf(path.state)));
    expect([...reached].sort()).toEqual([...EVALUATION_STATUSES].sort());
  });
});

describe('guards on facts', () => {
  const lead = actorOf(PARTIES_FIXTURE.firmOrgId, 'evaluator');
  const submit = (facts: Partial<typeof READY_FACTS>) =>
    refusalOf(snapshotAt('preparation.drafting'), {
      type: 'SUBMIT_PLAN',
      actor: lead,
      facts: { ...READY_FACTS, ...facts },
    });

  it.each([
    [{ actorIsTeamLead: false }, 'not_team_lead'],
    [{ teamHasLead: false }, 'team_without_lead'],
    [{ undeclaredMembers: 2 }, 'declarations_missing'],
    [{ frameworkAdopted: false }, 'framework_missing'],
    [{ planMissingSections: ['risks'] }, 'plan_incomplete'],
    [{}, null],
  ] as const)('SUBMIT_PLAN with %o → %s', (facts, refusal) => {
    expect(submit(facts)).toBe(refusal);
  });

  it('only the commissioning bureau approves the plan, never another bureau', () => {
    const snapshot = snapshotAt('preparation.submitted');
    const other = {
      type: 'APPROVE_PLAN' as const,
      actor: actorOf('org-bureau-2', 'bureau_admin'),
      facts: READY_FACTS,
    };
    expect(refusalOf(snapshot, other)).toBe('not_a_party');
    expect(
      refusalOf(snapshot, { ...other, actor: actorOf(PARTIES_FIXTURE.bureauOrgId, 'bureau_admin') }),
    ).toBeNull();
  });

  it.each(['DECLINE', 'CANCEL'] as const)('%s needs a reason', (type) => {
    const sender = SENDERS[type];
    const event = { ...eventOf(type, sender.kind, sender.roles[0] as Role), comment: '  ' };
    expect(refusalOf(snapshotAt('commissioned'), event)).toBe('comment_required');
  });

  it('reassigns only to another firm in the roster', () => {
    const snapshot = snapshotAt('declined');
    const event = eventOf('REASSIGN_FIRM', 'bureau', 'bureau_admin');
    expect(refusalOf(snapshot, { ...event, newFirmOrgId: PARTIES_FIXTURE.firmOrgId })).toBe('same_firm');
    expect(refusalOf(snapshot, { ...event, newFirmOrgId: PARTIES_FIXTURE.unitOrgId })).toBe('same_firm');
    expect(refusalOf(snapshot, { ...event, facts: { ...READY_FACTS, newFirmInRoster: false } })).toBe(
      'firm_not_in_roster',
    );
    const result = applyEvaluationEvent(snapshot, event);
    expect(result.ok && result.snapshot.context.parties.firmOrgId).toBe('org-firm-2');
  });

  it('refuses later phases whose facts are not computed yet instead of assuming', () => {
    const { fieldworkBlockers: _unused, ...facts } = READY_FACTS;
    const event = {
      type: 'CLOSE_FIELDWORK' as const,
      actor: actorOf(PARTIES_FIXTURE.firmOrgId, 'team_lead'),
      facts,
    };
    expect(refusalOf(snapshotAt('fieldwork'), event)).toBe('not_available_yet');
    expect(
      refusalOf(snapshotAt('fieldwork'), {
        ...event,
        facts: { ...facts, fieldworkBlockers: [{ kind: 'figure_unverified', id: 'x', name: 'x' }] },
      }),
    ).toBe('fieldwork_incomplete');
  });

  it('signs each review level once, then issues; a return restarts the review', () => {
    let snapshot = snapshotAt('review', 0);
    for (let level = 1; level <= 3; level += 1) {
      const result = applyEvaluationEvent(snapshot, eventOf('SIGN_REVIEW', 'firm', 'reviewer'));
      if (!result.ok) throw new Error(result.refusal);
      snapshot = result.snapshot;
      expect(snapshot.context.signedLevels).toBe(level);
    }
    expect(applyEvaluationEvent(snapshot, eventOf('SIGN_REVIEW', 'firm', 'reviewer')).ok).toBe(false);
    const returned = applyEvaluationEvent(snapshot, eventOf('RETURN_REVIEW', 'firm', 'reviewer'));
    expect(returned.ok && returned.snapshot.context.signedLevels).toBe(0);
    expect(applyEvaluationEvent(snapshotAt('review', 2), eventOf('ISSUE', 'firm', 'firm_admin'))).toEqual({
      ok: false,
      refusal: 'review_incomplete',
    });
  });
});

// Three-level review (三级复核, issue 11)
describe('the review round', () => {
  it('fixes the number of levels from the firm when the review starts', () => {
    const submit = (firmReviewLevels: number | undefined) => {
      const result = applyEvaluationEvent(snapshotAt('final_draft'), {
        ...eventOf('SUBMIT_FOR_REVIEW', 'firm', 'team_lead'),
        facts: { ...READY_FACTS, firmReviewLevels },
      });
      if (!result.ok) throw new Error(result.refusal);
      return result.snapshot.context;
    };
    expect(submit(2)).toMatchObject({ reviewLevels: 2, signedLevels: 0 });
    expect(submit(undefined)).toMatchObject({ reviewLevels: 3, signedLevels: 0 });
  });

  it('two levels signed of two lets the firm issue', () => {
    let snapshot = applyEvaluationEvent(snapshotAt('final_draft'), {
      ...eventOf('SUBMIT_FOR_REVIEW', 'firm', 'team_lead'),
      facts: { ...READY_FACTS, firmReviewLevels: 2 },
    });
    for (let level = 1; level <= 2; level += 1) {
      if (!snapshot.ok) throw new Error(snapshot.refusal);
      snapshot = applyEvaluationEvent(snapshot.snapshot, eventOf('SIGN_REVIEW', 'firm', 'reviewer'));
    }
    if (!snapshot.ok) throw new Error(snapshot.refusal);
    expect(applyEvaluationEvent(snapshot.snapshot, eventOf('ISSUE', 'firm', 'firm_admin')).ok).toBe(true);
  });

  it.each([
    [{ openReviewNotes: 1 }, 'review_notes_open'],
    [{ openReviewNotes: undefined }, 'not_available_yet'],
    [{ actorIsReportAuthor: true }, 'reviewer_is_author'],
    [{ actorHasSignedReview: true }, 'reviewer_signed_already'],
  ] as const)('SIGN_REVIEW with %o → %s', (facts, refusal) => {
    const event = eventOf('SIGN_REVIEW', 'firm', 'reviewer');
    expect(refusalOf(snapshotAt('review', 0), { ...event, facts: { ...READY_FACTS, ...facts } })).toBe(
      refusal,
    );
  });
});

describe('offered events', () => {
  it('offers the bureau approve and return on a submitted plan, and the firm nothing', () => {
    const snapshot = snapshotAt('preparation.submitted');
    expect(
      offeredEvents(snapshot, actorOf(PARTIES_FIXTURE.bureauOrgId, 'performance_officer'), READY_FACTS),
    ).toEqual(['CANCEL', 'RETURN_PLAN', 'APPROVE_PLAN']);
    expect(offeredEvents(snapshot, actorOf(PARTIES_FIXTURE.firmOrgId, 'team_lead'), READY_FACTS)).toEqual([]);
    expect(offeredEvents(snapshot, actorOf(PARTIES_FIXTURE.unitOrgId, 'unit_admin'), READY_FACTS)).toEqual(
      [],
    );
  });
});

describe('stored snapshots', () => {
  it('round-trips through JSON', () => {
    const start = startEvaluation({ parties: PARTIES_FIXTURE });
    const accepted = applyEvaluationEvent(start, eventOf('ACCEPT', 'firm', 'team_lead'));
    if (!accepted.ok) throw new Error(accepted.refusal);
    const stored = JSON.parse(JSON.stringify(storeEvaluationSnapshot(accepted.snapshot)));
    expect(stored.machineVersion).toBe(EVALUATION_MACHINE_VERSION);
    expect(statusOf(loadEvaluationSnapshot(stored))).toBe('preparation.drafting');
  });

  it.each([
    ['plan_submitted', 'preparation.submitted'],
    ['plan_returned', 'preparation.returned'],
    ['fieldwork', 'fieldwork'],
  ] as const)('loads a version-0 snapshot in %s as %s', (value, status) => {
    const snapshot = loadEvaluationSnapshot({
      machineVersion: 0,
      value,
      context: { parties: PARTIES_FIXTURE } as never,
    });
    expect(statusOf(snapshot)).toBe(status);
    expect(snapshot.context).toEqual({ parties: PARTIES_FIXTURE, reviewLevels: 3, signedLevels: 0 });
  });

  it('refuses a snapshot from a newer machine', () => {
    expect(() =>
      loadEvaluationSnapshot({
        machineVersion: EVALUATION_MACHINE_VERSION + 1,
        value: 'draft',
        context: {} as never,
      }),
    ).toThrow(/newer/);
  });
});
