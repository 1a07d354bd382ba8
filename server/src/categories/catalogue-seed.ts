import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Tenant } from '../tenants/tenant.entity.js';
import { OperatorGroup } from '../tickets/operator-group.entity.js';
import { Category } from './category.entity.js';

/** Categories (with subcategories) a municipality's service desk starts with. */
export const DEFAULT_CATEGORIES: Readonly<Record<string, readonly string[]>> = {
  'Account and sign-in': ['Password', 'New account', 'Access rights'],
  'Computer and printer': ['Laptop', 'Printer', 'Screen and accessories'],
  'E-mail and calendar': ['Mailbox', 'Shared calendar'],
  'Phone and mobile': ['Mobile phone', 'Switchboard'],
  'Care systems': ['Journal system', 'Medication system'],
  'Network and Wi-Fi': [],
  Other: [],
};

export const DEFAULT_OPERATOR_GROUPS: readonly { name: string; line: number }[] = [
  { name: 'Service desk', line: 1 },
  { name: 'Infrastructure', line: 2 },
  { name: 'Applications', line: 2 },
];

/**
 * Adds the default categories and operator groups of a new tenant to the unit of work;
 * returns the categories by name (every default name is used once).
 */
export function seedTicketCatalogue(em: EntityManager, tenant: Tenant): Map<string, Category> {
  const byName = new Map<string, Category>();
  for (const [name, children] of Object.entries(DEFAULT_CATEGORIES)) {
    const parent = em.create(Category, { id: randomUUID(), tenant, name });
    byName.set(name, parent);
    for (const child of children) {
      byName.set(child, em.create(Category, { id: randomUUID(), tenant, name: child, parent }));
    }
  }
  for (const group of DEFAULT_OPERATOR_GROUPS) {
    em.create(OperatorGroup, { id: randomUUID(), tenant, ...group });
  }
  return byName;
}
