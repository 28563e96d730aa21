import { Injectable } from '@nestjs/common';
import type { Locale } from '@jixiao/contracts';
import { DEFAULT_LOCALE } from '@jixiao/contracts';
import { CLS_REQ, ClsService } from 'nestjs-cls';
import type { AuthenticatedPrincipal } from '../authz/authenticated-principal';

const PRINCIPAL = 'jixiao.principal';
const LOCALE = 'jixiao.locale';
const CLIENT_IP = 'jixiao.ip';
const USER_AGENT = 'jixiao.ua';

/** What is known about the current request: its id, locale, client and (once verified) principal. */
@Injectable()
export class RequestContext {
  constructor(private readonly cls: ClsService) {}

  get requestId(): string | null {
    return this.cls.isActive() ? (this.cls.getId() ?? null) : null;
  }

  get locale(): Locale {
    return (this.cls.isActive() && this.cls.get<Locale | undefined>(LOCALE)) || DEFAULT_LOCALE;
  }

  get clientIp(): string | null {
    return (this.cls.isActive() && this.cls.get<string | undefined>(CLIENT_IP)) || null;
  }

  get userAgent(): string | null {
    return (this.cls.isActive() && this.cls.get<string | undefined>(USER_AGENT)) || null;
  }

  get principal(): AuthenticatedPrincipal | null {
    return (this.cls.isActive() && this.cls.get<AuthenticatedPrincipal | undefined>(PRINCIPAL)) || null;
  }

  /**
   * The request asks to change something (any method but GET, HEAD, OPTIONS). False outside an HTTP
   * request (jobs), so background work is never mistaken for a user's write.
   */
  get mutating(): boolean {
    if (!this.cls.isActive()) return false;
    const request = this.cls.get<{ method?: string } | undefined>(CLS_REQ);
    const method = request?.method?.toUpperCase();
    return method !== undefined && !['GET', 'HEAD', 'OPTIONS'].includes(method);
  }

  /** The verified principal; throws when called on a route that does not authenticate. */
  requirePrincipal(): AuthenticatedPrincipal {
    const principal = this.principal;
    if (!principal) throw new Error('No authenticated principal in this request');
    return principal;
  }

  setPrincipal(principal: AuthenticatedPrincipal): void {
    this.cls.set(PRINCIPAL, principal);
  }

  setClient(locale: Locale, ip: string | null, userAgent: string | null): void {
    this.cls.set(LOCALE, locale);
    this.cls.set(CLIENT_IP, ip);
    this.cls.set(USER_AGENT, userAgent?.slice(0, 300) ?? null);
  }
}
