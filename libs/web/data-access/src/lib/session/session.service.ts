import { HttpClient, HttpContext } from '@angular/common/http';
import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import type { LoginRequest, Me, SessionResponse } from '@jixiao/contracts';
import { defineAbilityFor, isAdminRole, type AppAbility } from '@jixiao/domain/vocabulary';
import { firstValueFrom } from 'rxjs';
import { SKIP_AUTH_RETRY } from '../http/http-context';

interface SessionState {
  accessToken: string;
  user: Me;
  expiresAt: number;
}

/** Refresh this long before the access token runs out. */
const REFRESH_MARGIN_MS = 60_000;

const noRetry = (): HttpContext => new HttpContext().set(SKIP_AUTH_RETRY, true);

/**
 * The signed-in user and the access token, kept in memory only. The refresh token lives in the
 * HttpOnly cookie, so a reload restores the session through `restore()`.
 */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly state = signal<SessionState | null>(null);
  private refreshing: Promise<boolean> | null = null;
  private restoring: Promise<boolean> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  readonly user = computed(() => this.state()?.user ?? null);
  readonly accessToken = computed(() => this.state()?.accessToken ?? null);
  readonly isAuthenticated = computed(() => this.state() !== null);
  readonly ability = computed<AppAbility | null>(() => {
    const user = this.user();
    return user
      ? defineAbilityFor({
          userId: user.id,
          organisationId: user.organisation.id,
          organisationKind: user.organisation.kind,
          roles: user.roles,
        })
      : null;
  });
  readonly isAdmin = computed(() => {
    const user = this.user();
    return user ? isAdminRole(user.organisation.kind, user.roles) : false;
  });
  readonly isOperator = computed(() => this.ability()?.can('onboard', 'Organisation') ?? false);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.clearTimer());
  }

  async login(request: LoginRequest): Promise<Me> {
    const response = await firstValueFrom(
      this.http.post<SessionResponse>('/api/auth/login', request, {
        context: noRetry(),
        withCredentials: true,
      }),
    );
    this.accept(response);
    return response.user;
  }

  /** Gets a new access token from the refresh cookie; concurrent callers share one request. */
  refresh(): Promise<boolean> {
    this.refreshing ??= firstValueFrom(
      this.http.post<SessionResponse>('/api/auth/refresh', null, { context: noRetry() }),
    )
      .then((response) => {
        this.accept(response);
        return true;
      })
      .catch(() => {
        this.clear();
        return false;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  /**
   * Resumes the session from the refresh cookie, once per page load (the first guarded navigation);
   * afterwards the in-memory state is the truth and expired tokens are renewed by the interceptor.
   */
  async restore(): Promise<boolean> {
    if (this.isAuthenticated()) return true;
    this.restoring ??= this.refresh();
    return (await this.restoring) && this.isAuthenticated();
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post<void>('/api/auth/logout', null, { context: noRetry() }));
    } catch {
      // The cookie may already be gone; signing out locally is what matters.
    }
    this.clear();
    await this.router.navigateByUrl('/login');
  }

  /** Re-reads the profile (after a change to the organisation, say). */
  async reloadMe(): Promise<void> {
    const user = await firstValueFrom(this.http.get<Me>('/api/auth/me'));
    this.state.update((state) => (state ? { ...state, user } : state));
  }

  /** The session ended under us (refresh failed): go to the login page, remembering where we were. */
  expire(): void {
    const returnUrl = this.router.url;
    this.clear();
    if (!returnUrl.startsWith('/login')) {
      void this.router.navigate(['/login'], {
        queryParams: returnUrl && returnUrl !== '/' ? { returnUrl } : {},
      });
    }
  }

  clear(): void {
    this.clearTimer();
    this.state.set(null);
  }

  private accept(response: SessionResponse): void {
    const lifetimeMs = Math.max(0, response.expiresIn * 1000);
    this.state.set({
      accessToken: response.accessToken,
      user: response.user,
      expiresAt: Date.now() + lifetimeMs,
    });
    this.schedule(lifetimeMs);
  }

  private schedule(lifetimeMs: number): void {
    this.clearTimer();
    if (lifetimeMs <= 0) return;
    const delay = Math.max(lifetimeMs - REFRESH_MARGIN_MS, lifetimeMs / 2);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.refresh().then((ok) => {
        if (!ok) this.expire();
      });
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
