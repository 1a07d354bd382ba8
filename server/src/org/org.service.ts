import { randomUUID } from 'node:crypto';
import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { cleanSingleLine } from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { assertAllowed, mayManageOrgUnits } from '../auth/access-policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, type FieldProblem } from '../common/app-error.js';
import { Clock } from '../common/clock.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { OrgUnit } from './org-unit.entity.js';
import type { SaveOrgUnitInput } from './org-unit.input.js';

const NO_FILTERS = { filters: false } as const;

/** Unit codes, whether typed by an administrator or read from an HR file. */
export const ORG_UNIT_CODE = /^[A-Za-z0-9._-]{1,40}$/;
export const INVALID_ORG_UNIT_CODE: FieldProblem = {
  field: 'code',
  code: 'INVALID_CODE',
  message: 'use 1–40 letters, digits, . _ -',
};

/** The organisation tree of each municipality. */
@Injectable()
export class OrgService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /** Units of the viewer's municipalities (the request's tenant filter scopes this). */
  async list(tenantId?: string | null): Promise<OrgUnit[]> {
    return this.em.find(OrgUnit, tenantId ? { tenant: tenantId } : {}, {
      populate: ['head'],
      orderBy: { name: 'asc' },
    });
  }

  async save(viewer: Viewer, input: SaveOrgUnitInput): Promise<OrgUnit> {
    const problems: FieldProblem[] = [];
    const code = cleanSingleLine(input.code);
    const name = cleanSingleLine(input.name);
    if (!code.ok || !ORG_UNIT_CODE.test(code.value)) problems.push({ ...INVALID_ORG_UNIT_CODE });
    if (!name.ok || name.value.length === 0 || name.value.length > 200) {
      problems.push({ field: 'name', code: 'INVALID_NAME', message: 'must be 1–200 characters' });
    }
    if (problems.length > 0 || !code.ok || !name.ok) {
      throw AppError.badInput('Some fields need attention.', problems);
    }
    return this.em.transactional(async (em) => {
      let unit: OrgUnit;
      if (input.id) {
        const found = await em.findOne(
          OrgUnit,
          { id: input.id },
          { ...NO_FILTERS, populate: ['tenant'] },
        );
        if (!found || !viewer.tenantIds.includes(found.tenant.id))
          throw AppError.notFound('The unit');
        unit = found;
      } else {
        const tenantId = input.tenantId ?? viewer.homeTenantId;
        if (!viewer.tenantIds.includes(tenantId)) throw AppError.notFound('The municipality');
        unit = em.create(OrgUnit, {
          id: randomUUID(),
          tenant: em.getReference(Tenant, tenantId),
          code: code.value,
          name: name.value,
          createdAt: this.clock.now(),
        });
      }
      const tenantId = unit.tenant.id;
      assertAllowed(mayManageOrgUnits(viewer, tenantId), 'Only administrators can change units.');
      const clash = await em.findOne(OrgUnit, { tenant: tenantId, code: code.value }, NO_FILTERS);
      if (clash && clash.id !== unit.id) {
        throw AppError.badInput('Another unit already has this code.', [
          { field: 'code', code: 'DUPLICATE', message: 'is already used' },
        ]);
      }
      unit.code = code.value;
      unit.name = name.value;
      if (input.parentId !== undefined) {
        const parent = input.parentId
          ? await em.findOne(OrgUnit, { id: input.parentId, tenant: tenantId }, NO_FILTERS)
          : null;
        if (input.parentId && !parent) {
          throw AppError.badInput('The parent unit was not found.', [
            { field: 'parentId', code: 'NOT_FOUND', message: 'was not found' },
          ]);
        }
        if (parent) await this.assertNoCycle(em, unit.id, parent);
        unit.parent = parent;
      }
      if (input.headId !== undefined) {
        const head = input.headId
          ? await em.findOne(Person, { id: input.headId, tenant: tenantId }, NO_FILTERS)
          : null;
        if (input.headId && !head) {
          throw AppError.badInput('The head was not found in this municipality.', [
            { field: 'headId', code: 'NOT_FOUND', message: 'was not found' },
          ]);
        }
        unit.head = head;
      }
      this.audit.record(em, {
        tenantId,
        actorId: viewer.personId,
        action: input.id ? 'org_unit.updated' : 'org_unit.created',
        entityType: 'OrgUnit',
        entityId: unit.id,
        data: {
          code: unit.code,
          name: unit.name,
          parentId: unit.parent?.id ?? null,
          headId: unit.head?.id ?? null,
        },
      });
      return unit;
    });
  }

  private async assertNoCycle(em: EntityManager, unitId: string, parent: OrgUnit): Promise<void> {
    const seen = new Set<string>();
    let current: OrgUnit | null = parent;
    while (current) {
      if (current.id === unitId || seen.has(current.id)) {
        throw AppError.badInput('A unit cannot be placed under itself.', [
          { field: 'parentId', code: 'CYCLE', message: 'would make a cycle' },
        ]);
      }
      seen.add(current.id);
      const parentId: string | undefined = current.parent?.id;
      current = parentId ? await em.findOne(OrgUnit, { id: parentId }, NO_FILTERS) : null;
    }
  }
}
