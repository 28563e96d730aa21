import { HttpContextToken } from '@angular/common/http';

/** Set on calls that must not trigger a refresh-and-retry (login, refresh itself, logout). */
export const SKIP_AUTH_RETRY = new HttpContextToken<boolean>(() => false);
/** Set on the retried call so a second 401 is not retried again. */
export const IS_RETRY = new HttpContextToken<boolean>(() => false);
