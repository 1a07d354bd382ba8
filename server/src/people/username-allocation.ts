import type { EntityManager } from '@mikro-orm/core';
import { baseUsername, generateUsername, type UsernameResult } from '@linje/shared';
import { likeOperator } from '../common/like-search.js';
import type { AppConfig } from '../config/config.js';
import { tenantUsernameScheme, type Tenant } from '../tenants/tenant.entity.js';
import { Person } from './person.entity.js';

export interface UsernameInput {
  givenName: string;
  surname: string;
  /** YYYY-MM-DD */
  birthDate?: string | null;
}

/**
 * Prefixes per statement: each is one `LIKE` in an `or` chain, and SQLite refuses
 * expression trees deeper than 1000.
 */
const PREFIXES_PER_QUERY = 200;

export function birthDateParts(iso: string | null | undefined) {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 0, day: d ?? 0 };
}

/**
 * A free username under the tenant's scheme. Unique across all tenants (case-insensitive),
 * because people sign in with the username alone; `reserved` holds names handed out
 * earlier in the same unit of work.
 */
export async function allocateUsername(
  em: EntityManager,
  database: AppConfig['database']['kind'],
  tenant: Tenant,
  person: UsernameInput,
  reserved: ReadonlySet<string> = new Set(),
): Promise<UsernameResult> {
  const [result] = await allocateUsernames(em, database, tenant, [person], reserved);
  if (!result) throw new Error('allocateUsernames answers one result per person');
  return result;
}

/**
 * Free usernames for several new people at once (an import), in order: each is free in the
 * database, outside `reserved`, and different from those handed to the people before it.
 * The stored names they could collide with are read up front, a bounded number of
 * statements for the whole list, so the cost does not grow per person.
 */
export async function allocateUsernames(
  em: EntityManager,
  database: AppConfig['database']['kind'],
  tenant: Tenant,
  people: readonly UsernameInput[],
  reserved: ReadonlySet<string> = new Set(),
): Promise<UsernameResult[]> {
  const scheme = tenantUsernameScheme(tenant);
  const inputs = people.map((p) => ({ ...p, birthDate: birthDateParts(p.birthDate) }));
  const prefixes = new Set<string>();
  for (const input of inputs) {
    const base = baseUsername(scheme, input);
    if (base.ok) prefixes.add(base.username.replace(/[\\%_]/g, ''));
  }
  const taken = new Set([...reserved].map((u) => u.toUpperCase()));
  const like = likeOperator(database);
  const all = [...prefixes];
  for (let i = 0; i < all.length; i += PREFIXES_PER_QUERY) {
    const chunk = all.slice(i, i + PREFIXES_PER_QUERY);
    const existing = await em.find(
      Person,
      { $or: chunk.map((prefix) => ({ username: { [like]: `${prefix}%` } })) },
      { filters: false, fields: ['id', 'username'] },
    );
    for (const p of existing) taken.add(p.username.toUpperCase());
  }
  return inputs.map((input) => {
    const result = generateUsername(scheme, input, (u) => taken.has(u.toUpperCase()));
    if (result.ok) taken.add(result.username.toUpperCase());
    return result;
  });
}
