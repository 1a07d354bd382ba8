import { OPEN_TICKET_STATUSES } from '@linje/shared';
import type {
  QueueSort,
  QueueTicketFieldsFragment,
  QueueViewFiltersInput,
  QueueViewsQuery,
  TicketPriority,
  TicketStatus,
} from '../../gql/graphql';

/**
 * The queue's filters as the server takes them. Lists rather than single values, so that a
 * saved view made elsewhere (or by the API) with several values applies exactly as saved;
 * an empty list filters nothing.
 */
export interface QueueFilterValues {
  tenantIds: string[];
  statuses: TicketStatus[];
  priorities: TicketPriority[];
  groupIds: string[];
  operatorIds: string[];
  assignedToMe: boolean;
  unassigned: boolean;
  categoryIds: string[];
  overdue: boolean;
  text: string;
  sort: QueueSort;
}

export const DEFAULT_FILTERS: QueueFilterValues = {
  tenantIds: [],
  statuses: [...OPEN_TICKET_STATUSES],
  priorities: [],
  groupIds: [],
  operatorIds: [],
  assignedToMe: false,
  unassigned: false,
  categoryIds: [],
  overdue: false,
  text: '',
  sort: 'SLA_DUE',
};

type SavedFilters = QueueViewsQuery['queueViews'][number]['filters'];

const listOrNull = <T>(values: readonly T[]): T[] | null => (values.length ? [...values] : null);

/**
 * The queue query's filter variables, which are also every filter a saved view keeps
 * (unset fields stay null, so a view keeps meaning "any").
 */
export function queueVariables(f: QueueFilterValues) {
  return {
    tenantIds: listOrNull(f.tenantIds),
    statuses: listOrNull(f.statuses),
    priorities: listOrNull(f.priorities),
    groupIds: listOrNull(f.groupIds),
    operatorIds: listOrNull(f.operatorIds),
    assignedToMe: f.assignedToMe || null,
    unassigned: f.unassigned || null,
    categoryIds: listOrNull(f.categoryIds),
    overdue: f.overdue || null,
    text: f.text || null,
    sort: f.sort,
  } satisfies Required<QueueViewFiltersInput>;
}

/**
 * A saved view's filters. Views saved before a filter existed lack it and get "any"; a view
 * without statuses shows every status, as the server counts it.
 */
export function fromSavedFilters(saved: SavedFilters): QueueFilterValues {
  return {
    tenantIds: saved.tenantIds ?? [],
    statuses: saved.statuses ?? [],
    priorities: saved.priorities ?? [],
    groupIds: saved.groupIds ?? [],
    operatorIds: saved.operatorIds ?? [],
    assignedToMe: saved.assignedToMe ?? false,
    unassigned: saved.unassigned ?? false,
    categoryIds: saved.categoryIds ?? [],
    overdue: saved.overdue ?? false,
    text: saved.text ?? '',
    sort: saved.sort ?? 'SLA_DUE',
  };
}

export function isOverdue(slaDueAt: string | null | undefined, now: number): boolean {
  return !!slaDueAt && Date.parse(slaDueAt) < now;
}

const within = <T>(values: readonly T[], value: T | undefined) =>
  values.length === 0 || (value !== undefined && values.includes(value));

/**
 * Whether a ticket pushed by the live feed belongs in the current queue, judged from the
 * fields the feed carries. Category and text are not among them (and text matching is the
 * server's full-text search), so with either filter on nothing live is added.
 */
export function matchesLive(
  r: QueueTicketFieldsFragment,
  f: QueueFilterValues,
  me: string | undefined,
  now: number,
): boolean {
  if (f.text || f.categoryIds.length) return false;
  if (!within(f.tenantIds, r.tenant.id)) return false;
  if (!within(f.statuses, r.status)) return false;
  if (!within(f.priorities, r.priority)) return false;
  if (!within(f.groupIds, r.group?.id)) return false;
  if (f.operatorIds.length || f.assignedToMe) {
    const operators = [...f.operatorIds, ...(f.assignedToMe && me ? [me] : [])];
    if (!r.operator || !operators.includes(r.operator.id)) return false;
  }
  if (f.unassigned && r.operator) return false;
  if (f.overdue && !isOverdue(r.slaDueAt, now)) return false;
  return true;
}
