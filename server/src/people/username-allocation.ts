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

export function birthDateParts(iso: string | null | undefined) {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 0, month: m ?? 0, day: d ?? 0 };
}

/**
 * A free username under the tenant's scheme. Unique across all tenants (case-insensitive),
 * because people sign in with the username alone; `reserved` holds names handed out
 * earlier in the same unit of work (an import creating several people).
 */
export async function allocateUsername(
  em: EntityManager,
  database: AppConfig['database']['kind'],
  tenant: Tenant,
  person: UsernameInput,
  reserved: ReadonlySet<string> = new Set(),
): Promise<UsernameResult> {
  const scheme = tenantUsernameScheme(tenant);
  const input = { ...person, birthDate: birthDateParts(person.birthDate) };
  const base = baseUsername(scheme, input);
  if (!base.ok) return base;
  const like = likeOperator(database);
  const prefix = base.username.replace(/[\\%_]/g, '');
  const existing = await em.find(
    Person,
    { username: { [like]: `${prefix}%` } },
    { filters: false, fields: ['id', 'username'] },
  );
  const taken = new Set([
    ...existing.map((p) => p.username.toUpperCase()),
    ...[...reserved].map((u) => u.toUpperCase()),
  ]);
  return generateUsername(scheme, input, (u) => taken.has(u.toUpperCase()));
}
