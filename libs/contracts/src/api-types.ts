import type { OnboardableKind, OrganisationKind, Role } from '@jixiao/domain';

/** Request and response shapes of the HTTP API (base path `/api`). */

export interface OrganisationSummary {
  id: string;
  kind: OrganisationKind;
  name: string;
  region: string;
}

export interface Organisation extends OrganisationSummary {
  creditCode: string;
  contactName: string;
  contactPhone: string;
  status: 'active' | 'disabled';
  createdAt: string;
  /** For a unit: the finance bureau it belongs to. */
  parentBureauId: string | null;
}

export interface Me {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  organisation: OrganisationSummary;
}

export interface LoginRequest {
  email: string;
  password: string;
}

/** Answer of login and refresh; the refresh token travels only in the HttpOnly cookie. */
export interface SessionResponse {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: Me;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  status: 'active' | 'disabled';
  createdAt: string;
  lastLoginAt: string | null;
  version: number;
}

export interface UpdateUserRolesRequest {
  roles: Role[];
}

export interface InvitationRecord {
  id: string;
  email: string;
  roles: Role[];
  expiresAt: string;
  createdAt: string;
  status: 'pending' | 'accepted' | 'revoked' | 'expired';
}

export interface CreateInvitationRequest {
  email: string;
  roles: Role[];
}

/** The link is shown once, to the inviting admin; only its hash is stored. */
export interface CreatedInvitation {
  invitation: InvitationRecord;
  link: string;
}

export interface InvitationPreview {
  email: string;
  roles: Role[];
  organisation: OrganisationSummary;
  expiresAt: string;
}

export interface AcceptInvitationRequest {
  token: string;
  displayName: string;
  password: string;
}

export interface CreateOrganisationRequest {
  kind: OnboardableKind;
  name: string;
  region: string;
  creditCode: string;
  contactName: string;
  contactPhone: string;
  /** The first administrator, who receives an invitation link. */
  adminEmail: string;
  /** Required for a unit: the finance bureau it belongs to (a unit belongs to one bureau). */
  parentBureauId?: string;
}

export interface CreatedOrganisation {
  organisation: Organisation;
  adminInvitation: CreatedInvitation;
}

export interface UpdateOrganisationRequest {
  name?: string;
  region?: string;
  contactName?: string;
  contactPhone?: string;
}

export interface AuditEventRecord {
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  requestId: string | null;
  result: 'success' | 'failure';
  detail: Record<string, unknown>;
  hash: string;
}

export interface AuditEventPage {
  items: AuditEventRecord[];
  /** Pass as `beforeSeq` to get the next (older) page; null on the last page. */
  nextBeforeSeq: number | null;
}

export interface AuditChainVerification {
  valid: boolean;
  checked: number;
  brokenAtSeq: number | null;
  reason: string | null;
}

export interface HealthResponse {
  status: 'ok';
  database: 'ok';
}

/** Header the browser must send on cookie-authenticated calls (refresh, logout). */
export const CSRF_HEADER = 'x-requested-with';
export const CSRF_HEADER_VALUE = 'jixiao';
export const REFRESH_COOKIE = 'jx_refresh';
