import { registerEnumType } from '@nestjs/graphql';
import {
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  type TicketChannel,
  type TicketPriority,
  type TicketStatus,
} from '@linje/shared';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const TicketStatusEnum: { [K in TicketStatus]: K } = enumObject(TICKET_STATUSES);
export const TicketPriorityEnum: { [K in TicketPriority]: K } = enumObject(TICKET_PRIORITIES);
export const TicketChannelEnum: { [K in TicketChannel]: K } = enumObject(TICKET_CHANNELS);

registerEnumType(TicketStatusEnum, { name: 'TicketStatus' });
registerEnumType(TicketPriorityEnum, { name: 'TicketPriority' });
registerEnumType(TicketChannelEnum, { name: 'TicketChannel' });
