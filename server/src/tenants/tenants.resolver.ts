import { EntityManager } from '@mikro-orm/core';
import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../auth/gql-context.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { Tenant, tenantFeatureRules } from './tenant.entity.js';
import { TenantModel } from './tenant.model.js';
import {
  TenantFeatureRulesModel,
  TenantSettingsInput,
  TenantSettingsModel,
} from './tenant-settings.model.js';
import { TenantsService } from './tenants.service.js';

@Resolver(() => TenantModel)
export class TenantsResolver {
  constructor(
    private readonly tenants: TenantsService,
    private readonly em: EntityManager,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => String, {
    description: "The portal's public address (PUBLIC_URL), for the QR code people scan.",
  })
  portalUrl(): string {
    return `${this.config.publicUrl}/`;
  }

  @ResolveField(() => TenantFeatureRulesModel, {
    description: 'Rules everyone in the municipality works by (e.g. how remote access is ordered).',
  })
  async featureRules(@Parent() parent: TenantModel): Promise<TenantFeatureRulesModel> {
    // The request's tenant filter keeps this to the viewer's municipalities.
    const tenant = await this.em.findOne(Tenant, { id: parent.id });
    if (!tenant) throw AppError.notFound('The municipality');
    return tenantFeatureRules(tenant);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: 'The e-mail fallback, for when the portal cannot be used (seed 003).',
  })
  async supportEmail(@Parent() parent: TenantModel): Promise<string | null> {
    const tenant = await this.em.findOne(Tenant, { id: parent.id });
    return tenant?.supportEmail ?? null;
  }

  @Query(() => TenantSettingsModel, {
    description: 'A municipality’s settings (its administrators).',
  })
  async tenantSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
  ): Promise<TenantSettingsModel> {
    return this.tenants.settings(viewer, tenantId);
  }

  @Mutation(() => TenantSettingsModel, {
    description:
      'Change a municipality’s phone numbers, password policy, username scheme or rules.',
  })
  async updateTenantSettings(
    @CurrentViewer() viewer: Viewer,
    @Args('tenantId', { type: () => ID }) tenantId: string,
    @Args('input', { type: () => TenantSettingsInput }) input: TenantSettingsInput,
  ): Promise<TenantSettingsModel> {
    return this.tenants.update(viewer, tenantId, input);
  }
}
