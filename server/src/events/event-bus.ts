import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';

/** Domain events published after their transaction commits. */
export interface TicketChangedEvent {
  kind: 'CREATED' | 'UPDATED';
  tenantId: string;
  ticketId: string;
}

export interface DomainEvents {
  ticketChanged: TicketChangedEvent;
}

/**
 * Fans domain events out to subscriptions in this process.
 * Publish only after the transaction that caused the event has committed.
 */
@Injectable()
export class EventBus implements OnModuleDestroy {
  private readonly pubSub = new PubSub();

  async publish<K extends keyof DomainEvents>(topic: K, payload: DomainEvents[K]): Promise<void> {
    await this.pubSub.publish(topic, payload);
  }

  subscribe<K extends keyof DomainEvents>(topic: K): AsyncIterableIterator<DomainEvents[K]> {
    return this.pubSub.asyncIterableIterator<DomainEvents[K]>(topic);
  }

  onModuleDestroy(): void {
    // PubSub holds no resources beyond listeners, which end with their iterators.
  }
}
