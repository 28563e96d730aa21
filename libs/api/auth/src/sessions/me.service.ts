import { Injectable } from '@nestjs/common';
import type { Me } from '@jixiao/contracts';
import { AppError, OrganisationEntity, TenantDatabase, UserEntity } from '@jixiao/api-platform';

/** The signed-in user as the web app needs it, read in the current organisation-scoped transaction. */
@Injectable()
export class MeService {
  constructor(private readonly db: TenantDatabase) {}

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
