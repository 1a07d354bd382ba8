import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Notification } from './notification.entity.js';

export interface NotifyInput {
  tenantId: string;
  recipientId: string;
  kind: string;
  params: Record<string, string | number | null>;
  text: string;
  ticketId?: string | null;
}

/** In-app notices, written in the transaction of the change they report. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  notify(em: EntityManager, input: NotifyInput): Notification {
    return em.create(Notification, {
      id: randomUUID(),
      tenant: em.getReference(Tenant, input.tenantId),
      recipient: em.getReference(Person, input.recipientId),
      kind: input.kind,
      params: input.params,
      text: input.text,
      ticketId: input.ticketId ?? null,
      createdAt: this.clock.now(),
      readAt: null,
    });
  }

  async mine(viewer: Viewer, unreadOnly: boolean): Promise<Notification[]> {
    return this.em.find(
      Notification,
      { recipient: viewer.personId, ...(unreadOnly ? { readAt: null } : {}) },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 100 },
    );
  }

  async markRead(viewer: Viewer, id: string): Promise<Notification> {
    return this.em.transactional(async (em) => {
      const n = await em.findOne(Notification, { id, recipient: viewer.personId });
      if (!n) throw AppError.notFound('The notification');
      n.readAt ??= this.clock.now();
      return n;
    });
  }
}
