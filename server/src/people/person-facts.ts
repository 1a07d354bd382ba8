import type { EntityManager } from '@mikro-orm/core';
import type { PersonFacts } from '../auth/access-policy.js';
import { Person } from './person.entity.js';

/** Longest chain walked; far beyond any real organisation, it only stops corrupt data looping. */
const MAX_CHAIN = 64;

/**
 * Ids of the managers above a person, nearest first. Walks the stored manager links one
 * level per query, ignoring tenant filters deliberately (the chain is a fact the policy
 * needs, not something shown), and stops at a cycle.
 */
export async function loadManagerChainIds(em: EntityManager, person: Person): Promise<string[]> {
  const chain: string[] = [];
  const seen = new Set<string>([person.id]);
  let managerId = person.manager?.id ?? null;
  while (managerId !== null && !seen.has(managerId) && chain.length < MAX_CHAIN) {
    chain.push(managerId);
    seen.add(managerId);
    const manager = await em.findOne(
      Person,
      { id: managerId },
      { filters: false, fields: ['id', 'manager'] },
    );
    managerId = manager?.manager?.id ?? null;
  }
  return chain;
}

/** The facts the access policy needs about a person. */
export async function loadPersonFacts(em: EntityManager, person: Person): Promise<PersonFacts> {
  return {
    id: person.id,
    tenantId: person.tenant.id,
    managerChainIds: await loadManagerChainIds(em, person),
  };
}

/**
 * Everyone below a manager (direct and indirect reports) in the given tenants, found by
 * walking the manager links downwards once. Used to scope the staff search for managers.
 */
export async function loadSubordinateIds(
  em: EntityManager,
  managerId: string,
  tenantIds: readonly string[],
): Promise<Set<string>> {
  const rows = await em.find(
    Person,
    { tenant: { $in: [...tenantIds] }, manager: { $ne: null } },
    { filters: false, fields: ['id', 'manager'] },
  );
  const children = new Map<string, string[]>();
  for (const r of rows) {
    const m = r.manager?.id;
    if (!m) continue;
    const list = children.get(m) ?? [];
    list.push(r.id);
    children.set(m, list);
  }
  const below = new Set<string>();
  const queue = [managerId];
  while (queue.length > 0) {
    const id = queue.pop() ?? '';
    for (const child of children.get(id) ?? []) {
      if (child === managerId || below.has(child)) continue;
      below.add(child);
      queue.push(child);
    }
  }
  return below;
}
