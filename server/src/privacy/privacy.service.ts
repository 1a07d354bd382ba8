import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { inTenant, mayAdministerTenant } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { TENANT_FILTER } from '../database/tenant-filter.js';
import { Person } from '../people/person.entity.js';
import { erasePersonData, isErased, type ErasureResult } from './person-erasure.js';
import { collectPersonData, type PersonExport } from './person-export.js';

/**
 * Data subject access requests. Only administrators of the person's own municipality ask for
 * an export: a municipality routes DSARs through its administration (identity checked, the
 * request registered), so people do not download their own file directly.
 */
@Injectable()
export class PrivacyService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** The person, when the viewer administers their municipality (the one rule for both). */
  private async administeredPerson(
    viewer: Viewer,
    personId: string,
    doing: string,
  ): Promise<Person> {
    const person = await this.em.findOne(Person, { id: personId });
    if (!person || !inTenant(viewer, person.tenant.id)) throw AppError.notFound('The person');
    if (!mayAdministerTenant(viewer, person.tenant.id))
      throw AppError.forbidden(`Only administrators of the municipality ${doing}.`);
    return person;
  }

  async exportPerson(viewer: Viewer, personId: string): Promise<PersonExport> {
    const person = await this.administeredPerson(
      viewer,
      personId,
      'export what Linje holds about a person',
    );
    const tenantId = person.tenant.id;
    return this.em.fork().transactional(async (em) => {
      em.setFilterParams(TENANT_FILTER, { tenantIds: [tenantId] });
      const data = await collectPersonData(em, personId, tenantId, this.clock.now());
      const counts = Object.fromEntries(
        Object.entries(data.places).map(([entity, rows]) => [entity, rows.length]),
      );
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'person.data_exported',
        entityType: 'Person',
        entityId: personId,
        data: { rows: counts },
      });
      return data;
    });
  }

  /**
   * Erases a person on request (GDPR art. 17): irreversible, audited with the reason and what
   * was deleted, never with the erased details themselves.
   */
  async erasePerson(
    viewer: Viewer,
    personId: string,
    reason: string,
  ): Promise<ErasureResult & { personId: string }> {
    const found = await this.administeredPerson(viewer, personId, 'erase a person');
    const why = reason.trim();
    if (why.length < 3 || why.length > 500)
      throw AppError.badInput('Give the reason for the erasure (3 to 500 characters).', [
        { field: 'reason', code: why.length < 3 ? 'REQUIRED' : 'TOO_LONG', message: 'reason' },
      ]);
    if (found.id === viewer.personId) throw AppError.badInput('You cannot erase yourself.');
    const tenantId = found.tenant.id;
    return this.em.fork().transactional(async (em) => {
      em.setFilterParams(TENANT_FILTER, { tenantIds: [tenantId] });
      const person = await em.findOneOrFail(Person, { id: personId });
      if (isErased(person)) throw AppError.conflict('This person has already been erased.');
      const result = await erasePersonData(em, person);
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'person.erased',
        entityType: 'Person',
        entityId: personId,
        data: { reason: why, deleted: result.deleted },
      });
      return { personId, ...result };
    });
  }
}
