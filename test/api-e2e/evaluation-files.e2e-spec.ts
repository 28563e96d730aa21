import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationDetail, EvaluationFile, ErrorResponse } from '@jixiao/contracts';
import { an, type BuiltOrganisation } from '../factories';
import { startTestApp, type TestApp } from '../support/test-app';
import { collectBytes } from '../support/collect-bytes';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n', 'latin1');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

describe('files of an evaluation: the engagement letter', () => {
  let t: TestApp;
  let bureau: BuiltOrganisation;
  let firm: BuiltOrganisation;
  let unit: BuiltOrganisation;
  let evaluation: EvaluationDetail;

  beforeAll(async () => {
    t = await startTestApp();
    bureau = await an
      .organisation('bureau')
      .withUser('bureau_admin')
      .withUser('performance_officer')
      .build(t);
    firm = await an.organisation('firm').withUser('team_lead').withUser('evaluator').build(t);
    unit = await an.organisation('unit').under(bureau).withUser('liaison').build(t);
    ({ evaluation } = await an.evaluation().commissionedBy(bureau).withFirm(firm).forUnit(unit).build(t));
  }, 120_000);
  afterAll(async () => t.close());

  it('stores the letter with its hash, shows it to all three parties, and downloads it under its Chinese name', async () => {
    const officer = await bureau.signIn('performance_officer');
    const uploaded = (
      await t
        .http()
        .post(`/api/evaluations/${evaluation.id}/files?purpose=engagement_letter`)
        .set(officer.auth)
        .attach('file', PDF, { filename: '委托书（2025）.pdf', contentType: 'application/pdf' })
        .expect(201)
    ).body as EvaluationFile;
    expect(uploaded).toMatchObject({
      purpose: 'engagement_letter',
      name: '委托书（2025）.pdf',
      mediaType: 'application/pdf',
      size: PDF.length,
    });
    expect(uploaded.sha256).toMatch(/^[0-9a-f]{64}$/);

    for (const who of [officer, await firm.signIn('team_lead'), await unit.signIn('liaison')]) {
      const detail = (await t.http().get(`/api/evaluations/${evaluation.id}`).set(who.auth).expect(200))
        .body as EvaluationDetail;
      expect(detail.files.map((file) => file.id)).toEqual([uploaded.id]);
      const download = await t
        .http()
        .get(`/api/evaluations/${evaluation.id}/files/${uploaded.id}`)
        .set(who.auth)
        .buffer(true)
        .parse(collectBytes)
        .expect(200);
      expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
      expect(download.headers['content-disposition']).toContain(
        `filename*=UTF-8''${encodeURIComponent('委托书（2025）.pdf')}`,
      );
    }
  });

  it('refuses a disguised executable, a file from the wrong party, and an unknown purpose', async () => {
    const officer = await bureau.signIn('performance_officer');
    const disguised = await t
      .http()
      .post(`/api/evaluations/${evaluation.id}/files?purpose=engagement_letter`)
      .set(officer.auth)
      .attach('file', EXE, { filename: '委托书.pdf', contentType: 'application/pdf' });
    expect(disguised.status).toBe(415);
    expect((disguised.body as ErrorResponse).code).toBe('FILE_TYPE_NOT_ALLOWED');

    const liaison = await unit.signIn('liaison');
    const wrongParty = await t
      .http()
      .post(`/api/evaluations/${evaluation.id}/files?purpose=engagement_letter`)
      .set(liaison.auth)
      .attach('file', PDF, { filename: 'letter.pdf', contentType: 'application/pdf' });
    expect(wrongParty.status).toBe(403);

    const unknown = await t
      .http()
      .post(`/api/evaluations/${evaluation.id}/files?purpose=../../etc`)
      .set(officer.auth)
      .attach('file', PDF, { filename: 'x.pdf', contentType: 'application/pdf' });
    expect(unknown.status).toBe(400);
    expect((unknown.body as ErrorResponse).details?.[0]?.field).toBe('purpose');

    const detail = (await t.http().get(`/api/evaluations/${evaluation.id}`).set(officer.auth).expect(200))
      .body as EvaluationDetail;
    expect(detail.files).toHaveLength(1);
  });
});
