import { AuditEventEntity } from '../audit/audit-event.entity';
import { InvitationEntity } from '../identity/invitation.entity';
import { OrganisationEntity } from '../identity/organisation.entity';
import { RefreshTokenEntity } from '../identity/refresh-token.entity';
import { SessionEntity } from '../identity/session.entity';
import { UserEntity } from '../identity/user.entity';
import { OutboxMessageEntity } from '../outbox/outbox-message.entity';
import { PlatformSpine1763800000000 } from './migrations/1763800000000-platform-spine';
import { UnitsAndIdempotency1764000000000 } from './migrations/1764000000000-units-and-idempotency';
import { SpineHardening1764100000000 } from './migrations/1764100000000-spine-hardening';
import type { DatabaseSchema } from './database-schema';
// Reminders and notifications (issue 9)
import { Notifications1764200000004 } from './migrations/1764200000004-notifications';
// Request path speed (issue 6)
import { PrincipalEntry1764390000000 } from './migrations/1764390000000-principal-entry';

/** Identity and infrastructure tables: organisations, users, sessions, invitations, audit, outbox. */
export const PLATFORM_SCHEMA: DatabaseSchema = {
  entities: [
    OrganisationEntity,
    UserEntity,
    InvitationEntity,
    SessionEntity,
    RefreshTokenEntity,
    AuditEventEntity,
    OutboxMessageEntity,
  ],
  migrations: [
    PlatformSpine1763800000000,
    UnitsAndIdempotency1764000000000,
    SpineHardening1764100000000,
    // Reminders and notifications (issue 9)
    Notifications1764200000004,
    // Request path speed (issue 6)
    PrincipalEntry1764390000000,
  ],
};
