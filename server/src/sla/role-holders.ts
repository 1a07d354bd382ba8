import type { EntityManager } from '@mikro-orm/core';
import { PostgreSqlPlatform } from '@mikro-orm/postgresql';
import type { Role } from '@linje/shared';

/**
 * `roles` is a JSON list; the role must be one of its elements, never a substring of the
 * list's text, so each dialect asks its own JSON functions.
 */
const HAS_ROLE = {
  postgresql: 'jsonb_exists(p.roles, ?)',
  sqlite: 'exists (select 1 from json_each(p.roles) where value = ?)',
} as const;

/**
 * The ids of a municipality's people holding `role`, found by the database rather than by
 * loading everyone. Runs in the caller's transaction (a job's), if any.
 */
export async function idsWithRole(
  em: EntityManager,
  tenantId: string,
  role: Role,
): Promise<string[]> {
  const hasRole =
    em.getPlatform() instanceof PostgreSqlPlatform ? HAS_ROLE.postgresql : HAS_ROLE.sqlite;
  const rows: { id: string }[] = await em
    .getConnection()
    .execute(
      `select p.id from person p where p.tenant_id = ? and ${hasRole}`,
      [tenantId, role],
      'all',
      em.getTransactionContext(),
    );
  return rows.map((r) => r.id);
}
