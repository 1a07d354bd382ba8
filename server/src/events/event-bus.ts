import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';
import { PinoLogger } from 'nestjs-pino';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { InProcessTransport, PostgresTransport, type EventTransport } from './event-transport.js';

/** Domain events published after their transaction commits. */
export interface TicketChangedEvent {
  kind: 'CREATED' | 'UPDATED';
  tenantId: string;
  ticketId: string;
}

/** An in-app notice was created for one person. */
export interface NotificationCreatedEvent {
  tenantId: string;
  recipientId: string;
  notificationId: string;
}

/** Every topic and its payload; add new domain events here. */
export interface DomainEvents {
  ticketChanged: TicketChangedEvent;
  notificationCreated: NotificationCreatedEvent;
}

/**
 * Fans domain events out to subscriptions — within this process on SQLite, and
 * across every server process through PostgreSQL LISTEN/NOTIFY on PostgreSQL.
 * Publish only after the transaction that caused the event has committed.
 */
@Injectable()
export class EventBus implements OnModuleInit, OnModuleDestroy {
  private readonly local = new PubSub();
  private readonly transport: EventTransport;

  constructor(@Inject(APP_CONFIG) config: AppConfig, logger: PinoLogger) {
    this.transport =
      config.database.kind === 'postgresql'
        ? new PostgresTransport(config.database.url, (err) =>
            logger.error({ err }, 'event transport problem'),
          )
        : new InProcessTransport();
  }

  async onModuleInit(): Promise<void> {
    await this.transport.start((topic, payload) => void this.local.publish(topic, payload));
  }

  async publish<K extends keyof DomainEvents>(topic: K, payload: DomainEvents[K]): Promise<void> {
    await this.transport.publish(topic, payload);
  }

  subscribe<K extends keyof DomainEvents>(topic: K): AsyncIterableIterator<DomainEvents[K]> {
    return this.local.asyncIterableIterator<DomainEvents[K]>(topic);
  }

  async onModuleDestroy(): Promise<void> {
    await this.transport.stop();
  }
}
