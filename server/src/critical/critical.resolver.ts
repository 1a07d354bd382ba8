import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { ItAvailabilityModel } from '../availability/availability.model.js';
import { PersonSummaryModel } from '../people/models/person.model.js';
import { toPersonSummary } from '../tickets/ticket.mapper.js';
import {
  CriticalSettingsInput,
  CriticalSettingsModel,
  CriticalCaseDetailModel,
  CriticalCaseModel,
  EscalationStepModel,
  OvertimeDecisionInput,
  ReportCriticalInput,
  WhoToCallModel,
} from './critical.models.js';
import {
  toAvailabilityModel,
  toCriticalCaseModel,
  toDetailModel,
  toStepModel,
} from './critical.mapper.js';
import { CriticalService } from './critical.service.js';

@Resolver(() => CriticalCaseModel)
export class CriticalResolver {
  constructor(private readonly critical: CriticalService) {}

  @Query(() => ItAvailabilityModel, { description: "IT's availability for your municipality now." })
  async itAvailability(@CurrentViewer() viewer: Viewer): Promise<ItAvailabilityModel> {
    const who = await this.critical.whoToCall(viewer);
    return toAvailabilityModel(who.availability, who.timeZone);
  }

  @Query(() => WhoToCallModel, { description: 'Whom to call about a critical problem right now.' })
  async whoToCall(@CurrentViewer() viewer: Viewer): Promise<WhoToCallModel> {
    const who = await this.critical.whoToCall(viewer);
    return {
      availability: toAvailabilityModel(who.availability, who.timeZone),
      route: who.route,
      people: who.people.map(toPersonSummary),
      phone: who.phone,
    };
  }

  @Query(() => [PersonSummaryModel], {
    description: 'IT staff of your municipality (name, role, work phone), in no order.',
  })
  async itStaff(@CurrentViewer() viewer: Viewer): Promise<PersonSummaryModel[]> {
    return (await this.critical.itStaffOf(viewer)).map(toPersonSummary);
  }

  @Query(() => CriticalSettingsModel, { description: "Your municipality's critical timers." })
  async criticalSettings(@CurrentViewer() viewer: Viewer): Promise<CriticalSettingsModel> {
    const s = await this.critical.settings(viewer);
    return {
      autoEscalateMinutes: s.autoEscalateMinutes,
      repageMinutes: s.repageMinutes,
      maxRepages: s.maxRepages,
    };
  }

  @Mutation(() => CriticalSettingsModel, {
    description: 'Set the critical timers (IT lead or administrator).',
  })
  async saveCriticalSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => CriticalSettingsInput }) input: CriticalSettingsInput,
  ): Promise<CriticalSettingsModel> {
    const s = await this.critical.saveSettings(viewer, input);
    return {
      autoEscalateMinutes: s.autoEscalateMinutes,
      repageMinutes: s.repageMinutes,
      maxRepages: s.maxRepages,
    };
  }

  @Query(() => CriticalCaseDetailModel, {
    description: 'A critical ticket with its escalation record.',
  })
  async criticalCase(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ): Promise<CriticalCaseDetailModel> {
    return toDetailModel(await this.critical.view(viewer, ticketId));
  }

  @Query(() => [CriticalCaseModel], { description: 'Open critical tickets you are involved in.' })
  async openCriticalCases(@CurrentViewer() viewer: Viewer): Promise<CriticalCaseModel[]> {
    return (await this.critical.open(viewer)).map(toCriticalCaseModel);
  }

  @Mutation(() => CriticalCaseModel, {
    description: 'File a critical ticket (confirming the definition).',
  })
  async reportCritical(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => ReportCriticalInput }) input: ReportCriticalInput,
  ): Promise<CriticalCaseModel> {
    return toCriticalCaseModel(await this.critical.report(viewer, input));
  }

  @Mutation(() => EscalationStepModel, {
    description: 'Log a call to IT staff: ANSWERED or NO_ANSWER.',
  })
  async logCriticalCall(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
    @Args('personId', { type: () => ID }) personId: string,
    @Args('outcome', { type: () => String }) outcome: string,
  ): Promise<EscalationStepModel> {
    return toStepModel(await this.critical.logCallAttempt(viewer, ticketId, personId, outcome));
  }

  @Mutation(() => CriticalCaseModel, {
    description: 'The manager asked to act confirms they have it.',
  })
  async acknowledgeEscalation(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ): Promise<CriticalCaseModel> {
    const c = await this.critical.acknowledge(viewer, ticketId);
    return toCriticalCaseModel(await this.critical.reload(c.id));
  }

  @Mutation(() => CriticalCaseModel, {
    description: 'Escalate to the next level up the manager chain.',
  })
  async escalateCritical(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ): Promise<CriticalCaseModel> {
    const c = await this.critical.escalate(viewer, ticketId);
    return toCriticalCaseModel(await this.critical.reload(c.id));
  }

  @Mutation(() => CriticalCaseModel, {
    description: 'Authorise or decline IT overtime (IT superior or municipal director only).',
  })
  async decideOvertime(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => OvertimeDecisionInput }) input: OvertimeDecisionInput,
  ): Promise<CriticalCaseModel> {
    const c = await this.critical.decideOvertime(viewer, input.ticketId, input);
    return toCriticalCaseModel(await this.critical.reload(c.id));
  }

  @Mutation(() => CriticalCaseModel, {
    description: '"I\'m on it": take a critical ticket (IT staff).',
  })
  async takeCritical(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ): Promise<CriticalCaseModel> {
    const c = await this.critical.take(viewer, ticketId);
    return toCriticalCaseModel(await this.critical.reload(c.id));
  }
}
