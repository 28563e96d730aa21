import { inject } from '@angular/core';
import type { Route } from '@angular/router';
import { I18nService } from '@jixiao/web-data-access';
import { unsavedChangesGuard } from '@jixiao/web-feature-frameworks';
import { provideNzNativeDateAdapter } from 'ng-zorro-antd/core/time';
import { NzModalService } from 'ng-zorro-antd/modal';
import { CommissionPage } from './commission/commission.page';
import { EvaluationPage } from './detail/evaluation.page';
import { commissionGuard, evaluationsGuard, rosterGuard } from './evaluations.guards';
import { EvaluationsPage } from './list/evaluations.page';
import { RosterPage } from './roster/roster.page';

/** /evaluations (list), /evaluations/new (commission) and /evaluations/:id, loaded lazily under the shell. */
export const EVALUATION_ROUTES: Route[] = [
  {
    path: '',
    canActivate: [evaluationsGuard],
    // nz-date-picker (the commission form's due dates) needs a date adapter; native Date is enough here.
    providers: [
      provideNzNativeDateAdapter(() => ({ locale: inject(I18nService).locale(), firstDayOfWeek: 1 })),
      // The unsaved-changes guard asks through a modal service provided in the route's injector.
      NzModalService,
    ],
    children: [
      { path: '', title: '评价项目 · 绩效评价协同平台', component: EvaluationsPage },
      {
        path: 'new',
        title: '委托评价 · 绩效评价协同平台',
        canActivate: [commissionGuard],
        component: CommissionPage,
      },
      {
        path: ':id',
        title: '评价项目 · 绩效评价协同平台',
        component: EvaluationPage,
        // Unsaved edits of the adopted indicator system are not left silently.
        canDeactivate: [unsavedChangesGuard],
      },
    ],
  },
];

/** /roster — 第三方机构库. */
export const ROSTER_ROUTES: Route[] = [
  { path: '', title: '第三方机构库 · 绩效评价协同平台', canActivate: [rosterGuard], component: RosterPage },
];
