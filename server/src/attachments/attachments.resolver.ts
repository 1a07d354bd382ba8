import { EntityManager } from '@mikro-orm/core';
import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { TicketsService } from '../tickets/tickets.service.js';
import { AttachmentsService } from './attachments.service.js';

@ObjectType('Attachment')
export class AttachmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'Sniffed from the bytes.' })
  contentType!: string;

  @Field(() => Int)
  size!: number;

  @Field(() => String, { description: 'Download address (needs the session cookie).' })
  url!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@Resolver(() => AttachmentModel)
export class AttachmentsResolver {
  constructor(
    private readonly attachments: AttachmentsService,
    private readonly tickets: TicketsService,
    private readonly em: EntityManager,
  ) {}

  @Query(() => [AttachmentModel], { description: 'Files attached to a ticket you may see.' })
  async ticketAttachments(
    @CurrentViewer() viewer: Viewer,
    @Args('ticketId', { type: () => ID }) ticketId: string,
  ): Promise<AttachmentModel[]> {
    const ticket = await this.tickets.findVisible(viewer, ticketId);
    const rows = await this.attachments.forTicket(viewer, this.em, ticket.id);
    return rows.map((a) => ({
      id: a.id,
      fileName: a.fileName,
      contentType: a.contentType,
      size: a.size,
      url: `/api/attachments/${a.id}`,
      createdAt: a.createdAt,
    }));
  }

  /** Largest accepted attachment, for the upload form. */
  @Query(() => Int, { description: 'Largest accepted attachment, in bytes.' })
  attachmentMaxBytes(@CurrentViewer() _viewer: Viewer): number {
    return this.attachments.maxBytes;
  }
}
