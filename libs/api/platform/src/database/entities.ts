import { AuditEventEntity } from '../audit/audit-event.entity';
import { InvitationEntity } from '../identity/invitation.entity';
import { OrganisationEntity } from '../identity/organisation.entity';
import { RefreshTokenEntity } from '../identity/refresh-token.entity';
import { SessionEntity } from '../identity/session.entity';
import { UserEntity } from '../identity/user.entity';
import { OutboxMessageEntity } from '../outbox/outbox-message.entity';
import { PlatformSpine1763800000000 } from './migrations/1763800000000-platform-spine';
import { FrameworkTemplates1763900000000 } from './migrations/1763900000000-framework-templates';
import { SpineHardening1764100000000 } from './migrations/1764100000000-spine-hardening';

export const ENTITIES = [
  OrganisationEntity,
  UserEntity,
  InvitationEntity,
  SessionEntity,
  RefreshTokenEntity,
  AuditEventEntity,
  OutboxMessageEntity,
];

export const MIGRATIONS = [
  PlatformSpine1763800000000,
  FrameworkTemplates1763900000000,
  SpineHardening1764100000000,
];
