import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app';
import { routeInventory } from '../support/route-inventory';

/** Routes that anyone may call. Adding one here is a security decision: say why in review. */
const PUBLIC_ROUTES = [
  'GET /api/health',
  'POST /api/auth/login',
  'POST /api/auth/refresh',
  'POST /api/auth/logout',
  'GET /api/auth/invitations/:token',
  'POST /api/auth/invitations/accept',
];

describe('route policies', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('finds the routes of every controller', () => {
    const controllers = new Set(routeInventory(t.app).map((route) => route.controller));
    expect([...controllers].sort()).toEqual(
      [
        'AuditLogController',
        'AuthController',
        'EvaluationFilesController',
        'EvaluationFrameworkController',
        'EvaluationsController',
        'FirmRosterController',
        'FrameworkExcelController',
        'FrameworkTemplatesController',
        'HealthController',
        'InvitationsController',
        'OrganisationsController',
        'ScoringController',
        'TeamController',
        'UsersController',
        'WorkPlanController',
        // Reminders and notifications (issue 9)
        'FailedJobsController',
        'NotificationsController',
        // Fieldwork (issue 9): request list, figures and projects, workbench, work papers
        'RequestsController',
        'FiguresController',
        'ProjectsController',
        'WorkbenchController',
        'WorkPapersController',
        // The report (issue 10)
        'ReportController',
        'ReportFilesController',
        // Delivery: issue, acknowledge, archive, amendments (issue 11)
        'DeliveryController',
        // Three-level review (三级复核, issue 11)
        'ReviewController',
        'ReviewLevelsController',
        // The archive package (归档包, issue 11)
        'ArchivePackageController',
        // Feedback (征求意见, issue 11)
        'FeedbackController',
      ].sort(),
    );
  });

  it('gives every route exactly one policy: @Authorized or @PublicEndpoint', () => {
    const unguarded = routeInventory(t.app)
      .filter((route) => !route.policy)
      .map((route) => `${route.method} ${route.path} (${route.controller}.${route.handler})`);
    expect(unguarded).toEqual([]);
  });

  it('makes public only the routes listed as public', () => {
    const publicRoutes = routeInventory(t.app)
      .filter((route) => route.policy?.kind === 'public')
      .map((route) => `${route.method} ${route.path}`)
      .sort();
    expect(publicRoutes).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('refuses every authorised route without a token', async () => {
    const authorised = routeInventory(t.app).filter((route) => route.policy?.kind === 'authorized');
    expect(authorised.length).toBeGreaterThan(10);
    for (const route of authorised) {
      const path = route.path.replace(':id', '00000000-0000-4000-8000-000000000000');
      const response = await t.http()[route.method.toLowerCase() as 'get'](path).send({});
      expect({ route: `${route.method} ${route.path}`, status: response.status }).toEqual({
        route: `${route.method} ${route.path}`,
        status: 401,
      });
    }
  });
});
