import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('DashboardCount')
export class DashboardCountModel {
  @Field(() => String, { description: 'Priority, status, group name or age bucket.' })
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('TicketDashboard', { description: 'Open tickets of the tenants you serve.' })
export class TicketDashboardModel {
  @Field(() => Int)
  open!: number;

  @Field(() => [DashboardCountModel])
  byPriority!: DashboardCountModel[];

  @Field(() => [DashboardCountModel])
  byStatus!: DashboardCountModel[];

  @Field(() => [DashboardCountModel], { description: 'By operator group; key "" is unassigned.' })
  byGroup!: DashboardCountModel[];

  @Field(() => [DashboardCountModel], {
    description: 'By age: UNDER_1_DAY, UNDER_1_WEEK, UNDER_1_MONTH, OLDER.',
  })
  byAge!: DashboardCountModel[];
}
