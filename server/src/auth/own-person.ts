import type { EntityManager } from '@mikro-orm/core';
import { AppError } from '../common/app-error.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import type { Viewer } from './viewer.js';
import type { ViewerRowsCache } from './viewer-rows-cache.js';

type Row = Record<string, unknown>;

/** The viewer's own person and municipality as plain rows. */
export interface OwnPersonRows {
  person: Row;
  tenant: Row;
  tenantId: string;
}

const LAZY_PERSON_COLUMNS = new Set(['password_hash', 'birth_date']);

/**
 * The viewer's own person and municipality, read as plain rows through the session cache
 * (viewer-rows-cache.ts), which any write to either table clears. Filing a ticket needs
 * them on every request; loading them with the ORM's query builder was the largest single
 * cost of a filing on the embedded database.
 */
export async function loadOwnPersonRows(
  em: EntityManager,
  cache: ViewerRowsCache,
  viewer: Viewer,
): Promise<OwnPersonRows> {
  const connection = em.getConnection();
  const [person] = await cache.get<Row>(`person ${viewer.personId}`, () =>
    connection.execute('select * from person where id = ?', [viewer.personId], 'all'),
  );
  if (!person) throw AppError.notFound('Your account');
  const tenantId = String(person['tenant_id']);
  const [tenant] = await cache.get<Row>(`tenant ${tenantId}`, () =>
    connection.execute('select * from tenant where id = ?', [tenantId], 'all'),
  );
  if (!tenant) throw AppError.notFound('Your municipality');
  return { person, tenant, tenantId };
}

/**
 * Those rows as managed entities of `em`, mapped only where `em` does not hold them yet:
 * a group commit's filings by one person share one mapped person and municipality.
 * Mapping into the unit of work that writes the ticket, rather than into the request's
 * and merging, halves the entity work of a filing.
 */
export function mapOwnPerson(em: EntityManager, rows: OwnPersonRows): Person {
  const uow = em.getUnitOfWork();
  const known = uow.getById<Person>(Person.name, String(rows.person['id']));
  if (known) return known;
  if (!uow.getById<Tenant>(Tenant.name, rows.tenantId)) em.map(Tenant, rows.tenant);
  // Lazy columns (the password hash, the birth date) stay unloaded, as with a find.
  const fields = Object.fromEntries(
    Object.entries(rows.person).filter(([column]) => !LAZY_PERSON_COLUMNS.has(column)),
  );
  return em.map(Person, fields);
}
