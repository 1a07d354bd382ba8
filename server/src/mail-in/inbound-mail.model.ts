import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { INBOUND_MAIL_STATUSES, type InboundMailStatus } from './inbound-mail.entity.js';

export const InboundMailStatusEnum = Object.fromEntries(
  INBOUND_MAIL_STATUSES.map((s) => [s, s]),
) as { [K in InboundMailStatus]: K };
registerEnumType(InboundMailStatusEnum, {
  name: 'InboundMailStatus',
  description:
    'What became of a received mail: TICKET, UNKNOWN_SENDER (a ticket for no known person), REPLY, IGNORED (automated mail), REFUSED (bounced), UNPARSEABLE (kept raw).',
});

@ObjectType('InboundMail', { description: "A message received at a municipality's mailbox." })
export class InboundMailModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field(() => String)
  mailbox!: string;

  @Field(() => String, { nullable: true })
  messageId!: string | null;

  @Field(() => String, { nullable: true })
  fromAddress!: string | null;

  @Field(() => String, { nullable: true })
  subject!: string | null;

  @Field(() => InboundMailStatusEnum)
  status!: InboundMailStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was ignored, refused or not readable (a stable code).',
  })
  reason!: string | null;

  @Field(() => ID, { nullable: true })
  ticketId!: string | null;

  @Field(() => String, { nullable: true })
  ticketNumber!: string | null;

  @Field(() => Int, { description: 'Size of the raw message in bytes.' })
  size!: number;

  @Field(() => Int, { description: 'Later deliveries of the same message (each made nothing).' })
  duplicates!: number;

  @Field(() => Boolean, { description: 'An agent has dealt with it.' })
  settled!: boolean;

  @Field(() => GraphQLISODateTime)
  receivedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'For mail that could not be read (UNPARSEABLE): the raw message as text, at most 200,000 characters, for agents to read.',
  })
  rawText!: string | null;
}
