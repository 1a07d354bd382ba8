import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import type { TicketStatus } from '@linje/shared';
import { TicketStatusEnum } from '../../common/graphql/enums.js';

@ArgsType()
export class QueueArgs {
  @Field(() => Int, { defaultValue: 50 })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'Limit to these tenants (default: all you may see).',
  })
  tenantIds?: string[] | null;

  @Field(() => [TicketStatusEnum], { nullable: true })
  statuses?: TicketStatus[] | null;
}
