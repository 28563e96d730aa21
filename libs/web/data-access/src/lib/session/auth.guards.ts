import { inject } from '@angular/core';
import { Router, type CanActivateFn } from '@angular/router';
import { SessionService } from './session.service';

/** Signed-in users only; others go to /login with the target remembered. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionService);
  const router = inject(Router);
  if (await session.restore()) return true;
  return router.createUrlTree(['/login'], {
    queryParams: state.url && state.url !== '/' ? { returnUrl: state.url } : {},
  });
};

/** The login page is pointless when already signed in. */
export const guestGuard: CanActivateFn = async () => {
  const session = inject(SessionService);
  const router = inject(Router);
  return (await session.restore()) ? router.createUrlTree(['/']) : true;
};

/** Administrators of their organisation (user management, audit log); others go home. */
export const adminGuard: CanActivateFn = () => {
  const session = inject(SessionService);
  return session.isAdmin() ? true : inject(Router).createUrlTree(['/']);
};

/** The platform operator (organisation onboarding); others go home. */
export const operatorGuard: CanActivateFn = () => {
  const session = inject(SessionService);
  return session.isOperator() ? true : inject(Router).createUrlTree(['/']);
};
