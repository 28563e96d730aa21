import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionService, canCommission, canManageRoster } from '@jixiao/web-data-access';

/** Users of a bureau, a firm or a unit (the parties of evaluations); the platform operator goes home. */
export const evaluationsGuard: CanActivateFn = () => {
  const kind = inject(SessionService).user()?.organisation.kind;
  return kind && kind !== 'platform' ? true : inject(Router).createUrlTree(['/']);
};

/** Bureau admins and performance officers (委托评价). */
export const commissionGuard: CanActivateFn = () => {
  const me = inject(SessionService).user();
  return me && canCommission(me) ? true : inject(Router).createUrlTree(['/evaluations']);
};

/** Bureau admins (第三方机构库). */
export const rosterGuard: CanActivateFn = () => {
  const me = inject(SessionService).user();
  return me && canManageRoster(me) ? true : inject(Router).createUrlTree(['/']);
};
