import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { CalendarsService, type CalendarEntry } from './calendars.service.js';
import type { TenantCalendar } from './tenant-calendar.entity.js';

@ObjectType('BusinessCalendar', { description: 'A named business calendar of a municipality.' })
export class BusinessCalendarModel {
  @Field(() => ID)
  id!: string;
  @Field(() => String)
  name!: string;
  @Field(() => String, {
    description: 'The calendar as JSON (timeZone, weekly, holidays, closedDates, specialDates).',
  })
  calendar!: string;
  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt!: Date | null;
  @Field(() => Boolean, {
    description: 'False for a standard IT calendar in force because none has been saved.',
  })
  stored!: boolean;
}

function toModel(c: TenantCalendar | CalendarEntry): BusinessCalendarModel {
  return {
    id: c.id,
    name: c.name,
    calendar: JSON.stringify(c.calendar),
    updatedAt: c.updatedAt,
    stored: 'stored' in c ? c.stored : true,
  };
}

@Resolver(() => BusinessCalendarModel)
export class CalendarsResolver {
  constructor(private readonly calendars: CalendarsService) {}

  @Query(() => [BusinessCalendarModel])
  async businessCalendars(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<BusinessCalendarModel[]> {
    return (await this.calendars.list(viewer, tenantId)).map(toModel);
  }

  @Mutation(() => BusinessCalendarModel, {
    description: 'Create or replace a business calendar (IT lead or administrator); validated.',
  })
  async saveBusinessCalendar(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('name', { type: () => String }) name: string,
    @Args('calendar', { type: () => String }) calendar: string,
  ): Promise<BusinessCalendarModel> {
    return toModel(await this.calendars.save(viewer, tenantId, name, calendar));
  }
}
