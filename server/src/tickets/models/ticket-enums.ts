import { registerEnumType } from '@nestjs/graphql';
import { IMPACTS, URGENCIES, type Impact, type Urgency } from '@linje/shared';
import { TICKET_ENTRY_KINDS, type TicketEntryKind } from '../ticket-entry.entity.js';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const ImpactEnum: { [K in Impact]: K } = enumObject(IMPACTS);
export const UrgencyEnum: { [K in Urgency]: K } = enumObject(URGENCIES);
export const TicketEntryKindEnum: { [K in TicketEntryKind]: K } = enumObject(TICKET_ENTRY_KINDS);

export const QUEUE_SORTS = ['SLA_DUE', 'PRIORITY', 'CREATED_DESC'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const QueueSortEnum: { [K in QueueSort]: K } = enumObject(QUEUE_SORTS);

registerEnumType(ImpactEnum, {
  name: 'Impact',
  description: 'Who is affected: one person, a group, or a whole department.',
});
registerEnumType(UrgencyEnum, { name: 'Urgency' });
registerEnumType(TicketEntryKindEnum, {
  name: 'TicketEntryKind',
  description: 'REPLY is seen by the caller; NOTE is internal; CHANGE records a field change.',
});
registerEnumType(QueueSortEnum, {
  name: 'QueueSort',
  description:
    'SLA_DUE (default): next deadline first, tickets without one last. PRIORITY: critical first, then high, medium and low, each by next deadline. CREATED_DESC: newest first.',
});
