import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedInvitation, ErrorResponse, Organisation, UserRecord } from '@jixiao/contracts';
import { an } from '../factories';
import { miniFramework } from '../support/mini-framework';
import { routeInventory } from '../support/route-inventory';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';
import { PARTY_TABLES } from '../support/tenant-tables';

/** For each route with an id: how to call it as an intruder with an otherwise valid request. */
type Target =
  | 'organisation'
  | 'user'
  | 'invitation'
  | 'framework'
  | 'evaluation'
  // Reminders and notifications (issue 9)
  | 'notification'
  | 'job';

const PROBES: Record<string, { target: Target; body?: object; query?: string }> = {
  'GET /api/organisations/:id': { target: 'organisation' },
  'PATCH /api/organisations/:id': { target: 'organisation', body: { contactName: '入侵者' } },
  'POST /api/organisations/:id/disable': { target: 'organisation' },
  'POST /api/organisations/:id/enable': { target: 'organisation' },
  'GET /api/users/:id': { target: 'user' },
  'PATCH /api/users/:id/roles': { target: 'user', body: { roles: ['liaison'] } },
  'POST /api/users/:id/disable': { target: 'user' },
  'POST /api/users/:id/enable': { target: 'user' },
  'DELETE /api/invitations/:id': { target: 'invitation' },
  'GET /api/frameworks/:id': { target: 'framework' },
  'PUT /api/frameworks/:id': {
    target: 'framework',
    body: { framework: miniFramework('入侵者'), baseVersion: 1 },
  },
  'POST /api/frameworks/:id/copy': { target: 'framework', body: { name: '入侵者的副本' } },
  'POST /api/frameworks/:id/retire': { target: 'framework' },
  'POST /api/frameworks/:id/restore': { target: 'framework' },
  'GET /api/framework-files/:id/export.xlsx': { target: 'framework' },
  'GET /api/evaluations/:id': { target: 'evaluation' },
  'POST /api/evaluations/:id/transitions': {
    target: 'evaluation',
    body: { event: 'CANCEL', version: 1, comment: '入侵者' },
  },
  'GET /api/evaluations/:id/team/candidates': { target: 'evaluation' },
  'PUT /api/evaluations/:id/team': { target: 'evaluation', body: { members: [] } },
  'POST /api/evaluations/:id/declaration': {
    target: 'evaluation',
    body: { text: '入侵者', confirmed: true },
  },
  'PUT /api/evaluations/:id/plan': {
    target: 'evaluation',
    body: { purpose: 'x', basis: 'x', methods: 'x', schedule: 'x', risks: 'x', version: 1 },
  },
  'POST /api/evaluations/:id/framework': {
    target: 'evaluation',
    body: { templateId: 'builtin-zhongshan-2024' },
  },
  // Reminders and notifications (issue 9)
  'POST /api/notifications/:id/read': { target: 'notification' },
  'POST /api/jobs/failed/:id/retry': { target: 'job' },
  'POST /api/evaluations/:id/files': { target: 'evaluation' },
  'GET /api/evaluations/:id/files/:fileId': { target: 'evaluation' },
  'PUT /api/evaluations/:id/framework': {
    target: 'evaluation',
    body: { framework: miniFramework('入侵者'), version: 1 },
  },
  // Fieldwork: work papers (工作底稿)
  'GET /api/evaluations/:id/work-papers': { target: 'evaluation' },
  'POST /api/evaluations/:id/work-papers': { target: 'evaluation', body: { topic: '入侵者', body: 'x' } },
  'GET /api/evaluations/:id/work-papers/:paperId': { target: 'evaluation' },
  'PUT /api/evaluations/:id/work-papers/:paperId': {
    target: 'evaluation',
    body: { body: 'x', reviewerUserId: null, version: 1 },
  },
  'POST /api/evaluations/:id/work-papers/:paperId/review': { target: 'evaluation', body: { version: 1 } },
  'POST /api/evaluations/:id/work-papers/:paperId/attachments': { target: 'evaluation' },
  'GET /api/evaluations/:id/work-papers/:paperId/attachments/:fileId': { target: 'evaluation' },
  // Fieldwork (issue 9): request list, figures and projects, workbench
  'GET /api/evaluations/:id/requests': { target: 'evaluation' },
  'POST /api/evaluations/:id/requests': {
    target: 'evaluation',
    body: { title: '入侵者', reason: 'x', indicatorIds: [], dueDate: null, required: true },
  },
  'POST /api/evaluations/:id/requests/standard': { target: 'evaluation' },
  'POST /api/evaluations/:id/requests/import': { target: 'evaluation' },
  'POST /api/evaluations/:id/requests/send': { target: 'evaluation' },
  'GET /api/evaluations/:id/requests/export.xlsx': { target: 'evaluation' },
  'PUT /api/evaluations/:id/requests/:itemId': {
    target: 'evaluation',
    body: { title: '入侵者', reason: 'x', indicatorIds: [], dueDate: null, required: true, version: 1 },
  },
  'DELETE /api/evaluations/:id/requests/:itemId': { target: 'evaluation', query: '?version=1' },
  'POST /api/evaluations/:id/requests/:itemId/decisions': {
    target: 'evaluation',
    body: { decision: 'waive', reason: '入侵者', version: 1 },
  },
  'GET /api/evaluations/:id/requests/:itemId/history': { target: 'evaluation' },
  'PUT /api/evaluations/:id/requests/:itemId/answer': {
    target: 'evaluation',
    body: { explanation: '入侵者', version: 0 },
  },
  'POST /api/evaluations/:id/requests/:itemId/answer/files': { target: 'evaluation' },
  'DELETE /api/evaluations/:id/requests/:itemId/answer/files/:fileId': { target: 'evaluation' },
  'POST /api/evaluations/:id/requests/:itemId/answer/submit': { target: 'evaluation', body: { version: 1 } },
  'GET /api/evaluations/:id/requests/:itemId/files/:fileId': { target: 'evaluation' },
  'GET /api/evaluations/:id/figures': { target: 'evaluation' },
  'PUT /api/evaluations/:id/figures/:key': {
    target: 'evaluation',
    body: { value: '1', sourceNote: '入侵者', version: 0 },
  },
  'POST /api/evaluations/:id/figures/:key/verification': {
    target: 'evaluation',
    body: { verification: 'verified', version: 1 },
  },
  'POST /api/evaluations/:id/projects': {
    target: 'evaluation',
    body: { name: '入侵者', budget: '1', actual: '1', completion: 'completed' },
  },
  'PUT /api/evaluations/:id/projects/:projectId': {
    target: 'evaluation',
    body: { name: '入侵者', budget: '1', actual: '1', completion: 'completed', version: 1 },
  },
  'DELETE /api/evaluations/:id/projects/:projectId': { target: 'evaluation' },
  'GET /api/evaluations/:id/workbench': { target: 'evaluation' },
  'PUT /api/evaluations/:id/workbench/:indicatorId': {
    target: 'evaluation',
    body: { findings: 'x', version: 0 },
  },
  'POST /api/evaluations/:id/workbench/recompute': { target: 'evaluation' },
  // The report (issue 10)
  'GET /api/evaluations/:id/report': { target: 'evaluation' },
  'PUT /api/evaluations/:id/report/draft': {
    target: 'evaluation',
    body: { narrative: { slots: {}, problems: [], waivers: {} }, version: 0 },
  },
  'POST /api/evaluations/:id/report/versions': { target: 'evaluation', body: { stage: 'draft' } },
  'GET /api/evaluations/:id/report/versions/:versionId': { target: 'evaluation' },
  'GET /api/evaluations/:id/report/diff': { target: 'evaluation' },
  'GET /api/evaluations/:id/report/versions/:versionId/renders': { target: 'evaluation' },
  'POST /api/evaluations/:id/report/versions/:versionId/renders': {
    target: 'evaluation',
    body: { format: 'docx' },
  },
  'GET /api/evaluations/:id/report/versions/:versionId/files/:format': { target: 'evaluation' },
  // Delivery: issue, acknowledge, archive, amendments (issue 11)
  'GET /api/evaluations/:id/delivery': { target: 'evaluation' },
  'GET /api/evaluations/:id/amendments/approvers': { target: 'evaluation' },
  'POST /api/evaluations/:id/amendments': {
    target: 'evaluation',
    body: {
      correction: '入侵者',
      reason: 'x',
      conclusionImpact: 'x',
      conclusionsChanged: false,
      approverUserId: '00000000-0000-4000-8000-000000000000',
    },
  },
  // Three-level review (三级复核, issue 11)
  'GET /api/evaluations/:id/review': { target: 'evaluation' },
  'POST /api/evaluations/:id/review/notes': {
    target: 'evaluation',
    body: { anchor: 'section:conclusion', body: '入侵者的意见' },
  },
  'POST /api/evaluations/:id/review/notes/:noteId/resolve': { target: 'evaluation', body: { version: 1 } },
  // The archive package (归档包, issue 11)
  'GET /api/evaluations/:id/archive': { target: 'evaluation' },
  'GET /api/evaluations/:id/archive/download': { target: 'evaluation' },
  'POST /api/evaluations/:id/archive/verify': { target: 'evaluation' },
  // Feedback (征求意见, issue 11)
  'GET /api/evaluations/:id/feedback': { target: 'evaluation' },
  'PUT /api/evaluations/:id/feedback/form': {
    target: 'evaluation',
    body: { unitContact: '入侵者', unitPhone: '110', noOpinion: true, version: 1 },
  },
  'POST /api/evaluations/:id/feedback/opinions': {
    target: 'evaluation',
    body: { anchor: 'slot:abstract', text: '入侵' },
  },
  'PUT /api/evaluations/:id/feedback/opinions/:opinionId': {
    target: 'evaluation',
    body: { anchor: 'slot:abstract', text: '入侵', version: 1 },
  },
  'DELETE /api/evaluations/:id/feedback/opinions/:opinionId': { target: 'evaluation', query: '?version=1' },
  'POST /api/evaluations/:id/feedback/sign': { target: 'evaluation', body: { version: 1 } },
  'PUT /api/evaluations/:id/feedback/opinions/:opinionId/answer': {
    target: 'evaluation',
    body: { decision: 'rejected', reason: '入侵', changeKeys: [], version: 0 },
  },
};

/** A checksum of every table a request could change, except the audit trail (refusals are audited). */
async function checksum(url: string): Promise<string> {
  return withClient(url, async (client) => {
    const tables = [
      'organisation',
      'app_user',
      'invitation',
      'auth_session',
      'outbox_message',
      'framework_template',
      'framework_template_version',
      'firm_roster',
      // Reminders and notifications (issue 9)
      'notification',
      ...PARTY_TABLES,
    ];
    const parts: string[] = [];
    for (const table of tables) {
      const [row] = (
        await client.query(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum FROM ${table} t`)
      ).rows as { sum: string }[];
      parts.push(`${table}:${row?.sum}`);
    }
    return parts.join(',');
  });
}

describe('cross-organisation access through every route', () => {
  let t: TestApp;
  let victim: Record<Target, string>;
  let intruders: SignedIn[];

  beforeAll(async () => {
    t = await startTestApp();
    const firmAdmin = await signIn(t, 'admin@firm.demo');
    const invitation = await t
      .http()
      .post('/api/invitations')
      .set(firmAdmin.auth)
      .send({ email: 'cross-org-target@firm.demo', roles: ['evaluator'] })
      .expect(201);
    const users = (await t.http().get('/api/users').set(firmAdmin.auth).expect(200)).body as UserRecord[];
    const template = await t
      .http()
      .post('/api/frameworks')
      .set(firmAdmin.auth)
      .send({ framework: miniFramework() })
      .expect(201);
    // An evaluation none of the intruders is a party to: another bureau, firm and unit.
    const otherBureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    const otherFirm = await an.organisation('firm').withUser('team_lead').withUser('evaluator').build(t);
    const otherUnit = await an.organisation('unit').under(otherBureau).withUser('liaison').build(t);
    const { evaluation } = await an
      .evaluation()
      .commissionedBy(otherBureau)
      .withFirm(otherFirm)
      .forUnit(otherUnit)
      .inStatus('preparation.submitted')
      .build(t);
    victim = {
      evaluation: evaluation.id,
      framework: (template.body as { id: string }).id,
      organisation: firmAdmin.session.user.organisation.id,
      user: users.find((user) => user.email === 'evaluator@firm.demo')?.id ?? '',
      invitation: (invitation.body as CreatedInvitation).invitation.id,
      // Reminders and notifications (issue 9): the firm evaluator's notification; a job nobody ran.
      notification: await withClient(t.databaseUrl, async (client) => {
        const { rows } = await client.query(
          `INSERT INTO notification (organisation_id, user_id, code, dedupe_key)
           SELECT organisation_id, id, 'notification.evaluation_commissioned', 'cross-org-probe'
             FROM app_user WHERE email = 'evaluator@firm.demo' RETURNING id`,
        );
        return (rows[0] as { id: string }).id;
      }),
      job: '00000000-0000-4000-8000-00000000a0b0',
    };
    intruders = [
      await signIn(t, 'admin@czj.demo'),
      await signIn(t, 'admin@zsl.demo'),
      await signIn(t, 'liaison@zsl.demo'),
      await signIn(t, 'operator@platform.demo'),
    ];
  });
  afterAll(async () => t.close());

  it('has a probe for every route that takes an id', () => {
    const withId = routeInventory(t.app)
      .filter((route) => route.path.includes(':id'))
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    expect(withId).toEqual(Object.keys(PROBES).sort());
  });

  it('answers 404 NOT_FOUND, exactly like a missing record, and changes nothing', async () => {
    const before = await checksum(t.databaseUrl);
    const outcomes: string[] = [];
    let tried = 0;
    let notFound = 0;
    for (const intruder of intruders) {
      const isOperator = intruder.session.user.roles.includes('operator');
      for (const [route, probe] of Object.entries(PROBES)) {
        // The operator onboards organisations and may read and edit them; that is its job, not an intrusion.
        if (isOperator && probe.target === 'organisation') continue;
        const [method = '', pattern = ''] = route.split(' ');
        for (const id of [victim[probe.target], '00000000-0000-4000-8000-000000000000']) {
          tried += 1;
          const response = await t
            .http()
            [method.toLowerCase() as 'get'](pattern.replace(':id', id) + (probe.query ?? ''))
            .set(intruder.auth)
            .send(probe.body ?? {});
          const code = (response.body as ErrorResponse).code;
          if (response.status === 404 && code === 'NOT_FOUND') notFound += 1;
          if (response.status !== 404 || code !== 'NOT_FOUND') {
            // Roles without the capability are refused before any lookup, for foreign and own records alike.
            if (response.status === 403 && code === 'FORBIDDEN') continue;
            outcomes.push(`${intruder.session.user.email} ${route} ${id} → ${response.status} ${code}`);
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(40);
    expect(notFound).toBeGreaterThan(30);
    expect(outcomes).toEqual([]);
    expect(await checksum(t.databaseUrl)).toBe(before);
  });

  it('lists only the caller’s own records', async () => {
    for (const intruder of intruders.filter((i) => !i.session.user.roles.includes('operator'))) {
      const ownOrg = intruder.session.user.organisation.id;
      const organisations = (await t.http().get('/api/organisations').set(intruder.auth).expect(200))
        .body as Organisation[];
      expect(organisations.map((o) => o.id)).toEqual([ownOrg]);
      const users = await t.http().get('/api/users').set(intruder.auth);
      if (users.status === 200) {
        expect((users.body as UserRecord[]).map((u) => u.id)).not.toContain(victim.user);
        expect((users.body as UserRecord[]).length).toBeGreaterThan(0);
      }
      const invitations = await t.http().get('/api/invitations').set(intruder.auth);
      if (invitations.status === 200) {
        expect((invitations.body as { id: string }[]).map((i) => i.id)).not.toContain(victim.invitation);
      }
    }
  });

  it('shows a non-admin only their own user record in the user list', async () => {
    const liaison = intruders[2];
    if (!liaison) throw new Error('missing intruder');
    const users = (await t.http().get('/api/users').set(liaison.auth).expect(200)).body as UserRecord[];
    expect(users.map((u) => u.email)).toEqual(['liaison@zsl.demo']);
  });

  it('shows the platform operator every organisation but no other organisation’s users or audit trail', async () => {
    const operator = intruders[3];
    if (!operator) throw new Error('missing intruder');
    const organisations = (await t.http().get('/api/organisations').set(operator.auth).expect(200))
      .body as Organisation[];
    expect(organisations.length).toBeGreaterThanOrEqual(5);
    const users = (await t.http().get('/api/users').set(operator.auth).expect(200)).body as UserRecord[];
    expect(users.map((u) => u.email)).toEqual(['operator@platform.demo']);
    const audit = (await t.http().get('/api/audit-events').set(operator.auth).expect(200)).body as {
      items: { targetId: string | null; actorUserId: string | null }[];
    };
    expect(audit.items.map((e) => e.actorUserId)).not.toContain(victim.user);
  });

  it('never mixes organisations under concurrent requests on a shared connection pool', async () => {
    const admins = [
      await signIn(t, 'admin@czj.demo'),
      await signIn(t, 'admin@firm.demo'),
      await signIn(t, 'admin@zsl.demo'),
      await signIn(t, 'admin@nbl.demo'),
    ];
    const ownUsers = new Map<string, Set<string>>();
    for (const admin of admins) {
      const users = (await t.http().get('/api/users').set(admin.auth).expect(200)).body as UserRecord[];
      ownUsers.set(admin.session.user.id, new Set(users.map((u) => u.id)));
    }
    const requests = Array.from({ length: 200 }, (_, i) => admins[i % admins.length] as SignedIn);
    const responses = await Promise.all(
      requests.map(async (admin) => ({
        admin,
        body: (await t.http().get('/api/users').set(admin.auth)).body as UserRecord[],
      })),
    );
    const foreign = responses.flatMap(({ admin, body }) =>
      body.filter((user) => !ownUsers.get(admin.session.user.id)?.has(user.id)).map((user) => user.email),
    );
    expect(responses).toHaveLength(200);
    expect(foreign).toEqual([]);
  });
});
