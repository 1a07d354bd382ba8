import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Person } from '../people/person.entity.js';
import type { Tenant } from '../tenants/tenant.entity.js';
import { OrgUnit } from './org-unit.entity.js';

export interface DemoUnit {
  code: string;
  name: string;
  parentCode?: string;
  headKey?: string;
  /** People (demo keys) placed in the unit. */
  memberKeys: string[];
}

/** Demo org units with heads; people are placed in them. */
export function seedOrgUnits(
  em: EntityManager,
  tenant: Tenant,
  people: Map<string, Person>,
  units: DemoUnit[],
  now: Date,
): void {
  const byCode = new Map<string, OrgUnit>();
  for (const u of units) {
    const unit = em.create(OrgUnit, {
      id: randomUUID(),
      tenant,
      code: u.code,
      name: u.name,
      parent: u.parentCode ? (byCode.get(u.parentCode) ?? null) : null,
      head: u.headKey ? (people.get(u.headKey) ?? null) : null,
      createdAt: now,
    });
    byCode.set(u.code, unit);
    for (const key of u.memberKeys) {
      const p = people.get(key);
      if (p) p.orgUnit = unit;
    }
  }
}

export const KAV_DEMO_UNITS: DemoUnit[] = [
  { code: 'KS', name: 'Kommunledningskontoret', headKey: 'director', memberKeys: ['director'] },
  {
    code: 'EKO',
    name: 'Ekonomi och styrning',
    parentCode: 'KS',
    headKey: 'finance',
    memberKeys: ['finance', 'admin'],
  },
  {
    code: 'IT',
    name: 'IT-enheten',
    parentCode: 'EKO',
    headKey: 'itLead',
    memberKeys: ['itLead', 'agent1', 'agent2'],
  },
  { code: 'VO', name: 'Vård och omsorg', headKey: 'careDirector', memberKeys: ['careDirector'] },
  {
    code: 'VO-SOL',
    name: 'Solgårdens vård- och omsorgsboende',
    parentCode: 'VO',
    headKey: 'careHomeManager',
    memberKeys: ['careHomeManager', 'employee', 'employee2'],
  },
];

export const BUR_DEMO_UNITS: DemoUnit[] = [
  {
    code: 'KS',
    name: 'Kommunledningsförvaltningen',
    headKey: 'director',
    memberKeys: ['director', 'agent', 'admin'],
  },
  {
    code: 'BUF',
    name: 'Barn- och utbildningsförvaltningen',
    headKey: 'schoolManager',
    memberKeys: ['schoolManager', 'employee'],
  },
];
