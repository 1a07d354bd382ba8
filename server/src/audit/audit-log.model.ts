import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('AuditLogEntry', { description: 'One entry of the audit log (read-only).' })
export class AuditLogEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'Who did it; null for the system.' })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { description: 'Stable action code, e.g. person.roles_changed.' })
  action!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => String, { description: 'The details as JSON.' })
  data!: string;

  @Field(() => Int, { nullable: true, description: 'Position in the tenant’s hash chain.' })
  chainSeq!: number | null;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this instant on.' })
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this instant.' })
  to?: Date | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An action code, or its start (e.g. "ticket.").',
  })
  action?: string | null;

  @Field(() => String, { nullable: true })
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  entityId?: string | null;

  @Field(() => Int, { nullable: true, description: 'At most 500 (default 100), newest first.' })
  first?: number | null;

  @Field(() => Int, { nullable: true, description: 'Entries to skip, for paging.' })
  offset?: number | null;
}
