import type { Route } from '@angular/router';
import { adminGuard, authGuard, guestGuard, operatorGuard } from '@jixiao/web-data-access';
import { NotFoundPage, ShellComponent } from '@jixiao/web-ui/shell';

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: 'title.login',
    canActivate: [guestGuard],
    loadComponent: () => import('@jixiao/web-feature-auth').then((m) => m.LoginPage),
  },
  {
    path: 'invite/:token',
    title: 'title.invite',
    loadComponent: () => import('@jixiao/web-feature-auth').then((m) => m.AcceptInvitationPage),
  },
  {
    path: '',
    component: ShellComponent,
    canActivate: [authGuard],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'title.home',
        loadComponent: () => import('@jixiao/web-feature-home').then((m) => m.HomePage),
      },
      {
        path: 'account/password',
        title: 'title.password',
        loadComponent: () => import('@jixiao/web-feature-auth').then((m) => m.ChangePasswordPage),
      },
      {
        path: 'frameworks',
        loadChildren: () => import('@jixiao/web-feature-frameworks').then((m) => m.FRAMEWORK_ROUTES),
      },
      {
        path: 'evaluations',
        loadChildren: () => import('@jixiao/web-feature-evaluations').then((m) => m.EVALUATION_ROUTES),
      },
      {
        path: 'roster',
        loadChildren: () => import('@jixiao/web-feature-evaluations').then((m) => m.ROSTER_ROUTES),
      },
      {
        path: 'admin/users',
        title: 'title.users',
        canActivate: [adminGuard],
        loadComponent: () => import('@jixiao/web-feature-admin').then((m) => m.UsersPage),
      },
      {
        path: 'admin/organisations',
        title: 'title.organisations',
        canActivate: [operatorGuard],
        loadComponent: () => import('@jixiao/web-feature-admin').then((m) => m.OrganisationsPage),
      },
      {
        path: 'admin/audit',
        title: 'title.audit',
        canActivate: [adminGuard],
        loadComponent: () => import('@jixiao/web-feature-admin').then((m) => m.AuditPage),
      },
      // Reminders and notifications (issue 9)
      {
        path: 'notifications',
        title: 'title.notifications',
        loadComponent: () => import('@jixiao/web-feature-home').then((m) => m.NotificationsPage),
      },
      {
        path: 'admin/jobs',
        title: 'title.jobs',
        canActivate: [operatorGuard],
        loadComponent: () => import('@jixiao/web-feature-admin').then((m) => m.JobsPage),
      },
      { path: '**', component: NotFoundPage, title: 'title.notFound' },
    ],
  },
];
