import { EntityManager } from '@mikro-orm/core';
import { Injectable } from '@nestjs/common';
import { Person } from '../people/person.entity.js';
import { passwordExpiresAt } from '@linje/shared';
import { Clock } from '../common/clock.js';
import { Tenant, tenantPasswordPolicy } from '../tenants/tenant.entity.js';
import { mustChangePassword } from './account-state.js';
import { toPasswordPolicyModel } from './models/password-policy.model.js';
import { toPersonSummary, toTenantModel } from '../tickets/ticket.mapper.js';
import type { MeModel } from './models/me.model.js';
import { isAgent } from './access-policy.js';
import type { Viewer } from './viewer.js';

@Injectable()
export class MeService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async describe(viewer: Viewer): Promise<MeModel> {
    const em = this.em.fork();
    const scope = {
      filters: {
        tenant: { tenantIds: viewer.tenantIds },
        ownTenants: { tenantIds: viewer.tenantIds },
      },
    };
    const person = await em.findOneOrFail(
      Person,
      { id: viewer.personId },
      { ...scope, populate: ['tenant'] },
    );
    const tenants = await em.find(Tenant, {}, { ...scope, orderBy: { name: 'asc' } });
    return {
      id: person.id,
      person: toPersonSummary(person),
      tenant: toTenantModel(person.tenant),
      tenants: tenants.map(toTenantModel),
      roles: viewer.roles,
      isAgent: isAgent(viewer),
      username: person.username,
      givenName: person.givenName,
      surname: person.surname,
      email: person.email ?? null,
      mobile: person.mobile ?? null,
      language: person.language ?? null,
      mustChangePassword: mustChangePassword(person, this.clock.now()),
      passwordExpiresAt: passwordExpiresAt(
        tenantPasswordPolicy(person.tenant),
        person.passwordChangedAt ?? person.createdAt,
      ),
      passwordPolicy: toPasswordPolicyModel(tenantPasswordPolicy(person.tenant)),
    };
  }
}
