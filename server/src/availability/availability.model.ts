import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ItAvailabilityTierEnum {
  CORE = 'core',
  EXTENDED = 'extended',
  CLOSED = 'closed',
  ABSENT = 'absent',
  ON_CALL = 'on-call',
}
registerEnumType(ItAvailabilityTierEnum, {
  name: 'ItAvailabilityTier',
  description:
    'core: guaranteed; extended: usually reachable; absent: announced absence or reduced; on-call: announced on-call period.',
});

@ObjectType('ItAvailability', {
  description: "IT's availability for the viewer's municipality now.",
})
export class ItAvailabilityModel {
  @Field(() => ItAvailabilityTierEnum)
  tier!: ItAvailabilityTierEnum;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the tier next changes.' })
  until!: Date | null;

  @Field(() => String, { nullable: true, description: 'ABSENT or REDUCED when tier is absent.' })
  absenceKind!: string | null;

  @Field(() => String, { nullable: true })
  absenceNote!: string | null;

  @Field(() => String, { nullable: true, description: 'The on-call number while on-call.' })
  onCallPhone!: string | null;

  @Field(() => String, { description: "The municipality's IANA time zone, for showing times." })
  timeZone!: string;
}
