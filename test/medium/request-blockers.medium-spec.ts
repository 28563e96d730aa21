import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestsService } from '@jixiao/api-evaluations';
import type { Role } from '@jixiao/domain';
import type { BuiltOrganisation, BuiltUser } from '../factories';
import { startServiceContext, type ServiceContext } from '../support/service-context';
import { withClient } from '../support/test-database';
import { seedDemoData } from '../../apps/api/src/demo/seed-demo-data';

/** The demo firm's lead as a principal, and the demo evaluation in fieldwork (中山路 2024). */
async function demoLead(
  databaseUrl: string,
): Promise<{ firm: BuiltOrganisation; lead: BuiltUser; evaluationId: string }> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<{
      firm_id: string;
      firm_name: string;
      user_id: string;
      email: string;
      display_name: string;
      roles: Role[];
      evaluation_id: string;
    }>(
      `SELECT o.id AS firm_id, o.name AS firm_name, u.id AS user_id, u.email, u.display_name, u.roles,
              e.id AS evaluation_id
         FROM app_user u JOIN organisation o ON o.id = u.organisation_id
         JOIN evaluation e ON e.firm_org_id = o.id AND e.status = 'fieldwork'
        WHERE u.email = 'lead@firm.demo'`,
    );
    const [row] = rows;
    const lead: BuiltUser = {
      id: row.user_id,
      email: row.email,
      displayName: row.display_name,
      roles: row.roles,
    };
    const firm: BuiltOrganisation = {
      id: row.firm_id,
      kind: 'firm',
      name: row.firm_name,
      creditCode: '',
      users: [lead],
      user: () => lead,
      signIn: () => Promise.reject(new Error('no HTTP in the medium tier')),
    };
    return { firm, lead, evaluationId: row.evaluation_id };
  });
}

describe('what blocks closing fieldwork on the request side', () => {
  let s: ServiceContext;

  beforeAll(async () => {
    s = await startServiceContext();
    await seedDemoData(s.databaseUrl, { queueArchivePackages: false });
  }, 120_000);
  afterAll(async () => s.close());

  it('lists required items neither accepted nor waived, in list order, with their titles', async () => {
    const { firm, lead, evaluationId } = await demoLead(s.databaseUrl);
    const requests = s.app.get(RequestsService);
    const blockers = await s.as(firm, lead, () => requests.blockers(evaluationId));
    const titles = blockers.map((blocker) => blocker.title);
    // accepted (三定方案) and optional (满意度, waived anyway) items do not block; rejected, submitted and unsent ones do
    expect(titles).not.toContain('部门职责及“三定”方案');
    expect(titles).not.toContain('满意度调查相关资料');
    expect(titles).not.toContain('以前年度绩效评价及审计、巡察发现问题整改资料');
    expect(titles.slice(0, 4)).toEqual([
      '年度工作计划及工作总结',
      '年度部门预算批复文件',
      '预算调整及追加批复文件',
      '年度部门决算报表',
    ]);
    expect(titles).toContain('部门整体绩效目标申报表');
    expect(blockers.every((blocker) => /^[0-9a-f-]{36}$/.test(blocker.id))).toBe(true);
  });
});
