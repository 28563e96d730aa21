import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionService } from '@jixiao/web-data-access';

/** Bureau and firm users (who may read indicator systems); others go home. */
export const frameworksGuard: CanActivateFn = () => {
  const session = inject(SessionService);
  return session.ability()?.can('read', 'Framework') ? true : inject(Router).createUrlTree(['/']);
};
