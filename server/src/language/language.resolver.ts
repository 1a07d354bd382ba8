import { EntityManager } from '@mikro-orm/core';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UI_LANGUAGES, defaultLanguageFor, isUiLanguage } from '@linje/shared';
import { AuditService } from '../audit/audit.service.js';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { Person } from '../people/person.entity.js';
import { Tenant } from '../tenants/tenant.entity.js';
import { TenantModel } from '../tenants/tenant.model.js';

/** The person's own choice of interface language, kept in their profile. */
@Resolver()
export class LanguageResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditService,
  ) {}

  @Mutation(() => String, {
    nullable: true,
    description:
      'Choose your interface language (sv, nb, en), or null to follow the browser and then the municipality.',
  })
  async setMyLanguage(
    @CurrentViewer() viewer: Viewer,
    @Args('language', { type: () => String, nullable: true }) language: string | null,
  ): Promise<string | null> {
    if (language !== null && !isUiLanguage(language)) {
      throw AppError.badInput(`Choose one of ${UI_LANGUAGES.join(', ')}.`, [
        { field: 'language', code: 'INVALID_LANGUAGE', message: 'is not a language Linje speaks' },
      ]);
    }
    return this.em.transactional(async (em) => {
      const person = await em.findOneOrFail(Person, { id: viewer.personId }, { filters: false });
      const before = person.language ?? null;
      person.language = language;
      this.audit.record(em, {
        tenantId: person.tenant.id,
        actorId: viewer.personId,
        action: 'person.language_changed',
        entityType: 'Person',
        entityId: person.id,
        data: { language, before },
      });
      return language;
    });
  }
}

/** A municipality's default interface language, from its country. */
@Resolver(() => TenantModel)
export class TenantLanguageResolver {
  constructor(private readonly em: EntityManager) {}

  @ResolveField(() => String, {
    description: 'The interface language when neither the person nor the browser chooses one.',
  })
  async defaultLanguage(@Parent() parent: TenantModel): Promise<string> {
    // The request's tenant filter keeps this to the viewer's municipalities.
    const tenant = await this.em.findOne(Tenant, { id: parent.id }, { fields: ['country'] });
    if (!tenant) throw AppError.notFound('The municipality');
    return defaultLanguageFor(tenant.country);
  }
}
