import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail, RequestBoard, TodoItem } from '@jixiao/contracts';
import { an, type BuiltOrganisation } from '../factories';
import type { SignedIn, TestApp } from '../support/test-app';
import { startTestApp } from '../support/test-app';
import { withClient } from '../support/test-database';

const ITEMS = 500;
const FILES = 500;

/** The median of `runs` timings of `work`, in milliseconds. */
async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

describe('a large request list stays fast', () => {
  let t: TestApp;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let evaluation: EvaluationDetail;
  let lead: SignedIn;
  let liaison: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an.organisation('firm').withUser('team_lead').withUser('evaluator').build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').build(t);
    ({ evaluation, lead } = await an
      .evaluation()
      .commissionedBy(bureau)
      .withFirm(firm)
      .forUnit(unit)
      .inStatus('fieldwork')
      .build(t));
    liaison = await unit.signIn('liaison');
    // 500 sent items, each answered and submitted with one file: written as the owner, the way the API would
    await withClient(t.databaseUrl, async (client) => {
      await client.query(
        `INSERT INTO evaluation_request_item (bureau_org_id, evaluation_id, firm_org_id, unit_org_id, seq, title, reason,
                                              due_date, required, state, sent_at, created_by)
         SELECT $1, $2, $3, $4, n, '资料 ' || n, '用途说明 ' || n, current_date + (n % 20 - 10), n % 3 <> 0, 'sent', now(), $5
           FROM generate_series(1, $6::int) AS n`,
        [bureau.id, evaluation.id, firm.id, unit.id, firm.user('team_lead').id, ITEMS],
      );
      await client.query(
        `INSERT INTO evaluation_request_answer (bureau_org_id, evaluation_id, item_id, round, firm_org_id, unit_org_id,
                                                explanation, updated_by, updated_by_name, submitted_at, submitted_by_name)
         SELECT $1, $2, i.id, 1, $3, $4, '见附件', $5, '联络人', now(), '联络人'
           FROM evaluation_request_item i WHERE i.evaluation_id = $2 AND i.seq <= $6`,
        [bureau.id, evaluation.id, firm.id, unit.id, unit.user('liaison').id, FILES],
      );
      await client.query(
        `WITH files AS (
           INSERT INTO evaluation_file (bureau_org_id, evaluation_id, id, firm_org_id, unit_org_id, owner_org_id, visibility,
                                        purpose, storage_key, original_name, media_type, size, sha256, uploaded_by,
                                        uploaded_by_name)
           SELECT $1, $2, gen_random_uuid(), $3, $4, $4, 'shared', 'request_evidence', 'scale/' || i.id, i.title || '.pdf',
                  'application/pdf', 1024, repeat('0', 64), $5, '联络人'
             FROM evaluation_request_item i WHERE i.evaluation_id = $2 AND i.seq <= $6
           RETURNING id, original_name)
         INSERT INTO evaluation_request_file (bureau_org_id, evaluation_id, item_id, round, file_id, firm_org_id, unit_org_id)
         SELECT $1, $2, i.id, 1, f.id, $3, $4 FROM files f
           JOIN evaluation_request_item i ON i.evaluation_id = $2 AND i.title || '.pdf' = f.original_name`,
        [bureau.id, evaluation.id, firm.id, unit.id, unit.user('liaison').id, FILES],
      );
    });
  }, 180_000);
  afterAll(async () => t?.close());

  it(`opens a board of ${ITEMS} items with ${FILES} files, and the to-do lists, without noticeable delay`, async () => {
    const board = (
      await t.http().get(`/api/evaluations/${evaluation.id}/requests`).set(lead.auth).expect(200)
    ).body as RequestBoard;
    expect(board.items).toHaveLength(ITEMS);
    expect(board.counts.submitted).toBe(FILES);
    expect(board.items.reduce((sum, item) => sum + (item.answers[0]?.files.length ?? 0), 0)).toBe(FILES);

    const boardMs = await median(7, () =>
      t.http().get(`/api/evaluations/${evaluation.id}/requests`).set(lead.auth).expect(200),
    );
    const todoMs = await median(7, () => t.http().get('/api/evaluations/todo').set(lead.auth).expect(200));
    const todo = (await t.http().get('/api/evaluations/todo').set(lead.auth).expect(200)).body as TodoItem[];
    expect(todo.find((entry) => entry.action === 'review_requests')?.count).toBe(FILES);
    const unitMs = await median(7, () =>
      t.http().get(`/api/evaluations/${evaluation.id}/requests`).set(liaison.auth).expect(200),
    );
    console.info(
      `request board, ${ITEMS} items / ${FILES} files: firm ${boardMs.toFixed(0)} ms, unit ${unitMs.toFixed(0)} ms; ` +
        `to-do ${todoMs.toFixed(0)} ms (median of 7, in-process HTTP)`,
    );
    expect(boardMs).toBeLessThan(1000);
    expect(todoMs).toBeLessThan(1000);
  });
});
