import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ItAvailabilityModel } from '../availability/availability.model.js';
import { PersonSummaryModel } from '../people/models/person.model.js';

@InputType()
export class ReportCriticalInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The description as HTML from a rich text editor. Sanitised on the server; when given, the plain description is derived from it and `description` is ignored.',
  })
  descriptionHtml?: string | null;

  @Field(() => String, {
    description:
      'The definition the reporter confirms: DANGER_TO_LIFE_OR_HEALTH or DEPARTMENT_PRODUCTION_STOP.',
  })
  definitionCode!: string;
}

@InputType()
export class OvertimeDecisionInput {
  @Field(() => ID)
  ticketId!: string;

  @Field(() => Boolean)
  authorise!: boolean;

  @Field(() => String)
  reason!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Optional limit for authorised overtime, minutes.',
  })
  timeLimitMinutes?: number | null;
}

@ObjectType('EscalationStep')
export class EscalationStepModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  seq!: number;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field(() => String, {
    description:
      'REPORTED, CALL_ATTEMPT, CONTACTED, AUTO_ESCALATED, ACKNOWLEDGED, CHAIN_EXHAUSTED, AUTHORISED, DECLINED, PAGED, REPAGED, TAKEN',
  })
  kind!: string;

  @Field(() => Int, { nullable: true })
  level!: number | null;

  @Field(() => PersonSummaryModel, { nullable: true })
  contact!: PersonSummaryModel | null;

  @Field(() => PersonSummaryModel, { nullable: true, description: 'Null when Linje acted itself.' })
  actor!: PersonSummaryModel | null;

  @Field(() => String, { nullable: true })
  channel!: string | null;

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('ChainMember')
export class ChainMemberModel {
  @Field(() => PersonSummaryModel)
  person!: PersonSummaryModel;

  @Field(() => Int)
  level!: number;

  @Field(() => Boolean)
  absent!: boolean;

  @Field(() => PersonSummaryModel, { nullable: true })
  deputy!: PersonSummaryModel | null;

  @Field(() => Boolean)
  mayAuthorise!: boolean;

  @Field(() => Boolean)
  contacted!: boolean;

  @Field(() => Boolean)
  current!: boolean;
}

@ObjectType('NextEscalation')
export class NextEscalationModel {
  @Field(() => String, { description: 'PERSON, END_REACHED or EXHAUSTED' })
  kind!: string;

  @Field(() => PersonSummaryModel, { nullable: true })
  person!: PersonSummaryModel | null;

  @Field(() => PersonSummaryModel, { nullable: true })
  viaDeputyOf!: PersonSummaryModel | null;
}

@ObjectType('CriticalPermissions')
export class CriticalPermissionsModel {
  @Field(() => Boolean)
  escalate!: boolean;
  @Field(() => Boolean)
  acknowledge!: boolean;
  @Field(() => Boolean)
  decide!: boolean;
  @Field(() => Boolean)
  take!: boolean;
  @Field(() => Boolean)
  logCalls!: boolean;
}

@ObjectType('CriticalCase', { description: 'A critical ticket and its escalation record.' })
export class CriticalCaseModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  ticketId!: string;

  @Field(() => String)
  number!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  definitionCode!: string;

  @Field(() => String, { description: 'IT_STAFF, ON_CALL or MANAGER_CHAIN' })
  route!: string;

  @Field(() => String, { description: 'ESCALATING, PAGING, DECLINED or TAKEN' })
  status!: string;

  @Field(() => PersonSummaryModel)
  reporter!: PersonSummaryModel;

  @Field(() => PersonSummaryModel, { nullable: true })
  currentContact!: PersonSummaryModel | null;

  @Field(() => Int)
  currentLevel!: number;

  @Field(() => Boolean)
  currentAcknowledged!: boolean;

  @Field(() => PersonSummaryModel, { nullable: true })
  decidedBy!: PersonSummaryModel | null;

  @Field(() => String, { nullable: true })
  decisionReason!: string | null;

  @Field(() => Int, { nullable: true })
  overtimeLimitMinutes!: number | null;

  @Field(() => PersonSummaryModel, { nullable: true })
  takenBy!: PersonSummaryModel | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('CriticalCaseDetail')
export class CriticalCaseDetailModel {
  @Field(() => CriticalCaseModel)
  criticalCase!: CriticalCaseModel;

  @Field(() => [EscalationStepModel])
  steps!: EscalationStepModel[];

  @Field(() => [ChainMemberModel], { description: "The reporter's manager line, nearest first." })
  chain!: ChainMemberModel[];

  @Field(() => NextEscalationModel)
  next!: NextEscalationModel;

  @Field(() => [PersonSummaryModel], { description: 'IT staff of the municipality, in no order.' })
  itStaff!: PersonSummaryModel[];

  @Field(() => String, { nullable: true })
  onCallPhone!: string | null;

  @Field(() => CriticalPermissionsModel)
  viewerMay!: CriticalPermissionsModel;
}

@ObjectType('WhoToCall', { description: 'Who to call about a critical problem now.' })
export class WhoToCallModel {
  @Field(() => ItAvailabilityModel)
  availability!: ItAvailabilityModel;

  @Field(() => String, {
    description: 'IT_STAFF (no order), ON_CALL (in order) or MANAGER_CHAIN (nearest first)',
  })
  route!: string;

  @Field(() => [PersonSummaryModel])
  people!: PersonSummaryModel[];

  @Field(() => String, { nullable: true })
  phone!: string | null;
}

@ObjectType('CriticalSettings', { description: "Your municipality's timers for critical tickets." })
export class CriticalSettingsModel {
  @Field(() => Int)
  autoEscalateMinutes!: number;
  @Field(() => Int)
  repageMinutes!: number;
  @Field(() => Int)
  maxRepages!: number;
}

@InputType()
export class CriticalSettingsInput {
  @Field(() => Int, { description: 'Minutes before an unacknowledged step escalates (1–120).' })
  autoEscalateMinutes!: number;
  @Field(() => Int, { description: 'Minutes between pages to IT staff (1–120).' })
  repageMinutes!: number;
  @Field(() => Int, { description: 'Re-pages per person after the first (0–20).' })
  maxRepages!: number;
}
