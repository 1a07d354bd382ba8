import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('NotificationParam')
export class NotificationParamModel {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  value!: string | null;
}

@ObjectType('Notification', { description: 'An in-app notice for the signed-in person.' })
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Stable kind the web translates, e.g. CRITICAL_PAGE.' })
  kind!: string;

  @Field(() => [NotificationParamModel])
  params!: NotificationParamModel[];

  @Field(() => String, { description: 'English text, for logs and other channels.' })
  text!: string;

  @Field(() => ID, { nullable: true })
  ticketId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt!: Date | null;
}
