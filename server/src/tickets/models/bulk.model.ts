import { Field, Int, ObjectType } from '@nestjs/graphql';
import { TicketModel } from './ticket.model.js';

@ObjectType('BulkTicketResult', { description: 'The outcome for one ticket of a bulk change.' })
export class BulkTicketResultModel {
  @Field(() => Int, { description: 'Position of the ticket in the request (from 0).' })
  index!: number;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => TicketModel, { nullable: true, description: 'The changed ticket when ok.' })
  ticket!: TicketModel | null;

  @Field(() => String, { nullable: true, description: 'Error code when not ok, e.g. CONFLICT.' })
  code!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;
}

@ObjectType('BulkUpdateTicketsResult')
export class BulkUpdateTicketsResultModel {
  @Field(() => Int)
  changed!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => [BulkTicketResultModel], { description: 'One per ticket, in the order given.' })
  results!: BulkTicketResultModel[];
}
