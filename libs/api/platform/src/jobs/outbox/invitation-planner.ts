import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Message } from '@jixiao/domain';
import type { Deliveries, OutboxMessage, OutboxPlanner } from './outbox-planners';
import { OutboxPlanners } from './outbox-planners';

function text(payload: Record<string, unknown>, key: string): string {
  const value = payload[key];
  return typeof value === 'string' ? value : '';
}

/** `email.invitation` (written by the invitation issuer): one mail with the accept link to the invitee. */
@Injectable()
export class InvitationPlanner implements OutboxPlanner, OnModuleInit {
  constructor(private readonly planners: OutboxPlanners) {}

  onModuleInit(): void {
    this.planners.register('email.invitation', this);
  }

  async plan(message: OutboxMessage): Promise<Deliveries> {
    const to = text(message.payload, 'to');
    if (!to) throw new Error(`Invitation message ${message.id} has no recipient`);
    const params = {
      organisation: text(message.payload, 'organisationName'),
      link: text(message.payload, 'link'),
      expiresAt: text(message.payload, 'expiresAt').slice(0, 10),
    };
    const subject: Message = { code: 'notification.invitation_subject', params };
    const body: Message = { code: 'notification.invitation_body', params };
    return { notifications: [], mails: [{ to, subject, body }] };
  }
}
