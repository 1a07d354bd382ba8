import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentViewer, type GqlContext } from '../auth/gql-context.js';
import { isAgent, type Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { filterMap } from '../events/async-iter.js';
import { EventBus } from '../events/event-bus.js';
import { CreateTicketInput } from './dto/create-ticket.input.js';
import { QueueArgs } from './dto/queue.args.js';
import { TicketConnectionModel, TicketEventModel, TicketModel } from './models/ticket.model.js';
import { toTicketModel } from './ticket.mapper.js';
import { TicketsService } from './tickets.service.js';

@Resolver(() => TicketModel)
export class TicketsResolver {
  constructor(
    private readonly tickets: TicketsService,
    private readonly events: EventBus,
  ) {}

  @Mutation(() => TicketModel, { description: 'File a non-critical ticket from the portal.' })
  async createTicket(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { type: () => CreateTicketInput }) input: CreateTicketInput,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.create(viewer, input));
  }

  @Query(() => TicketModel)
  async ticket(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<TicketModel> {
    return toTicketModel(await this.tickets.findVisible(viewer, id));
  }

  @Query(() => [TicketModel], { description: 'Tickets you filed or that were filed for you.' })
  async myTickets(@CurrentViewer() viewer: Viewer): Promise<TicketModel[]> {
    return (await this.tickets.mine(viewer)).map(toTicketModel);
  }

  @Query(() => TicketConnectionModel, { description: "The agents' queue." })
  async queue(
    @CurrentViewer() viewer: Viewer,
    @Args() args: QueueArgs,
  ): Promise<TicketConnectionModel> {
    const page = await this.tickets.queue(viewer, args);
    return {
      nodes: page.nodes.map(toTicketModel),
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
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
