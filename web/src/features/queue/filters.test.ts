import { describe, expect, it } from 'vitest';
import type { QueueTicketFieldsFragment, QueueViewsQuery } from '../../gql/graphql';
import {
  DEFAULT_FILTERS,
  fromSavedFilters,
  matchesLive,
  queueVariables,
  type QueueFilterValues,
} from './filters';

const NOW = Date.parse('2026-03-02T10:00:00Z');
const ME = 'person-me';

const ticket: QueueTicketFieldsFragment = {
  id: 't1',
  number: 'KAV-2603-0001',
  title: 'Printer jams',
  status: 'NEW',
  priority: 'HIGH',
  createdAt: '2026-03-01T08:00:00Z',
  slaDueAt: '2026-03-02T09:00:00Z',
  version: 1,
  tenant: { id: 'kav', code: 'KAV' },
  caller: { id: 'c1', displayName: 'Sara Johansson' },
  group: { id: 'g1', name: 'Service desk' },
  operator: null,
};

const match = (f: Partial<QueueFilterValues>, r: Partial<QueueTicketFieldsFragment> = {}) =>
  matchesLive({ ...ticket, ...r }, { ...DEFAULT_FILTERS, ...f }, ME, NOW);

describe('live tickets in the queue', () => {
  it('are added when they match every filter the feed can tell', () => {
    expect(match({})).toBe(true);
    expect(
      match({
        tenantIds: ['kav'],
        priorities: ['HIGH'],
        groupIds: ['g1'],
        unassigned: true,
        overdue: true,
      }),
    ).toBe(true);
  });

  it('are left out when one filter does not match', () => {
    expect(match({ tenantIds: ['bur'] })).toBe(false);
    expect(match({ statuses: ['CLOSED'] })).toBe(false);
    expect(match({ priorities: ['LOW'] })).toBe(false);
    expect(match({ groupIds: ['g2'] })).toBe(false);
    expect(match({ groupIds: ['g1'] }, { group: null })).toBe(false);
    expect(match({ overdue: true }, { slaDueAt: '2026-03-02T11:00:00Z' })).toBe(false);
    expect(match({ overdue: true }, { slaDueAt: null })).toBe(false);
  });

  it('follow the assignment filters: me, a person, unassigned', () => {
    const mine = { operator: { id: ME, displayName: 'Omar Said' } };
    const jonas = { operator: { id: 'jonas', displayName: 'Jonas Viklund' } };
    expect(match({ assignedToMe: true }, mine)).toBe(true);
    expect(match({ assignedToMe: true }, jonas)).toBe(false);
    expect(match({ assignedToMe: true })).toBe(false);
    expect(match({ operatorIds: ['jonas'] }, jonas)).toBe(true);
    expect(match({ operatorIds: ['jonas'] }, mine)).toBe(false);
    expect(match({ unassigned: true }, mine)).toBe(false);
    expect(
      matchesLive(
        { ...ticket, ...mine },
        { ...DEFAULT_FILTERS, assignedToMe: true },
        undefined,
        NOW,
      ),
    ).toBe(false);
  });

  it('are never added while a category or search text narrows the queue', () => {
    expect(match({ categoryIds: ['printer'] })).toBe(false);
    expect(match({ text: 'printer' })).toBe(false);
  });
});

describe('saved views', () => {
  const saved = (
    f: Partial<QueueViewsQuery['queueViews'][number]['filters']>,
  ): QueueViewsQuery['queueViews'][number]['filters'] => ({
    tenantIds: null,
    statuses: null,
    priorities: null,
    groupIds: null,
    operatorIds: null,
    assignedToMe: null,
    unassigned: null,
    categoryIds: null,
    overdue: null,
    text: null,
    sort: null,
    ...f,
  });

  it('keep every filter through saving and applying', () => {
    const f: QueueFilterValues = {
      tenantIds: ['bur'],
      statuses: ['CLOSED'],
      priorities: ['LOW'],
      groupIds: ['g1'],
      operatorIds: ['jonas'],
      assignedToMe: false,
      unassigned: false,
      categoryIds: ['printer'],
      overdue: true,
      text: 'toner',
      sort: 'PRIORITY',
    };
    expect(fromSavedFilters(saved(queueVariables(f)))).toEqual(f);
    expect(fromSavedFilters(saved(queueVariables(DEFAULT_FILTERS)))).toEqual(DEFAULT_FILTERS);
  });

  it('made before the newer filters existed still apply, as "any" for those', () => {
    expect(fromSavedFilters(saved({ assignedToMe: true, sort: 'CREATED_DESC' }))).toEqual({
      ...DEFAULT_FILTERS,
      statuses: [],
      assignedToMe: true,
      sort: 'CREATED_DESC',
    });
  });
});
