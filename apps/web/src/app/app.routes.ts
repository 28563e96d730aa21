import type { Route } from '@angular/router';
import { adminGuard, authGuard, guestGuard, operatorGuard } from '@jixiao/web-data-access';
import { NotFoundPage, ShellComponent } from '@jixiao/web-ui';

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: '登录 · 绩效评价协同平台',
    canActivate: [guestGuard],
    loadComponent: () => import('@jixiao/web-feature-auth').then((m) => m.LoginPage),
  },
  {
    path: 'invite/:token',
    title: '接受邀请 · 绩效评价协同平台',
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
        title: '绩效评价协同平台',
        loadComponent: () => import('@jixiao/web-feature-home').then((m) => m.HomePage),
      },
      {
        path: 'account/password',
        title: '修改密码 · 绩效评价协同平台',
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
        title: '用户管理 · 绩效评价协同平台',
        canActivate: [adminGuard],
        loadComponent: () => import('@jixiao/web-feature-admin').then((m) => m.UsersPage),
      },
      {
        path: 'admin/organisations',
        title: '单位管理 · 绩效评价协同平台',
        canActivate: [operatorGuard],
        loadComponent: () => import('@jixiao/web-feature-admin').then((m) => m.OrganisationsPage),
      },
      {
        path: 'admin/audit',
        title: '审计日志 · 绩效评价协同平台',
        canActivate: [adminGuard],
        loadComponent: () => import('@jixiao/web-feature-admin').then((m) => m.AuditPage),
      },
      { path: '**', component: NotFoundPage, title: '页面不存在 · 绩效评价协同平台' },
    ],
  },
];
