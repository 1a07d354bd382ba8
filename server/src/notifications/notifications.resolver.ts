import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, type GqlContext } from '../auth/gql-context.js';
import { AppError } from '../common/app-error.js';
import { filterMap } from '../events/async-iter.js';
import { EventBus } from '../events/event-bus.js';
import type { Viewer } from '../auth/viewer.js';
import type { Notification } from './notification.entity.js';
import { NotificationModel } from './notification.model.js';
import { NotificationsService } from './notifications.service.js';

function toModel(n: Notification): NotificationModel {
  return {
    id: n.id,
    kind: n.kind,
    params: Object.entries(n.params).map(([name, value]) => ({
      name,
      value: value === null ? null : String(value),
    })),
    text: n.text,
    ticketId: n.ticketId,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly events: EventBus,
  ) {}

  @Subscription(() => NotificationModel, { description: 'Your new notices, as they arrive.' })
  notificationAdded(
    @Context() ctx: GqlContext,
  ): AsyncIterableIterator<{ notificationAdded: NotificationModel }> {
    const viewer = ctx.viewer;
    if (!viewer) throw AppError.unauthenticated();
    return filterMap(this.events.subscribe('notificationCreated'), async (event) => {
      if (event.recipientId !== viewer.personId) return null;
      const n = await this.notifications.ownForEvent(viewer, event.notificationId);
      return n ? { notificationAdded: toModel(n) } : null;
    });
  }

  @Query(() => [NotificationModel], { description: 'Your latest notices, newest first.' })
  async myNotifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationModel[]> {
    return (await this.notifications.mine(viewer, unreadOnly)).map(toModel);
  }

  @Query(() => Int, { description: 'How many of your notices are unread (the badge).' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notifications.unreadCount(viewer);
  }

  @Mutation(() => Int, {
    description: 'Marks all your notices read; answers how many were unread.',
  })
  markAllNotificationsRead(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notifications.markAllRead(viewer);
  }

  @Mutation(() => NotificationModel)
  async markNotificationRead(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NotificationModel> {
    return toModel(await this.notifications.markRead(viewer, id));
  }
}
