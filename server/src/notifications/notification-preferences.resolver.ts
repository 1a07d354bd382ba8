import { Args, Field, InputType, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { PreferenceCell } from '@linje/shared';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';

@ObjectType('NotificationPreference', {
  description: 'Whether one notification event reaches you on one channel.',
})
export class NotificationPreferenceModel {
  @Field(() => String, { description: 'The notification event, e.g. TICKET_REPLIED.' })
  event!: string;
  @Field(() => String, { description: 'IN_APP, EMAIL or SMS.' }) channel!: string;
  @Field(() => Boolean) enabled!: boolean;
  @Field(() => Boolean, { description: 'Cannot be turned off (paging for critical escalations).' })
  locked!: boolean;
  @Field(() => Boolean, { description: 'The default for this cell (no choice of your own).' })
  isDefault!: boolean;
}

@InputType('NotificationPreferenceInput')
export class NotificationPreferenceInput {
  @Field(() => String) event!: string;
  @Field(() => String) channel!: string;
  @Field(() => Boolean) enabled!: boolean;
}

const toModel = (c: PreferenceCell): NotificationPreferenceModel => ({ ...c });

/** A person reads and changes only their own preferences: there is no person argument. */
@Resolver(() => NotificationPreferenceModel)
export class NotificationPreferencesResolver {
  constructor(private readonly preferences: NotificationPreferencesService) {}

  @Query(() => [NotificationPreferenceModel], {
    description: 'Your notification preferences: every event and channel.',
  })
  async myNotificationPreferences(
    @CurrentViewer() viewer: Viewer,
  ): Promise<NotificationPreferenceModel[]> {
    return (await this.preferences.mine(viewer)).map(toModel);
  }

  @Mutation(() => [NotificationPreferenceModel], {
    description:
      'Changes some of your notification preferences; answers all of them. Turning off a locked cell is refused (BAD_USER_INPUT, field code NOTIFICATION_LOCKED) and nothing is stored.',
  })
  async setNotificationPreferences(
    @CurrentViewer() viewer: Viewer,
    @Args('changes', { type: () => [NotificationPreferenceInput] })
    changes: NotificationPreferenceInput[],
  ): Promise<NotificationPreferenceModel[]> {
    return (await this.preferences.setMine(viewer, changes)).map(toModel);
  }
}
