import { Injectable } from '@nestjs/common';
import type { Me } from '@jixiao/contracts';
import {
  AppError,
  OrganisationEntity,
  RequestContext,
  TenantDatabase,
  UserEntity,
} from '@jixiao/api-platform';

/** The signed-in user as the web app needs it. */
@Injectable()
export class MeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly context: RequestContext,
  ) {}

  /**
   * The caller of an authorised request: the principal was re-read (user, organisation, session) in
   * this request's transaction a moment ago, so it is as fresh as another read and costs none.
   */
  current(): Me {
    const principal = this.context.requirePrincipal();
    return {
      id: principal.userId,
      email: principal.email,
      displayName: principal.displayName,
      roles: [...principal.roles],
      organisation: {
        id: principal.organisationId,
        kind: principal.organisationKind,
        name: principal.organisationName,
        region: principal.organisationRegion,
      },
    };
  }

  /** A user who has just signed in, read in the current organisation-scoped transaction. */
  async load(userId: string): Promise<Me> {
    const user = await this.db.manager.getRepository(UserEntity).findOne({ where: { id: userId } });
    if (!user) throw AppError.notFound();
    const organisation = await this.db.manager
      .getRepository(OrganisationEntity)
      .findOneOrFail({ where: { id: user.organisationId } });
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      roles: user.roles,
      organisation: {
        id: organisation.id,
        kind: organisation.kind,
        name: organisation.name,
        region: organisation.region,
      },
    };
  }
}
