import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '../common/app-error.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import type { Viewer } from './viewer.js';
import type { ViewerRowsCache } from './viewer-rows-cache.js';

type Row = Record<string, unknown>;

const LAZY_PERSON_COLUMNS = new Set(['password_hash', 'birth_date']);

/**
 * The viewer's own person and municipality as managed entities of `em`, read as plain rows
 * through the session cache (viewer-rows-cache.ts), which any write to either table
 * clears. Filing a ticket needs them on every request; loading them with the ORM's query
 * builder was the largest single cost of a filing on the embedded database.
 */
export async function loadOwnPerson(
  em: EntityManager,
  cache: ViewerRowsCache,
  viewer: Viewer,
): Promise<Person> {
  const connection = em.getConnection();
  const [person] = await cache.get<Row>(`person ${viewer.personId}`, () =>
    connection.execute('select * from person where id = ?', [viewer.personId], 'all'),
  );
  if (!person) throw AppError.notFound('Your account');
  const [tenant] = await cache.get<Row>(`tenant ${String(person['tenant_id'])}`, () =>
    connection.execute('select * from tenant where id = ?', [person['tenant_id']], 'all'),
  );
  if (!tenant) throw AppError.notFound('Your municipality');
  // Lazy columns (the password hash, the birth date) stay unloaded, as with a find.
  const fields = Object.fromEntries(
    Object.entries(person).filter(([column]) => !LAZY_PERSON_COLUMNS.has(column)),
  );
  em.map(Tenant, tenant);
  return em.map(Person, fields);
}
