import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { TicketStatus } from '@linje/shared';
import { TicketStatusEnum } from '../../common/graphql/enums.js';

@ObjectType('QueueCount', { description: 'Open tickets of one tenant in one status.' })
export class QueueCountModel {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => TicketStatusEnum)
  status!: TicketStatus;

  @Field(() => Int)
  count!: number;
}
