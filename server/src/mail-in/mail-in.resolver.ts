import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { TicketRefInput } from '../tickets/dto/ticket-change.input.js';
import { TicketModel } from '../tickets/models/ticket.model.js';
import { toTicketModel } from '../tickets/ticket.mapper.js';
import { InboundMailModel } from './inbound-mail.model.js';
import { MailInAgentService } from './mail-in-agent.service.js';

@Resolver(() => InboundMailModel)
export class MailInResolver {
  constructor(private readonly service: MailInAgentService) {}

  @Query(() => [InboundMailModel], {
    description:
      "Mail received at a municipality's mailbox (IT agents of the municipality), newest first, at most 100; by default only what still needs an agent (unknown senders, ignored, refused and unreadable mail).",
  })
  async inboundMails(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('all', { type: () => Boolean, nullable: true }) all?: boolean | null,
  ): Promise<InboundMailModel[]> {
    return this.service.list(viewer, tenantId, all ?? false);
  }

  @ResolveField(() => String, { nullable: true })
  async rawText(
    @CurrentViewer() viewer: Viewer,
    @Parent() mail: InboundMailModel,
  ): Promise<string | null> {
    return mail.status === 'UNPARSEABLE' ? this.service.rawTextOf(viewer, mail.id) : null;
  }

  @Mutation(() => InboundMailModel, {
    description: 'Mark a received mail as dealt with, so that it leaves the list (IT agents).',
  })
  async settleInboundMail(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<InboundMailModel> {
    return this.service.settle(viewer, id);
  }

  @Mutation(() => TicketModel, {
    description:
      'Name the caller of a ticket mailed in from an unknown address (IT agents): a person of the ticket’s municipality.',
  })
  async matchMailSender(
    @CurrentViewer() viewer: Viewer,
    @Args('ticket', { type: () => TicketRefInput }) ticket: TicketRefInput,
    @Args('personId', { type: () => ID }) personId: string,
  ): Promise<TicketModel> {
    return toTicketModel(await this.service.matchSender(viewer, ticket, personId));
  }
}

@Resolver(() => TicketModel)
export class TicketMailResolver {
  constructor(private readonly service: MailInAgentService) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'For a ticket filed by e-mail: the quoted history below what the sender wrote, shown folded away.',
  })
  async mailQuotedHistory(
    @CurrentViewer() viewer: Viewer,
    @Parent() ticket: TicketModel,
  ): Promise<string | null> {
    if (ticket.channel !== 'EMAIL') return null;
    return this.service.quotedHistoryOf(viewer, ticket.id);
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'For IT agents, a ticket mailed in from an address no person has: that address, until an agent names the caller (matchMailSender).',
  })
  async unknownMailSender(
    @CurrentViewer() viewer: Viewer,
    @Parent() ticket: TicketModel,
  ): Promise<string | null> {
    if (ticket.channel !== 'EMAIL') return null;
    return this.service.unknownSenderOf(viewer, ticket.id);
  }
}
