import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';

@InputType()
export class AnnouncementInput {
  @Field(() => String, { description: 'OUTAGE, MAINTENANCE, ABSENCE or ON_CALL' })
  kind!: string;

  @Field(() => String, { description: 'INFO, WARNING or CRITICAL' })
  severity!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'Rich text (HTML); only the allowlisted subset is kept.' })
  body!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => [ID], {
    nullable: true,
    description: 'Org units concerned, with every unit below them; none concerns everyone.',
  })
  unitIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'The major incident an outage belongs to.' })
  incidentId?: string | null;
}

@InputType()
export class PublishAnnouncementInput extends AnnouncementInput {
  @Field(() => [ID], {
    nullable: true,
    description:
      'The municipalities concerned, each getting its own announcement (default: your own).',
  })
  tenantIds?: string[] | null;
}

@ObjectType('AnnouncementIncident', { description: 'The major incident behind an outage.' })
export class AnnouncementIncidentModel {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  number!: string;
  @Field(() => String)
  status!: string;
}

@ObjectType('Announcement', {
  description: 'An outage, planned maintenance, IT absence or extraordinary on-call period.',
})
export class AnnouncementModel {
  @Field(() => ID)
  id!: string;
  @Field(() => ID)
  tenantId!: string;
  @Field(() => String)
  kind!: string;
  @Field(() => String)
  severity!: string;
  @Field(() => String)
  title!: string;
  @Field(() => String, { description: 'Sanitised HTML.' })
  bodyHtml!: string;
  @Field(() => [ID])
  unitIds!: string[];
  @Field(() => GraphQLISODateTime)
  startsAt!: Date;
  @Field(() => GraphQLISODateTime)
  endsAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true })
  endedAt!: Date | null;
  @Field(() => String, { description: 'UPCOMING, ACTIVE or ENDED, now.' })
  state!: string;
  @Field(() => AnnouncementIncidentModel, { nullable: true })
  incident!: AnnouncementIncidentModel | null;
  @Field(() => Int, { description: 'People who said it affects them.' })
  affectedCount!: number;
  @Field(() => Boolean, { description: 'Whether the viewer said it affects them.' })
  viewerAffected!: boolean;
}

@ObjectType('MajorIncidentOption', { description: 'An open major incident to link an outage to.' })
export class MajorIncidentOptionModel {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  number!: string;
  @Field(() => String)
  title!: string;
}
