import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service.js';
import { AGENT_ROLES, assertAllowed, mayAdministerTenant } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { Person } from './person.entity.js';
import { TenantAccess } from './tenant-access.entity.js';

const NO_FILTERS = { filters: false } as const;

/**
 * Which IT staff from other municipalities serve this one (a shared IT team). The
 * administrator of the municipality being served grants and revokes it; the agent is
 * named by username, because their own municipality's people are not visible here.
 */
@Injectable()
export class TenantAccessService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: Viewer, tenantId: string): Promise<TenantAccess[]> {
    this.assertAdmin(viewer, tenantId);
    return this.em.find(
      TenantAccess,
      { tenant: tenantId },
      { ...NO_FILTERS, populate: ['person', 'person.tenant'], orderBy: { createdAt: 'asc' } },
    );
  }

  async grant(viewer: Viewer, tenantId: string, username: string): Promise<TenantAccess> {
    this.assertAdmin(viewer, tenantId);
    const name = username.trim();
    return this.em.transactional(async (em) => {
      const found =
        name && name.length <= 64
          ? await em.find(
              Person,
              { username: { $in: [name.toUpperCase(), name.toLowerCase()] } },
              { ...NO_FILTERS, populate: ['tenant'] },
            )
          : [];
      const person = found.length === 1 ? found[0] : undefined;
      if (!person || !person.roles.some((r) => AGENT_ROLES.includes(r))) {
        throw AppError.badInput('No IT staff member has that username.', [
          { field: 'username', code: 'NOT_AN_AGENT', message: 'is not an IT staff member' },
        ]);
      }
      if (person.tenant.id === tenantId) {
        throw AppError.badInput('This person already belongs to the municipality.', [
          { field: 'username', code: 'OWN_TENANT', message: 'already belongs here' },
        ]);
      }
      const existing = await em.findOne(TenantAccess, { person, tenant: tenantId }, NO_FILTERS);
      if (existing) return existing;
      const access = em.create(TenantAccess, {
        id: randomUUID(),
        person,
        tenant: em.getReference(Tenant, tenantId),
        createdAt: this.clock.now(),
      });
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: 'tenant_access.granted',
        entityType: 'TenantAccess',
        entityId: access.id,
        data: { personId: person.id, username: person.username },
      });
      return access;
    });
  }

  async revoke(viewer: Viewer, accessId: string): Promise<void> {
    await this.em.transactional(async (em) => {
      const access = await em.findOne(TenantAccess, { id: accessId }, NO_FILTERS);
      if (!access || !viewer.tenantIds.includes(access.tenant.id)) {
        throw AppError.notFound('The access grant');
      }
      this.assertAdmin(viewer, access.tenant.id);
      em.remove(access);
      this.audit.record(em, {
        tenantId: access.tenant.id,
        actorId: viewer.personId,
        action: 'tenant_access.revoked',
        entityType: 'TenantAccess',
        entityId: access.id,
        data: { personId: access.person.id },
      });
    });
  }

  private assertAdmin(viewer: Viewer, tenantId: string): void {
    if (!viewer.tenantIds.includes(tenantId)) throw AppError.notFound('The municipality');
    assertAllowed(
      mayAdministerTenant(viewer, tenantId),
      'Only the municipality’s administrators manage which IT staff serve it.',
    );
  }
}
