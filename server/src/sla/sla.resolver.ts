import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { TICKET_PRIORITIES, type TicketPriority } from '@linje/shared';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import type { SlaPolicy } from './sla.entities.js';
import { SlaService } from './sla.service.js';
import { TicketSlaService } from './ticket-sla.service.js';

@ObjectType('SlaPolicy', { description: 'Response and resolution targets of one priority.' })
export class SlaPolicyModel {
  @Field(() => String)
  priority!: string;
  @Field(() => Int)
  responseMinutes!: number;
  @Field(() => Int)
  resolutionMinutes!: number;
  @Field(() => String, { description: 'Calendar the minutes count on (CRITICAL: wall clock).' })
  calendarName!: string;
}

@InputType()
export class SlaPolicyInput {
  @Field(() => ID)
  tenantId!: string;
  @Field(() => String)
  priority!: string;
  @Field(() => Int)
  responseMinutes!: number;
  @Field(() => Int)
  resolutionMinutes!: number;
  @Field(() => String, { defaultValue: 'IT_EXTENDED' })
  calendarName!: string;
}

@ObjectType('SlaComplianceRow', { description: 'Tickets resolved in a month in one group.' })
export class SlaComplianceRowModel {
  @Field(() => String, { description: 'Operator group name; empty for tickets without a group.' })
  group!: string;
  @Field(() => Int)
  resolved!: number;
  @Field(() => Int)
  responseMet!: number;
  @Field(() => Int)
  resolutionMet!: number;
}

@ObjectType('TicketSla', { description: "A ticket's SLA: due times and where each target stands." })
export class TicketSlaModel {
  @Field(() => GraphQLISODateTime, { nullable: true })
  responseDueAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true })
  resolutionDueAt!: Date | null;
  @Field(() => String, { description: 'RUNNING, WARNING, BREACHED, PAUSED or MET' })
  responseState!: string;
  @Field(() => String, { description: 'RUNNING, WARNING, BREACHED, PAUSED or MET' })
  resolutionState!: string;
  @Field(() => Int, { nullable: true, description: 'Minutes left of the resolution target.' })
  resolutionMinutesLeft!: number | null;
  @Field(() => Boolean)
  wallClock!: boolean;
}

function toPolicy(p: SlaPolicy): SlaPolicyModel {
  return {
    priority: p.priority,
    responseMinutes: p.responseMinutes,
    resolutionMinutes: p.resolutionMinutes,
    calendarName: p.calendarName,
  };
}

@Resolver(() => SlaPolicyModel)
export class SlaResolver {
  constructor(
    private readonly sla: SlaService,
    private readonly slaReader: TicketSlaService,
  ) {}

  @Query(() => [SlaPolicyModel], { description: "A municipality's own SLA targets." })
  async slaPolicies(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<SlaPolicyModel[]> {
    return (await this.sla.policies(viewer, tenantId)).map(toPolicy);
  }

  @Mutation(() => SlaPolicyModel, { description: 'Set the targets of one priority (IT lead).' })
  async saveSlaPolicy(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => SlaPolicyInput }) input: SlaPolicyInput,
  ): Promise<SlaPolicyModel> {
    const priority = TICKET_PRIORITIES.find((p) => p === input.priority);
    if (!priority) {
      throw AppError.badInput('Unknown priority.', [
        { field: 'priority', code: 'INVALID_PRIORITY', message: 'is not a priority' },
      ]);
    }
    return toPolicy(
      await this.sla.savePolicy(viewer, { ...input, priority: priority as TicketPriority }),
    );
  }

  @Query(() => [SlaComplianceRowModel], { description: 'SLA compliance per group for a month.' })
  async slaCompliance(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('month', { type: () => String, description: 'YYYY-MM, local to the municipality' })
    month: string,
  ): Promise<SlaComplianceRowModel[]> {
    return this.sla.compliance(viewer, tenantId, month);
  }

  @Query(() => TicketSlaModel, { nullable: true, description: "A ticket's SLA state now." })
  async ticketSla(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ): Promise<TicketSlaModel | null> {
    return this.slaReader.state(viewer, ticketId);
  }
}
