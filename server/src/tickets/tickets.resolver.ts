import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { LinkTicketAssetInput } from '../assets/asset.input.js';
import { CurrentViewer, type GqlContext } from '../auth/gql-context.js';
import { isAgent } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { filterMap } from '../events/async-iter.js';
import { EventBus } from '../events/event-bus.js';
import { QueueService } from '../queue/queue.service.js';
import { PersonSummaryModel } from '../people/models/person.model.js';
import { SearchService } from '../search/search.service.js';
import { BulkUpdateTicketsInput, RecordTicketForCallerInput } from './dto/bulk-and-record.input.js';
import { CreateCriticalTicketInput, CreateTicketInput } from './dto/create-ticket.input.js';
import { QueueArgs } from './dto/queue.args.js';
import {
  AddTicketEntryInput,
  AssignTicketInput,
  ChangeTicketPriorityInput,
  ChangeTicketStatusInput,
  LinkTicketInput,
  MergeTicketInput,
  RateTicketInput,
  ResolveMajorIncidentInput,
  SetMajorIncidentInput,
} from './dto/ticket-change.input.js';
import { BulkUpdateTicketsResultModel } from './models/bulk.model.js';
import { QueueCountModel } from './models/queue-count.model.js';
import { CategoryRefModel, OperatorGroupModel, TicketEntryModel } from './models/refs.model.js';
import { TicketConnectionModel, TicketEventModel, TicketModel } from './models/ticket.model.js';
import {
  toCategoryModel,
  toEntryModel,
  toOperatorGroupModel,
  toPersonSummary,
  toTicketModel,
} from './ticket.mapper.js';
import { TicketAutomationService } from './ticket-automation.service.js';
import { TicketsService } from './tickets.service.js';

@Resolver(() => TicketModel)
export class TicketsResolver {
  constructor(
    private readonly tickets: TicketsService,
    private readonly queueService: QueueService,
    private readonly search: SearchService,
    private readonly events: EventBus,
    private readonly automation: TicketAutomationService,
  ) {}

  @Mutation(() => TicketModel, { description: 'File a non-critical ticket from the portal.' })
  async createTicket(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => CreateTicketInput }) input: CreateTicketInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.create(viewer, input));
  }

  @Mutation(() => TicketModel, {
    description: 'File a critical ticket (danger to life or health, or a department stopped).',
  })
  async createCriticalTicket(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => CreateCriticalTicketInput }) input: CreateCriticalTicketInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.createCritical(viewer, input));
  }

  @Query(() => TicketModel)
  async ticket(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.findVisible(viewer, id));
  }

  @Query(() => [TicketEntryModel], {
    description: 'Activity timeline of a ticket, oldest first; internal notes only for agents.',
  })
  async ticketTimeline(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ): Promise<TicketEntryModel[]> {
    const ticket = await this.tickets.findVisible(viewer, ticketId);
    return (await this.tickets.entries(viewer, ticket)).map(toEntryModel);
  }

  @Query(() => [TicketModel], { description: 'Tickets you filed or that were filed for you.' })
  async myTickets(@CurrentViewer() viewer: Viewer): Promise<TicketModel[]> {
    return (await this.tickets.mine(viewer)).map(toTicketModel);
  }

  @Query(() => [TicketModel], { description: 'Tickets you filed on behalf of someone else.' })
  async ticketsFiledForOthers(@CurrentViewer() viewer: Viewer): Promise<TicketModel[]> {
    return (await this.tickets.filedForOthers(viewer)).map(toTicketModel);
  }

  @Query(() => [CategoryRefModel], {
    description: 'Active categories and subcategories of a tenant (default: your own).',
  })
  async ticketCategories(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID, nullable: true }) tenantId?: string | null,
  ): Promise<CategoryRefModel[]> {
    return (await this.tickets.categories(viewer, tenantId)).map(toCategoryModel);
  }

  @Query(() => [PersonSummaryModel], {
    description:
      "Agents the ticket may be assigned to: its municipality's and those granted access to it.",
  })
  async ticketOperators(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ): Promise<PersonSummaryModel[]> {
    return (await this.tickets.operatorsFor(viewer, ticketId)).map(toPersonSummary);
  }

  @Query(() => [OperatorGroupModel], { description: 'Operator groups of the tenants you serve.' })
  async operatorGroups(@CurrentViewer() viewer: Viewer): Promise<OperatorGroupModel[]> {
    return (await this.tickets.operatorGroups(viewer)).map(toOperatorGroupModel);
  }

  @Query(() => TicketConnectionModel, { description: "The agents' queue." })
  async queue(
    @CurrentViewer() viewer: Viewer,
    @Args() args: QueueArgs,
  ): Promise<TicketConnectionModel> {
    const page = await this.queueService.page(viewer, args);
    return {
      nodes: page.nodes,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }

  @Query(() => [TicketModel], {
    description:
      'Full-text search over title, description and replies (and notes, for agents), newest first.',
  })
  async searchTickets(
    @CurrentViewer() viewer: Viewer,
    @Args('text', { type: () => String }) text: string,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<TicketModel[]> {
    return this.search.tickets(viewer, text, first);
  }

  @Query(() => [QueueCountModel], { description: 'Open tickets per tenant and status.' })
  async queueCounts(@CurrentViewer() viewer: Viewer): Promise<QueueCountModel[]> {
    return this.queueService.counts(viewer);
  }

  @Mutation(() => TicketModel)
  async changeTicketStatus(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => ChangeTicketStatusInput }) input: ChangeTicketStatusInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.changeStatus(viewer, input));
  }

  @Mutation(() => TicketModel)
  async changeTicketPriority(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => ChangeTicketPriorityInput }) input: ChangeTicketPriorityInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.changePriority(viewer, input));
  }

  @Mutation(() => TicketModel, {
    description: 'Assign to an operator group and/or operator; a line-2 group escalates.',
  })
  async assignTicket(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => AssignTicketInput }) input: AssignTicketInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.assign(viewer, input));
  }

  @Mutation(() => TicketModel, {
    description: 'Link the asset the ticket is about (IT agents), or unlink it with assetId null.',
  })
  async linkTicketAsset(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => LinkTicketAssetInput }) input: LinkTicketAssetInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.linkAsset(viewer, input));
  }

  @Mutation(() => TicketEntryModel, {
    description: 'Reply to the caller (or, for agents, add an internal note).',
  })
  async addTicketEntry(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => AddTicketEntryInput }) input: AddTicketEntryInput,
  ): Promise<TicketEntryModel> {
    return toEntryModel(await this.tickets.addEntry(viewer, input));
  }

  @Mutation(() => TicketModel, { description: 'Mark or unmark a ticket as a major incident.' })
  async setMajorIncident(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => SetMajorIncidentInput }) input: SetMajorIncidentInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.setMajorIncident(viewer, input));
  }

  @Mutation(() => TicketModel, { description: 'Link a ticket to a major incident (or unlink it).' })
  async linkTicketToMajorIncident(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => LinkTicketInput }) input: LinkTicketInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.link(viewer, input));
  }

  @Mutation(() => TicketModel, {
    description: 'Resolve a major incident and its open linked tickets with one reply.',
  })
  async resolveMajorIncident(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => ResolveMajorIncidentInput }) input: ResolveMajorIncidentInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.resolveMajorIncident(viewer, input));
  }

  @Mutation(() => TicketModel, { description: 'Merge a duplicate into the ticket that is kept.' })
  async mergeTicket(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => MergeTicketInput }) input: MergeTicketInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.merge(viewer, input));
  }

  @Mutation(() => TicketModel, { description: 'The caller reopens a resolved ticket.' })
  async reopenTicket(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.reopen(viewer, ticketId));
  }

  @Mutation(() => TicketModel, { description: 'The caller rates a resolved ticket.' })
  async rateTicket(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => RateTicketInput }) input: RateTicketInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.rate(viewer, input));
  }

  @Mutation(() => TicketModel, {
    description:
      'An agent records a ticket for a caller (phone, e-mail, walk-in or portal) in a municipality they serve.',
  })
  async recordTicketForCaller(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => RecordTicketForCallerInput }) input: RecordTicketForCallerInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.recordForCaller(viewer, input));
  }

  @Mutation(() => BulkUpdateTicketsResultModel, {
    description:
      'Change status, assignment and/or priority of several tickets; each ticket is changed (all requested changes) or not, with a result per ticket.',
  })
  async bulkUpdateTickets(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => BulkUpdateTicketsInput }) input: BulkUpdateTicketsInput,
  ): Promise<BulkUpdateTicketsResultModel> {
    const outcomes = await this.tickets.bulkUpdate(viewer, input);
    // Results name positions, not ids: nothing about a ticket the viewer may not see is echoed.
    const results = outcomes.map((o, index) =>
      'ticket' in o
        ? { index, ok: true, ticket: toTicketModel(o.ticket), code: null, message: null }
        : { index, ok: false, ticket: null, code: o.error.code, message: o.error.message },
    );
    const changed = results.filter((r) => r.ok).length;
    return { changed, failed: results.length - changed, results };
  }

  @Query(() => [PersonSummaryModel], {
    description:
      'People you may file tickets for: everyone below you in the manager chain (empty for non-managers).',
  })
  async peopleToFileFor(@CurrentViewer() viewer: Viewer): Promise<PersonSummaryModel[]> {
    return (await this.tickets.peopleToFileFor(viewer)).map(toPersonSummary);
  }

  @Query(() => Int, {
    description: 'After how many business days resolved tickets of the tenant close by themselves.',
  })
  async ticketAutoCloseDays(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<number> {
    return this.automation.autoCloseSetting(viewer, tenantId);
  }

  @Mutation(() => Int, {
    description:
      'Administrators: resolved tickets close after this many business days (0–60); applies to tickets resolved from now on.',
  })
  async setTicketAutoCloseDays(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('businessDays', { type: () => Int }) businessDays: number,
  ): Promise<number> {
    return this.automation.setAutoClose(viewer, tenantId, businessDays);
  }

  @Subscription(() => TicketEventModel, {
    description: 'Tickets created or changed in the tenants the agent may see.',
  })
  queueEvents(
    @Context() ctx: GqlContext,
  ): AsyncIterableIterator<{ queueEvents: TicketEventModel }> {
    const viewer = ctx.viewer;
    if (!viewer) throw AppError.unauthenticated();
    if (!isAgent(viewer)) throw AppError.forbidden('Only IT agents can follow the queue.');
    return filterMap(this.events.subscribe('ticketChanged'), async (event) => {
      if (!viewer.tenantIds.includes(event.tenantId)) return null;
      const ticket = await this.tickets.loadForEvent(event.ticketId);
      if (!ticket || !this.tickets.maySee(viewer, ticket)) return null;
      return { queueEvents: { kind: event.kind, ticket: toTicketModel(ticket) } };
    });
  }
}
