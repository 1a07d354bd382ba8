import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
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
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => [NotificationModel], { description: 'Your latest notices, newest first.' })
  async myNotifications(
    @CurrentViewer() viewer: Viewer,
    @Args('unreadOnly', { type: () => Boolean, defaultValue: false }) unreadOnly: boolean,
  ): Promise<NotificationModel[]> {
    return (await this.notifications.mine(viewer, unreadOnly)).map(toModel);
  }

  @Mutation(() => NotificationModel)
  async markNotificationRead(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<NotificationModel> {
    return toModel(await this.notifications.markRead(viewer, id));
  }
}
