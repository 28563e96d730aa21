import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FailedJob, NotificationPage, UnreadCount } from '@jixiao/contracts';
import { DailyReminders, JobQueue, OutboxRelay } from '@jixiao/api-platform';
import { an, send, type BuiltOrganisation } from '../factories';
import { connectRuntimeRole, type RuntimeRole } from '../support/runtime-role';
import { eventually, startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { isolatedDatabase } from '../support/isolated-database';
import { signIn, startTestApp, type SignedIn, type TestApp } from '../support/test-app';
import { withClient } from '../support/test-database';
import { startTestWorker } from '../support/test-worker';

/**
 * Issue 9, "Reminders and notifications": the outbox relay, mail through a real SMTP server started
 * here, the notification centre, daily reminders, failed jobs for the operator, and restarts. The API
 * runs without in-process jobs; each test starts `worker` contexts as the CLI command does.
 */
describe('jobs: outbox relay, mail, notifications, reminders', () => {
  let smtp: SmtpSink;
  let t: TestApp;
  let runtime: RuntimeRole;
  let workers: INestApplicationContext[] = [];
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let otherFirm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let evaluationId = '';
  let database: Awaited<ReturnType<typeof isolatedDatabase>> | undefined;

  const startWorker = async () => {
    const worker = await startTestWorker(t);
    workers.push(worker);
    return worker;
  };
  const stopWorkers = async () => {
    const stopping = workers;
    workers = [];
    await Promise.all(stopping.map((worker) => worker.close()));
  };
  const owner = <T>(sql: string, params: unknown[] = []) =>
    withClient(t.databaseUrl, async (client) => (await client.query(sql, params)).rows as T[]);
  const notifications = async (who: SignedIn) =>
    (await t.http().get('/api/notifications?limit=100').set(who.auth).expect(200)).body as NotificationPage;
  const invite = async (admin: SignedIn, email: string) =>
    (
      await t
        .http()
        .post('/api/invitations')
        .set(admin.auth)
        .send({ email, roles: ['performance_officer'] })
        .expect(201)
    ).body as { link: string };
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  beforeAll(async () => {
    smtp = await startSmtpSink();
    // Its workers take every queued job of their database: not the other suites' (e.g. the archive packages
    // their ARCHIVE queues, built with LibreOffice), so a database of its own.
    database = await isolatedDatabase('jixiao_jobs');
    t = await startTestApp(
      {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'jixiao@test.local',
        JOBS_RELAY_INTERVAL_SECONDS: '1',
        JOBS_POLLING_INTERVAL_SECONDS: '1',
        JOBS_RETRY_LIMIT: '1',
        JOBS_RETRY_DELAY_SECONDS: '1',
      },
      { databaseUrl: database.url },
    );
    runtime = await connectRuntimeRole(t.databaseUrl);
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an
      .organisation('firm')
      .withUser('firm_admin')
      .withUser('team_lead')
      .withUser('evaluator')
      .build(t);
    otherFirm = await an.organisation('firm').withUser('firm_admin').withUser('team_lead').build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').withUser('head').build(t);
  });

  afterAll(async () => {
    await stopWorkers();
    await runtime?.client.end();
    await t?.close();
    await smtp?.close();
    await database?.drop();
  });

  it('sends one mail with the accept link per invitation, even with two workers', async () => {
    await startWorker();
    await startWorker();
    const admin = await bureau.signIn('bureau_admin');
    const email = `invitee-${randomUUID().slice(0, 8)}@example.com`;
    const { link } = await invite(admin, email);

    const [mail] = await eventually(() => (smtp.to(email).length > 0 ? smtp.to(email) : undefined));
    expect(mail?.subject).toContain('邀请您加入绩效评价协同平台');
    expect(mail?.text).toContain(link);
    expect(mail?.text).toContain(`${bureau.name} invites you to Jixiao`);
    await pause(3000); // three relay rounds of two workers: still one mail
    expect(smtp.to(email)).toHaveLength(1);
    const [row] = await owner<{ processed: boolean }>(
      `SELECT processed_at IS NOT NULL AS processed FROM outbox_message WHERE payload->>'to' = $1`,
      [email],
    );
    expect(row?.processed).toBe(true);
  });

  it('tells the right users of the three parties about commission and acceptance, and nobody else', async () => {
    const { evaluation, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .build(t);
    evaluationId = evaluation.id;
    const firmAdmin = await firm.signIn('firm_admin');
    const commissioned = await eventually(async () => {
      const page = await notifications(lead);
      return page.items.find((item) => item.evaluationId === evaluation.id);
    });
    expect(commissioned.text.code).toBe('notification.evaluation_commissioned');
    expect(commissioned.readAt).toBeNull();
    expect((await notifications(firmAdmin)).items.map((item) => item.evaluationId)).toContain(evaluation.id);

    await send(t, lead, evaluation, 'ACCEPT');
    const officer = await bureau.signIn('performance_officer');
    const liaison = await unit.signIn('liaison');
    const head = await unit.signIn('head');
    for (const who of [officer, await bureau.signIn('bureau_admin'), liaison, head]) {
      const accepted = await eventually(async () =>
        (await notifications(who)).items.find((item) => item.evaluationId === evaluation.id),
      );
      expect(accepted.text).toMatchObject({
        code: 'notification.evaluation_transitioned',
        params: { title: evaluation.title, event: { code: 'notification.event.ACCEPT' } },
      });
    }
    // The firm acted, so it is not told about its own acceptance; the evaluator was not yet on a team.
    expect(
      (await notifications(lead)).items.filter((item) => item.evaluationId === evaluation.id),
    ).toHaveLength(1);
    expect((await notifications(await firm.signIn('evaluator'))).items).toEqual([]);
    for (const stranger of [otherFirm.signIn('firm_admin'), otherFirm.signIn('team_lead')])
      expect((await notifications(await stranger)).items).toEqual([]);
    // And by mail: the lead got the commission.
    const mail = await eventually(() => smtp.to(firm.user('team_lead').email)[0]);
    expect(mail.subject).toContain(evaluation.title);
    expect(mail.text).toContain(`/evaluations/${evaluation.id}`);

    // At the SQL level: a user's rows only, never by organisation alone or from another tenant.
    const sql = `SELECT count(*)::int AS n FROM notification`;
    expect(await runtime.query<{ n: number }>({ organisationId: firm.id }, sql)).toEqual([{ n: 0 }]);
    expect(await runtime.query<{ n: number }>({ organisationId: otherFirm.id }, sql)).toEqual([{ n: 0 }]);
  });

  it('counts unread, marks one and all read, and answers 404 for someone else’s notification', async () => {
    const officer = await bureau.signIn('performance_officer');
    const liaison = await unit.signIn('liaison');
    const before = (await t.http().get('/api/notifications/unread-count').set(officer.auth).expect(200))
      .body as UnreadCount;
    expect(before.unread).toBeGreaterThan(0);
    const [first] = (await notifications(officer)).items;
    if (!first) throw new Error('no notification');
    await t.http().post(`/api/notifications/${first.id}/read`).set(liaison.auth).expect(404);
    const read = await t.http().post(`/api/notifications/${first.id}/read`).set(officer.auth).expect(200);
    expect(read.body.readAt).not.toBeNull();
    const after = (await t.http().get('/api/notifications/unread-count').set(officer.auth).expect(200))
      .body as UnreadCount;
    expect(after.unread).toBe(before.unread - 1);
    await t.http().post('/api/notifications/read-all').set(officer.auth).expect(200, { unread: 0 });
    expect((await notifications(officer)).items.every((item) => item.readAt !== null)).toBe(true);
    expect((await notifications(liaison)).unread).toBeGreaterThan(0);
    await t.http().post('/api/notifications/not-a-uuid/read').set(officer.auth).expect(404);
    await t.http().get('/api/notifications?limit=1000').set(officer.auth).expect(400);
  });

  it('pages notifications newest first', async () => {
    const officer = await bureau.signIn('performance_officer');
    const all = (await notifications(officer)).items;
    const first = (await t.http().get('/api/notifications?limit=1').set(officer.auth).expect(200))
      .body as NotificationPage;
    expect(first.items.map((item) => item.id)).toEqual(all.slice(0, 1).map((item) => item.id));
    if (all.length > 1) {
      expect(first.nextBefore).toBe(all[0]?.id);
      const second = (
        await t
          .http()
          .get(`/api/notifications?limit=1&before=${first.nextBefore}`)
          .set(officer.auth)
          .expect(200)
      ).body as NotificationPage;
      expect(second.items[0]?.id).toBe(all[1]?.id);
    }
  });

  it('relays each outbox message once and reminds once per due item and day, with two workers at once', async () => {
    const [one, two] = workers;
    if (!one || !two) throw new Error('two workers expected');
    const messages = 30;
    await owner(
      `INSERT INTO outbox_message (organisation_id, kind, payload)
       SELECT $1, 'evaluation.transitioned', jsonb_build_object('evaluationId', $2::text, 'event', 'SUBMIT_PLAN',
              'from', 'preparation.drafting', 'to', 'preparation.submitted', 'recipients', jsonb_build_array($3::text))
         FROM generate_series(1, $4)`,
      [firm.id, evaluationId, bureau.id, messages],
    );
    await Promise.all([
      one.get(OutboxRelay).handleOutboxRelay(),
      two.get(OutboxRelay).handleOutboxRelay(),
      one.get(OutboxRelay).handleOutboxRelay(),
      two.get(OutboxRelay).handleOutboxRelay(),
    ]);
    const [relayed] = await owner<{ messages: number; notifications: number; duplicates: number }>(
      `SELECT count(DISTINCT m.id)::int AS messages, count(n.id)::int AS notifications,
              (SELECT count(*)::int FROM (SELECT 1 FROM notification GROUP BY user_id, dedupe_key HAVING count(*) > 1) d) AS duplicates
         FROM outbox_message m JOIN notification n ON n.dedupe_key = 'outbox:' || m.id
        WHERE m.payload->>'event' = 'SUBMIT_PLAN' AND m.payload->>'evaluationId' = $1`,
      [evaluationId],
    );
    // Two bureau users (admin and officer) per message, once each.
    expect(relayed).toEqual({ messages, notifications: messages * 2, duplicates: 0 });

    // Preparation is due 2099-02-01: on 2099-01-31 the firm's managers (no team yet) are reminded, once.
    const day = '2099-01-31';
    const counts = await Promise.all([
      one.get(DailyReminders).handleRemindersDaily({ day }),
      two.get(DailyReminders).handleRemindersDaily({ day }),
      one.get(DailyReminders).handleRemindersDaily({ day }),
      two.get(DailyReminders).handleRemindersDaily({ day }),
    ]);
    const [reminded] = await owner<{ sent: number; notified: number; users: string[] }>(
      `SELECT (SELECT count(*)::int FROM reminder_sent WHERE item_key LIKE $1 AND day = $2) AS sent,
              count(*)::int AS notified, array_agg(user_id::text ORDER BY user_id) AS users
         FROM notification WHERE dedupe_key LIKE $3`,
      [`evaluation:${evaluationId}:%`, day, `reminder:evaluation:${evaluationId}:%`],
    );
    expect(reminded?.sent).toBe(1);
    expect(reminded?.users).toEqual([firm.user('firm_admin').id, firm.user('team_lead').id].sort());
    expect(counts.filter((count) => count > 0).length).toBeGreaterThanOrEqual(1);
    const lead = await firm.signIn('team_lead');
    const reminder = (await notifications(lead)).items.find(
      (item) => item.text.code === 'notification.due_soon',
    );
    expect(reminder?.text.params).toMatchObject({ dueDate: '2099-02-01', days: 1 });
  });

  it('retries a mail the SMTP server refuses, shows it failed to the operator, and sends it on retry', async () => {
    const admin = await bureau.signIn('bureau_admin');
    const operator = await signIn(t, 'operator@platform.demo');
    if (workers.length === 0) await startWorker();
    const email = `refused-${randomUUID().slice(0, 8)}@example.com`;
    smtp.refused.add(email);
    await invite(admin, email);
    const failed = await eventually(async () => {
      const jobs = (await t.http().get('/api/jobs/failed').set(operator.auth).expect(200))
        .body as FailedJob[];
      return jobs.find((job) => job.data['to'] === email);
    }, 50_000); // two attempts with back-off, on a machine busy with the other suites
    expect(failed).toMatchObject({ queue: 'mail.send', attempts: 2 });
    expect(failed.error).toMatch(/550|Mailbox unavailable/);
    expect(smtp.to(email)).toEqual([]);
    await t.http().get('/api/jobs/failed').set(admin.auth).expect(403);
    await t.http().post(`/api/jobs/failed/${failed.id}/retry`).set(admin.auth).expect(403);

    smtp.refused.delete(email);
    const after = (await t.http().post(`/api/jobs/failed/${failed.id}/retry`).set(operator.auth).expect(200))
      .body as FailedJob[];
    expect(after.map((job) => job.id)).not.toContain(failed.id);
    await eventually(() => (smtp.to(email).length === 1 ? true : undefined));
    await t.http().post(`/api/jobs/failed/${failed.id}/retry`).set(operator.auth).expect(409);
    const [audit] = await owner<{ action: string }>(
      `SELECT action FROM audit_event WHERE action = 'job.retry' AND target_id = $1`,
      [failed.id],
    );
    expect(audit?.action).toBe('job.retry');
  }, 90_000);

  it('keeps jobs across a restart: what was queued while no worker ran is done by the next one', async () => {
    await stopWorkers();
    const admin = await bureau.signIn('bureau_admin');
    const invited = `restart-${randomUUID().slice(0, 8)}@example.com`;
    await invite(admin, invited);
    const direct = `queued-${randomUUID().slice(0, 8)}@example.com`;
    await t.app.get(JobQueue).send('mail.send', {
      to: direct,
      subject: '排队中的邮件',
      text: '重启后仍会发送',
      reference: 'test',
    });
    await pause(2500);
    expect(smtp.to(invited)).toEqual([]);
    expect(smtp.to(direct)).toEqual([]);

    await startWorker();
    await eventually(() =>
      smtp.to(invited).length === 1 && smtp.to(direct).length === 1 ? true : undefined,
    );
  });

  it('tells the unit about requested items and reminds it of each item it owes, once a day', async () => {
    if (workers.length === 0) await startWorker();
    const [worker] = workers;
    if (!worker) throw new Error('no worker');
    const { evaluation, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('fieldwork')
      .build(t);
    const requests = `/api/evaluations/${evaluation.id}/requests`;
    const item = (
      await t
        .http()
        .post(requests)
        .set(lead.auth)
        .send({
          title: '2024年度部门决算报表',
          reason: '核实支出',
          indicatorIds: [],
          dueDate: '2099-03-10',
          required: true,
        })
        .expect(201)
    ).body as { id: string };
    await t.http().post(`${requests}/send`).set(lead.auth).send({}).expect(200);
    await worker.get(OutboxRelay).handleOutboxRelay();
    const liaison = await unit.signIn('liaison');
    const sent = (await notifications(liaison)).items.find(
      (entry) => entry.evaluationId === evaluation.id && entry.text.code === 'notification.requests_sent',
    );
    expect(sent?.text.params).toMatchObject({ count: 1 });

    // Due 2099-03-10: on 2099-03-09 the unit's contacts are reminded of the item, once however often the job runs.
    const day = '2099-03-09';
    await Promise.all([
      worker.get(DailyReminders).handleRemindersDaily({ day }),
      worker.get(DailyReminders).handleRemindersDaily({ day }),
    ]);
    const [reminded] = await owner<{ users: string[] }>(
      `SELECT array_agg(user_id::text ORDER BY user_id) AS users FROM notification WHERE dedupe_key LIKE $1`,
      [`reminder:request:${item.id}:%`],
    );
    expect(reminded?.users).toEqual([unit.user('liaison').id, unit.user('head').id].sort());
    const reminder = (await notifications(liaison)).items.find(
      (entry) => entry.text.code === 'notification.request_due_soon',
    );
    expect(reminder?.text.params).toMatchObject({
      item: '2024年度部门决算报表',
      dueDate: '2099-03-10',
      days: 1,
    });
  });
});
