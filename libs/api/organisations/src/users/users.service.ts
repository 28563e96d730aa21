import { Injectable } from '@nestjs/common';
import type { UserRecord } from '@jixiao/contracts';
import { ADMIN_ROLE_BY_KIND, allowsOn, abilityFor, invalidRolesForKind, type Role } from '@jixiao/domain';
import { AppError, AuditTrail, RequestContext, TenantDatabase, UserEntity } from '@jixiao/api-platform';
import { SessionService } from '@jixiao/api-auth';

function toUserRecord(user: UserEntity): UserRecord {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: user.roles,
    status: user.status,
    createdAt: user.createdAt.toISOString(),
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    version: user.version,
  };
}

/** A row of the users list: what a UserRecord shows, and the organisation the ability checks. */
interface UserListRow {
  id: string;
  organisation_id: string;
  email: string;
  display_name: string;
  roles: Role[];
  status: 'active' | 'disabled';
  created_at: Date;
  last_login_at: Date | null;
  version: number;
}

/**
 * An organisation admin's management of the users of their own organisation. Records of other
 * organisations are invisible (RLS) and answer NOT_FOUND, exactly like missing ones.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
  ) {}

  async list(): Promise<UserRecord[]> {
    const principal = this.context.requirePrincipal();
    // Plain SQL: TypeORM's find and query builder were the largest part of this route's own time.
    const rows = (await this.db.manager.query(
      `SELECT id, organisation_id, email, display_name, roles, status, created_at, last_login_at, version
         FROM app_user WHERE organisation_id = $1 ORDER BY created_at, id`,
      [principal.organisationId],
    )) as UserListRow[];
    const ability = abilityFor(principal);
    return rows
      .filter((row) => allowsOn(ability, 'read', 'User', { id: row.id, organisationId: row.organisation_id }))
      .map((row): UserRecord => ({
        id: row.id,
        email: row.email,
        displayName: row.display_name,
        roles: row.roles,
        status: row.status,
        createdAt: row.created_at.toISOString(),
        lastLoginAt: row.last_login_at?.toISOString() ?? null,
        version: row.version,
      }));
  }

  async get(id: string): Promise<UserRecord> {
    return toUserRecord(await this.find(id, 'read', false));
  }

  async setRoles(id: string, roles: Role[]): Promise<UserRecord> {
    const principal = this.context.requirePrincipal();
    const user = await this.find(id, 'update', true);
    if (invalidRolesForKind(principal.organisationKind, roles).length > 0) {
      throw new AppError('ROLE_NOT_ALLOWED', 400, [{ field: 'roles', code: 'roles.not_allowed' }]);
    }
    const adminRole = ADMIN_ROLE_BY_KIND[principal.organisationKind];
    if (user.roles.includes(adminRole) && !roles.includes(adminRole)) {
      if (user.id === principal.userId) throw new AppError('SELF_ACTION', 409);
      await this.assertAnotherActiveAdmin(user.id, adminRole);
    }
    const before = user.roles;
    await this.db.manager
      .getRepository(UserEntity)
      .update({ id: user.id }, { roles: [...new Set(roles)], version: () => 'version + 1' });
    await this.audit.record({
      action: 'user.roles',
      targetType: 'user',
      targetId: user.id,
      detail: { before, after: roles },
    });
    return this.get(user.id);
  }

  async setStatus(id: string, status: 'active' | 'disabled'): Promise<UserRecord> {
    const principal = this.context.requirePrincipal();
    const user = await this.find(id, 'update', true);
    if (user.id === principal.userId) throw new AppError('SELF_ACTION', 409);
    if (user.status !== status) {
      const adminRole = ADMIN_ROLE_BY_KIND[principal.organisationKind];
      if (status === 'disabled' && user.roles.includes(adminRole))
        await this.assertAnotherActiveAdmin(user.id, adminRole);
      await this.db.manager
        .getRepository(UserEntity)
        .update({ id: user.id }, { status, version: () => 'version + 1' });
      const revoked =
        status === 'disabled' ? await this.sessions.revokeAllOfUser(user.id, 'user_disabled') : 0;
      await this.audit.record({
        action: status === 'disabled' ? 'user.disable' : 'user.enable',
        targetType: 'user',
        targetId: user.id,
        detail: status === 'disabled' ? { sessionsRevoked: revoked } : {},
      });
    }
    return this.get(user.id);
  }

  private async find(id: string, action: 'read' | 'update', lock: boolean): Promise<UserEntity> {
    const principal = this.context.requirePrincipal();
    const user = await this.db.manager.getRepository(UserEntity).findOne({
      where: { id, organisationId: principal.organisationId },
      ...(lock ? { lock: { mode: 'for_no_key_update' as const } } : {}),
    });
    if (!user || !allowsOn(abilityFor(principal), action, 'User', user)) throw AppError.notFound();
    return user;
  }

  /** Locks the organisation's admins, so two admins cannot demote each other at the same moment. */
  private async assertAnotherActiveAdmin(exceptUserId: string, adminRole: Role): Promise<void> {
    const principal = this.context.requirePrincipal();
    const others = (await this.db.manager.query(
      `SELECT id FROM app_user
        WHERE organisation_id = $1 AND status = 'active' AND $2 = ANY(roles) AND id <> $3
        FOR NO KEY UPDATE`,
      [principal.organisationId, adminRole, exceptUserId],
    )) as unknown[];
    if (others.length === 0) throw new AppError('LAST_ADMIN', 409);
  }
}
