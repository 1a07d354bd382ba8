import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { AssetKind, Role } from '@linje/shared';
import { Asset } from '../assets/asset.entity.js';
import { Person, type PersonKind } from '../people/person.entity.js';
import { TenantAccess } from '../people/tenant-access.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';

/**
 * One factory per entity, shared by the demo seed and the tests. Each call makes
 * unique values unless told otherwise, so tests never fight over fixed fixtures.
 */
let counter = 0;
function unique(): string {
  counter += 1;
  return `${counter.toString(36)}${randomUUID().slice(0, 6)}`.toUpperCase();
}

export interface TenantSeed {
  code?: string;
  name?: string;
  timeZone?: string;
  country?: string;
  urgentPhone?: string | null;
  supportPhone?: string | null;
  supportEmail?: string | null;
  mailboxAddress?: string | null;
  createdAt: Date;
}

export function seedTenant(em: EntityManager, seed: TenantSeed): Tenant {
  const code = seed.code ?? `T${unique().slice(0, 5)}`;
  return em.create(Tenant, {
    id: randomUUID(),
    code,
    name: seed.name ?? `Test municipality ${code}`,
    timeZone: seed.timeZone ?? 'Europe/Stockholm',
    country: seed.country ?? 'SE',
    urgentPhone: seed.urgentPhone ?? null,
    supportPhone: seed.supportPhone ?? null,
    supportEmail: seed.supportEmail ?? null,
    mailboxAddress: seed.mailboxAddress ?? null,
    createdAt: seed.createdAt,
  });
}

export interface PersonSeed {
  tenant: Tenant;
  givenName?: string;
  surname?: string;
  username?: string;
  email?: string | null;
  workPhone?: string | null;
  mobile?: string | null;
  jobTitle?: string | null;
  kind?: PersonKind;
  manager?: Person | null;
  roles?: Role[];
  passwordHash?: string | null;
  createdAt: Date;
}

export function seedPerson(em: EntityManager, seed: PersonSeed): Person {
  const username = (seed.username ?? `U${unique()}`).toUpperCase();
  return em.create(Person, {
    id: randomUUID(),
    tenant: seed.tenant,
    username,
    givenName: seed.givenName ?? 'Test',
    surname: seed.surname ?? username,
    email: seed.email === undefined ? `${username.toLowerCase()}@example.org` : seed.email,
    workPhone: seed.workPhone ?? null,
    mobile: seed.mobile ?? null,
    jobTitle: seed.jobTitle ?? null,
    kind: seed.kind ?? 'EMPLOYEE',
    manager: seed.manager ?? null,
    roles: seed.roles ?? ['EMPLOYEE'],
    passwordHash: seed.passwordHash ?? null,
    absent: false,
    deputy: null,
    createdAt: seed.createdAt,
  });
}

export function grantTenantAccess(
  em: EntityManager,
  person: Person,
  tenant: Tenant,
  createdAt: Date,
): TenantAccess {
  return em.create(TenantAccess, { id: randomUUID(), person, tenant, createdAt });
}

export interface AssetSeed {
  tenant: Tenant;
  tag?: string;
  name?: string;
  kind?: AssetKind;
  location?: string | null;
  active?: boolean;
  createdAt: Date;
}

export function seedAsset(em: EntityManager, seed: AssetSeed): Asset {
  return em.create(Asset, {
    id: randomUUID(),
    tenant: seed.tenant,
    tag: (seed.tag ?? `${seed.tenant.code}-T-${unique()}`).toUpperCase(),
    name: seed.name ?? 'Test laptop',
    kind: seed.kind ?? 'COMPUTER',
    location: seed.location ?? null,
    active: seed.active ?? true,
    createdAt: seed.createdAt,
    updatedAt: seed.createdAt,
  });
}
