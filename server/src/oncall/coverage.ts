import type { EntityManager } from '@mikro-orm/core';
import { OrgUnit } from '../org/org-unit.entity.js';
import { Person } from '../people/person.entity.js';

/**
 * Whether a period listing `unitIds` covers a person whose unit and its ancestors are
 * `unitChain`: no units listed covers everyone; otherwise their unit or one above it is listed.
 */
export function coversUnitChain(unitIds: readonly string[], unitChain: readonly string[]): boolean {
  return unitIds.length === 0 || unitChain.some((id) => unitIds.includes(id));
}

/** Safety bound on the unit tree's depth (the org service refuses cycles). */
const MAX_DEPTH = 50;

/** A person's unit and every unit above it, nearest first; empty when they have no unit. */
export async function unitChainOf(em: EntityManager, personId: string): Promise<string[]> {
  const person = await em.findOne(
    Person,
    { id: personId },
    { fields: ['orgUnit'], filters: false },
  );
  const chain: string[] = [];
  let unitId: string | undefined = person?.orgUnit?.id;
  while (unitId && chain.length < MAX_DEPTH && !chain.includes(unitId)) {
    chain.push(unitId);
    const unit: { parent?: { id: string } | null } | null = await em.findOne(
      OrgUnit,
      { id: unitId },
      { fields: ['parent'], filters: false },
    );
    unitId = unit?.parent?.id;
  }
  return chain;
}

/** Units listed and every unit below them, within one municipality. */
export async function unitsAndDescendants(
  em: EntityManager,
  tenantId: string,
  unitIds: readonly string[],
): Promise<Set<string>> {
  const all = await em.find(
    OrgUnit,
    { tenant: tenantId },
    { fields: ['id', 'parent'], filters: false },
  );
  const children = new Map<string, string[]>();
  for (const u of all) {
    const parent = u.parent?.id;
    if (parent) children.set(parent, [...(children.get(parent) ?? []), u.id]);
  }
  const covered = new Set<string>();
  const queue = [...unitIds];
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (covered.has(id)) continue;
    covered.add(id);
    queue.push(...(children.get(id) ?? []));
  }
  return covered;
}
