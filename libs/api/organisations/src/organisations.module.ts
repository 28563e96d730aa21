import { Module } from '@nestjs/common';
import { AuthModule } from '@jixiao/api-auth';
import { InvitationIssuer } from './invitations/invitation-issuer';
import { InvitationsController } from './invitations/invitations.controller';
import { InvitationsService } from './invitations/invitations.service';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

/** Organisations, their users and invitations. */
@Module({
  imports: [AuthModule],
  controllers: [OrganisationsController, UsersController, InvitationsController],
  providers: [OrganisationsService, UsersService, InvitationsService, InvitationIssuer],
})
export class OrganisationsModule {}
